// What `npm start` reads before the server runs: the .env files, and from them the port.
import { createRequire } from "node:module";

// @next/env comes with next: resolved from next's own folder so it is the copy next uses.
const requireFromNext = createRequire(createRequire(import.meta.url).resolve("next/package.json"));
const { loadEnvConfig } = requireFromNext("@next/env");

const quiet = { info: () => {}, error: (...args) => console.error(...args) };

/**
 * Loads .env, .env.production, .env.local… from `root` into process.env by Next's own rules (a
 * variable already set in the environment wins). `next start` does the same, but only inside the
 * server, after we have chosen its port.
 */
export function loadEnvFiles(root) {
  return loadEnvConfig(root, false, quiet, true).loadedEnvFiles.map((file) => file.path);
}

/** `next start` arguments: ours, plus PORT as --port unless the command line names a port. */
export function nextStartArgs(nextBin, argv, env) {
  const args = [nextBin, "start", ...argv];
  const namesPort = argv.some((arg) => arg === "-p" || arg === "--port" || arg.startsWith("--port="));
  if (env.PORT && !namesPort) args.push("--port", env.PORT);
  return args;
}
