import "server-only";
import { and, asc, count, eq, gt, lt, type SQL } from "drizzle-orm";
import { db } from "../client";
import { loginFailures } from "../schema";

export function recordLoginFailure({ email, address, at = new Date() }: { email: string; address: string; at?: Date }): void {
  db().insert(loginFailures).values({ email, address, failedAt: at }).run();
}

/** Failures since `since` for an email, an address, or both together. */
export function recentLoginFailures({ email, address, since }: { email?: string; address?: string; since: Date }): { count: number; oldest: Date | null } {
  const conditions: SQL[] = [gt(loginFailures.failedAt, since)];
  if (email !== undefined) conditions.push(eq(loginFailures.email, email));
  if (address !== undefined) conditions.push(eq(loginFailures.address, address));
  const where = and(...conditions);
  const total = db().select({ value: count() }).from(loginFailures).where(where).get()?.value ?? 0;
  const oldest = total ? (db().select({ at: loginFailures.failedAt }).from(loginFailures).where(where).orderBy(asc(loginFailures.failedAt)).limit(1).get()?.at ?? null) : null;
  return { count: total, oldest };
}

/** Forgets one email's failures from one address (after it signed in), and everything older than `before`. */
export function clearLoginFailures({ email, address, before }: { email?: string; address?: string; before?: Date }): void {
  if (email !== undefined && address !== undefined) {
    db().delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.address, address))).run();
  }
  if (before) db().delete(loginFailures).where(lt(loginFailures.failedAt, before)).run();
}
