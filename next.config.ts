import type { NextConfig } from "next";
import { API_POLICY, securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Native modules stay as plain Node requires; bundling them breaks their binaries.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // API answers to uploads do not pass the proxy (proxy.ts says why); pages get theirs with a nonce there.
  async headers() {
    const headers = Object.entries(securityHeaders({ policy: API_POLICY, https: false })).map(([key, value]) => ({ key, value }));
    return [{ source: "/api/:path*", headers }];
  },
};

export default nextConfig;
