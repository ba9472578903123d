import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import { compileObjectives, judgeMessage } from "./objectives";
import { loadPhraseLines, phraseDone } from "./phrase-lines";

describe.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("phrases for %s", (id, scene) => {
  it("earns exactly what each line says", () => {
    const compiled = compileObjectives(scene.objectives, scene.lexicon);
    const wrong = loadPhraseLines(id).flatMap((line) => {
      const { earns, message, after } = line;
      const earned = judgeMessage(message, compiled, { after, done: phraseDone(line, scene.objectives) }).map((match) => match.objectiveId);
      const same = earned.length === earns.length && earns.every((objective) => earned.includes(objective));
      return same ? [] : [`${JSON.stringify(message)}: earned [${earned.join(", ")}], expected [${earns.join(", ")}]`];
    });
    expect(wrong).toEqual([]);
  });
});
