import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests start `next start` and Chromium: run files one after another, slowly.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    setupFiles: ["tests/e2e/support/csp-guard.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
