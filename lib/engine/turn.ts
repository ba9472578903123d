import "server-only";
import {
  finishReply,
  getConversation,
  getCurrentConversation,
  listCompletions,
  lastCharacterLine,
  listMessages,
  markOrphanedRepliesInterrupted,
  recordLearnerTurn,
  startConversation,
  type RecordedLearnerTurn,
} from "@/db/queries/conversations";
import { getCoachJudgement } from "@/db/queries/coach";
import { getUserById } from "@/db/queries/users";
import type { Conversation, Message, User } from "@/db/schema";
import { turnFeedback } from "@/lib/coach/check-message";
import { holdCoachUntil } from "@/lib/coach/gate";
import { characterModelFor } from "@/lib/coach/profile";
import { ApiError } from "@/lib/errors";
import { ChatAborted, streamChat, type ChatStats } from "@/lib/llm/chat";
import { LlmError } from "@/lib/llm/errors";
import { chatRequestSent } from "@/lib/llm/request-sent";
import type { CompletedObjective, TurnEvent } from "@/lib/sse/events";
import { addressesTheJudge } from "./coach-credit";
import { judgeTurn, type ObjectiveWaiting } from "./objectives";
import { buildChatMessages } from "./prompt";
import { loadScene, objectivesOpenNow, type Scene } from "./scene";

export const MESSAGE_MAX_CHARS = 2000;

// Conversations with a reply being generated in this process: one turn at a time each.
// On globalThis so dev hot reload does not forget a turn that is still streaming.
const holder = globalThis as unknown as { alltagActiveTurns?: Set<string> };
export const activeTurns = (holder.alltagActiveTurns ??= new Set<string>());

export type TurnRequest = { userId: string; scenarioId: string; message?: string; retry?: boolean };

export type Turn = {
  conversationId: string;
  /** The reply message this turn writes; live turns are named by it. */
  replyMessageId: string;
  /** The turn's events: `metadata`, `token`…, then `complete` or `error`. Aborting `signal` stops the model at once. */
  events(signal: AbortSignal): AsyncGenerator<TurnEvent, void, undefined>;
};

/** Where a conversation stands: the open one, a new one, or a refusal. A retry may still finish a complete scene's last reply. */
function conversationFor(scene: Scene, userId: string, retry: boolean, level?: User["level"]): Conversation {
  const current = getCurrentConversation({ userId, scenarioId: scene.scenario.id });
  if (current?.status === "complete" && !retry) {
    throw new ApiError("conversation_complete", "This scene is complete. Start it again to play another round.");
  }
  if (!current && retry) throw new ApiError("nothing_to_retry", "There is no failed reply to retry.");
  return current ?? startConversation({ userId, scenarioId: scene.scenario.id, openingLine: scene.scenario.openingLine, level });
}

/** The learner message a retry answers: the last one, if no reply to it was ever shown in full or in part. */
function messageToRetry(history: Message[]): Message {
  const lastUser = history.findLast((message) => message.role === "user");
  // A reply that failed or was cut off (dropped connection, Stop) may be asked for again.
  const answered = lastUser && history.some((message) => message.seq > lastUser.seq && message.status === "complete");
  if (!lastUser || answered) throw new ApiError("nothing_to_retry", "There is no failed reply to retry.");
  return lastUser;
}

/**
 * Validates and records the learner's side of a turn synchronously (so refusals are plain
 * HTTP errors before any stream opens), then hands back the reply as an event generator.
 */
