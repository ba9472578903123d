import type { CoachJudgementResult, CompletedObjective } from "@/lib/sse/events";
import type { CoachError, CoachMetadataEvent, Hint, MessageCheck } from "./coach-types";
import type { ChatMessage, CoachAction, MessageJson, PointsNotice, ScenarioDetail, SceneObjective, TurnFailure } from "./scene-types";

export type Phase = "idle" | "waiting" | "streaming";

export type HintState = { busy: boolean; error: CoachError | null; shown: Hint | null };

/**
 * The coach's second opinion on a message the rules credited nothing for: being asked, found nothing
 * (a brief note), or failed (a note with the server's message). null: nothing to show.
 */
export type CoachJudgeState =
  | { status: "checking"; messageId: string }
  | { status: "nothing"; messageId: string }
  // Said in words as well as shown: the points notice alone may not be read out by a screen reader.
  | { status: "credited"; messageId: string; titles: string[]; points: number }
  | { status: "failed"; messageId: string; error: CoachError }
  | null;

/** Everything the scene page shows, except the reply being streamed (reply-stream.ts holds that). */
export type SceneState = {
  conversationId: string | null;
  /** The level the round was started at: fixed for the round, whatever the profile says now. */
  roundLevel: string | null;
  messages: ChatMessage[];
  objectives: SceneObjective[];
  score: number;
  complete: boolean;
  phase: Phase;
  /** The reply's stream dropped and the page is reattaching to the turn. */
  reconnecting: boolean;
  failure: TurnFailure | null;
  notice: PointsNotice | null;
  hint: HintState;
  judge: CoachJudgeState;
};

export type SceneEvent =
  | { type: "loaded"; detail: ScenarioDetail }
  | { type: "sent"; localId: string; text: string }
  | { type: "withdrawn"; localId: string }
  | { type: "turn_started" }
  | { type: "metadata"; event: CoachMetadataEvent; noticeKey: number | null }
  | { type: "first_token" }
  | { type: "reply_resumed"; id: string }
  | { type: "reconnecting" }
  | { type: "reconnected" }
  | { type: "reply_settled"; id: string; content: string; status: ChatMessage["status"]; stored: boolean }
  | { type: "turn_completed"; score: number; conversationComplete: boolean }
  | { type: "turn_failed"; failure: TurnFailure }
  | { type: "turn_ended" }
  | { type: "notice_dismissed" }
  | { type: "coach_requested"; messageId: string; action: CoachAction }
  | { type: "coach_failed"; messageId: string; action: CoachAction; error: CoachError }
  | { type: "checked"; messageId: string; check: MessageCheck }
  | { type: "explained"; messageId: string; explanation: string }
  | { type: "translated"; messageId: string; translation: string }
  | { type: "hint_requested" }
  | { type: "hint_received"; hint: Hint }
  | { type: "hint_failed"; error: CoachError }
  | { type: "hint_closed" }
  | { type: "judge_requested"; messageId: string }
  | { type: "judged"; result: CoachJudgementResult; noticeKey: number }
  | { type: "judge_failed"; messageId: string; error: CoachError }
  | { type: "judge_dismissed" };

const NO_HINT: HintState = { busy: false, error: null, shown: null };

export function chatMessage(fields: Pick<ChatMessage, "id" | "role" | "content" | "status"> & Partial<ChatMessage>): ChatMessage {
  return { stored: true, check: null, explanation: null, translation: null, busy: {}, errors: {}, ...fields };
}

function messagesFrom(detail: ScenarioDetail): ChatMessage[] {
  if (detail.messages.length === 0) return [chatMessage({ id: "opening", role: "assistant", content: detail.scenario.opening_line, status: "complete", stored: false })];
  // Replies that failed or were cut off before any text have nothing to show.
  return (detail.messages as MessageJson[])
    .filter((message) => message.content !== "")
    .map(({ id, role, content, status, check, translation }) => chatMessage({ id, role, content, status, check: check ?? null, translation: translation ?? null }));
}

/** The offer under a reply cut off by Stop, a dropped page or a failed continuation: go on from its last word, or ask again. */
export function interruptedFailure(characterName: string): TurnFailure {
  return { code: "interrupted", message: `${characterName}'s reply was cut off. Continue it from its last word, or retry for a new answer.`, retryable: true, canRetry: true, canContinue: true };
}

