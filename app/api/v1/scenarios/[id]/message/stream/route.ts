import { authenticate } from "@/lib/auth/request";
import { authenticateMutation } from "@/lib/api-auth";
import { startContinuation } from "@/lib/engine/continue-turn";
import { messageInput } from "@/lib/engine/message-input";
import { reattachBody, resumableTurnBody } from "@/lib/engine/resumable-turn";
import { startTurn } from "@/lib/engine/turn";
import { apiRoute } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { eventStreamResponseBody, SSE_HEADERS } from "@/lib/sse";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  const { message, retry, resumable, continue: continuing } = await readJson(request, messageInput);
  const scenarioId = (await params).id;
  // A continuation always runs as a resumable turn, appended to the interrupted reply.
  if (continuing) {
    const continuation = startContinuation({ userId: user.id, scenarioId });
    return new Response(resumableTurnBody(continuation, user.id, continuation.turnId), { headers: SSE_HEADERS });
  }
  const turn = startTurn({ userId: user.id, scenarioId, message, retry });
  // A resumable turn runs in the registry; this response is only its first subscriber.
  if (resumable) return new Response(resumableTurnBody(turn, user.id), { headers: SSE_HEADERS });
  // Either the browser going away or the stream being cancelled stops the model at once.
  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(), { once: true });
  // The body holds the request for as long as it streams: a Request's signal follows the one it was made with only
  // while the Request lives (undici keeps that link through a weak reference), so a request collected mid-reply would
  // leave the model running after its client has gone.
  const body = eventStreamResponseBody(turn.events(stop.signal), { onCancel: () => stop.abort(request.signal.reason) });
  return new Response(body, { headers: SSE_HEADERS });
});

// Reattach to the scene's current turn: after Last-Event-ID (or ?after=), then live to its end.
export const GET = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request);
  const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  const body = reattachBody({ userId: user.id, scenarioId: (await params).id, lastEventId });
  return new Response(body, { headers: SSE_HEADERS });
});
