import "server-only";
import { databasePath, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { markOrphanedRepliesInterrupted } from "@/db/queries/conversations";
import { seedBuiltinScenarios } from "@/db/seed";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { preloadLanguageData } from "@/lib/coach/language-data";
import { env } from "@/lib/env";
import { reportOllamaHealth } from "@/lib/llm/health";

/** Everything the server needs before it serves: valid config, a secret, a migrated and seeded database. */
export function prepareRuntime(): void {
  const config = env();
  // next-auth builds its URLs from NEXTAUTH_URL; without it, assume the local port we serve on.
  process.env.NEXTAUTH_URL ??= `http://localhost:${config.PORT}`;
  ensureAuthSecret();
  const started = performance.now();
  runMigrations(db());
  seedBuiltinScenarios(db());
  const orphaned = markOrphanedRepliesInterrupted();
  if (orphaned > 0) console.log(`[alltag] marked ${orphaned} reply(ies) cut off by the last shutdown as interrupted`);
  console.log(`[alltag] database ready at ${databasePath()} (${Math.round(performance.now() - started)} ms)`);
  // Not awaited: the server starts listening while the probe waits for Ollama.
  void reportOllamaHealth();
}

/**
 * The checker's dictionaries, loaded and warmed before the server serves (Next awaits register()):
 * never on the path of a learner's first turn. A failure costs the corrections, not the server.
 */
export async function prepareLanguageData(): Promise<void> {
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  try {
    await preloadLanguageData();
    const megabytes = Math.round((process.memoryUsage().rss - rssBefore) / 1e6);
    console.log(`[alltag] German language data loaded (${Math.round(performance.now() - started)} ms, about ${megabytes} MB)`);
  } catch (error) {
    console.error(`[alltag] German language data failed to load; corrections are off: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A server that cannot start cleanly says why in one line and stops, instead of failing every request. */
export function prepareRuntimeOrExit(): void {
  try {
    prepareRuntime();
  } catch (error) {
    console.error(`[alltag] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