export const OFFLINE: TurnFailure = {
  code: "offline",
  message: "The server could not be reached, so your message was not sent. It is back in the box: send it again when you are online.",
  retryable: true,
  canRetry: false,
};

export const CONNECTION_LOST: TurnFailure = {
  code: "connection_lost",
  message: "The connection dropped before the reply was finished. Your message is saved: retry to get the answer.",
  retryable: true,
  canRetry: true,
};

/** What a send that got no answer at all turned out to be: followed on, refused (words back in the box), or failed. */
export type LostSend = { follow: boolean; refused: boolean; failure: TurnFailure | null };

/** The stored scene tells what became of a request that got no answer: its count of the learner's messages, and its live turn. */
export function afterLostSend(detail: ScenarioDetail | null, sentMessage: boolean, userMessagesBefore: number): LostSend {
  const storedNow = detail?.messages.filter((message) => message.role === "user").length ?? 0;
  const stored = !sentMessage || storedNow > userMessagesBefore;
  // The server stored the message and is writing its reply: the page follows it instead of offering a Retry it would refuse.
  if (stored && detail?.live_turn) return { follow: true, refused: false, failure: null };
  return { follow: false, refused: !stored, failure: stored ? CONNECTION_LOST : OFFLINE };
}

/** Whether Stop asks the server again: "now", once the turn's metadata names it, or not at all. */
export function stopAgain(stopped: boolean | undefined, namedBefore: boolean, namedNow: boolean): "now" | "once_named" | null {
  // A turn named before Stop was pressed and still not stopped has ended: there is nothing left to stop.
  if (stopped !== false || namedBefore) return null;
  return namedNow ? "now" : "once_named";
}

/** After a reload, a last reply that failed still offers its Retry, and one cut off its Continue. */
function storedFailure(detail: ScenarioDetail): TurnFailure | null {
  const last = detail.messages.at(-1);
  const name = detail.scenario.character.name;
  if (last?.role === "assistant" && last.status === "interrupted" && last.content !== "" && !detail.live_turn) return interruptedFailure(name);
  if (last?.role !== "assistant" || last.status !== "error") return null;
  return { code: last.error_code ?? "llm_error", message: `${name}'s last reply failed (${last.error_code ?? "error"}). Retry to ask again.`, retryable: true, canRetry: true };
}

export function initialSceneState(detail: ScenarioDetail): SceneState {
  return {
    conversationId: detail.conversation?.id ?? null,
    roundLevel: detail.conversation?.level ?? null,
    messages: messagesFrom(detail),
    objectives: detail.objectives,
    score: detail.score,
    complete: detail.conversation_complete,
    phase: "idle",
    reconnecting: false,
    failure: storedFailure(detail),
    notice: null,
    hint: NO_HINT,
    judge: null,
  };
}

function updateMessage(state: SceneState, id: string, change: (message: ChatMessage) => ChatMessage): SceneState {
  return { ...state, messages: state.messages.map((message) => (message.id === id ? change(message) : message)) };
}

function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Marks an action finished on a message: no longer busy, and its earlier error gone. */
function settle(message: ChatMessage, action: CoachAction): ChatMessage {
  return { ...message, busy: withoutKey(message.busy, action), errors: withoutKey(message.errors, action) };
}

/** The learner's newest message that the server has not confirmed yet: the one this turn sent. */
function pendingUserMessage(state: SceneState): ChatMessage | undefined {
  return state.messages.findLast((message) => message.role === "user" && !message.stored);
}

/** Marks earned objectives done with their evidence and who judged them: the rules, unless the credit says the coach. */
function markEarned(objectives: SceneObjective[], earned: CompletedObjective[]): SceneObjective[] {
  if (earned.length === 0) return objectives;
  const byId = new Map(earned.map((objective) => [objective.id, objective]));
  return objectives.map((objective) => {
    const credit = byId.get(objective.id);
    return credit ? { ...objective, done: true, evidence: credit.evidence, judged_by: credit.judged_by ?? "rules", next_hint_cost: null } : objective;
  });
}

/** The end of a round, by a turn or by a late credit: the summary takes the composer's place and an open hint closes. */
function withCompletion(state: SceneState, score: number, conversationComplete: boolean): SceneState {
  // Within a round scores only grow and a round once complete stays so: a turn's frame that crossed a late credit
  // carries what it knew when it began, and must not take the credit back.
  const complete = state.complete || conversationComplete;
  return { ...state, score: Math.max(state.score, score), complete, hint: complete ? NO_HINT : state.hint };
}

