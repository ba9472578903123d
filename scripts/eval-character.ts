// `npm run eval:character -- --scene restaurant --turns 8` (or `--scene all`): plays scripted learner lines
// against the configured Ollama through the app's own prompt builder and chat stream, and prints one row per
// reply (German?, sentences, words per sentence, level limits, in character?, timings) and a summary table.
import { parseArgs } from "node:util";
import { builtinScenarios } from "@/db/scenarios";
import type { ScenarioSeed } from "@/db/scenarios/types";
import type { Message, Scenario } from "@/db/schema";
import { scenarioRow } from "@/db/seed";
import { sceneLevel } from "@/lib/engine/level-limits";
import { buildChatMessages } from "@/lib/engine/prompt";
import { env } from "@/lib/env";
import { ChatAborted, streamChat, type ChatStats } from "@/lib/llm/chat";
import { LlmError } from "@/lib/llm/errors";
import { checkOllama } from "@/lib/llm/health";
import { learnerLines } from "./eval/learner-script";
import { loadLanguageDetector, measureReply, type ReplyMeasure } from "./eval/reply-checks";

type Row = { measure: ReplyMeasure; stats: ChatStats };

class UsageError extends Error {}

function options(): { scenes: ScenarioSeed[]; turns: number } {
  const { values } = parseArgs({ options: { scene: { type: "string", default: "restaurant" }, turns: { type: "string", default: "8" } } });
  const turns = Number(values.turns);
  if (!Number.isInteger(turns) || turns < 1 || turns > 50) throw new UsageError(`--turns must be a whole number from 1 to 50 (got ${values.turns}).`);
  if (values.scene === "all") return { scenes: builtinScenarios, turns };
  const scene = builtinScenarios.find((candidate) => candidate.id === values.scene);
  if (!scene) throw new UsageError(`No scene "${values.scene}". Use --scene all or one of: ${builtinScenarios.map((candidate) => candidate.id).join(", ")}.`);
  return { scenes: [scene], turns };
}

/** The scene as the app stores it; the prompt reads only the character, the level and the exchanges. */
function scenarioOf(seed: ScenarioSeed): Scenario {
  return scenarioRow(seed, { sortOrder: 0, updatedAt: new Date() });
}

function storedMessage(seq: number, role: Message["role"], content: string): Message {
  return { id: `eval-${seq}`, conversationId: "eval", seq, role, content, status: "complete", errorCode: null, timings: null, createdAt: new Date() };
}

const COLUMNS = [
  ["#", 3],
  ["learner", 28],
  ["German", 8],
  ["sent.", 5],
  ["words/sent.", 12],
  ["level", 30],
  ["in character", 28],
  ["first token", 12],
  ["total", 9],
  ["prompt tok.", 11],
] as const;

const cell = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const line = (cells: string[]) => cells.map((text, index) => cell(text, COLUMNS[index]?.[1] ?? 10)).join("  ").trimEnd();
const ms = (value: number | undefined) => (value === undefined ? "—" : `${Math.round(value)} ms`);

function germanCell({ language, german }: ReplyMeasure): string {
  if (german) return "yes";
  return language.reliable ? `no (${language.language})` : `? (${language.language})`;
}

function rowCells(index: number, learner: string, { measure, stats }: Row): string[] {
  return [
    String(index + 1),
    learner,
    germanCell(measure),
    String(measure.shape.sentences.length),
    measure.shape.wordsPerSentence.join("/") || "0",
    measure.breaches.length === 0 ? "fits" : measure.breaches.join("; "),
    measure.character.inCharacter ? "yes" : `no: ${measure.character.reasons.join("; ")}`,
    ms(stats.firstTokenMs),
    ms(stats.totalMs),
    stats.promptEvalCount === undefined ? "—" : String(stats.promptEvalCount),
  ];
}

