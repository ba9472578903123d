import "server-only";
import { getCurrentConversation, listCompletions, listMessages } from "@/db/queries/conversations";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import type { Conversation, Message, Objective, Scenario } from "@/db/schema";
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

export function messageJson(message: Message) {
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    status: message.status,
    error_code: message.errorCode,
    created_at: message.createdAt.toISOString(),
  };
}

export function objectiveJson(objective: Objective, completion?: { evidence: string; points: number }) {
  return {
    id: objective.id,
    title: objective.title,
    points: objective.points,
    done: completion !== undefined,
    evidence: completion?.evidence ?? null,
    examples: objective.examples,
  };
}

export function conversationSummaryJson(conversation: Conversation, totalPoints: number) {
  return {
    id: conversation.id,
    scenario_id: conversation.scenarioId,
    status: conversation.status,
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
  const totalPoints = objectives.reduce((sum, objective) => sum + objective.points, 0);
  return {
    conversation: conversation ? conversationSummaryJson(conversation, totalPoints) : null,
    messages: conversation ? listMessages({ conversationId: conversation.id }).map(messageJson) : [],
    objectives: objectives.map((objective) => objectiveJson(objective, byObjective.get(objective.id))),
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
