import { listConversations } from "@/db/queries/conversations";
import { listScenarioCards } from "@/db/queries/scenarios";
import { authenticate } from "@/lib/auth/request";
import { conversationSummaryJson } from "@/lib/engine/conversation-view";
import { apiRoute } from "@/lib/errors";

export const GET = apiRoute(async (request) => {
  const { user } = await authenticate(request);
  const scenes = new Map(listScenarioCards({ userId: user.id }).map((card) => [card.id, card]));
  const conversations = listConversations({ userId: user.id }).map((conversation) => {
    const scene = scenes.get(conversation.scenarioId);
    return { ...conversationSummaryJson(conversation, scene?.totalPoints ?? 0), scenario_title: scene?.title ?? conversation.scenarioId };
  });
  return Response.json({ conversations });
});