export function startTurn({ userId, scenarioId, message = "", retry = false }: TurnRequest): Turn {
  const scene = loadScene(scenarioId);
  if (!scene) throw new ApiError("not_found", "No such scenario.");
  const text = message.trim();
  if (!retry && text.length === 0) throw new ApiError("invalid_input", "message: Write something first.", { fields: { message: "Write something first." } });
  if (text.length > MESSAGE_MAX_CHARS) throw new ApiError("message_too_long", `Messages can be at most ${MESSAGE_MAX_CHARS} characters.`);
  const learner = getUserById({ id: userId });
  const conversation = conversationFor(scene, userId, retry, learner?.level);
  if (activeTurns.has(conversation.id)) throw new ApiError("turn_in_progress", "A reply is still being written. Wait for it or stop it first.");

  // No turn runs here, so a reply still marked as streaming was cut off without being settled.
  markOrphanedRepliesInterrupted({ conversationId: conversation.id });
  const reuseMessage = retry ? messageToRetry(listMessages({ conversationId: conversation.id })) : undefined;
  const points = new Map(scene.objectives.map((objective) => [objective.id, objective.points]));

  // Short answers ("Mit Karte.") are judged against the character's question before them.
  const after = lastCharacterLine({ conversationId: conversation.id });
  let waiting: ObjectiveWaiting[] = [];
  const recorded = recordLearnerTurn({
    conversationId: conversation.id,
    content: text,
    reuseMessage,
    objectiveCount: scene.objectives.length,
    judge: (done) => {
      const judgement = judgeTurn(text, scene.matcher, { after, done });
      waiting = judgement.waiting;
      return judgement.matches.map((match) => ({ objectiveId: match.objectiveId, evidence: match.evidence, points: points.get(match.objectiveId) ?? 0 }));
    },
  });
  activeTurns.add(conversation.id);
  // The learner's model plays the character; the round's level shapes its German.
  const round: RoundSettings = {
    userId,
    level: conversation.level,
    model: learner ? characterModelFor(learner) : undefined,
    corrections: learner?.corrections ?? "off",
    // The coach's second opinion is for new words the rules credited with nothing, not for words said too early.
    coachJudge:
      learner?.coachJudge === true &&
      recorded.awarded.length === 0 &&
      waiting.length === 0 &&
      !recorded.conversationComplete &&
      !addressesTheJudge(recorded.userMessage.content) &&
      // A retried reply reuses a message judged before: the second opinion is still owed if it was never given.
      (!retry || unjudged(conversation.id, recorded.userMessage.id)),
  };
  return {
    conversationId: conversation.id,
    replyMessageId: recorded.reply.id,
    events: (signal) => startedAtOnce(turnEvents(scene, conversation.id, recorded, waiting, round, signal), signal),
  };
}

/** The message earned nothing by the rules and has no second opinion yet. */
function unjudged(conversationId: string, messageId: string): boolean {
  return !listCompletions({ conversationIds: [conversationId] }).some((completion) => completion.messageId === messageId) && !getCoachJudgement({ messageId });
}

/**
 * Runs the turn to its first event at once, so the model request leaves while Next is still
 * sending the response headers (bench figure 1), and hands that event to the first read. If the
 * client is gone before reading, ending the generator here settles the reply and frees the conversation.
 */
function startedAtOnce(events: AsyncGenerator<TurnEvent, void, undefined>, signal: AbortSignal): AsyncGenerator<TurnEvent, void, undefined> {
  const first = events.next();
  first.catch(() => undefined); // read below, or never if the client left first
  let read = false;
  const abandon = () => {
    if (!read) events.return(undefined).catch((error: unknown) => console.error("[turn] could not end an unread turn", error));
  };
  if (signal.aborted) abandon();
  else signal.addEventListener("abort", abandon, { once: true });
  return (async function* () {
    if (signal.aborted) return;
    read = true;
    signal.removeEventListener("abort", abandon);
    try {
      const step = await first;
      if (step.done) return;
      yield step.value;
      yield* events;
    } finally {
      await events.return(undefined); // a no-op once `events` is done; ends it when the reader stopped at the first event
    }
  })();
}

type RoundSettings = { userId: string; level: Conversation["level"]; model?: string; corrections: User["corrections"]; coachJudge: boolean };

