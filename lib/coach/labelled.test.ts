import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checkGerman } from "./check";
import type { FindingKind } from "./finding";
import { loadGermanData } from "./german-data";

type Labelled = { scene: string; text: string; errors: { kind: FindingKind; original: string; suggestion: string; why: string }[]; corrected: string };
type Tally = { found: number; correct: number; expected: number; matched: number };

const file = (name: string) => fileURLToPath(new URL(`./labelled/${name}`, import.meta.url));
const key = (item: { original: string; suggestion: string }) => `${item.original}\u0000${item.suggestion}`;

/** Precision and recall per kind: a finding is correct when its original span and suggestion match an expected error. */
function score(set: Labelled[]) {
  const tallies = new Map<string, Tally>();
  const tally = (kind: string) => tallies.get(kind) ?? tallies.set(kind, { found: 0, correct: 0, expected: 0, matched: 0 }).get(kind)!;
  for (const sentence of set) {
    const { findings } = checkGerman(sentence.text);
    const expected = new Map(sentence.errors.map((error) => [key(error), error]));
    const found = new Set(findings.map(key));
    for (const finding of findings) {
      const match = expected.get(key(finding));
      for (const kind of ["all", match?.kind ?? finding.kind]) {
        tally(kind).found++;
        if (match) tally(kind).correct++;
      }
    }
    for (const error of sentence.errors) {
      for (const kind of ["all", error.kind]) {
        tally(kind).expected++;
        if (found.has(key(error))) tally(kind).matched++;
      }
    }
  }
  return tallies;
}

function report(name: string, tallies: Map<string, Tally>) {
  const ratio = (a: number, b: number) => (b === 0 ? "—" : (a / b).toFixed(2));
  const lines = [...tallies].sort(([a], [b]) => (a === "all" ? 1 : b === "all" ? -1 : a.localeCompare(b)))
    .map(([kind, t]) => `  ${kind.padEnd(15)} precision ${ratio(t.correct, t.found).padStart(4)} (${t.correct}/${t.found})  recall ${ratio(t.matched, t.expected).padStart(4)} (${t.matched}/${t.expected})`);
  console.log(`${name}:\n${lines.join("\n")}`);
}

const precision = (tallies: Map<string, Tally>) => {
  const all = tallies.get("all")!;
  return all.found === 0 ? 1 : all.correct / all.found;
};

describe.skipIf(!existsSync(file("errors.tune.json")))("the labelled learner errors", () => {
  beforeAll(() => {
    loadGermanData();
  }, 120_000);

  it("finds the tuning set's errors with precision ≥ 0.95", () => {
    const tallies = score(JSON.parse(readFileSync(file("errors.tune.json"), "utf8")) as Labelled[]);
    report("tune", tallies);
    expect(precision(tallies)).toBeGreaterThanOrEqual(0.95);
    expect(tallies.get("all")!.matched).toBeGreaterThan(0);
  });

  // Never tuned on: only the aggregate figures are printed, never its sentences.
  it.skipIf(!existsSync(file("errors.heldout.json")))("keeps precision ≥ 0.85 on the held-out set", () => {
    const tallies = score(JSON.parse(readFileSync(file("errors.heldout.json"), "utf8")) as Labelled[]);
    report("held-out", tallies);
    expect(precision(tallies)).toBeGreaterThanOrEqual(0.85);
  });
});
