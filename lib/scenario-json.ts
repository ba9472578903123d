import type { ScenarioCard } from "@/db/queries/scenarios";
import type { Scenario } from "@/db/schema";

export function levelLabel(scenario: Pick<Scenario, "levelMin" | "levelMax">): string {
  return scenario.levelMin === scenario.levelMax ? scenario.levelMin : `${scenario.levelMin}–${scenario.levelMax}`;
}

export function scenarioCardJson(card: ScenarioCard) {
  return {
    id: card.id,
    title: card.title,
    subtitle: card.subtitle,
    character: { name: card.characterName, role: card.characterRole },
    level: levelLabel(card),
    objectives_count: card.objectiveCount,
    total_points: card.totalPoints,
    best_score: card.bestScore,
  };
}
