import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import type { CefrLevel, ScenarioSeed } from "@/db/scenarios/types";
import { compileObjectives, judgeMessage } from "./objectives";

const LEVELS: CefrLevel[] = ["A1", "A2", "B1", "B2"];
// A German line uses at least one of these everyday words; an English or empty line uses none.
const GERMAN_WORDS = /\b(ich|Sie|du|und|der|die|das|ist|sind|was|wie|wo|kann|bitte|willkommen|guten|Tag|Abend|Morgen|es|Ihnen|nehmen)\b/;

const compile = (scene: ScenarioSeed) => compileObjectives(scene.objectives, scene.lexicon);

describe("built-in scenarios", () => {
  it("has at least eight scenes with unique, URL-safe ids, restaurant first", () => {
    const ids = builtinScenarios.map((scene) => scene.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids[0]).toBe("restaurant");
  });

  it("spans the levels A1 to B1", () => {
    const rank = (level: CefrLevel) => LEVELS.indexOf(level);
    expect(builtinScenarios.some((scene) => scene.level.min === "A1")).toBe(true);
    expect(builtinScenarios.some((scene) => rank(scene.level.max) >= rank("B1"))).toBe(true);
    const levels = new Set(builtinScenarios.map((scene) => scene.level.min));
    expect([...levels].sort()).toEqual(["A1", "A2", "B1"]);
  });

  it("gives the restaurant exactly its five objectives at 20 points each", () => {
    const restaurant = builtinScenarios.find((scene) => scene.id === "restaurant");
    expect(restaurant?.title).toBe("Im Restaurant");
    expect(restaurant?.character).toMatchObject({ name: "Hans", role: "Kellner" });
    expect(restaurant?.objectives.map(({ id, title, points }) => ({ id, title, points }))).toEqual([
      { id: "greet", title: "Greet the waiter", points: 20 },
      { id: "order_drink", title: "Order a drink", points: 20 },
      { id: "order_food", title: "Order a main dish", points: 20 },
      { id: "ask_bill", title: "Ask for the bill", points: 20 },
      { id: "say_goodbye", title: "Say goodbye", points: 20 },
    ]);
  });
});

describe.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("scene %s", (_id, scene) => {
  it("compiles its patterns against its lexicon", () => {
    expect(() => compile(scene)).not.toThrow();
  });

  it("has a character, a setting and a level range", () => {
    expect(scene.title.trim()).not.toBe("");
    expect(scene.subtitle.trim()).not.toBe("");
    expect(scene.character.name.trim()).not.toBe("");
    expect(scene.character.role).toMatch(/^\p{Lu}/u);
    expect(scene.character.persona).toMatch(/\b(Sie|du)\b/);
    expect(scene.setting.length).toBeGreaterThan(40);
    expect(LEVELS.indexOf(scene.level.min)).toBeLessThanOrEqual(LEVELS.indexOf(scene.level.max));
  });

  it("opens with a German line", () => {
    expect(scene.openingLine.trim()).not.toBe("");
    expect(scene.openingLine).toMatch(GERMAN_WORDS);
    expect(scene.openingLine).toMatch(/[.!?]$/);
  });

  it("has 4 to 6 objectives with unique snake_case ids, English titles and positive points", () => {
    expect(scene.objectives.length).toBeGreaterThanOrEqual(4);
    expect(scene.objectives.length).toBeLessThanOrEqual(6);
    const ids = scene.objectives.map((objective) => objective.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const objective of scene.objectives) {
      expect(objective.id).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(objective.title).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(Number.isInteger(objective.points) && objective.points > 0).toBe(true);
    }
  });

  it("gives each objective 2 to 3 written-out examples that meet it", () => {
    const compiled = compile(scene);
    for (const objective of scene.objectives) {
      expect(objective.examples.length, objective.id).toBeGreaterThanOrEqual(2);
      expect(objective.examples.length, objective.id).toBeLessThanOrEqual(3);
      for (const example of objective.examples) {
        expect(example, objective.id).toMatch(/^\p{Lu}.*[.!?]$/u);
        // An objective that comes after others is shown (and judged) once they are met.
        const met = judgeMessage(example, compiled, { done: new Set(objective.after) }).map((match) => match.objectiveId);
        expect(met, `${scene.id}/${objective.id}: "${example}"`).toContain(objective.id);
      }
    }
  });

  it("orders objectives only after other objectives of the same scene", () => {
    const ids = scene.objectives.map((objective) => objective.id);
    for (const objective of scene.objectives) for (const id of objective.after ?? []) expect(ids.filter((other) => other !== objective.id)).toContain(id);
  });

  it("uses every lexicon set it defines", () => {
    const patterns = scene.objectives.flatMap((objective) => objective.patterns).join(" ");
    const entries = Object.values(scene.lexicon).flat().join(" ");
    for (const name of Object.keys(scene.lexicon)) {
      expect(`${patterns} ${entries}`, name).toMatch(new RegExp(`\\$${name}\\b`));
    }
  });

  it("does not meet an objective from its own opening line", () => {
    const compiled = compile(scene);
    const met = judgeMessage(scene.openingLine, compiled).map((match) => match.objectiveId);
    // Greeting and introducing oneself are what a character's first line does too.
    expect(met.filter((id) => !["greet", "get_attention", "introduce_yourself"].includes(id))).toEqual([]);
  });
});
