import { NextResponse, type NextRequest } from "next/server";
import { trustedForwardedFor } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { ApiError, errorResponse } from "@/lib/errors";
import { hasMalformedEncoding } from "@/lib/request-path";
import { API_POLICY, newNonce, pagePolicy, securityHeaders, servedOverHttps } from "@/lib/security-headers";

// Runs before routing: security headers on pages, a socket-true client address for sign-in, and the
// one check Next would otherwise fail before any of our handlers runs.
export function proxy(request: NextRequest): Response {
  const config = env();
  const api = request.nextUrl.pathname.startsWith("/api/");
  const https = servedOverHttps({ publicUrl: config.NEXTAUTH_URL, trustProxy: config.TRUST_PROXY > 0, forwardedProto: request.headers.get("x-forwarded-proto") });
  const policy = api ? API_POLICY : pagePolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development", https });
  const response = hasMalformedEncoding(request.nextUrl.pathname) ? malformedPath(api) : NextResponse.next({ request: { headers: forwardedHeaders(request, policy, config.TRUST_PROXY) } });
  for (const [name, value] of Object.entries(securityHeaders({ policy, https }))) response.headers.set(name, value);
  return response;
}

function malformedPath(api: boolean): Response {
  const message = "The path is not valid percent-encoded UTF-8.";
  if (api) return errorResponse(new ApiError("invalid_input", message));
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * What the app sees: the policy (Next takes the nonce from it for its scripts), and no client-sent
 * X-Forwarded-For beyond what trusted proxies wrote, so its last entry is the client (or, with none
 * trusted, `next start` fills in the socket's address).
 */
function forwardedHeaders(request: NextRequest, policy: string, trustedHops: number): Headers {
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", policy);
  const trusted = trustedForwardedFor(request.headers.get("x-forwarded-for"), trustedHops);
  if (trusted === null) forwarded.delete("x-forwarded-for");
  else forwarded.set("x-forwarded-for", trusted);
  return forwarded;
}

// Next reads a whole request body before it runs a proxy, and reports a client that cut it off as a
// crash; so uploads skip the proxy (next.config.ts gives API answers their headers) except where needed.
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    // Sign-in: its limits need the socket's address.
    "/api/auth/:path*",
    // Percent-encoding that Next might fail to decode.
    "/(.*%.*)",
  ],
};
