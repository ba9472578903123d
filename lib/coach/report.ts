import "server-only";
import { completedScenarioIds, getConversation, listCompletions, listMessages } from "@/db/queries/conversations";
import { listHints } from "@/db/queries/hints";
import { getScenario, listObjectives, listScenarioCards } from "@/db/queries/scenarios";
import type { Scenario } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { storedOrFreshCheck } from "./check-message";

const LEVEL_ORDER = ["A1", "A2", "B1", "B2"];

/** The first scene in list order, at this scene's level or the next, that the learner has not completed yet. */
function nextScene(userId: string, current: Scenario): { id: string; title: string } | null {
  const completed = completedScenarioIds({ userId });
  const level = LEVEL_ORDER.indexOf(current.levelMin);
  const next = listScenarioCards({ userId }).find((card) => {
    const gap = LEVEL_ORDER.indexOf(card.levelMin) - level;
    return card.id !== current.id && !completed.has(card.id) && gap >= 0 && gap <= 1;
  });
  return next ? { id: next.id, title: next.title } : null;
}

/**
 * The end-of-round report: objectives with evidence and hints, every sentence the checker corrected
 * (checked now if it was not yet, so no error stands under a plain green check), key words, what next.
 */
export function conversationReport({ userId, conversationId }: { userId: string; conversationId: string }) {
  const conversation = getConversation({ userId, id: conversationId });
  const scenario = conversation && getScenario({ id: conversation.scenarioId });
  if (!conversation || !scenario) throw new ApiError("not_found", "No such conversation.");
  const objectives = listObjectives({ scenarioId: scenario.id });
  const completions = new Map(listCompletions({ conversationIds: [conversation.id] }).map((completion) => [completion.objectiveId, completion]));
  const hints = listHints({ conversationIds: [conversation.id] });
  const learnerLines = listMessages({ conversationId: conversation.id }).filter((message) => message.role === "user" && message.content.trim() !== "");
  const corrections = learnerLines
    .map((message) => ({ text: message.content, ...storedOrFreshCheck(message) }))
    .filter((check) => check.findings.length > 0)
    .map(({ message_id, text, findings, corrected }) => ({ message_id, text, findings, corrected }));

  return {
    conversation_id: conversation.id,
    scenario: { id: scenario.id, title: scenario.title },
    status: conversation.status,
    score: conversation.score,
    max_score: objectives.reduce((sum, objective) => sum + objective.points, 0),
    started_at: conversation.createdAt.toISOString(),
    ended_at: conversation.endedAt?.toISOString() ?? null,
    objectives: objectives.map((objective) => {
      const completion = completions.get(objective.id);
      return {
        id: objective.id,
        title: objective.title,
        points: objective.points,
        points_earned: completion?.points ?? 0,
        done: completion !== undefined,
        evidence: completion?.evidence ?? null,
        // "coach": credited by the coach's second opinion, where the rules found nothing.
        judged_by: completion?.judgedBy ?? null,
        message_id: completion?.messageId ?? null,
        hints: hints.filter((hint) => hint.objectiveId === objective.id).map((hint) => ({ step: hint.step, text: hint.text, cost: hint.cost })),
      };
    }),
    corrections,
    key_words: scenario.keyWords,
    next_scene: nextScene(userId, scenario),
  };
}

export type ConversationReport = ReturnType<typeof conversationReport>;
