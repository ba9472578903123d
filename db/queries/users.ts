import "server-only";
import { randomUUID } from "node:crypto";
import { asc, count, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { users, type User } from "../schema";
import { preparedQuery } from "./prepared";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function countUsers(): number {
  return db().select({ value: count() }).from(users).get()?.value ?? 0;
}

const userById = preparedQuery((database) => database.select().from(users).where(eq(users.id, sql.placeholder("id"))).prepare());

export function getUserById({ id }: { id: string }): User | undefined {
  return userById().get({ id });
}

export function getUserByEmail({ email }: { email: string }): User | undefined {
  return db().select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export type CreateUserResult = { ok: true; user: User } | { ok: false; reason: "email_taken" | "not_first" };

/**
 * Creates a user inside one IMMEDIATE transaction. With `onlyIfFirst`, the owner account
 * is created only while no user exists, so two racing setup requests cannot both win.
 */
export function createUser({
  name,
  email,
  passwordHash,
  onlyIfFirst = false,
}: {
  name: string;
  email: string;
  passwordHash: string;
  onlyIfFirst?: boolean;
}): CreateUserResult {
  return db().transaction(
    (tx) => {
      const existing = tx.select({ value: count() }).from(users).get()?.value ?? 0;
      if (onlyIfFirst && existing > 0) return { ok: false, reason: "not_first" } as const;
      const normalized = normalizeEmail(email);
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, normalized)).get()) {
        return { ok: false, reason: "email_taken" } as const;
      }
      const user = tx
        .insert(users)
        .values({ id: randomUUID(), name: name.trim(), email: normalized, passwordHash, role: existing === 0 ? "owner" : "learner" })
        .returning()
        .get();
      return { ok: true, user } as const;
    },
    { behavior: "immediate" },
  );
}

/** Sets a new password and moves the session epoch on, which ends every sign-in made before; returns the new epoch. */
export function updatePassword({ id, passwordHash }: { id: string; passwordHash: string }): number | undefined {
  const [row] = db()
    .update(users)
    .set({ passwordHash, sessionEpoch: sql`${users.sessionEpoch} + 1` })
    .where(eq(users.id, id))
    .returning({ sessionEpoch: users.sessionEpoch })
    .all();
  return row?.sessionEpoch;
}

/**
 * Deletes a user; the foreign keys cascade to their tokens, conversations, messages and
 * completions. A deleted owner hands the role to the longest-standing remaining account.
 */
export function deleteUser({ id }: { id: string }): boolean {
  return db().transaction(
    (tx) => {
      const deleted = tx.delete(users).where(eq(users.id, id)).returning({ role: users.role }).get();
      if (!deleted) return false;
      if (deleted.role === "owner") {
        const heir = tx.select({ id: users.id }).from(users).orderBy(asc(users.createdAt), asc(users.id)).limit(1).get();
        if (heir) tx.update(users).set({ role: "owner" }).where(eq(users.id, heir.id)).run();
      }
      return true;
    },
    { behavior: "immediate" },
  );
}

export type ProfileChange = Partial<Pick<User, "level" | "corrections" | "characterModel" | "coachModel" | "replySpeed" | "speakReplies" | "voice" | "coachJudge">>;

export function updateProfile({ id, change }: { id: string; change: ProfileChange }): User | undefined {
  if (Object.keys(change).length === 0) return getUserById({ id });
  return db().update(users).set(change).where(eq(users.id, id)).returning().get();
}
