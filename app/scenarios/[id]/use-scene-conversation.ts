"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import { readEventStream } from "@/lib/sse/parse";
import type { TurnEvent } from "@/lib/sse/events";
import type { ChatMessage, ScenarioDetail, TurnFailure } from "./scene-types";
import { ReconnectBackoff } from "./reconnect";
import { useReplyStream } from "./reply-stream";
import { CONNECTION_LOST, OFFLINE, afterLostSend, initialSceneState, interruptedFailure, sceneReducer, stopAgain } from "./scene-state";
import { useCoachJudge } from "./use-coach-judge";
import { useSceneCoach } from "./use-scene-coach";

export type { Phase } from "./scene-state";

/** Marks that the browser test reads back: input cleared, message painted, first token painted. */
export function markTiming(name: "input-cleared" | "user-message-painted" | "first-token-painted"): void {
  performance.mark(`alltag:${name}`);
}

async function apiFailure(response: Response): Promise<TurnFailure> {
  const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const code = payload?.error?.code ?? `http_${response.status}`;
  return {
    code,
    message: payload?.error?.message ?? `The server answered ${response.status}. Try again.`,
    retryable: response.status >= 500 || code === "turn_in_progress",
    // The earlier reply may still be finishing on the server: asking again in a moment works.
    canRetry: code === "turn_in_progress",
  };
}

let localIds = 0;

/** What a turn's request asks for; null follows the turn already running (a reload, another tab). */
type TurnRequest = { message?: string; retry?: boolean; continue?: boolean } | null;

/** The turn this page follows: how to let go of it, its reconnect waits, whether Stop waits for the turn to start or found no server. */
type FollowedTurn = { abort: AbortController; backoff: ReconnectBackoff; named: boolean; stopWanted: boolean; stoppedOffline: boolean };

const streamUrl = (scenarioId: string) => `/api/v1/scenarios/${scenarioId}/message/stream`;

