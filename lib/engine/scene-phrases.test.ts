import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import { compileObjectives, judgeMessage } from "./objectives";

// One line each: "ids | text | character's previous line"; "-" earns nothing. A line is judged as if
// the prerequisites of what it must earn were met, so a farewell is judged at the end of a scene.
function phrases(sceneId: string) {
  const text = readFileSync(join(process.cwd(), "lib", "engine", "scene-phrases", `${sceneId}.txt`), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [ids = "", message = "", after] = line.split(" | ");
      return { earns: ids.trim() === "-" ? [] : ids.trim().split(","), message, after };
    });
}

describe.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("phrases for %s", (id, scene) => {
  it("earns exactly what each line says", () => {
    const compiled = compileObjectives(scene.objectives, scene.lexicon);
    const wrong = phrases(id).flatMap(({ earns, message, after }) => {
      const done = new Set(scene.objectives.flatMap((objective) => (earns.includes(objective.id) ? (objective.after ?? []) : [])));
      const earned = judgeMessage(message, compiled, { after, done }).map((match) => match.objectiveId);
      const same = earned.length === earns.length && earns.every((objective) => earned.includes(objective));
      return same ? [] : [`${JSON.stringify(message)}: earned [${earned.join(", ")}], expected [${earns.join(", ")}]`];
    });
    expect(wrong).toEqual([]);
  });
});
