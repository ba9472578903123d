import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEEP_ALIVE_TIMEOUT_MS, nextStartArgs } from "./start-config.mjs";

const MODULE = path.resolve("scripts/start-config.mjs");
const KEEP_ALIVE = ["--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-start-env-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** The `next start` arguments and one variable, as start.mjs sees them: a fresh process in `root`. */
function startArgs(env: Record<string, string> = {}, argv: string[] = []): { args: string[]; probe: string | null } {
  const script = `import { loadEnvFiles, nextStartArgs } from ${JSON.stringify(MODULE)};
loadEnvFiles(process.cwd());
console.log(JSON.stringify({ args: nextStartArgs("next", ${JSON.stringify(argv)}, process.env), probe: process.env.ALLTAG_START_PROBE ?? null }));`;
  const inherited = { ...process.env };
  delete inherited.PORT;
  delete inherited.ALLTAG_START_PROBE;
  // `npm start` runs as production; vitest's NODE_ENV=test would make Next skip .env.local.
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, env: { ...inherited, NODE_ENV: "production", ...env }, encoding: "utf8" });
  return JSON.parse(output) as { args: string[]; probe: string | null };
}

describe("the port npm start serves on", () => {
  it("comes from PORT in .env.local, which wins over .env", () => {
    fs.writeFileSync(path.join(root, ".env"), "PORT=3000\nALLTAG_START_PROBE=from-env\n");
    fs.writeFileSync(path.join(root, ".env.local"), "PORT=4567\n");
    expect(startArgs()).toEqual({ args: ["next", "start", "--port", "4567", ...KEEP_ALIVE], probe: "from-env" });
  });

  it("comes from the real environment before any file", () => {
    fs.writeFileSync(path.join(root, ".env.local"), "PORT=4567\n");
    expect(startArgs({ PORT: "5678" }).args).toEqual(["next", "start", "--port", "5678", ...KEEP_ALIVE]);
  });

  it("comes from the command line before the environment", () => {
    fs.writeFileSync(path.join(root, ".env.local"), "PORT=4567\n");
    expect(startArgs({}, ["-p", "8080"]).args).toEqual(["next", "start", "-p", "8080", ...KEEP_ALIVE]);
    expect(nextStartArgs("next", ["--port=8080"], { PORT: "4567" })).toEqual(["next", "start", "--port=8080", ...KEEP_ALIVE]);
  });

  it("is left to Next when nothing names one", () => {
    expect(startArgs({}, ["-H", "127.0.0.1"]).args).toEqual(["next", "start", "-H", "127.0.0.1", ...KEEP_ALIVE]);
  });
});

describe("idle keep-alive connections", () => {
  it("stay open as long as we set, unless the command line says otherwise", () => {
    expect(nextStartArgs("next", ["--keepAliveTimeout", "5000"], {})).toEqual(["next", "start", "--keepAliveTimeout", "5000"]);
  });
});
