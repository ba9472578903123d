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

/**
 * How long the server keeps an idle keep-alive connection open. Node's default is 5 s, shorter than
 * a reverse proxy keeps its upstream connections (nginx and load balancers 60 s, Traefik 90 s, Caddy
 * 2 min): the server then closes a socket just as the proxy, or any pooling client, sends the next
 * request on it, and that request fails with a reset instead of an answer. Longer than theirs, the
 * client always closes first.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 125_000;

/** `next start` arguments: ours, plus PORT as --port and our keep-alive timeout unless the command line names them. */
export function nextStartArgs(nextBin, argv, env) {
  const args = [nextBin, "start", ...argv];
  const names = (long, short) => argv.some((arg) => arg === long || arg === short || arg.startsWith(`${long}=`));
  if (env.PORT && !names("--port", "-p")) args.push("--port", env.PORT);
  if (!names("--keepAliveTimeout")) args.push("--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS));
  return args;
}
