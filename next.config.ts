import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native modules stay as plain Node requires; bundling them breaks their binaries.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default nextConfig;
