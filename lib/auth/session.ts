import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { countUsers } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { userFromCookieHeader } from "./request";

/**
 * The signed-in user; an ended session (see sessionStillValid) has none. Read from the cookie as API routes
 * do, in one user read, and once per render: the header and the page ask alike (a round trip each on Postgres).
 */
export const currentUser = cache(async (): Promise<User | undefined> => userFromCookieHeader((await headers()).get("cookie")));

/** For pages: leads to /setup while no account exists, to /login (and back) when signed out. */
export async function requireUser(returnTo: string): Promise<User> {
  const user = await currentUser();
  if (user) return user;
  if (countUsers() === 0) redirect("/setup");
  redirect(`/login?next=${encodeURIComponent(returnTo)}`);
}

/** Only same-site paths may be returned to after sign-in; anything a browser could read as another host falls back. */
export function safeReturnPath(value: string | string[] | undefined): string {
  const fallback = "/scenarios";
  const path = Array.isArray(value) ? value[0] : value;
  // Browsers drop tabs and newlines in URLs, so "/\t/evil.com" would become "//evil.com".
  if (!path || !path.startsWith("/") || /[\s\\\u0000-\u001f\u007f]/.test(path)) return fallback;
  const base = "http://alltag.invalid";
  const url = new URL(path, base);
  return url.origin === base ? url.pathname + url.search + url.hash : fallback;
}
