import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../tests/e2e/support/server";
import { heapSnapshotFlags, liveHeapBytes } from "./heap";
import { listeningPid } from "./process-stats";

export type BenchServer = {
  url: string;
  port: number;
  /** The process that holds the listening socket: the one whose CPU and memory the figures read. */
  pid: number;
  /** Live JS heap after a full GC, from a heap snapshot the server writes on SIGUSR2. */
  liveHeapBytes: () => Promise<number>;
  logTail: () => string;
  stop: () => Promise<void>;
};

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const LOG_TAIL_CHARS = 64 * 1024;
const START_TIMEOUT_MS = 60_000;

export class MissingBuildError extends Error {}

/** The bench measures the production build and never makes one. */
export function assertProductionBuild(): void {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    throw new MissingBuildError("No production build in .next/: run `npm run build` first (the bench measures the build, it does not make one).");
  }
}

/** `next start` on the production build with a fresh DATA_DIR, like the e2e starter but exposing the pid. */
export async function startBenchServer({ ollamaUrl, env = {}, nodeArgs = [] }: { ollamaUrl: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<BenchServer> {
  assertProductionBuild();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-bench-"));
  const url = `http://127.0.0.1:${port}`;
  const heap = heapSnapshotFlags();
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  const child = spawn(process.execPath, [...heap.flags, ...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      OLLAMA_HOST: ollamaUrl,
      NEXTAUTH_URL: url,
      PORT: String(port),
      ALLOW_SIGNUP: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(heap.dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited early:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /api/v1/health within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    const healthy = await fetch(`${url}/api/v1/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid === undefined ? undefined : listeningPid(child.pid, port);
  if (pid === undefined) throw new Error("could not find the process listening for next start");
  return { url, port, pid, liveHeapBytes: () => liveHeapBytes(pid, heap.dir), logTail: () => output, stop };
}
