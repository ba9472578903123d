// `npm run eval:judge -- --scene all --part heldout` measures the coach's second opinion with your coach model:
// it judges the labelled learner lines (lib/engine/labelled/) by the rules alone, asks the configured Ollama about
// each line the rules credit with nothing (as the scene page does for a learner who turned it on), admits its
// proposals through the same checks as the app (lib/engine/coach-credit.ts), and prints recall and precision per
// scene, rules alone and with the second opinion, beside it. Turn the setting on only for a model whose
// precision stays at the rules'. It prints figures only; `--show` also lists the lines the model changed.
// `--ceiling` asks no model: it proposes exactly the labelled objectives the rules missed, each quoting one sentence
// of the message, so it measures the checks alone: how much a perfect coach model could add, and what the checks refuse.
import { parseArgs } from "node:util";
import { builtinScenarios } from "@/db/scenarios";
import type { ScenarioSeed } from "@/db/scenarios/types";
import { askSecondOpinion } from "@/lib/coach/second-opinion";
import { addressesTheJudge, admitCoachProposals, objectiveKinds, type CoachProposal, type CreditContext, type CreditRefusal } from "@/lib/engine/coach-credit";
import { contextDone, loadLabelled, type LabelledLine, type LabelledPart } from "@/lib/engine/labelled-score";
import { tokenize } from "@/lib/engine/fold";
import { compileObjectives, judgeTurn } from "@/lib/engine/objectives";
import { env } from "@/lib/env";
import { LlmError } from "@/lib/llm/errors";
import { checkOllama } from "@/lib/llm/health";

class UsageError extends Error {}

type Options = { scenes: ScenarioSeed[]; parts: LabelledPart[]; limit: number; model: string; show: boolean; ceiling: boolean };

