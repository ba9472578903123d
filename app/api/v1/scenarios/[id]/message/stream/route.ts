import { authenticateMutation } from "@/lib/api-auth";
import { messageInput } from "@/lib/engine/message-input";
import { startTurn } from "@/lib/engine/turn";
import { apiRoute } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { eventStreamResponseBody, SSE_HEADERS } from "@/lib/sse";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  const { message, retry } = await readJson(request, messageInput);
  const turn = startTurn({ userId: user.id, scenarioId: (await params).id, message, retry });
  // Either the browser going away or the stream being cancelled stops the model at once.
  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(), { once: true });
  const body = eventStreamResponseBody(turn.events(stop.signal), { onCancel: () => stop.abort() });
  return new Response(body, { headers: SSE_HEADERS });
});
