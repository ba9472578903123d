import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { markdownTable } from "./table";
import type { Figure, Mode } from "./types";

export type RunInfo = {
  date: string;
  /** When .next/BUILD_ID was written, and whether commits landed after it (figures may then lag the code). */
  build: { builtAt: string; olderThanHead: boolean };
  mode: Mode;
  /** loadAverage: the 1, 5 and 15 minute load averages as the run ended; the machine is shared, so figures follow it. */
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; platform: string; loadAverage: number[] };
  commit: string;
  durationS: number;
};

export type RunResult = RunInfo & {
  /** Figures asked for with --only, when not all of them ran. */
  only?: string[]; figures: Figure[]; details: Record<string, unknown>; errors: { figure: string; message: string }[] };

const RESULTS_DIR = path.join("bench", "results");
const README = path.join("bench", "README.md");
const START_MARK = "<!-- bench:results:start -->";
const END_MARK = "<!-- bench:results:end -->";

function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    // The bench's own files do not change what it measures.
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

/** The production build's age against the last commit. */
export function buildInfo(): RunInfo["build"] {
  const builtAt = fs.statSync(path.join(".next", "BUILD_ID")).mtime;
  let headAt = 0;
  try {
    headAt = Number(execFileSync("git", ["log", "-1", "--format=%ct"], { encoding: "utf8" }).trim()) * 1000;
  } catch {
    // not a git checkout
  }
  return { builtAt: builtAt.toISOString(), olderThanHead: builtAt.getTime() < headAt };
}

export function runInfo(mode: Mode, durationS: number): RunInfo {
  return {
    date: new Date().toISOString(),
    build: buildInfo(),
    mode,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    },
    commit: commit(),
    durationS: Number(durationS.toFixed(1)),
  };
}

/** Only a complete full run writes latest.json; quick and --only runs write git-ignored *.tmp.json files. */
export function writeResults(result: RunResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const name = result.only ? `${result.mode}-partial.tmp.json` : result.mode === "full" ? "latest.json" : "quick.tmp.json";
  const file = path.join(RESULTS_DIR, name);
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
      `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${result.durationS} s, ` +
      `load average ${machine.loadAverage.join(" / ")} (1 / 5 / 15 min) as it ended.`,
    "",
    markdownTable(result.figures),
    "",
    END_MARK,
  ].join("\n");
  fs.writeFileSync(README, text.slice(0, start) + section + text.slice(end + END_MARK.length));
  return true;
}
