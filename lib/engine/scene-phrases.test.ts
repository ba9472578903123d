import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import { compileObjectives, judgeMessage } from "./objectives";
import { loadPhraseLines } from "./phrase-lines";

// A line is judged as if the prerequisites of what it must earn were met, so a farewell is judged at the end of a scene.
describe.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("phrases for %s", (id, scene) => {
  it("earns exactly what each line says", () => {
    const compiled = compileObjectives(scene.objectives, scene.lexicon);
    const wrong = loadPhraseLines(id).flatMap(({ earns, message, after }) => {
      const done = new Set(scene.objectives.flatMap((objective) => (earns.includes(objective.id) ? (objective.after ?? []) : [])));
      const earned = judgeMessage(message, compiled, { after, done }).map((match) => match.objectiveId);
      const same = earned.length === earns.length && earns.every((objective) => earned.includes(objective));
      return same ? [] : [`${JSON.stringify(message)}: earned [${earned.join(", ")}], expected [${earns.join(", ")}]`];
    });
    expect(wrong).toEqual([]);
  });
});