function applyMetadata(state: SceneState, event: CoachMetadataEvent, noticeKey: number | null): SceneState {
  const pending = pendingUserMessage(state);
  const confirmedId = event.user_message_id ?? pending?.id;
  const feedback = event.feedback;
  const messages = pending
    ? state.messages.map((message) =>
        message === pending ? { ...message, id: confirmedId ?? message.id, stored: event.user_message_id !== undefined, check: feedback ? { findings: feedback.findings, corrected: feedback.corrected } : message.check } : message,
      )
    : state.messages;
  const earned = event.objectives_completed;
  const objectives = markEarned(state.objectives, earned);
  // Words said too early earn nothing yet: the notice says which step has to come first.
  const waiting = (event.objectives_waiting ?? []).map((held) => `“${held.title}” counts after ${held.after.map((title) => `“${title}”`).join(" or ")}`);
  const notice =
    noticeKey === null || (earned.length === 0 && waiting.length === 0)
      ? state.notice
      : { key: noticeKey, points: event.score_change, titles: event.objectives_completed.map((objective) => objective.title), waiting };
  const sameRound = state.conversationId === null || state.conversationId === event.conversation_id;
  return { ...state, conversationId: event.conversation_id, messages, objectives, score: sameRound ? Math.max(state.score, event.score) : event.score, notice };
}

function applyHint(state: SceneState, hint: Hint): SceneState {
  const objectives = state.objectives.map((objective) =>
    objective.id === hint.objective_id
      ? {
          ...objective,
          points_left: hint.points_left,
          hints: [...(objective.hints ?? []).filter((step) => step.step !== hint.step), { step: hint.step, text: hint.text, cost: hint.cost }],
          // Every step of the ladder costs the same share of the objective's points.
          next_hint_cost: hint.step >= 3 ? null : hint.cost,
        }
      : objective,
  );
  return { ...state, objectives, hint: { busy: false, error: null, shown: hint } };
}

/** The status line follows the newest check: an older message's outcome never replaces a check still running. */
function withJudge(state: SceneState, messageId: string, next: CoachJudgeState): SceneState {
  const running = state.judge?.status === "checking" && state.judge.messageId !== messageId;
  return running ? state : { ...state, judge: next };
}

/** An outcome for a message no longer shown (the scene was restarted meanwhile) only clears its own status. */
function forgotten(state: SceneState, messageId: string): SceneState {
  return state.judge?.messageId === messageId ? { ...state, judge: null } : state;
}

/**
 * The coach's second opinion arrived. What it credited counts as a turn's credit does: the objectives with
 * their evidence, the score, the points notice, the end of the round. Scores only grow within a round, so
 * a result that crossed a later turn's metadata never lowers the score shown.
 */
function applyJudgement(state: SceneState, result: CoachJudgementResult, noticeKey: number): SceneState {
  const id = result.message_id;
  if (!state.messages.some((message) => message.id === id)) return forgotten(state, id);
  if (result.objectives_completed.length === 0) return withJudge(state, id, { status: "nothing", messageId: id });
  const earned = result.objectives_completed.map((objective) => ({ ...objective, judged_by: "coach" as const }));
  // Asked again after a reload, the server answers what it credited before: shown already, announced once.
  const fresh = !result.answered_before;
  const titles = earned.map((objective) => objective.title);
  const notice: PointsNotice | null = fresh ? { key: noticeKey, points: result.score_change, titles, waiting: [], judgedBy: "coach" } : state.notice;
  const credited = withCompletion({ ...state, objectives: markEarned(state.objectives, earned), notice }, result.score, result.conversation_complete);
  return withJudge(credited, id, fresh ? { status: "credited", messageId: id, titles, points: result.score_change } : null);
}

/** A settled reply takes the place of the message it continues, or comes last. */
function settleReply(state: SceneState, event: Extract<SceneEvent, { type: "reply_settled" }>): SceneState {
  if (!event.content) return state;
  const reply = chatMessage({ id: event.id, role: "assistant", content: event.content, status: event.status, stored: event.stored });
  const messages = state.messages.some((message) => message.id === event.id) ? state.messages.map((message) => (message.id === event.id ? reply : message)) : [...state.messages, reply];
  return { ...state, messages };
}

