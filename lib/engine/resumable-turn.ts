import "server-only";
import { getConversation, getCurrentConversation, latestReplyId, listCompletions, listMessages } from "@/db/queries/conversations";
import { listObjectives } from "@/db/queries/scenarios";
import type { Conversation } from "@/db/schema";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import type { CompleteEvent, TurnEvent } from "@/lib/sse/events";
import { eventStreamResponseBody } from "@/lib/sse/stream";
import { liveTurns } from "./live-turns";
import { activeTurns, type Turn } from "./turn";

// Resumable turns on the wire: event ids `<turnId>:<n>`, reattaching, Stop, and replay from storage.

/** `<turnId>:<n>` as sent in `id:` lines; undefined for anything else. */
export function parseEventId(value: string | null | undefined): { turnId: string; n: number } | undefined {
  const match = value?.trim().match(/^([^:\s]+):(\d{1,9})$/);
  return match ? { turnId: match[1]!, n: Number(match[2]) } : undefined;
}

/** Hands the turn to the registry and returns the starting request's stream: its first subscriber. */
export function resumableTurnBody(turn: Turn, userId: string, turnId = turn.replyMessageId): ReadableStream<Uint8Array> {
  let metadataScore = 0;
  liveTurns().run({
    conversationId: turn.conversationId,
    turnId,
    graceMs: env().LIVE_TURN_GRACE_MS,
    events: (signal) => named(turn.events(signal), turnId, turn.replyMessageId, (score) => (metadataScore = score)),
    stopped: () => stoppedEvent(turn.replyMessageId, metadataScore, getConversation({ userId, id: turn.conversationId })),
  });
  return liveBody(turnId, 0);
}

/** Adds the turn's names to its metadata event, from outside the engine's generator. */
async function* named(events: AsyncGenerator<TurnEvent, void, undefined>, turnId: string, replyMessageId: string, onScore: (score: number) => void): AsyncGenerator<TurnEvent, void, undefined> {
  for await (const event of events) {
    if (event.type === "metadata") {
      onScore(event.score);
      yield { ...event, turn_id: turnId, reply_message_id: replyMessageId };
    } else yield event;
  }
}

function stoppedEvent(replyMessageId: string, score: number, conversation: Conversation | undefined): CompleteEvent {
  return { type: "complete", message_id: replyMessageId, conversation_complete: conversation?.status === "complete", score, stopped: true };
}

/** One subscriber's SSE body: events after `after`, then live; detaching when the client leaves. */
function liveBody(turnId: string, after: number): ReadableStream<Uint8Array> {
  const detach = new AbortController();
  // What is already logged goes out in one write; the subscription follows on from its end.
  const backlog = liveTurns().backlog(turnId, after);
  const events = backlog && liveTurns().subscribe(turnId, after + backlog.length, detach.signal);
  if (!backlog || !events) throw new ApiError("nothing_to_resume", "There is no reply to resume.");
  return eventStreamResponseBody(withoutNumbers(events), { idPrefix: `${turnId}:`, firstId: after + 1, backlog, onCancel: () => detach.abort() });
}

async function* withoutNumbers(events: AsyncGenerator<{ n: number; event: TurnEvent }, void, undefined>): AsyncGenerator<TurnEvent, void, undefined> {
  for await (const { event } of events) yield event;
}

/**
 * The learner's current turn of a scene from `lastEventId` on. An id from another turn (or none)
 * replays the current turn from its start. A turn no longer in the registry replays from storage.
 */
