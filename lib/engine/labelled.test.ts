import { afterAll, describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import { loadLabelled, precision, recall, scoreLines, type Score } from "./labelled-score";
import { compileObjectives } from "./objectives";

// Tuned on: every line must be heard. Held out (never read while tuning): the goal is the same 0.95 / 0.99,
// but this test only guards against regressions, below the weakest scene's figure when it was written
// (recall 0.62, precision 0.86): the table printed below is the honest figure.
const TUNE = { recall: 0.95, precision: 0.99 };
const HELD_OUT = { recall: 0.6, precision: 0.85 };

const rows: string[] = [];
const figure = (score: Score | undefined) =>
  score ? `${recall(score).toFixed(3)} (${score.recalled}/${score.expected})  ${precision(score).toFixed(3)} (${score.correct}/${score.awarded})` : "no set";

afterAll(() => {
  if (rows.length === 0) return;
  const header = `${"scene".padEnd(22)}${"tune recall  precision".padEnd(46)}held-out recall  precision`;
  console.log(["Labelled learner lines, judged with their context:", header, ...rows].join("\n"));
});

describe.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("labelled lines of %s", (id, scene) => {
  const compiled = compileObjectives(scene.objectives, scene.lexicon);
  const tuneLines = loadLabelled(id, "tune");
  const heldOutLines = loadLabelled(id, "heldout");
  const tune = tuneLines && scoreLines(tuneLines, compiled);
  const heldOut = heldOutLines && scoreLines(heldOutLines, compiled);
  rows.push(`${id.padEnd(22)}${figure(tune).padEnd(46)}${figure(heldOut)}`);

  it.skipIf(!tune)("hears every tuning line and awards nothing unearned", () => {
    if (!tune) return;
    const wrong = tune.results
      .filter((result) => result.missing.length > 0 || result.extra.length > 0)
      .map(({ line, earned, missing, extra }) => `${JSON.stringify(line.text)} earned [${earned.join(", ")}]${missing.length ? ` missed [${missing.join(", ")}]` : ""}${extra.length ? ` wrongly [${extra.join(", ")}]` : ""}`);
    const report = `recall ${figure(tune)}\n${wrong.join("\n")}`;
    expect(recall(tune), report).toBeGreaterThanOrEqual(TUNE.recall);
    expect(precision(tune), report).toBeGreaterThanOrEqual(TUNE.precision);
  });

  // Only the aggregate is ever shown: the held-out lines are the honest figure, not material to tune on.
  it.skipIf(!heldOut)("stays above a loose floor on the held-out lines", () => {
    if (!heldOut) return;
    expect(recall(heldOut), `held-out recall ${recall(heldOut).toFixed(3)}`).toBeGreaterThanOrEqual(HELD_OUT.recall);
    expect(precision(heldOut), `held-out precision ${precision(heldOut).toFixed(3)}`).toBeGreaterThanOrEqual(HELD_OUT.precision);
  });
});
