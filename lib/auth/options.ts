import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./login";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

let cached: NextAuthOptions | undefined;

// Built on first use, not at import: `next build` imports routes and must not create secrets.
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const address = clientAddress((request.headers as Record<string, string | undefined> | undefined)?.["x-forwarded-for"]);
          const result = await verifyCredentials(credentials?.email, credentials?.password, address);
          return result.ok ? { id: result.user.id, name: result.user.name, email: result.user.email } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // At sign-in only: kept through every refresh, it dates the sign-in for sessionStillValid().
        if (user) {
          token.sub = user.id;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub, signedInAt: token.signedInAt });
        return session;
      },
    },
  };
  return cached;
}