function options(): Options {
  const { values } = parseArgs({
    options: {
      scene: { type: "string", default: "all" },
      part: { type: "string", default: "heldout" },
      limit: { type: "string", default: "0" },
      model: { type: "string" },
      show: { type: "boolean", default: false },
      ceiling: { type: "boolean", default: false },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, 0 for every line (got ${values.limit}).`);
  const parts: LabelledPart[] = values.part === "all" ? ["tune", "heldout"] : values.part === "tune" || values.part === "heldout" ? [values.part] : [];
  if (parts.length === 0) throw new UsageError(`--part must be heldout, tune or all (got ${values.part}).`);
  const scenes = values.scene === "all" ? builtinScenarios : builtinScenarios.filter((candidate) => candidate.id === values.scene);
  if (scenes.length === 0) throw new UsageError(`No scene "${values.scene}". Use --scene all or one of: ${builtinScenarios.map((candidate) => candidate.id).join(", ")}.`);
  const config = env();
  return { scenes, parts, limit, model: values.model ?? config.OLLAMA_COACH_MODEL ?? config.OLLAMA_MODEL, show: values.show, ceiling: values.ceiling };
}

/** Counts as the labelled test keeps them: labels expected and earned, awards made and right. */
type Tally = { expected: number; recalled: number; awarded: number; correct: number };
const emptyTally = (): Tally => ({ expected: 0, recalled: 0, awarded: 0, correct: 0 });

type SceneResult = {
  scene: string;
  lines: number;
  rules: Tally;
  withCoach: Tally;
  asked: number;
  /** Answers that were not the JSON asked for: the app shows a retryable error for them. */
  unusable: number;
  proposed: number;
  creditedRight: number;
  creditedWrong: number;
  refused: Partial<Record<CreditRefusal, number>>;
  latencies: number[];
};

function tallyLine(tally: Tally, line: LabelledLine, earned: string[]): void {
  tally.expected += line.earns.length;
  tally.recalled += line.earns.filter((id) => earned.includes(id)).length;
  tally.awarded += earned.length;
  tally.correct += earned.filter((id) => line.earns.includes(id)).length;
}

async function evalScene(seed: ScenarioSeed, { parts, limit, model, show, ceiling }: Options): Promise<SceneResult | undefined> {
  const lines = parts.flatMap((part) => loadLabelled(seed.id, part) ?? []);
  if (lines.length === 0) return undefined;
  const rules = seed.objectives.map((objective) => ({ id: objective.id, patterns: objective.patterns, after: objective.after }));
  const compiled = compileObjectives(rules, seed.lexicon);
  const kinds = objectiveKinds(seed.objectives);
  const result: SceneResult = { scene: seed.id, lines: lines.length, rules: emptyTally(), withCoach: emptyTally(), asked: 0, unusable: 0, proposed: 0, creditedRight: 0, creditedWrong: 0, refused: {}, latencies: [] };
  for (const line of lines) {
    const done = contextDone(line, compiled);
    const judgement = judgeTurn(line.text, compiled, { after: line.after, done });
    const earned = judgement.matches.map((match) => match.objectiveId);
    tallyLine(result.rules, line, earned);
    const open = seed.objectives.filter((objective) => !done.has(objective.id) && ((objective.after ?? []).length === 0 || (objective.after ?? []).some((id) => done.has(id))));
    // What the app asks about: nothing credited, nothing said too early, words to the character, something still open.
    const asks = earned.length === 0 && judgement.waiting.length === 0 && open.length > 0 && !addressesTheJudge(line.text) && (limit === 0 || result.asked < limit);
    if (!asks) {
      tallyLine(result.withCoach, line, earned);
      continue;
    }
    result.asked++;
    const context: CreditContext = { rules, compiled, lexicon: seed.lexicon, after: line.after, done, kinds };
    const started = performance.now();
    const proposals = ceiling
      ? perfectProposals(line, open.map((objective) => objective.id), context)
      : await askSecondOpinion({
      model,
      scene: seed.title,
      character: seed.character.name,
      after: line.after,
      open: open.map((objective) => ({ id: objective.id, title: objective.title, examples: objective.examples })),
      message: line.text,
    }).catch((error: unknown): CoachProposal[] => {
      // An answer that is not the JSON asked for is counted; a model that cannot be reached ends the run.
      if (!(error instanceof LlmError) || error.code !== "llm_error") throw error;
      result.unusable++;
      return [];
    });
    if (!ceiling) result.latencies.push(performance.now() - started);
    result.proposed += proposals.length;
    const credits = admitCoachProposals(line.text, proposals, context);
    const credited: string[] = [];
    for (const credit of credits) {
      if ("refused" in credit) result.refused[credit.refused] = (result.refused[credit.refused] ?? 0) + 1;
      else credited.push(credit.objectiveId);
    }
    for (const id of credited) {
      if (line.earns.includes(id)) result.creditedRight++;
      else result.creditedWrong++;
      if (show) console.log(`  ${line.earns.includes(id) ? "right" : "WRONG"} ${id}: ${line.text}`);
    }
    tallyLine(result.withCoach, line, credited);
  }
  return result;
}

/**
 * What a model that knows the labels would propose: each labelled objective still open, quoting the first sentence of
 * the message that the checks admit for it, or the whole message where none is. The best any one-sentence quote can do.
 */
function perfectProposals(line: LabelledLine, open: string[], context: CreditContext): CoachProposal[] {
  const tokens = tokenize(line.text);
  const sentences = [...new Set(tokens.map((token) => token.sentence))].map((sentence) => {
    const words = tokens.filter((token) => token.sentence === sentence);
    return line.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? line.text.length);
  });
  return line.earns
    .filter((id) => open.includes(id))
    .map((objectiveId) => {
      const admitted = sentences.find((quote) => admitCoachProposals(line.text, [{ objectiveId, quote }], context).some((credit) => "evidence" in credit));
      return { objectiveId, quote: admitted ?? line.text };
    });
}

const ratio = (part: number, whole: number) => (whole === 0 ? "—" : (part / whole).toFixed(3));
const figures = (tally: Tally) => `${ratio(tally.recalled, tally.expected)} / ${ratio(tally.correct, tally.awarded)}`;
const p = (values: number[], quantile: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? "—" : `${Math.round(sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0)} ms`;
};

function add(into: Tally, from: Tally): void {
  into.expected += from.expected;
  into.recalled += from.recalled;
  into.awarded += from.awarded;
  into.correct += from.correct;
}

function printTable(results: SceneResult[], ceiling: boolean): void {
  const header = ["scene", "lines", "rules recall / precision", "with coach", "asked", "unusable", "credited right / wrong", "refused", "time p50 / p95"];
  const row = (result: SceneResult) => [
    result.scene,
    String(result.lines),
    figures(result.rules),
    figures(result.withCoach),
    String(result.asked),
    String(result.unusable),
    `${result.creditedRight} / ${result.creditedWrong}`,
    Object.entries(result.refused).map(([reason, count]) => `${reason} ${count}`).join(", ") || "0",
    `${p(result.latencies, 0.5)} / ${p(result.latencies, 0.95)}`,
  ];
  const total: SceneResult = { scene: "all", lines: 0, rules: emptyTally(), withCoach: emptyTally(), asked: 0, unusable: 0, proposed: 0, creditedRight: 0, creditedWrong: 0, refused: {}, latencies: [] };
  for (const result of results) {
    total.lines += result.lines;
    add(total.rules, result.rules);
    add(total.withCoach, result.withCoach);
    total.asked += result.asked;
    total.unusable += result.unusable;
    total.proposed += result.proposed;
    total.creditedRight += result.creditedRight;
    total.creditedWrong += result.creditedWrong;
    for (const [reason, count] of Object.entries(result.refused) as [CreditRefusal, number][]) total.refused[reason] = (total.refused[reason] ?? 0) + count;
    total.latencies.push(...result.latencies);
  }
  const table = [header, ...results.map(row), ...(results.length > 1 ? [row(total)] : [])];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? "").length)));
  const format = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  console.log([format(header), widths.map((width) => "─".repeat(width)).join("  "), ...table.slice(1).map(format)].join("\n"));
  console.log(ceiling ? ceilingSummary(total) : verdict(total));
}

/** What the checks leave a perfect model: the recall it could reach, and the right proposals they refuse. */
function ceilingSummary(total: SceneResult): string {
  const refused = Object.values(total.refused).reduce((sum, count) => sum + count, 0);
  return [
    `\nA perfect coach model could raise recall ${ratio(total.rules.recalled, total.rules.expected)} → ${ratio(total.withCoach.recalled, total.withCoach.expected)}: the checks admit ${total.creditedRight} of its ${total.proposed} right proposals and refuse ${refused}.`,
    "It proposes nothing wrong, so it says nothing of precision: run this without --ceiling against a model for that.",
  ].join("\n");
}

/** One line a learner can act on: does this model keep the rules' precision? */
function verdict(total: SceneResult): string {
  const before = total.rules.awarded === 0 ? 1 : total.rules.correct / total.rules.awarded;
  const after = total.withCoach.awarded === 0 ? 1 : total.withCoach.correct / total.withCoach.awarded;
  const gained = total.creditedRight - total.creditedWrong;
  if (total.creditedRight + total.creditedWrong === 0) return "\nThe second opinion credited nothing on these lines: it neither helps nor harms here.";
  const keeps = after >= before - PRECISION_SLACK;
  return keeps
    ? `\nThe second opinion keeps precision (${before.toFixed(3)} → ${after.toFixed(3)}) and adds ${gained} right credits net: this model can be trusted with it.`
    : `\nThe second opinion costs precision (${before.toFixed(3)} → ${after.toFixed(3)}; ${total.creditedWrong} wrong credits): keep it off with this model.`;
}

// Precision first: a second opinion may cost at most half a point of precision, the noise of a few hundred lines.
const PRECISION_SLACK = 0.005;

async function main(): Promise<number> {
  const chosen = options();
  const config = env();
  const scope = `${chosen.parts.join(" + ")} lines${chosen.limit > 0 ? `, at most ${chosen.limit} asked per scene` : ""}`;
  if (chosen.ceiling) console.log(`Judge eval: the checks' ceiling (a perfect proposer, no model), ${scope}`);
  else {
    const health = await checkOllama(5000);
    if (!health.reachable) throw new LlmError("llm_unreachable", `Ollama is not reachable at ${health.host}. Start it with \`ollama serve\`, or point OLLAMA_HOST at a running server.`, true);
    console.log(`Judge eval: coach model ${chosen.model} at ${config.OLLAMA_HOST}, ${scope}`);
  }
  const results: SceneResult[] = [];
  for (const scene of chosen.scenes) {
    const result = await evalScene(scene, chosen);
    if (result) results.push(result);
  }
  printTable(results, chosen.ceiling);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof LlmError) console.error(`eval:judge: ${error.message}`);
    else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
