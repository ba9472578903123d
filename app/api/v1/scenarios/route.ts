import { listScenarioCards } from "@/db/queries/scenarios";
import { authenticate } from "@/lib/auth/request";
import { apiRoute } from "@/lib/errors";
import { scenarioCardJson } from "@/lib/scenario-json";

export const GET = apiRoute(async (request) => {
  const { user } = await authenticate(request);
  return Response.json({ scenarios: listScenarioCards({ userId: user.id }).map(scenarioCardJson) });
});
