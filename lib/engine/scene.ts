import "server-only";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import type { Objective, Scenario } from "@/db/schema";
import { compileObjectives, type CompiledObjectives } from "./objectives";

export type Scene = { scenario: Scenario; objectives: Objective[]; matcher: CompiledObjectives };

// Patterns compile once per scene version, not once per message.
const cache = new Map<string, { version: number; scene: Scene }>();

export function loadScene(scenarioId: string): Scene | undefined {
  const scenario = getScenario({ id: scenarioId });
  if (!scenario) return undefined;
  const version = scenario.updatedAt.getTime();
  const hit = cache.get(scenarioId);
  if (hit && hit.version === version) return { ...hit.scene, scenario };
  const objectives = listObjectives({ scenarioId });
  const matcher = compileObjectives(
    objectives.map((objective) => ({ id: objective.id, patterns: objective.patterns, after: objective.after })),
    scenario.lexicon,
  );
  const scene = { scenario, objectives, matcher };
  cache.set(scenarioId, { version, scene });
  return scene;
}

/** The objectives a message could still earn: not met yet, with a prerequisite met (or none). */
export function objectivesOpenNow(scene: Scene, done: ReadonlySet<string>): Objective[] {
  return scene.objectives.filter((objective) => !done.has(objective.id) && (objective.after.length === 0 || objective.after.some((id) => done.has(id))));
}
