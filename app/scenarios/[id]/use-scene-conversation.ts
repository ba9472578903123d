"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import { readEventStream } from "@/lib/sse/parse";
import type { TurnEvent } from "@/lib/sse/events";
import type { ChatMessage, ScenarioDetail, TurnFailure } from "./scene-types";
import { useReplyStream } from "./reply-stream";
import { initialSceneState, sceneReducer } from "./scene-state";
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

const OFFLINE: TurnFailure = {
  code: "offline",
  message: "The server could not be reached, so your message was not sent. It is back in the box: send it again when you are online.",
  retryable: true,
  canRetry: false,
};

const CONNECTION_LOST: TurnFailure = {
  code: "connection_lost",
  message: "The connection dropped before the reply was finished. Your message is saved: retry to get the answer.",
  retryable: true,
  canRetry: true,
};

let localIds = 0;

/** Tell the model banner what turns found out: a reply arrived, or a turn failed with a code. */
export type TurnObserver = { onReply?: () => void; onFailure?: (code: string) => void };

/** The scene's conversation as one reducer's state, fed by the streaming endpoint and the coach's actions. */
export function useSceneConversation(initial: ScenarioDetail, observer: TurnObserver = {}) {
  const scenarioId = initial.scenario.id;
  const [state, dispatch] = useReducer(sceneReducer, initial, initialSceneState);
  const controller = useRef<AbortController | null>(null);
  const busy = useRef(false);
  const stream = useReplyStream(() => markTiming("first-token-painted"));
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

  // Leaving the scene stops the reply: Ollama serves one request at a time.
  useEffect(() => () => controller.current?.abort(), []);

  /** Moves the streamed text into the history with its final status. */
  const settleReply = useCallback((status: ChatMessage["status"], id = `reply-${++localIds}`) => dispatch({ type: "reply_settled", id, content: stream.take(), status }), [stream]);

  const runTurn = useCallback(
    async (body: { message?: string; retry?: boolean }, onRefused?: () => void) => {
      busy.current = true;
      dispatch({ type: "turn_started" });
      const abort = new AbortController();
      controller.current = abort;
      const userMessagesBefore = latest.current.messages.filter((message) => message.role === "user" && message.stored).length;
      let settled = false;
      let streaming = false;
      let openingUnstored = false;
      const handle = (event: TurnEvent) => {
        switch (event.type) {
          case "metadata":
            dispatch({ type: "metadata", event, noticeKey: Date.now() });
            break;
          case "token":
            if (!streaming) {
              dispatch({ type: "first_token" });
              observe.current.onReply?.();
            }
            streaming = true;
            stream.append(event.content);
            break;
          case "complete":
            settled = true;
            observe.current.onReply?.();
            settleReply("complete", event.message_id);
            // The opening line was shown before the round was stored: learn its id so Translate works on it.
            openingUnstored = latest.current.messages.some((message) => message.id === "opening");
            dispatch({ type: "turn_completed", score: event.score, conversationComplete: event.conversation_complete });
            break;
          case "error":
            settled = true;
            settleReply("error");
            observe.current.onFailure?.(event.code);
            dispatch({ type: "turn_failed", failure: { code: event.code, message: event.message, retryable: event.retryable, canRetry: true } });
            break;
          default:
            break; // Newer servers may add event types; this client ignores them.
        }
      };
      let response: Response | undefined;
      try {
        response = await fetch(`/api/v1/scenarios/${scenarioId}/message/stream`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
          signal: abort.signal,
        });
        if (!response.ok || !response.body) {
          const refusal = await apiFailure(response);
          onRefused?.();
          if (refusal.code === "nothing_to_retry" || refusal.code === "conversation_complete") await reload();
          dispatch({ type: "turn_failed", failure: refusal });
          return;
        }
        await readEventStream(response.body, handle, abort.signal);
        if (!settled) {
          settleReply("interrupted");
          dispatch({ type: "turn_failed", failure: CONNECTION_LOST });
        } else if (openingUnstored) await reload();
      } catch {
        if (response || abort.signal.aborted) {
          // Stop keeps the partial reply; anything else is a dropped connection worth a retry.
          settleReply("interrupted");
          if (!abort.signal.aborted) dispatch({ type: "turn_failed", failure: CONNECTION_LOST });
        } else {
          // No answer at all: whether the message was stored, only the server knows; its count of the learner's messages tells.
          const detail = await fetchDetail();
          const storedNow = detail?.messages.filter((message) => message.role === "user").length ?? 0;
          const stored = body.message === undefined || storedNow > userMessagesBefore;
          if (detail) dispatch({ type: "loaded", detail });
          if (!stored) onRefused?.();
          dispatch({ type: "turn_failed", failure: stored ? CONNECTION_LOST : OFFLINE });
        }
      } finally {
        controller.current = null;
        busy.current = false;
        dispatch({ type: "turn_ended" });
      }
    },
    [fetchDetail, reload, scenarioId, settleReply, stream],
  );

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

  const stop = useCallback(() => controller.current?.abort(), []);

  const restart = useCallback(async () => {
    controller.current?.abort();
    const response = await fetch(`/api/v1/scenarios/${scenarioId}/start`, { method: "POST" }).catch(() => null);
    if (!response) return dispatch({ type: "turn_failed", failure: { ...OFFLINE, message: "The server could not be reached, so the scene was not restarted. Try again." } });
    if (!response.ok) return dispatch({ type: "turn_failed", failure: await apiFailure(response) });
    dispatch({ type: "loaded", detail: (await response.json()) as ScenarioDetail });
    dispatch({ type: "notice_dismissed" });
    dispatch({ type: "hint_closed" });
  }, [scenarioId]);

  const coach = useSceneCoach(scenarioId, dispatch, latest);
  const dismissNotice = useCallback(() => dispatch({ type: "notice_dismissed" }), []);

  return { ...state, stream, send, retry, stop, restart, dismissNotice, coach };
}
