// `npm run bench [-- --quick] [-- --only=1,5]`: measures the production build against the test
// Ollama server and prints one table. Misses never fail the run; a broken harness does.
import { performance } from "node:perf_hooks";
import { startFakeOllama, type FakeOllama } from "../tests/support/fake-ollama";
import { FIGURES } from "./figures";
import { createOwner } from "./lib/accounts";
import { appStreamer, turnRunner } from "./lib/app-client";
import { MissingBuildError, assertProductionBuild, startBenchServer, type BenchServer } from "./lib/app-server";
import { countsFor } from "./lib/config";
import { buildInfo, runInfo, updateReadme, writeResults, type RunResult } from "./lib/results";
import { openSlots } from "./lib/slots";
import { textTable } from "./lib/table";
import type { BenchContext, Figure, Mode } from "./lib/types";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function parseArgs(argv: string[]): { mode: Mode; only?: Set<string> } {
  const mode: Mode = argv.includes("--quick") ? "quick" : "full";
  const onlyArg = argv.find((arg) => arg.startsWith("--only="));
  return { mode, only: onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : undefined };
}

async function runFigures(context: BenchContext, only: Set<string> | undefined, errors: RunResult["errors"]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const figure of FIGURES) {
    if (only && !only.has(figure.id)) continue;
    const started = performance.now();
    log(`figure ${figure.id}: ${figure.title}…`);
    try {
      figures.push(...(await figure.run(context)));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      errors.push({ figure: figure.id, message });
      log(`figure ${figure.id} FAILED: ${message}`);
      figures.push({ id: figure.id, name: `${figure.title} (harness error)`, value: null, unit: "", target: "—", pass: null });
    }
    context.fake.reset();
    log(`figure ${figure.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return figures.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}

async function main(): Promise<number> {
  const { mode, only } = parseArgs(process.argv.slice(2));
  try {
    assertProductionBuild();
  } catch (error) {
    if (error instanceof MissingBuildError) {
      console.error(`bench: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (buildInfo().olderThanHead) log("warning: .next was built before the last commit; run `npm run build` for figures of the current code");
  const started = performance.now();
  const counts = countsFor(mode);
  const errors: RunResult["errors"] = [];
  const details: Record<string, unknown> = {};
  let figures: Figure[] = [];
  let fake: FakeOllama | undefined;
  let app: BenchServer | undefined;
  try {
    fake = await startFakeOllama();
    app = await startBenchServer({ ollamaUrl: fake.url });
    log(`next start on ${app.url} (pid ${app.pid}), test Ollama on ${fake.url}; ${mode} mode`);
    const owner = await createOwner(app.url);
    const slots = await openSlots(app.url, owner, Math.max(...counts.concurrency.levels));
    log(`${slots.all.length} conversations ready`);
    const context: BenchContext = {
      mode,
      counts,
      app,
      fake,
      slots,
      owner,
      turn: turnRunner(app.url, slots),
      stream: appStreamer(app.url),
      details,
      shared: new Map(),
      log,
    };
    figures = await runFigures(context, only, errors);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push({ figure: "setup", message });
    log(`setup FAILED: ${message}`);
    if (app) log(`server log tail:\n${app.logTail().slice(-4000)}`);
  } finally {
    await app?.stop();
    await fake?.close();
  }

  const result: RunResult = { ...runInfo(mode, (performance.now() - started) / 1000), ...(only ? { only: [...only] } : {}), figures, details, errors };
  console.log(textTable(figures));
  const file = writeResults(result);
  const readme = mode === "full" && !only && errors.length === 0 && updateReadme(result);
  log(`${result.durationS} s; results in ${file}${readme ? " and bench/README.md" : ""}`);
  if (errors.length > 0) log(`${errors.length} harness error(s): ${errors.map((error) => error.figure).join(", ")}`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
