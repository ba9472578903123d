import type { User } from "@/db/schema";

/**
 * Whether a session signed in at `signedInAt` (ms) still counts for `user`. A session JWT cannot be
 * revoked, so a password change moves the user's cutoff instead, and every older sign-in ends.
 * Sessions from before this rule carry no time: they last until the first cutoff.
 */
export function sessionStillValid(user: Pick<User, "sessionsValidFrom">, signedInAt: unknown): boolean {
  if (user.sessionsValidFrom === null) return true;
  return typeof signedInAt === "number" && signedInAt >= user.sessionsValidFrom;
}
