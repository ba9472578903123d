// The scripted learner of the character eval: each line is one of the scene's objective examples.
import type { ObjectiveSeed } from "@/db/scenarios/types";

export type LearnerLine = { text: string; objective: ObjectiveSeed };

/**
 * `turns` learner lines in scene order: the first objective (a greeting) opens, the last (a goodbye) closes,
 * and the turns between are shared among the middle objectives, each saying its examples in turn.
 */
export function learnerLines(objectives: ObjectiveSeed[], turns: number): LearnerLine[] {
  const line = (objective: ObjectiveSeed, index: number): LearnerLine => ({ text: objective.examples[index % objective.examples.length] ?? "", objective });
  if (turns <= objectives.length || objectives.length < 3) {
    return Array.from({ length: turns }, (_, index) => line(objectives[index % objectives.length] as ObjectiveSeed, Math.floor(index / objectives.length)));
  }
  const first = objectives[0] as ObjectiveSeed;
  const last = objectives.at(-1) as ObjectiveSeed;
  const middle = objectives.slice(1, -1);
  const shares = middle.map((_, index) => Math.floor((turns - 2) / middle.length) + (index < (turns - 2) % middle.length ? 1 : 0));
  return [line(first, 0), ...middle.flatMap((objective, index) => Array.from({ length: shares[index] ?? 0 }, (_, round) => line(objective, round))), line(last, 0)];
}
