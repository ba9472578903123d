import { authenticate } from "@/lib/auth/request";
import { sceneDetail } from "@/lib/engine/conversation-view";
import { ApiError, apiRoute } from "@/lib/errors";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request);
  const detail = sceneDetail({ userId: user.id, scenarioId: (await params).id });
  if (!detail) throw new ApiError("not_found", "No such scenario.");
  return Response.json(detail);
});
