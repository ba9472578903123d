import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/auth/client-address";
import { loginRetryAfter } from "@/lib/auth/login";
import { ApiError, apiRoute } from "@/lib/errors";
import { readBodyText } from "@/lib/http";

type Context = { params: Promise<{ nextauth: string[] }> };

const handle = (request: Request, context: Context) => NextAuth(request as never, context as never, authOptions()) as Promise<Response>;

export const GET = apiRoute<Context>(handle);

// next-auth has no rate limiting of its own: refuse a credentials sign-in with 429 once
// an address, or an email from it, has failed too often, before the password is even checked.
export const POST = apiRoute<Context>(async (request, context) => {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return handle(request, context);
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError("unsupported_media_type", "Sign in with a form-encoded body.");
  }
  const body = await readBodyText(request);
  const address = clientAddress(request.headers.get("x-forwarded-for"));
  const retryAfter = loginRetryAfter({ email: new URLSearchParams(body).get("email") ?? "", address });
  if (retryAfter !== null) {
    const message = "Too many failed sign-ins. Wait a few minutes and try again.";
    // next-auth's signIn() reads `url` with new URL(): it must be absolute.
    const url = new URL(`/login?error=rate_limited&retry_after=${retryAfter}`, request.url).href;
    return Response.json({ error: { code: "rate_limited", message }, url }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  // The body was read for the check above; next-auth gets a fresh request carrying it.
  return handle(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
});
