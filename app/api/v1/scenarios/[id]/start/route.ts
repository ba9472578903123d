import { startConversation } from "@/db/queries/conversations";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import { authenticateMutation } from "@/lib/api-auth";
import { conversationDetailJson, scenarioJson } from "@/lib/engine/conversation-view";
import { ApiError, apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

// A fresh round of the scene; an open conversation is closed as abandoned.
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  await readOptionalJson(request);
  const scenario = getScenario({ id: (await params).id });
  if (!scenario) throw new ApiError("not_found", "No such scenario.");
  const conversation = startConversation({ userId: user.id, scenarioId: scenario.id, openingLine: scenario.openingLine, level: user.level });
  const detail = conversationDetailJson(conversation, listObjectives({ scenarioId: scenario.id }));
  return Response.json({ conversation_id: conversation.id, opening_line: scenario.openingLine, scenario: scenarioJson(scenario), ...detail }, { status: 201 });
});
