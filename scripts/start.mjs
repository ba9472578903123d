// `npm start`: build when the build is missing or older than the sources, then serve it.
// Migrations, seeding and the secret happen inside the server (instrumentation.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { buildDecision, sourceHash } from "./build-freshness.mjs";
import { build } from "./build.mjs";
import { loadEnvFiles, nextStartArgs } from "./start-config.mjs";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const ORPHAN_CHECK_MS = 1000;

loadEnvFiles(".");

const hash = sourceHash(".");
const decision = buildDecision(".", hash);
if (decision.rebuild) {
  console.log(`[alltag] ${decision.reason}`);
  const status = await build([], hash);
  if (status !== 0) process.exit(status);
}

const server = spawn(process.execPath, nextStartArgs(nextBin, process.argv.slice(2), process.env), { stdio: "inherit" });
const stop = (signal) => {
  if (server.exitCode === null && server.signalCode === null) server.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal === "SIGHUP" ? "SIGTERM" : signal));

// Under npm, a parent that is gone (killed, or a shell that died of the signal without passing it
// on) must not leave the server holding the port.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop("SIGTERM"), ORPHAN_CHECK_MS).unref();
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
