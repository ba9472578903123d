import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createSseParser } from "../../lib/sse/parse";
import { freePort } from "../../tests/e2e/support/server";

export type FloorNext = { url: string; pid: number; relay: (message: string) => Promise<RelayRecord>; logTail: () => string; stop: () => Promise<void> };

/** One reply through the floor, timed as the app client times a turn (the time each network chunk was read). */
export type RelayRecord = { message: string; startedAt: number; tokenAt: number[]; endedAt?: number };

const APP_DIR = path.join("bench", "floor-app");
const SOURCES = [path.join(APP_DIR, "app", "api", "relay", "route.js"), path.join(APP_DIR, "next.config.mjs"), path.join("node_modules", "next", "package.json")];
const STAMP = path.join(APP_DIR, ".next", "alltag-sources.sha256");
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const START_TIMEOUT_MS = 60_000;
const LOG_TAIL_CHARS = 16 * 1024;

function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES) hash.update(fs.readFileSync(file));
  return hash.digest("hex");
}

/** Builds the bare floor app unless its last build came from the same sources (a one-route build: seconds, once). */
export function buildFloorApp(log: (line: string) => void): void {
  const hash = sourcesHash();
  if (fs.existsSync(path.join(APP_DIR, ".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return;
  log("building the bare Next floor app (bench/floor-app)…");
  execFileSync(process.execPath, [NEXT_BIN, "build", APP_DIR], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  fs.writeFileSync(STAMP, hash);
}

/** `next start` on the floor app, relaying from `ollamaUrl`; resolves once it answers. */
export async function startFloorNext(ollamaUrl: string, log: (line: string) => void): Promise<FloorNext> {
  buildFloorApp(log);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, [NEXT_BIN, "start", APP_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", OLLAMA_HOST: ollamaUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  // Any answer (a 404 for GET /) means it serves.
  const answers = () =>
    fetch(url).then(
      async (response) => (await response.body?.cancel(), true),
      () => false,
    );
  while (!(await answers())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the floor app did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (child.pid === undefined) throw new Error("the floor app has no pid");
  return { url, pid: child.pid, relay: (message) => relay(url, message), logTail: () => output, stop };
}

async function relay(url: string, message: string): Promise<RelayRecord> {
  const record: RelayRecord = { message, startedAt: performance.now(), tokenAt: [] };
  const response = await fetch(`${url}/api/relay`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ message }) });
  if (!response.ok || !response.body) throw new Error(`floor app: HTTP ${response.status}: ${await response.text()}`);
  const parser = createSseParser();
  const reader = response.body.getReader();
  let complete = false;
  for (;;) {
    const { done, value } = await reader.read();
    const at = performance.now();
    if (done) break;
    for (const event of parser.push(value)) {
      if (event.type === "token") record.tokenAt.push(at);
      else if (event.type === "complete") complete = true;
    }
  }
  record.endedAt = performance.now();
  if (!complete) throw new Error("floor app: the stream ended without its complete frame");
  return record;
}
