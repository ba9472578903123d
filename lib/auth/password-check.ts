import "server-only";
import type { User } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { verifyPassword } from "./password";

export const PASSWORD_CHECK_LIMIT = 5;
export const PASSWORD_CHECK_WINDOW_MS = 15 * 60_000;

// In memory and per user: the caller already holds that user's session, so this only slows
// someone at an unlocked browser guessing the password; it never locks the owner's sign-in.
const failures = new Map<string, number[]>();

function recentFailures(userId: string, now: number): number[] {
  const recent = (failures.get(userId) ?? []).filter((at) => at > now - PASSWORD_CHECK_WINDOW_MS);
  if (recent.length > 0) failures.set(userId, recent);
  else failures.delete(userId);
  return recent;
}

/**
 * For changes a stolen session must not make alone (new password, deleting the account):
 * the current password again, with at most PASSWORD_CHECK_LIMIT wrong guesses per window.
 */
export async function confirmPassword(user: User, password: string, now = Date.now()): Promise<void> {
  const recent = recentFailures(user.id, now);
  if (recent.length >= PASSWORD_CHECK_LIMIT) {
    const retryAfter = Math.max(1, Math.ceil((recent[0]! + PASSWORD_CHECK_WINDOW_MS - now) / 1000));
    throw new ApiError("rate_limited", `Too many wrong passwords. Try again in ${Math.ceil(retryAfter / 60)} minutes.`, { headers: { "Retry-After": String(retryAfter) } });
  }
  // Counted before the slow check, in the same synchronous step, so parallel guesses cannot all slip under the limit.
  failures.set(user.id, [...recent, now]);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ApiError("wrong_password", "That is not your current password.", { fields: { current_password: "That is not your current password." } });
  }
  failures.delete(user.id);
}
