import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDecision } from "@/scripts/build-freshness.mjs";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { freePort } from "./support/server";

// `npm start` exactly as a user or a service manager runs it: npm → (sh) → start.mjs → next start.
let fake: FakeOllama;
let npm: ChildProcess | undefined;
let dataDir: string;
let output = "";

beforeAll(async () => {
  const decision = buildDecision(".");
  if (decision.rebuild) throw new Error(`The build does not match the sources (${decision.reason}): run \`npm run build\` first.`);
  fake = await startFakeOllama();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-npm-start-"));
});

afterAll(async () => {
  // Whatever the test left behind: the whole process group it started, and nothing else.
  if (npm?.pid) {
    try {
      process.kill(-npm.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await fake?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; npm start said:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

/** One health request through `agent`: its status, and whether it went on a connection an earlier request left open. */
function health(agent: http.Agent, port: number): Promise<{ status: number | undefined; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/api/v1/health", agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode, reused: request.reusedSocket }));
    });
    request.on("error", reject);
  });
}

describe("npm start", () => {
  it("serves the current build without rebuilding, reports Ollama, keeps idle connections past Node's 5 s, and frees its port on SIGTERM", async () => {
    const port = await freePort();
    npm = spawn("npm", ["start"], {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATA_DIR: dataDir, OLLAMA_HOST: fake.url, OLLAMA_MODEL: "llama3.2:1b" },
      // Its own process group, so the clean-up above can reach a server the signal left behind.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<void>((resolve) => npm?.once("exit", () => resolve()));
    npm.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    npm.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));

    await waitFor("/api/v1/health", () => fetch(`http://127.0.0.1:${port}/api/v1/health`).then((response) => response.ok, () => false), 60_000);
    await waitFor("the Ollama line", () => output.includes(`[alltag] Ollama at ${fake.url} answered; model llama3.2:1b is pulled`), 10_000);
    expect(output).not.toMatch(/rebuilding|next build/);

    // A pooling client (a reverse proxy, a test's request context) reuses a connection after a pause:
    // the server must not have closed it under Node's default 5 s.
    // Node's agent also drops a connection by the server's Keep-Alive hint, so under a 5 s timeout
    // the second request would go on a new one.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await health(agent, port)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await health(agent, port)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }

    npm.kill("SIGTERM");
    await waitFor(`port ${port} to be free`, () => portIsFree(port), 5_000);
    await Promise.race([exited, new Promise((_, reject) => setTimeout(() => reject(new Error("npm did not exit")), 5_000))]);
  });
});
