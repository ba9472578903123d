import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { nextStartArgs } from "../../../scripts/start-config.mjs";

export type AppServer = {
  url: string;
  port: number;
  dataDir: string;
  /** The `next start` process (Next may serve from a child of it). */
  child: ChildProcess;
  logs: () => string;
  stop: () => Promise<void>;
};

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const LOG_TAIL_CHARS = 64 * 1024;
const START_TIMEOUT_MS = 60_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function hasProductionBuild(): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID"));
}

/**
 * `next start` on the production build, with a fresh data dir, pointed at the given Ollama.
 * Shared by the browser tests and the benchmarks; resolves once /api/v1/health answers.
 */
export async function startAppServer({ ollamaUrl, env = {}, nodeArgs = [] }: { ollamaUrl: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<AppServer> {
  if (!hasProductionBuild()) throw new Error("No production build: run `npm run build` first.");
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-server-"));
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  const child = spawn(process.execPath, [...nodeArgs, ...nextStartArgs(NEXT_BIN, ["-p", String(port), "-H", "127.0.0.1"], {})], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      OLLAMA_HOST: ollamaUrl,
      NEXTAUTH_URL: url,
      PORT: String(port),
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
  return { url, port, dataDir, child, logs: () => output, stop };
}
