// `npm run judge:hash` prints one hash of every judgment the rules give over the labelled lines (tune and held-out)
// and the phrase lines of every scene, each judged twice: with the line's own context, and late in the scene with
// every objective but the closing ones met. It prints no line and no figure, only hashes, so it may read the held-out
// lines. Run it before and after a change meant to keep behaviour (a speed change, a refactor of the matcher): the
// same hash means the same judgments, matches, evidence and waiting objectives alike, on some 37,000 judgements.
import { createHash } from "node:crypto";
import { builtinScenarios } from "@/db/scenarios";
import { contextDone, loadLabelled } from "@/lib/engine/labelled-score";
import { compileObjectives, judgeTurn } from "@/lib/engine/objectives";
import { loadPhraseLines, phraseDone } from "@/lib/engine/phrase-lines";

// Closing objectives stay open in the late context, so the farewell rules are judged there too.
const CLOSING = new Set(["say_goodbye", "thank"]);

const all = createHash("sha256");
const perScene: string[] = [];
let judgements = 0;
for (const scene of builtinScenarios) {
  const compiled = compileObjectives(scene.objectives, scene.lexicon);
  const late = new Set(scene.objectives.map((objective) => objective.id).filter((id) => !CLOSING.has(id)));
  const lines = [
    ...[...(loadLabelled(scene.id, "tune") ?? []), ...(loadLabelled(scene.id, "heldout") ?? [])].map((line) => ({
      text: line.text,
      after: line.after,
      done: contextDone(line, compiled),
    })),
    ...loadPhraseLines(scene.id).map((line) => ({
      text: line.message,
      after: line.after,
      done: phraseDone(line, scene.objectives),
    })),
  ];
  const hash = createHash("sha256");
  for (const line of lines) {
    for (const done of [line.done, late]) {
      const judgement = judgeTurn(line.text, compiled, { after: line.after, done });
      const text = JSON.stringify([judgement.matches.map((match) => [match.objectiveId, match.evidence]), judgement.waiting]);
      hash.update(text);
      all.update(text);
      judgements++;
    }
  }
  perScene.push(`${scene.id} ${hash.digest("hex").slice(0, 12)}`);
}
// One write, so that a reader that stops early ("| head -1") meets no half-written output.
process.stdout.write([`${judgements} judgements: ${all.digest("hex").slice(0, 16)}`, ...perScene.map((line) => `  ${line}`)].join("\n") + "\n");
