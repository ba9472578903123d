import { and, eq, notInArray } from "drizzle-orm";
import type { Db } from "./client";
import { builtinScenarios } from "./scenarios";
import type { ScenarioSeed } from "./scenarios/types";
import { objectives, scenarios } from "./schema";

/** Upserts the built-in scenes: restarting never duplicates one, and edited seed content replaces the stored rows. */
export function seedBuiltinScenarios(database: Db, seeds: ScenarioSeed[] = builtinScenarios): void {
  const now = new Date();
  database.transaction(
    (tx) => {
      seeds.forEach((seed, order) => {
        const row = {
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
          sortOrder: order,
          builtin: true,
          updatedAt: now,
        };
        tx.insert(scenarios).values(row).onConflictDoUpdate({ target: scenarios.id, set: row }).run();
        seed.objectives.forEach((objective, index) => {
          const values = { scenarioId: seed.id, ...objective, sortOrder: index };
          tx.insert(objectives).values(values).onConflictDoUpdate({ target: [objectives.scenarioId, objectives.id], set: values }).run();
        });
        const keep = seed.objectives.map((objective) => objective.id);
        tx.delete(objectives).where(and(eq(objectives.scenarioId, seed.id), notInArray(objectives.id, keep))).run();
      });
    },
    { behavior: "immediate" },
  );
}
