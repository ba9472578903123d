// `npm run build`: `next build`, then the hash of the sources it was built from, so `npm start`
// knows this build is current and does not build again.
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { recordBuild, sourceHash } from "./build-freshness.mjs";

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const FORWARDED = ["SIGINT", "SIGTERM"];

/**
 * Builds in the current directory; resolves with the exit status of `next build`. The hash is
 * taken before the build starts: an edit made while it runs makes the next start rebuild.
 */
export function build(extraArgs = [], hash = sourceHash(".")) {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const child = spawn(process.execPath, [nextBin, "build", ...extraArgs], { stdio: "inherit" });
  // Stopping us mid-build stops the build too, instead of leaving it writing .next on its own.
  const forward = (signal) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      if (code === 0) recordBuild(".", hash);
      resolve(code ?? 1);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(await build(process.argv.slice(2)));
