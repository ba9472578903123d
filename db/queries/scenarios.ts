import "server-only";
import { asc, count, eq, max, sql, sum } from "drizzle-orm";
import { db } from "../client";
import { conversations, objectives, scenarios, type Objective, type Scenario } from "../schema";
import { preparedQuery } from "./prepared";

export type ScenarioCard = Scenario & { objectiveCount: number; totalPoints: number; bestScore: number | null };

export function listScenarioCards({ userId }: { userId: string }): ScenarioCard[] {
  const counts = db()
    .select({ scenarioId: objectives.scenarioId, objectiveCount: count(), totalPoints: sum(objectives.points) })
    .from(objectives)
    .groupBy(objectives.scenarioId)
    .all();
  const best = db()
    .select({ scenarioId: conversations.scenarioId, bestScore: max(conversations.score) })
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .groupBy(conversations.scenarioId)
    .all();
  return db()
    .select()
    .from(scenarios)
    .orderBy(asc(scenarios.sortOrder), asc(scenarios.title))
    .all()
    .map((scenario) => {
      const tally = counts.find((row) => row.scenarioId === scenario.id);
      return {
        ...scenario,
        objectiveCount: tally?.objectiveCount ?? 0,
        totalPoints: Number(tally?.totalPoints ?? 0),
        bestScore: best.find((row) => row.scenarioId === scenario.id)?.bestScore ?? null,
      };
    });
}

const scenarioById = preparedQuery((database) => database.select().from(scenarios).where(eq(scenarios.id, sql.placeholder("id"))).prepare());

export function getScenario({ id }: { id: string }): Scenario | undefined {
  return scenarioById().get({ id });
}

export function listObjectives({ scenarioId }: { scenarioId: string }): Objective[] {
  return db().select().from(objectives).where(eq(objectives.scenarioId, scenarioId)).orderBy(asc(objectives.sortOrder)).all();
}
