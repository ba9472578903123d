import "server-only";
import { listMessageChecks, listTranslations } from "@/db/queries/coach";
import { getCurrentConversation, listCompletions, listMessages } from "@/db/queries/conversations";
import { listHints } from "@/db/queries/hints";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import type { Conversation, Hint, Message, MessageCheck, Objective, Scenario } from "@/db/schema";
import { HINT_STEPS, hintCost } from "@/lib/coach/hint-ladder";
import { levelLabel } from "@/lib/scenario-json";
import { liveTurnJson } from "./resumable-turn";

export function scenarioJson(scenario: Scenario) {
  return {
    id: scenario.id,
    title: scenario.title,
    subtitle: scenario.subtitle,
    character: { name: scenario.characterName, role: scenario.characterRole, persona: scenario.characterPersona },
    setting: scenario.setting,
    level: levelLabel(scenario),
    opening_line: scenario.openingLine,
  };
}

/** A message with the coach's notes on it: the checker's verdict (learner lines) and a cached translation. */
export function messageJson(message: Message, coach: { check?: MessageCheck; translation?: string } = {}) {
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    status: message.status,
    error_code: message.errorCode,
    created_at: message.createdAt.toISOString(),
    ...(message.role === "user" ? { check: coach.check ? { findings: coach.check.findings, corrected: coach.check.corrected } : null } : {}),
    translation: coach.translation ?? null,
  };
}

/** An objective's state, with its hint ladder: what it still pays and what the next step costs. */
export function objectiveJson(objective: Objective, completion?: { evidence: string; points: number; judgedBy?: "rules" | "coach" }, hints: Hint[] = []) {
  const spent = hints.reduce((sum, hint) => sum + hint.cost, 0);
  const done = completion !== undefined;
  return {
    id: objective.id,
    title: objective.title,
    points: objective.points,
    done,
    evidence: completion?.evidence ?? null,
    // "coach": credited by the coach model's second opinion, not by the rules.
    judged_by: completion?.judgedBy ?? null,
    examples: objective.examples,
    points_left: done ? completion.points : Math.max(0, objective.points - spent),
    hints: hints.map((hint) => ({ step: hint.step, text: hint.text, cost: hint.cost })),
    next_hint_cost: done || hints.length >= HINT_STEPS ? null : hintCost(objective.points),
  };
}

export function conversationSummaryJson(conversation: Conversation, totalPoints: number) {
  return {
    id: conversation.id,
    scenario_id: conversation.scenarioId,
    status: conversation.status,
    level: conversation.level,
    score: conversation.score,
    total_points: totalPoints,
    created_at: conversation.createdAt.toISOString(),
    updated_at: conversation.updatedAt.toISOString(),
    ended_at: conversation.endedAt?.toISOString() ?? null,
  };
}

/** A conversation with its full history and each objective's state: what a page or client needs to redraw it. */
export function conversationDetailJson(conversation: Conversation | undefined, objectives: Objective[]) {
  const completions = conversation ? listCompletions({ conversationIds: [conversation.id] }) : [];
  const byObjective = new Map(completions.map((completion) => [completion.objectiveId, completion]));
  const hints = conversation ? listHints({ conversationIds: [conversation.id] }) : [];
  const totalPoints = objectives.reduce((sum, objective) => sum + objective.points, 0);
  const messages = conversation ? listMessages({ conversationId: conversation.id }) : [];
  const ids = messages.map((message) => message.id);
  const checks = new Map(listMessageChecks({ messageIds: ids }).map((check) => [check.messageId, check]));
  const translations = new Map(listTranslations({ messageIds: ids }).map((translation) => [translation.messageId, translation.text]));
  return {
    conversation: conversation ? conversationSummaryJson(conversation, totalPoints) : null,
    messages: messages.map((message) => messageJson(message, { check: checks.get(message.id), translation: translations.get(message.id) })),
    objectives: objectives.map((objective) =>
      objectiveJson(
        objective,
        byObjective.get(objective.id),
        hints.filter((hint) => hint.objectiveId === objective.id),
      ),
    ),
    score: conversation?.score ?? 0,
    total_points: totalPoints,
    conversation_complete: conversation?.status === "complete",
    // A reply still being written: a reloaded page reattaches to it.
    live_turn: liveTurnJson(conversation?.id),
  };
}

export type ConversationDetail = ReturnType<typeof conversationDetailJson>;
export type ScenarioDetail = ConversationDetail & { scenario: ReturnType<typeof scenarioJson> };

/** The scene as the learner left it: what GET /scenarios/{id} and the scene page both show. */
export function sceneDetail({ userId, scenarioId }: { userId: string; scenarioId: string }): ScenarioDetail | undefined {
  const scenario = getScenario({ id: scenarioId });
  if (!scenario) return undefined;
  const conversation = getCurrentConversation({ userId, scenarioId });
  return { scenario: scenarioJson(scenario), ...conversationDetailJson(conversation, listObjectives({ scenarioId })) };
}