async function playScene(seed: ScenarioSeed, turns: number, signal: AbortSignal): Promise<Row[]> {
  const scenario = scenarioOf(seed);
  const level = sceneLevel(scenario);
  const titles = seed.objectives.map((objective) => objective.title);
  const history: Message[] = [storedMessage(0, "assistant", seed.openingLine)];
  // Each example meets its own objective (the scene content tests check it): said once, it is done.
  const done = new Set<string>();
  const rows: Row[] = [];
  console.log(`\n${seed.title} (${seed.id}), ${seed.character.name}, level ${level}`);
  console.log(`${seed.character.name}: ${seed.openingLine}`);
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const [index, learner] of learnerLines(seed.objectives, turns).entries()) {
    history.push(storedMessage(history.length, "user", learner.text));
    done.add(learner.objective.id);
    const open = seed.objectives.filter((objective) => !done.has(objective.id));
    const pieces = streamChat({ messages: buildChatMessages(scenario, history, open), signal });
    let reply = "";
    let step = await pieces.next();
    for (; !step.done; step = await pieces.next()) reply += step.value;
    const row = { measure: measureReply(reply, level, titles), stats: step.value };
    rows.push(row);
    history.push(storedMessage(history.length, "assistant", reply));
    console.log(line(rowCells(index, learner.text, row)));
    console.log(`     ${seed.character.name}: ${reply.replace(/\s+/g, " ").trim()}`);
  }
  return rows;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
};
const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

function summaryCells(name: string, rows: Row[]): string[] {
  const count = (test: (row: Row) => boolean) => `${rows.filter(test).length}/${rows.length}`;
  const words = rows.flatMap((row) => row.measure.shape.wordsPerSentence);
  const firstTokens = rows.flatMap((row) => (row.stats.firstTokenMs === undefined ? [] : [row.stats.firstTokenMs]));
  return [
    name,
    count((row) => row.measure.german),
    count((row) => row.measure.character.inCharacter),
    count((row) => row.measure.breaches.length === 0),
    mean(rows.map((row) => row.measure.shape.sentences.length)).toFixed(1),
    mean(words).toFixed(1),
    `${ms(median(firstTokens))} / ${ms(firstTokens.length > 0 ? Math.max(...firstTokens) : undefined)}`,
    ms(median(rows.map((row) => row.stats.totalMs))),
  ];
}

function printSummary(results: [string, Row[]][]): void {
  const header = ["scene", "German", "in character", "fits level", "sent./reply", "words/sent.", "first token p50 / max", "total p50"];
  const body = results.map(([name, rows]) => summaryCells(name, rows));
  if (results.length > 1) body.push(summaryCells("all", results.flatMap(([, rows]) => rows)));
  const table = [header, ...body];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? "").length)));
  const format = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  console.log("\nSummary");
  console.log([format(header), widths.map((width) => "─".repeat(width)).join("  "), ...body.map(format)].join("\n"));
}

async function main(): Promise<number> {
  const { scenes, turns } = options();
  const config = env();
  const health = await checkOllama(5000);
  if (!health.reachable) {
    throw new LlmError("llm_unreachable", `Ollama is not reachable at ${health.host}. Start it with \`ollama serve\`, or point OLLAMA_HOST at a running server.`, true);
  }
  if (!health.model_available) {
    throw new LlmError("model_not_found", `The model ${health.model} is not installed on ${health.host}. Run \`ollama pull ${health.model}\` there, or set OLLAMA_MODEL to an installed model.`, false);
  }
  await loadLanguageDetector();
  console.log(`Character eval: ${config.OLLAMA_MODEL} at ${config.OLLAMA_HOST}, temperature ${config.OLLAMA_TEMPERATURE}, ${turns} turns per scene`);
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  const results: [string, Row[]][] = [];
  for (const scene of scenes) results.push([scene.id, await playScene(scene, turns, stop.signal)]);
  printSummary(results);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ChatAborted) process.exit(130);
    if (error instanceof UsageError || error instanceof LlmError) console.error(`eval:character: ${error.message}`);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
