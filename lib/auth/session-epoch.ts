import type { User } from "@/db/schema";

/**
 * Whether a session still counts: it must carry its user's current epoch. A session JWT cannot be
 * revoked, so a password change moves the epoch on instead. Compared by equality, not by clock: a
 * sign-in that read the old password while the change landed carries the old epoch and ends too.
 * Sessions from before epochs carry none and count as epoch 0.
 */
export function sessionStillValid(user: Pick<User, "sessionEpoch">, tokenEpoch: unknown): boolean {
  return (typeof tokenEpoch === "number" ? tokenEpoch : 0) === user.sessionEpoch;
}

/** Thrown from next-auth's jwt callback: next-auth then clears the cookie and answers with no session. */
export class SessionEnded extends Error {
  constructor() {
    super("The session was ended by a password change or a deleted account.");
    this.name = "SessionEnded";
  }
}
