import { authenticateMutation } from "@/lib/api-auth";
import { messageInput } from "@/lib/engine/message-input";
import { collectTurn } from "@/lib/engine/collect-turn";
import { startTurn } from "@/lib/engine/turn";
import { apiRoute } from "@/lib/errors";
import { readJson, whileRequestLives } from "@/lib/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// The non-streaming fallback: the same engine, one JSON answer.
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  const { message, retry } = await readJson(request, messageInput);
  const turn = startTurn({ userId: user.id, scenarioId: (await params).id, message, retry });
  return Response.json(await whileRequestLives(request, (signal) => collectTurn(turn, signal)));
});