/** The turn's events after `lastEventId`, all of them without one; null when the server cannot be reached. */
async function reattach(scenarioId: string, lastEventId: string, signal: AbortSignal): Promise<Response | null> {
  try {
    return await fetch(streamUrl(scenarioId), { headers: lastEventId ? { "Last-Event-ID": lastEventId } : {}, cache: "no-store", signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}

/** Tell the model banner what turns found out: a reply arrived, or a turn failed with a code. */
export type TurnObserver = { onReply?: () => void; onFailure?: (code: string) => void };

/** The scene's conversation as one reducer's state, fed by the streaming endpoint and the coach's actions. */
export function useSceneConversation(initial: ScenarioDetail, observer: TurnObserver = {}) {
  const scenarioId = initial.scenario.id;
  const characterName = initial.scenario.character.name;
  const [state, dispatch] = useReducer(sceneReducer, initial, initialSceneState);
  const followed = useRef<FollowedTurn | null>(null);
  const busy = useRef(false);
  const stream = useReplyStream(() => markTiming("first-token-painted"));
  const judge = useCoachJudge(dispatch);
  const askJudge = judge.ask;
  const observe = useRef(observer);
  const latest = useRef(state);
  useEffect(() => {
    observe.current = observer;
    latest.current = state;
  });

  /** The scene as stored, or null when the server cannot be reached. */
  const fetchDetail = useCallback(async (): Promise<ScenarioDetail | null> => {
    const response = await fetch(`/api/v1/scenarios/${scenarioId}`, { cache: "no-store" }).catch(() => null);
    return response?.ok ? ((await response.json()) as ScenarioDetail) : null;
  }, [scenarioId]);

  const reload = useCallback(async () => {
    const detail = await fetchDetail();
    if (detail) dispatch({ type: "loaded", detail });
  }, [fetchDetail]);

  /** Moves the reply into the history with its final status (the streamed text, or `held` when the history shows it whole); returns that text. */
  const settleReply = useCallback(
    (status: ChatMessage["status"], id?: string, held?: string): string => {
      const content = held ?? stream.take();
      dispatch({ type: "reply_settled", id: id ?? `reply-${++localIds}`, content, status, stored: id !== undefined });
      return content;
    },
    [stream],
  );

  /** Stop asks the server, which ends the turn for every tab; with no server to ask, the page lets go of it alone. */
  const requestStop = useCallback(
    async (turn: FollowedTurn) => {
      for (let ask = 0; ask < 2; ask += 1) {
        const namedBefore = turn.named;
        const response = await fetch(`/api/v1/scenarios/${scenarioId}/message/stop`, { method: "POST" }).catch(() => null);
        if (!response?.ok) {
          turn.stoppedOffline = true;
          return turn.abort.abort();
        }
        const answer = (await response.json().catch(() => null)) as { stopped?: boolean } | null;
        // Pressed before the turn had started on the server: ask again once its metadata names it, or now if it came meanwhile.
        const again = stopAgain(answer?.stopped, namedBefore, turn.named);
        turn.stopWanted = again === "once_named";
        turn.backoff.now();
        if (again !== "now" || followed.current !== turn) return;
      }
    },
    [scenarioId],
  );

  const runTurn = useCallback(
    async (request: TurnRequest, onRefused?: () => void) => {
      busy.current = true;
      dispatch({ type: "turn_started" });
      const turn: FollowedTurn = { abort: new AbortController(), backoff: new ReconnectBackoff(), named: false, stopWanted: false, stoppedOffline: false };
      followed.current = turn;
      const { signal } = turn.abort;
      const userMessagesBefore = latest.current.messages.filter((message) => message.role === "user" && message.stored).length;
      let settled = false;
      let streaming = false;
      let openingUnstored = false;
      let lastEventId = "";
      // A continuation streams on from its reply's earlier text, under the reply's id.
      let replyId: string | undefined;
      let continuing = false;
      let base = "";
      // The reply's text as this turn sent it from its start; metadata opens every replay, which sends it again.
      let text = "";
      // The reply's earlier text stays in the history until the turn sends more than it shows: nothing is typed twice.
      let held = null as ChatMessage | null;
      let shownBefore = 0;
      let followLiveTurn = false;
      // The learner's message the rules credited nothing for, when the learner wants the coach's second opinion on it.
      let judgeMessage: string | undefined;
      // Points are announced when a message earns them, not again when a reload or a replay resends them.
      let announce = request !== null;
      const handle = (event: TurnEvent, id: string) => {
        if (id) lastEventId = id;
        turn.backoff.reset();
        switch (event.type) {
          case "metadata": {
            turn.named = true;
            replyId = event.reply_message_id;
            continuing = event.turn_id !== undefined && event.turn_id !== replyId;
            // A continued or reloaded reply is in the history: it moves to the bubble once new text comes.
            const earlier = latest.current.messages.find((message) => message.id === replyId);
            if (!continuing) base = "";
            else if (earlier) base = earlier.content;
            text = base;
            held = earlier ?? null;
            judgeMessage = event.coach_judge === "pending" ? event.user_message_id : undefined;
            dispatch({ type: "metadata", event, noticeKey: announce ? Date.now() : null });
            announce = false;
            if (turn.stopWanted) void requestStop(turn);
            break;
          }
          case "token":
            if (!streaming) {
              dispatch({ type: "first_token" });
              observe.current.onReply?.();
            }
            streaming = true;
            text += event.content;
            showText();
            break;
          case "complete": {
            settled = true;
            observe.current.onReply?.();
            const settledText = settleReply(event.stopped ? "interrupted" : "complete", event.message_id, held?.content);
            // The opening line was shown before the round was stored: learn its id so Translate works on it.
            openingUnstored = latest.current.messages.some((message) => message.id === "opening");
            dispatch({ type: "turn_completed", score: event.score, conversationComplete: event.conversation_complete });
            if (event.stopped && settledText) dispatch({ type: "turn_failed", failure: interruptedFailure(characterName) });
            // Only now, never holding the turn up; a stopped reply too, as the message was stored and judged regardless.
            if (judgeMessage) void askJudge(judgeMessage);
            break;
          }
          case "error":
            settled = true;
            // A continuation that fails leaves its reply cut off, not failed: it can be continued again.
            settleReply(continuing ? "interrupted" : "error", continuing || held ? replyId : undefined, held?.content);
            observe.current.onFailure?.(event.code);
            dispatch({ type: "turn_failed", failure: { code: event.code, message: event.message, retryable: event.retryable, canRetry: true, canContinue: continuing } });
            break;
          default:
            break; // Newer servers may add event types; this client ignores them.
        }
      };
      /** Shows the reply's text: a replay still repeating what is on screen changes nothing. */
      const showText = () => {
        if (held) {
          if (held.content.startsWith(text)) return;
          shownBefore = text.startsWith(held.content) ? held.content.length : 0;
          dispatch({ type: "reply_resumed", id: held.id });
          held = null;
        }
        stream.replace(text, shownBefore);
      };
      const giveUp = () => {
        settleReply("interrupted", replyId, held?.content);
        dispatch({ type: "turn_failed", failure: CONNECTION_LOST });
      };
      let response: Response | null = null;
      try {
        if (request) {
          response = await fetch(streamUrl(scenarioId), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...request, resumable: true }), signal });
          if (!response.ok || !response.body) {
            const refusal = await apiFailure(response);
            onRefused?.();
            // The reply was finished meanwhile (by the server after the page gave up, or in another tab): the stored scene is the answer.
            if (["nothing_to_retry", "nothing_to_continue"].includes(refusal.code)) return void (await reload());
            if (refusal.code !== "turn_in_progress") {
              if (refusal.code === "conversation_complete") await reload();
              dispatch({ type: "turn_failed", failure: refusal });
              return;
            }
            // A reply is still being written (the page gave up on it, or another tab asked): follow it rather than refuse.
            await reload();
            response = await reattach(scenarioId, "", signal);
            if (response && !response.ok) return void (await reload());
          }
        } else {
          response = await reattach(scenarioId, "", signal);
          // Ended and replaced, or written for a request that cannot be followed: the stored scene says what is there.
          if (response && !response.ok) return void (await reload());
        }
        for (;;) {
          if (response?.ok && response.body) {
            await readEventStream(response.body, handle, signal).catch((error: unknown) => {
              if (signal.aborted) throw error;
            });
            if (settled) break;
          }
          // The stream dropped before the turn's end: reattach after the last event seen, waiting longer each time.
          dispatch({ type: "reconnecting" });
          if (!(await turn.backoff.wait(signal))) {
            giveUp();
            break;
          }
          response = await reattach(scenarioId, lastEventId, signal);
          if (response?.ok) dispatch({ type: "reconnected" });
          else if (response && response.status < 500) {
            giveUp(); // Nothing to resume, or signed out: another try would not help.
            break;
          }
        }
        if (openingUnstored) await reload();
      } catch {
        if (!request || response || signal.aborted) {
          // Left the page, or stopped with no server to tell: the partial reply stays as it was shown.
          const cutOff = settleReply("interrupted", replyId, held?.content);
          if (turn.stoppedOffline && cutOff) dispatch({ type: "turn_failed", failure: interruptedFailure(characterName) });
        } else {
          // No answer at all: whether the message was stored, only the server knows; the stored scene tells.
          const detail = await fetchDetail();
          const lost = afterLostSend(detail, request.message !== undefined, userMessagesBefore);
          if (detail) dispatch({ type: "loaded", detail });
          if (lost.refused) onRefused?.();
          if (lost.failure) dispatch({ type: "turn_failed", failure: lost.failure });
          followLiveTurn = lost.follow;
        }
      } finally {
        // A page that let go of this turn (it left, or restarted the scene) is no longer busy with it.
        if (followed.current === turn) {
          followed.current = null;
          busy.current = false;
          dispatch({ type: "turn_ended" });
          // The message arrived and its reply is being written: follow it from its start.
          if (followLiveTurn) void runTurn(null);
        }
      }
    },
    [askJudge, characterName, fetchDetail, reload, requestStop, scenarioId, settleReply, stream],
  );

  const attach = useCallback(() => {
    if (!busy.current) void runTurn(null);
  }, [runTurn]);

  useEffect(() => {
    // A reply was being written when the page loaded (a reload, a second tab): follow it from its start.
    if (initial.live_turn) attach();
    // Leaving the page only closes the stream: the server's grace period decides whether the reply goes on.
    return () => {
      followed.current?.abort.abort();
      followed.current = null;
      busy.current = false;
    };
  }, [attach, initial.live_turn]);

  useEffect(() => {
    let checking = false;
    // A tab left open while another one sent a message catches up when it is looked at again.
    const pickUp = async () => {
      if (checking || busy.current || document.visibilityState !== "visible") return;
      checking = true;
      const detail = await fetchDetail();
      checking = false;
      if (!detail || busy.current) return;
      const newest = detail.messages.findLast((message) => message.content !== "")?.id;
      const shown = latest.current.messages.findLast((message) => message.stored)?.id;
      if (detail.live_turn || newest !== shown) dispatch({ type: "loaded", detail });
      if (detail.live_turn) attach();
    };
    const onVisible = () => void pickUp();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, [attach, fetchDetail]);

  /** Shows the learner's message at once, then streams the reply. Returns false if nothing was sent. */
  const send = useCallback(
    (raw: string, restoreInput: (text: string) => void): boolean => {
      const text = raw.trim();
      if (!text || busy.current || latest.current.complete) return false;
      const localId = `local-${++localIds}`;
      dispatch({ type: "sent", localId, text });
      // Refused before it was stored (too long, another tab mid-reply…): give the words back.
      void runTurn({ message: text }, () => {
        dispatch({ type: "withdrawn", localId });
        restoreInput(text);
      });
      return true;
    },
    [runTurn],
  );

  const retry = useCallback(() => {
    if (!busy.current) void runTurn({ retry: true });
  }, [runTurn]);

  /** Continues a reply cut off by Stop or a lost connection, in the same bubble. */
  const continueReply = useCallback(() => {
    if (!busy.current) void runTurn({ continue: true });
  }, [runTurn]);

  const stop = useCallback(() => {
    if (followed.current) void requestStop(followed.current);
  }, [requestStop]);

  const restart = useCallback(async () => {
    // Ollama serves one request at a time: a reply still being written for the old round stops first.
    const turn = followed.current;
    if (turn) {
      await requestStop(turn);
      turn.abort.abort();
    }
    const response = await fetch(`/api/v1/scenarios/${scenarioId}/start`, { method: "POST" }).catch(() => null);
    if (!response) return dispatch({ type: "turn_failed", failure: { ...OFFLINE, message: "The server could not be reached, so the scene was not restarted. Try again." } });
    if (!response.ok) return dispatch({ type: "turn_failed", failure: await apiFailure(response) });
    dispatch({ type: "loaded", detail: (await response.json()) as ScenarioDetail });
    dispatch({ type: "notice_dismissed" });
    dispatch({ type: "hint_closed" });
  }, [requestStop, scenarioId]);

  const coach = useSceneCoach(scenarioId, dispatch, latest);
  const dismissNotice = useCallback(() => dispatch({ type: "notice_dismissed" }), []);

  return { ...state, stream, send, retry, continueReply, stop, restart, dismissNotice, coach, coachJudge: judge };
}
