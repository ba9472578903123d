import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { loginRetryAfter } from "@/lib/auth/login";

type Context = { params: Promise<{ nextauth: string[] }> };

const handle = (request: Request, context: Context) => NextAuth(request as never, context as never, authOptions()) as Promise<Response>;

export const GET = handle;

// next-auth has no rate limiting of its own: refuse a credentials sign-in with 429 once
// an email has failed too often, before the password is even checked.
export async function POST(request: Request, context: Context): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = new URLSearchParams(await request.clone().text());
    const retryAfter = loginRetryAfter(form.get("email") ?? "");
    if (retryAfter !== null) {
      const message = "Too many failed sign-ins for this email. Wait a few minutes and try again.";
      return Response.json(
        { error: { code: "rate_limited", message }, url: `/login?error=rate_limited&retry_after=${retryAfter}` },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return handle(request, context);
}
