import "server-only";
import { decode, getToken } from "next-auth/jwt";
import { findUserByTokenHash } from "@/db/queries/api-tokens";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { hashApiToken, looksLikeApiToken } from "./api-token";
import { rememberDecodedSessions } from "./decoded-sessions";
import { authSecret } from "./secret";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const decodeSession = rememberDecodedSessions(decode);

function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A malformed cookie is simply not a session.
    }
  }
  return cookies;
}

/** The signed-in user from the session cookie, or undefined. Never looks at Authorization. */
export async function userFromSessionCookie(request: Request): Promise<User | undefined> {
  const cookies = parseCookies(request.headers.get("cookie"));
  const cookieName = SESSION_COOKIES.find((name) => Object.keys(cookies).some((key) => key.startsWith(name)));
  if (!cookieName) return undefined;
  // Cookies only: handing getToken() the bearer header would let it parse our API tokens as JWTs.
  const token = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret(), cookieName, decode: decodeSession });
  return token?.sub ? getUserById({ id: token.sub }) : undefined;
}

function userFromBearer(header: string): User {
  const match = /^Bearer ([^\s]+)$/.exec(header.trim());
  const value = match?.[1];
  const user = value && looksLikeApiToken(value) ? findUserByTokenHash({ tokenHash: hashApiToken(value) }) : undefined;
  if (!user) throw new ApiError("unauthorized", "The API token is missing, malformed, revoked or unknown.");
  return user;
}

/**
 * Authenticates an /api/v1 request. An Authorization header is checked first and, when
 * present, decides alone. `sessionOnly` routes (token management) refuse tokens outright.
 */
export async function authenticate(request: Request, { sessionOnly = false } = {}): Promise<{ user: User; via: "session" | "token" }> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    if (sessionOnly) throw new ApiError("session_required", "This endpoint accepts only a signed-in browser session, not an API token.");
    return { user: userFromBearer(authorization), via: "token" };
  }
  const user = await userFromSessionCookie(request);
  if (!user) throw new ApiError("unauthorized", "Sign in, or send Authorization: Bearer <api token>.");
  return { user, via: "session" };
}

/** Set-Cookie values that end a next-auth session in the browser (the JWT itself cannot be revoked). */
export function sessionClearingCookies(): string[] {
  return SESSION_COOKIES.map((name) => `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
}
