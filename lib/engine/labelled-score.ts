// Scores the matcher against labelled learner lines (lib/engine/labelled/<scene>.<part>.json):
// the labelled test and the judging benchmark both read the sets through here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { judgeMessage, prerequisitesOf, type CompiledObjectives } from "./objectives";

const labelledLine = z.object({
  text: z.string(),
  /** Exactly the objectives this line must earn; [] means none. */
  earns: z.array(z.string()),
  /** The character's previous line. */
  after: z.string().optional(),
  /** Objectives met before this line. */
  done: z.array(z.string()).optional(),
  why: z.string().optional(),
});

export type LabelledLine = z.infer<typeof labelledLine>;
export type LabelledPart = "tune" | "heldout";

const SETS = join(process.cwd(), "lib", "engine", "labelled");

/** The set of one scene, or undefined where it was not written. */
export function loadLabelled(sceneId: string, part: LabelledPart): LabelledLine[] | undefined {
  const path = join(SETS, `${sceneId}.${part}.json`);
  if (!existsSync(path)) return undefined;
  return z.array(labelledLine).parse(JSON.parse(readFileSync(path, "utf8")));
}

export interface LineResult {
  line: LabelledLine;
  earned: string[];
  missing: string[];
  extra: string[];
}

export interface Score {
  lines: number;
  /** Labels expected, and how many of them were earned (recall = earned / expected). */
  expected: number;
  recalled: number;
  /** Objectives awarded, and how many of them were labelled (precision = correct / awarded). */
  awarded: number;
  correct: number;
  results: LineResult[];
}

/**
 * What the line was written after: its `done`, and where it must earn an objective that comes after others
 * ("thank" after "ask_way") with none of them met, those too. A label that says the line earns it says they were
 * met; the phrase tests judge their lines the same way. A line that must earn nothing is judged as written.
 */
export function contextDone(line: LabelledLine, compiled: CompiledObjectives): Set<string> {
  return assumedMet(line.earns, (id) => prerequisitesOf(compiled, id), line.done);
}

/**
 * `done` with, for each objective in `earns` none of whose prerequisites is done or earned by the line itself, all of
 * them: the labelled sets (contextDone) and the phrase files (phraseDone) judge their lines alike.
 */
export function assumedMet(earns: readonly string[], prerequisites: (id: string) => readonly string[], done: readonly string[] = []): Set<string> {
  const met = new Set(done);
  for (const id of earns) {
    const before = prerequisites(id);
    if (before.some((prerequisite) => met.has(prerequisite) || earns.includes(prerequisite))) continue;
    for (const prerequisite of before) met.add(prerequisite);
  }
  return met;
}

export function judgeLine(line: LabelledLine, compiled: CompiledObjectives): string[] {
  return judgeMessage(line.text, compiled, { after: line.after, done: contextDone(line, compiled) }).map((match) => match.objectiveId);
}

export function scoreLines(lines: LabelledLine[], compiled: CompiledObjectives): Score {
  const score: Score = { lines: lines.length, expected: 0, recalled: 0, awarded: 0, correct: 0, results: [] };
  for (const line of lines) {
    const earned = judgeLine(line, compiled);
    const missing = line.earns.filter((id) => !earned.includes(id));
    const extra = earned.filter((id) => !line.earns.includes(id));
    score.expected += line.earns.length;
    score.recalled += line.earns.length - missing.length;
    score.awarded += earned.length;
    score.correct += earned.length - extra.length;
    score.results.push({ line, earned, missing, extra });
  }
  return score;
}

export const recall = (score: Score) => (score.expected === 0 ? 1 : score.recalled / score.expected);
export const precision = (score: Score) => (score.awarded === 0 ? 1 : score.correct / score.awarded);