export function reattachBody({ userId, scenarioId, lastEventId }: { userId: string; scenarioId: string; lastEventId?: string | null }): ReadableStream<Uint8Array> {
  const conversation = getCurrentConversation({ userId, scenarioId });
  if (!conversation) throw new ApiError("nothing_to_resume", "There is no reply to resume.");
  const id = parseEventId(lastEventId);
  const live = liveTurns().lookup(conversation.id);
  // An ended live turn still answers unless a later, non-resumable turn replaced it in storage; one row
  // says which (rebuilding the stored turn here read the whole history on every replay: bench figure 14b).
  if (live && (!live.ended || isLatestReply(conversation.id, live.turnId))) return liveBody(live.turnId, id?.turnId === live.turnId ? id.n : 0);
  const stored = storedTurnEvents(conversation);
  if (!stored) throw new ApiError("nothing_to_resume", "There is no reply to resume.");
  // A reply streaming to a request that did not ask to be resumable cannot be followed from here.
  if (activeTurns.has(conversation.id)) throw new ApiError("turn_in_progress", "This reply is being written for a request that cannot be resumed.");
  // Storage holds the reply as one token (n = 2): an id inside the reply cannot be split there, so it replays from the start.
  const after = id?.turnId === stored.turnId && id.n <= 1 ? id.n : 0;
  return eventStreamResponseBody(fromArray([]), { idPrefix: `${stored.turnId}:`, firstId: after + 1, backlog: stored.events.slice(after) });
}

/** True unless storage ends with a different reply than this turn's (a reply still to come counts as this turn's). */
function isLatestReply(conversationId: string, turnId: string): boolean {
  const latest = latestReplyId({ conversationId });
  return latest === undefined || latest === replyIdOf(turnId);
}

/** A continuation's turn id is `<reply id>~<suffix>`; any other turn's is the reply id. */
function replyIdOf(turnId: string): string {
  return turnId.split("~")[0]!;
}

async function* fromArray(events: TurnEvent[]): AsyncGenerator<TurnEvent, void, undefined> {
  yield* events;
}

/**
 * A finished turn rebuilt from storage: the metadata the learner message earned (its completions,
 * the conversation's score), the stored reply as one token, then `complete` (with `stopped` for an
 * interrupted reply) or `error`, from the reply's stored status.
 */
export function storedTurnEvents(conversation: Conversation): { turnId: string; events: TurnEvent[] } | undefined {
  const history = listMessages({ conversationId: conversation.id });
  const learner = history.findLast((message) => message.role === "user");
  const reply = learner && history.findLast((message) => message.role === "assistant" && message.seq > learner.seq);
  if (!learner || !reply) return undefined;
  const titles = new Map(listObjectives({ scenarioId: conversation.scenarioId }).map((objective) => [objective.id, objective.title]));
  const completed = listCompletions({ conversationIds: [conversation.id] })
    .filter((completion) => completion.messageId === learner.id)
    .map((completion) => ({ id: completion.objectiveId, title: titles.get(completion.objectiveId) ?? completion.objectiveId, points: completion.points, evidence: completion.evidence }));
  const events: TurnEvent[] = [
    {
      type: "metadata",
      conversation_id: conversation.id,
      objectives_completed: completed,
      score_change: completed.reduce((sum, objective) => sum + objective.points, 0),
      score: conversation.score,
      user_message_id: learner.id,
      turn_id: reply.id,
      reply_message_id: reply.id,
    },
  ];
  if (reply.content) events.push({ type: "token", content: reply.content });
  const conversationComplete = conversation.status === "complete";
  if (reply.status === "error") {
    events.push({ type: "error", code: reply.errorCode ?? "llm_error", message: "The reply failed. Retry.", retryable: true });
  } else {
    events.push({ type: "complete", message_id: reply.id, conversation_complete: conversationComplete, score: conversation.score, ...(reply.status === "complete" ? {} : { stopped: true }) });
  }
  return { turnId: reply.id, events };
}

/** Stop: ends the scene's live turn, if any, once its partial reply is stored. */
export async function stopLiveTurn({ userId, scenarioId }: { userId: string; scenarioId: string }): Promise<boolean> {
  const conversation = getCurrentConversation({ userId, scenarioId });
  return conversation ? liveTurns().stop(conversation.id) : false;
}

/** For the conversation detail: the turn a reloaded page should reattach to. */
export function liveTurnJson(conversationId: string | undefined): { turn_id: string } | null {
  const live = conversationId ? liveTurns().lookup(conversationId) : undefined;
  return live && !live.ended ? { turn_id: live.turnId } : null;
}
