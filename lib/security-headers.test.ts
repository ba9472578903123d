import { describe, expect, it } from "vitest";
import { clientAddress, trustedForwardedFor } from "./auth/client-address";
import { hasMalformedEncoding } from "./request-path";
import { API_POLICY, newNonce, pagePolicy, securityHeaders, servedOverHttps } from "./security-headers";

describe("security headers", () => {
  it("allow pages only our own origin, with the response's nonce, and no framing", () => {
    const policy = pagePolicy({ nonce: "abc123", development: false, https: false });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("media-src 'self' blob:");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(pagePolicy({ nonce: "abc123", development: true, https: false })).toContain("'unsafe-eval'");
  });

  it("let API answers load nothing at all", () => {
    expect(API_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("send HSTS and upgrade requests only over HTTPS", () => {
    const plain = securityHeaders({ policy: pagePolicy({ nonce: "n", development: false, https: false }), https: false });
    expect(plain).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
    expect(plain).not.toHaveProperty("Strict-Transport-Security");
    expect(plain["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    const secure = securityHeaders({ policy: pagePolicy({ nonce: "n", development: false, https: true }), https: true });
    expect(secure["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("believe X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(servedOverHttps({ publicUrl: "https://alltag.example.org", trustProxy: false, forwardedProto: null })).toBe(true);
    expect(servedOverHttps({ publicUrl: "http://localhost:3000", trustProxy: false, forwardedProto: "https" })).toBe(false);
    expect(servedOverHttps({ publicUrl: undefined, trustProxy: true, forwardedProto: "https" })).toBe(true);
    expect(servedOverHttps({ publicUrl: undefined, trustProxy: true, forwardedProto: "http" })).toBe(false);
  });

  it("use a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("request details", () => {
  it("find malformed percent-encoding in any path segment", () => {
    expect(hasMalformedEncoding("/api/v1/scenarios/%C3%28")).toBe(true);
    expect(hasMalformedEncoding("/api/v1/tokens/%E0%A4%A/x")).toBe(true);
    expect(hasMalformedEncoding("/api/v1/scenarios/%")).toBe(true);
    expect(hasMalformedEncoding("/api/v1/scenarios/caf%C3%A9")).toBe(false);
    expect(hasMalformedEncoding("/scenarios/restaurant")).toBe(false);
  });

  it("keep X-Forwarded-For only as far as the trusted proxies wrote it", () => {
    // A client's own entry, then what a CDN saw (the client), then what nginx saw (the CDN).
    const header = "6.6.6.6, 203.0.113.9, 198.51.100.7";
    expect(trustedForwardedFor(header, 0)).toBeNull();
    expect(clientAddress(trustedForwardedFor(header, 1))).toBe("198.51.100.7");
    expect(clientAddress(trustedForwardedFor(header, 2))).toBe("203.0.113.9");
    // Fewer entries than proxies: the request did not come the way the setting says, and nothing is taken.
    expect(trustedForwardedFor("203.0.113.9", 2)).toBeNull();
    expect(trustedForwardedFor(null, 1)).toBeNull();
  });

  it("take the client address from the last X-Forwarded-For entry, which our side wrote", () => {
    expect(clientAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddress("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress("")).toBe("unknown");
  });
});
