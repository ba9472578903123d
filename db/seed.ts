import { and, eq, notInArray } from "drizzle-orm";
import type { Db } from "./client";
import { builtinScenarios } from "./scenarios";
import type { ScenarioSeed } from "./scenarios/types";
import { objectives, scenarios, type Scenario } from "./schema";

/** The scenarios row a seed is stored as (the eval command builds the same row without a database). */
export function scenarioRow(seed: ScenarioSeed, { sortOrder, updatedAt }: { sortOrder: number; updatedAt: Date }): Scenario {
  return {
    id: seed.id,
    title: seed.title,
    subtitle: seed.subtitle,
    characterName: seed.character.name,
    characterRole: seed.character.role,
    characterPersona: seed.character.persona,
    setting: seed.setting,
    levelMin: seed.level.min,
    levelMax: seed.level.max,
    openingLine: seed.openingLine,
    lexicon: seed.lexicon,
    exchanges: seed.exchanges,
    keyWords: seed.keyWords,
    sortOrder,
    builtin: true,
    updatedAt,
  };
}

/** Upserts the built-in scenes: restarting never duplicates one, and edited seed content replaces the stored rows. */
export function seedBuiltinScenarios(database: Db, seeds: ScenarioSeed[] = builtinScenarios): void {
  const now = new Date();
  database.transaction(
    (tx) => {
      seeds.forEach((seed, order) => {
        const row = scenarioRow(seed, { sortOrder: order, updatedAt: now });
        tx.insert(scenarios).values(row).onConflictDoUpdate({ target: scenarios.id, set: row }).run();
        seed.objectives.forEach((objective, index) => {
          const values = { scenarioId: seed.id, ...objective, after: objective.after ?? [], sortOrder: index };
          tx.insert(objectives).values(values).onConflictDoUpdate({ target: [objectives.scenarioId, objectives.id], set: values }).run();
        });
        const keep = seed.objectives.map((objective) => objective.id);
        tx.delete(objectives).where(and(eq(objectives.scenarioId, seed.id), notInArray(objectives.id, keep))).run();
      });
    },
    { behavior: "immediate" },
  );
}
