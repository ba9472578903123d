import { authenticateMutation } from "@/lib/api-auth";
import { stopLiveTurn } from "@/lib/engine/resumable-turn";
import { apiRoute } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// Stop: the model's request closes, every attached stream ends with complete + stopped, the partial reply is kept.
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  return Response.json({ stopped: await stopLiveTurn({ userId: user.id, scenarioId: (await params).id }) });
});
