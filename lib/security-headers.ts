// The headers every page and API response carries. Pure, so the proxy, next.config.ts and the tests share them.

/** API answers are JSON or event streams: nothing in them may load or run anything. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A fresh, unguessable nonce for one page's inline scripts and styles. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function pagePolicy({ nonce, development, https }: { nonce: string; development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Next puts the nonce on its own scripts; 'strict-dynamic' lets them load their chunks. React refresh needs eval in dev only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // React renders style={{…}} as attributes, which cannot carry a nonce and cannot run script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The server's voice plays each sentence's audio from a blob: URL (POST /api/v1/speech answers are not GET-able).
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a LAN address) upgrading would break every same-origin request.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders({ policy, https }: { policy: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the browser reached us over HTTPS: the configured public URL says so, or a trusted
 * reverse proxy does. A client's own X-Forwarded-Proto is ignored unless TRUST_PROXY is set.
 */
export function servedOverHttps({ publicUrl, trustProxy, forwardedProto }: { publicUrl?: string; trustProxy: boolean; forwardedProto: string | null }): boolean {
  if (publicUrl?.startsWith("https:")) return true;
  return trustProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
