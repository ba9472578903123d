import "server-only";
import { decode, encode, getToken, type JWT } from "next-auth/jwt";
import { findUserByTokenHash } from "@/db/queries/api-tokens";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { hashApiToken, looksLikeApiToken } from "./api-token";
import { rememberDecodedSessions } from "./decoded-sessions";
import { authSecret } from "./secret";
import { SESSION_COOKIES, SESSION_MAX_AGE_S, sessionSetCookie } from "./session-cookie";
import { sessionStillValid } from "./session-epoch";

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

/** The session cookie's claims and its name, or undefined without one that decodes. */
async function sessionToken(cookieHeader: string | null): Promise<{ token: JWT; cookieName: string } | undefined> {
  const cookies = parseCookies(cookieHeader);
  const cookieName = SESSION_COOKIES.find((name) => Object.keys(cookies).some((key) => key.startsWith(name)));
  if (!cookieName) return undefined;
  // Cookies only: handing getToken() the bearer header would let it parse our API tokens as JWTs.
  const token = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret(), cookieName, decode: decodeSession });
  return token ? { token, cookieName } : undefined;
}

/** The signed-in user from a Cookie header's session, or undefined: one read of the user, which also checks the epoch. */
export async function userFromCookieHeader(cookieHeader: string | null): Promise<User | undefined> {
  const token = (await sessionToken(cookieHeader))?.token;
  const user = token?.sub ? getUserById({ id: token.sub }) : undefined;
  return user && sessionStillValid(user, token?.sessionEpoch) ? user : undefined;
}

/** The signed-in user from the session cookie, or undefined. Never looks at Authorization. */
export function userFromSessionCookie(request: Request): Promise<User | undefined> {
  return userFromCookieHeader(request.headers.get("cookie"));
}

/** A Set-Cookie that keeps this browser signed in after its user's epoch moved on: its own session, carrying `sessionEpoch`. */
export async function renewedSessionCookie(request: Request, sessionEpoch: number): Promise<string | undefined> {
  const session = await sessionToken(request.headers.get("cookie"));
  if (!session) return undefined;
  const value = await encode({ token: { ...session.token, sessionEpoch }, secret: authSecret(), maxAge: SESSION_MAX_AGE_S });
  return sessionSetCookie(session.cookieName, value, SESSION_MAX_AGE_S);
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
  return SESSION_COOKIES.map((name) => sessionSetCookie(name, "", 0));
}
