import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { markdownTable } from "./table";
import type { Figure, Mode } from "./types";

export type RunInfo = {
  date: string;
  mode: Mode;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; platform: string };
  commit: string;
  durationS: number;
};

export type RunResult = RunInfo & { figures: Figure[]; details: Record<string, unknown>; errors: { figure: string; message: string }[] };

const RESULTS_DIR = path.join("bench", "results");
const README = path.join("bench", "README.md");
const START_MARK = "<!-- bench:results:start -->";
const END_MARK = "<!-- bench:results:end -->";

function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

export function runInfo(mode: Mode, durationS: number): RunInfo {
  return {
    date: new Date().toISOString(),
    mode,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    commit: commit(),
    durationS: Number(durationS.toFixed(1)),
  };
}

/** Full runs write latest.json; quick runs a git-ignored quick.tmp.json, so a smoke run never replaces real figures. */
export function writeResults(result: RunResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, result.mode === "full" ? "latest.json" : "quick.tmp.json");
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Replaces the results section of bench/README.md with this run's table. */
export function updateReadme(result: RunResult): boolean {
  if (!fs.existsSync(README)) return false;
  const text = fs.readFileSync(README, "utf8");
  const start = text.indexOf(START_MARK);
  const end = text.indexOf(END_MARK);
  if (start === -1 || end < start) return false;
  const { machine } = result;
  const section = [
    START_MARK,
    `Last full run: ${result.date.slice(0, 16).replace("T", " ")} UTC, commit ${result.commit}, ` +
      `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${result.durationS} s.`,
    "",
    markdownTable(result.figures),
    "",
    END_MARK,
  ].join("\n");
  fs.writeFileSync(README, text.slice(0, start) + section + text.slice(end + END_MARK.length));
  return true;
}
