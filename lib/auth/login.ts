import "server-only";
import { getUserByEmail, normalizeEmail } from "@/db/queries/users";
import { clearLoginFailures, recentLoginFailures, recordLoginFailure } from "@/db/queries/login-failures";
import type { User } from "@/db/schema";
import { PASSWORD_MAX, burnPasswordCheck, verifyPassword } from "./password";

/**
 * Failed sign-ins allowed per 15 minutes. Guessing is slowed per address and per email from
 * that address; the limit for an email alone is far higher, so a stranger cannot lock its owner out.
 */
export const LOGIN_LIMITS = { emailFromAddress: 10, address: 30, email: 200 } as const;
export const LOGIN_WINDOW_MS = 15 * 60_000;

type Attempt = { email: string; address: string };

/** Seconds until another attempt is allowed for this email from this address, or null while under every limit. */
export function loginRetryAfter({ email, address }: Attempt, now = Date.now()): number | null {
  const since = new Date(now - LOGIN_WINDOW_MS);
  const normalized = normalizeEmail(email);
  const counted = [
    { ...recentLoginFailures({ email: normalized, address, since }), limit: LOGIN_LIMITS.emailFromAddress },
    { ...recentLoginFailures({ address, since }), limit: LOGIN_LIMITS.address },
    { ...recentLoginFailures({ email: normalized, since }), limit: LOGIN_LIMITS.email },
  ];
  let wait: number | null = null;
  for (const { count, oldest, limit } of counted) {
    if (count < limit || !oldest) continue;
    wait = Math.max(wait ?? 0, Math.max(1, Math.ceil((oldest.getTime() + LOGIN_WINDOW_MS - now) / 1000)));
  }
  return wait;
}

export type LoginResult = { ok: true; user: User } | { ok: false; reason: "invalid" | "rate_limited"; retryAfter?: number };

export async function verifyCredentials(emailInput: unknown, passwordInput: unknown, address: string): Promise<LoginResult> {
  const email = typeof emailInput === "string" ? normalizeEmail(emailInput) : "";
  const password = typeof passwordInput === "string" ? passwordInput : "";
  if (!email || !password || password.length > PASSWORD_MAX || email.length > 320) return { ok: false, reason: "invalid" };
  const retryAfter = loginRetryAfter({ email, address });
  if (retryAfter !== null) return { ok: false, reason: "rate_limited", retryAfter };
  // Counted as a failure before the slow hash check, in the same synchronous step as the limit
  // check, so a burst of parallel guesses cannot all slip under the limit; success clears it.
  recordLoginFailure({ email, address });
  const user = getUserByEmail({ email });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    clearLoginFailures({ before: new Date(Date.now() - LOGIN_WINDOW_MS) });
    return { ok: false, reason: "invalid" };
  }
  clearLoginFailures({ email, address });
  return { ok: true, user };
}
