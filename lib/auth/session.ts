import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { countUsers, getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { authOptions } from "./options";

/** The signed-in user; an ended session (see sessionStillValid) has none, as the jwt callback refuses it. */
export async function currentUser(): Promise<User | undefined> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? getUserById({ id }) : undefined;
}

/** For pages: leads to /setup while no account exists, to /login (and back) when signed out. */
export async function requireUser(returnTo: string): Promise<User> {
  if (countUsers() === 0) redirect("/setup");
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
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
