import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getUserById } from "@/db/queries/users";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./login";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE_S } from "./session-cookie";
import { SessionEnded, sessionStillValid } from "./session-epoch";

declare module "next-auth" {
  interface User {
    /** The account's session epoch when the password was checked. */
    sessionEpoch?: number;
  }
}

let cached: NextAuthOptions | undefined;

// Built on first use, not at import: `next build` imports routes and must not create secrets.
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    logger: {
      // An ended session is expected, not a fault: one line, no stack trace.
      error(code, metadata) {
        if (metadata instanceof SessionEnded) console.info(`[auth] ${metadata.message} Its cookie was cleared.`);
        else console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const address = clientAddress((request.headers as Record<string, string | undefined> | undefined)?.["x-forwarded-for"]);
          const result = await verifyCredentials(credentials?.email, credentials?.password, address);
          return result.ok ? { id: result.user.id, name: result.user.name, email: result.user.email, sessionEpoch: result.user.sessionEpoch } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          // The epoch of the row whose password was checked, not a fresh read: see sessionStillValid().
          token.sessionEpoch = user.sessionEpoch ?? 0;
          return token;
        }
        // Every later read (a page, /api/auth/session) refuses an ended session and so clears its cookie.
        const current = token.sub ? getUserById({ id: token.sub }) : undefined;
        if (!current || !sessionStillValid(current, token.sessionEpoch)) throw new SessionEnded();
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
  return cached;
}
