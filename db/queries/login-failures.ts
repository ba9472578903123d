import "server-only";
import { and, asc, count, eq, gt, lt } from "drizzle-orm";
import { db } from "../client";
import { loginFailures } from "../schema";

export function recordLoginFailure({ email, at = new Date() }: { email: string; at?: Date }): void {
  db().insert(loginFailures).values({ email, failedAt: at }).run();
}

export function recentLoginFailures({ email, since }: { email: string; since: Date }): { count: number; oldest: Date | null } {
  const where = and(eq(loginFailures.email, email), gt(loginFailures.failedAt, since));
  const total = db().select({ value: count() }).from(loginFailures).where(where).get()?.value ?? 0;
  const oldest = total ? (db().select({ at: loginFailures.failedAt }).from(loginFailures).where(where).orderBy(asc(loginFailures.failedAt)).limit(1).get()?.at ?? null) : null;
  return { count: total, oldest };
}

export function clearLoginFailures({ email, before }: { email?: string; before?: Date }): void {
  if (email) db().delete(loginFailures).where(eq(loginFailures.email, email)).run();
  if (before) db().delete(loginFailures).where(lt(loginFailures.failedAt, before)).run();
}