async function* turnEvents(
  scene: Scene,
  conversationId: string,
  turn: RecordedLearnerTurn,
  waiting: ObjectiveWaiting[],
  round: RoundSettings,
  signal: AbortSignal,
): AsyncGenerator<TurnEvent, void, undefined> {
  let reply = "";
  let settled = false;
  // Ends the model's request whenever this turn ends, whoever ends it.
  const upstream = new AbortController();
  const forwardAbort = () => upstream.abort();
  signal.addEventListener("abort", forwardAbort, { once: true });
  const settle = (status: "complete" | "interrupted" | "error", extra: { errorCode?: string; stats?: ChatStats } = {}) => {
    finishReply({ id: turn.reply.id, content: reply, status, errorCode: extra.errorCode, timings: extra.stats });
    settled = true;
  };
  try {
    // Up to the learner's message: on a retry, the replies that failed after it are not context.
    const history = listMessages({ conversationId }).filter((message) => message.seq <= turn.userMessage.seq);
    const done = new Set(listCompletions({ conversationIds: [conversationId] }).map((completion) => completion.objectiveId));
    const open = scene.objectives.filter((objective) => !done.has(objective.id));
    const checking = round.corrections === "after_each_turn";
    const bodySent = checking ? chatRequestSent() : undefined;
    const pieces = streamChat({ messages: buildChatMessages(scene.scenario, history, open, round.level), signal: upstream.signal, model: round.model });
    // Ask the model now, not once the client has read the metadata frame: saves a round trip.
    const firstPiece = pieces.next();
    firstPiece.catch(() => undefined); // awaited below; a disconnect at the metadata yield must not leave it unhandled
    holdCoachUntil(round.userId, firstPiece);
    // Checked once the request's body is on the wire, so the check overlaps Ollama's prompt evaluation
    // instead of holding the request back (one macrotask was not enough when a connection had to open).
    const feedback = bodySent ? await Promise.race([bodySent, firstPiece.then(noop, noop)]).then(() => turnFeedback(turn.userMessage)) : undefined;

    const titles = new Map(scene.objectives.map((objective) => [objective.id, objective.title]));
    const completed: CompletedObjective[] = turn.awarded.map((award) => ({
      id: award.objectiveId,
      title: titles.get(award.objectiveId) ?? award.objectiveId,
      points: award.points,
      evidence: award.evidence,
    }));
    yield {
      type: "metadata",
      conversation_id: conversationId,
      objectives_completed: completed,
      score_change: completed.reduce((sum, objective) => sum + objective.points, 0),
      score: turn.score,
      ...(waiting.length > 0 ? { objectives_waiting: waiting.map((held) => ({ id: held.objectiveId, title: titles.get(held.objectiveId) ?? held.objectiveId, after: held.after.map((id) => titles.get(id) ?? id) })) } : {}),
      user_message_id: turn.userMessage.id,
      ...(round.coachJudge && objectivesOpenNow(scene, done).length > 0 ? { coach_judge: "pending" as const } : {}),
      ...(feedback ? { feedback } : {}),
    };

    let step = await firstPiece;
    while (!step.done) {
      reply += step.value;
      yield { type: "token", content: step.value };
      step = await pieces.next();
    }
    settle("complete", { stats: step.value });
    logTimings(conversationId, step.value, reply.length);
    // The round as it stands now: the coach's second opinion on an earlier message may have credited it meanwhile.
    const now = getConversation({ userId: round.userId, id: conversationId });
    yield { type: "complete", message_id: turn.reply.id, conversation_complete: turn.conversationComplete || now?.status === "complete", score: Math.max(now?.score ?? 0, turn.score) };
  } catch (error) {
    if (error instanceof ChatAborted || signal.aborted) return; // finally stores the partial reply
    const failure = error instanceof LlmError ? error : new LlmError("llm_error", `Something went wrong while ${scene.scenario.characterName} was answering. Retry.`, true);
    if (!(error instanceof LlmError)) console.error(`[turn] ${conversationId} failed:`, error);
    settle("error", { errorCode: failure.code });
    console.warn(`[turn] ${conversationId} ${failure.code}: ${failure.message}`);
    yield { type: "error", code: failure.code, message: failure.message, retryable: failure.retryable };
  } finally {
    // Stop, disconnect, a failed write, or a consumer that stopped pulling: keep what the learner saw.
    upstream.abort();
    signal.removeEventListener("abort", forwardAbort);
    activeTurns.delete(conversationId);
    if (!settled) settleQuietly(conversationId, { id: turn.reply.id, content: reply, status: "interrupted" });
  }
}

/** Cleanup must not throw (it runs in finally blocks and abort listeners); a row left behind is repaired on the next turn. */
const noop = () => undefined;

function settleQuietly(conversationId: string, reply: Parameters<typeof finishReply>[0]): void {
  try {
    finishReply(reply);
  } catch (error) {
    console.error(`[turn] ${conversationId}: could not store the reply's final state`, error);
  }
}

function logTimings(conversationId: string, stats: ChatStats, characters: number): void {
  const ms = (ns?: number) => (ns === undefined ? "?" : `${Math.round(ns / 1e6)}ms`);
  const rate = stats.evalCount && stats.evalDurationNs ? `${(stats.evalCount / (stats.evalDurationNs / 1e9)).toFixed(1)} tok/s` : "?";
  console.log(
    `[turn] ${conversationId} first_token=${Math.round(stats.firstTokenMs ?? -1)}ms total=${Math.round(stats.totalMs)}ms chars=${characters} ` +
      `ollama: load=${ms(stats.loadDurationNs)} prompt_eval=${stats.promptEvalCount ?? "?"} in ${ms(stats.promptEvalDurationNs)} eval=${stats.evalCount ?? "?"} in ${ms(stats.evalDurationNs)} (${rate})`,
  );
}
