import { getCurrentConversation } from "@/db/queries/conversations";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import { authenticate } from "@/lib/auth/request";
import { conversationDetailJson, scenarioJson } from "@/lib/engine/conversation-view";
import { ApiError, apiRoute } from "@/lib/errors";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request);
  const scenario = getScenario({ id: (await params).id });
  if (!scenario) throw new ApiError("not_found", "No such scenario.");
  const conversation = getCurrentConversation({ userId: user.id, scenarioId: scenario.id });
  return Response.json({ scenario: scenarioJson(scenario), ...conversationDetailJson(conversation, listObjectives({ scenarioId: scenario.id })) });
});
