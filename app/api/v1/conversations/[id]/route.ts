import { getConversation } from "@/db/queries/conversations";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import { authenticate } from "@/lib/auth/request";
import { conversationDetailJson, scenarioJson } from "@/lib/engine/conversation-view";
import { ApiError, apiRoute } from "@/lib/errors";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request);
  // Another learner's conversation is indistinguishable from a missing one.
  const conversation = getConversation({ userId: user.id, id: (await params).id });
  const scenario = conversation && getScenario({ id: conversation.scenarioId });
  if (!conversation || !scenario) throw new ApiError("not_found", "No such conversation.");
  return Response.json({ scenario: scenarioJson(scenario), ...conversationDetailJson(conversation, listObjectives({ scenarioId: scenario.id })) });
});
