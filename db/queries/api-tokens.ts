import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { apiTokens, users, type User } from "../schema";
import { preparedQuery } from "./prepared";

export type ApiTokenSummary = { id: string; name: string; lastFour: string; createdAt: Date; lastUsedAt: Date | null };

const summaryColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  lastFour: apiTokens.lastFour,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export function createApiToken({ userId, name, tokenHash, lastFour }: { userId: string; name: string; tokenHash: string; lastFour: string }): ApiTokenSummary {
  return db().insert(apiTokens).values({ id: randomUUID(), userId, name, tokenHash, lastFour }).returning(summaryColumns).get();
}

export function listApiTokens({ userId }: { userId: string }): ApiTokenSummary[] {
  return db().select(summaryColumns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt)).all();
}

/** Deletes only the caller's own token; another user's id looks exactly like a missing one. */
export function deleteApiToken({ userId, id }: { userId: string; id: string }): boolean {
  return db().delete(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId))).run().changes > 0;
}

// A token in use is touched at most once a minute, so a busy script does not write on every call.
const TOUCH_INTERVAL_MS = 60_000;

const tokenOwner = preparedQuery((database) =>
  database
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sql.placeholder("tokenHash")))
    .prepare(),
);

export function findUserByTokenHash({ tokenHash }: { tokenHash: string }): User | undefined {
  const row = tokenOwner().get({ tokenHash });
  if (!row) return undefined;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    db().update(apiTokens).set({ lastUsedAt: new Date(now) }).where(eq(apiTokens.id, row.tokenId)).run();
  }
  return row.user;
}