/**
 * A snapshot of the same round may have been read before a late credit was stored: what the round has earned is never
 * taken back by it (objectives met, the score, the round's end). A new round takes the snapshot as it is.
 */
function keptFromTheRound(state: SceneState, next: SceneState): SceneState {
  if (state.conversationId === null || state.conversationId !== next.conversationId) return next;
  const objectives = next.objectives.map((objective) => (objective.done ? objective : (state.objectives.find((mine) => mine.id === objective.id && mine.done) ?? objective)));
  return { ...next, objectives, score: Math.max(state.score, next.score), complete: state.complete || next.complete };
}

/** The scene's client state as a pure function of the events it has seen. */
export function sceneReducer(state: SceneState, event: SceneEvent): SceneState {
  switch (event.type) {
    case "loaded": {
      // A reload mid-scene keeps what is on screen but not in the stored scene: the turn's phase, the notice, the hint,
      // and the coach's second opinion on a message still there (a restarted round has none of the old ones).
      const next = initialSceneState(event.detail);
      const judge = state.judge && next.messages.some((message) => message.id === state.judge?.messageId) ? state.judge : null;
      return { ...keptFromTheRound(state, next), phase: state.phase, notice: state.notice, hint: state.hint, judge };
    }
    case "sent":
      return { ...state, messages: [...state.messages, chatMessage({ id: event.localId, role: "user", content: event.text, status: "complete", stored: false })] };
    case "withdrawn":
      return { ...state, messages: state.messages.filter((message) => message.id !== event.localId) };
    case "turn_started":
      // A new message makes the last one's "found nothing" or failure note old news; a check still running stays.
      return { ...state, phase: "waiting", failure: null, judge: state.judge?.status === "checking" ? state.judge : null };
    case "metadata":
      return applyMetadata(state, event.event, event.noticeKey);
    case "first_token":
      return { ...state, phase: "streaming" };
    case "reply_resumed":
      // A continued reply streams again from its text so far: the streaming bubble shows it, not the history.
      return { ...state, messages: state.messages.filter((message) => message.id !== event.id) };
    case "reconnecting":
      return { ...state, reconnecting: true };
    case "reconnected":
      return { ...state, reconnecting: false };
    case "reply_settled":
      return settleReply(state, event);
    case "turn_completed":
      return withCompletion(state, event.score, event.conversationComplete);
    case "turn_failed":
      return { ...state, failure: event.failure };
    case "turn_ended":
      return { ...state, phase: "idle", reconnecting: false };
    case "notice_dismissed":
      return { ...state, notice: null };
    case "coach_requested":
      return updateMessage(state, event.messageId, (message) => ({ ...message, busy: { ...message.busy, [event.action]: true } }));
    case "coach_failed":
      return updateMessage(state, event.messageId, (message) => ({ ...message, busy: withoutKey(message.busy, event.action), errors: { ...message.errors, [event.action]: event.error } }));
    case "checked":
      return updateMessage(state, event.messageId, (message) => ({ ...settle(message, "check"), check: event.check }));
    case "explained":
      return updateMessage(state, event.messageId, (message) => ({ ...settle(message, "explain"), explanation: event.explanation }));
    case "translated":
      return updateMessage(state, event.messageId, (message) => ({ ...settle(message, "translate"), translation: event.translation }));
    case "hint_requested":
      return { ...state, hint: { ...state.hint, busy: true, error: null } };
    case "hint_received":
      return applyHint(state, event.hint);
    case "hint_failed":
      return { ...state, hint: { ...state.hint, busy: false, error: event.error } };
    case "hint_closed":
      return { ...state, hint: NO_HINT };
    case "judge_requested":
      return { ...state, judge: { status: "checking", messageId: event.messageId } };
    case "judged":
      return applyJudgement(state, event.result, event.noticeKey);
    case "judge_failed":
      if (!state.messages.some((message) => message.id === event.messageId)) return forgotten(state, event.messageId);
      return withJudge(state, event.messageId, { status: "failed", messageId: event.messageId, error: event.error });
    case "judge_dismissed":
      return state.judge?.status === "checking" ? state : { ...state, judge: null };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** The open objective the Help button helps with: the first in scene order. */
export function helpTarget(objectives: SceneObjective[]): SceneObjective | undefined {
  return objectives.find((objective) => !objective.done);
}
