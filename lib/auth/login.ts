import "server-only";
import { getUserByEmail, normalizeEmail } from "@/db/queries/users";
import { clearLoginFailures, recentLoginFailures, recordLoginFailure } from "@/db/queries/login-failures";
import type { User } from "@/db/schema";
import { PASSWORD_MAX, burnPasswordCheck, verifyPassword } from "./password";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/** Seconds until another attempt is allowed for this email, or null while under the limit. */
export function loginRetryAfter(email: string, now = Date.now()): number | null {
  const since = new Date(now - LOGIN_WINDOW_MS);
  const { count, oldest } = recentLoginFailures({ email: normalizeEmail(email), since });
  if (count < LOGIN_FAILURE_LIMIT || !oldest) return null;
  return Math.max(1, Math.ceil((oldest.getTime() + LOGIN_WINDOW_MS - now) / 1000));
}

export type LoginResult = { ok: true; user: User } | { ok: false; reason: "invalid" | "rate_limited"; retryAfter?: number };

export async function verifyCredentials(emailInput: unknown, passwordInput: unknown): Promise<LoginResult> {
  const email = typeof emailInput === "string" ? normalizeEmail(emailInput) : "";
  const password = typeof passwordInput === "string" ? passwordInput : "";
  if (!email || !password || password.length > PASSWORD_MAX || email.length > 320) return { ok: false, reason: "invalid" };
  const retryAfter = loginRetryAfter(email);
  if (retryAfter !== null) return { ok: false, reason: "rate_limited", retryAfter };
  // Counted as a failure before the slow hash check, in the same synchronous step as the limit
  // check, so a burst of parallel guesses cannot all slip under the limit; success clears it.
  recordLoginFailure({ email });
  const user = getUserByEmail({ email });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    clearLoginFailures({ before: new Date(Date.now() - LOGIN_WINDOW_MS) });
    return { ok: false, reason: "invalid" };
  }
  clearLoginFailures({ email });
  return { ok: true, user };
}
