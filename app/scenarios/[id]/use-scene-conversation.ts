"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { readEventStream } from "@/lib/sse/parse";
import type { MetadataEvent, TurnEvent } from "@/lib/sse/events";
import type { ChatMessage, PointsNotice, ScenarioDetail, SceneObjective, TurnFailure } from "./scene-types";
import { useReplyStream } from "./reply-stream";

export type Phase = "idle" | "waiting" | "streaming";

/** Marks that the browser test reads back: input cleared, message painted, first token painted. */
export function markTiming(name: "input-cleared" | "user-message-painted" | "first-token-painted"): void {
  performance.mark(`alltag:${name}`);
}

function messagesFrom(detail: ScenarioDetail): ChatMessage[] {
  if (detail.messages.length === 0) return [{ id: "opening", role: "assistant", content: detail.scenario.opening_line, status: "complete" }];
  // Replies that failed or were cut off before any text have nothing to show.
  return detail.messages.filter((message) => message.content !== "").map(({ id, role, content, status }) => ({ id, role, content, status }));
}

/** After a reload, a last reply that failed still offers its Retry. */
function storedFailure(detail: ScenarioDetail): TurnFailure | null {
  const last = detail.messages.at(-1);
  if (last?.role !== "assistant" || last.status !== "error") return null;
  const name = detail.scenario.character.name;
  return { code: last.error_code ?? "llm_error", message: `${name}'s last reply failed (${last.error_code ?? "error"}). Retry to ask again.`, retryable: true, canRetry: true };
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

/** The scene's conversation as React state, fed by the streaming endpoint. */
export function useSceneConversation(initial: ScenarioDetail, observer: TurnObserver = {}) {
  const scenarioId = initial.scenario.id;
  const [messages, setMessages] = useState<ChatMessage[]>(() => messagesFrom(initial));
  const [objectives, setObjectives] = useState<SceneObjective[]>(initial.objectives);
  const [score, setScore] = useState(initial.score);
  const [complete, setComplete] = useState(initial.conversation_complete);
  const [phase, setPhase] = useState<Phase>("idle");
  const [failure, setFailure] = useState<TurnFailure | null>(() => storedFailure(initial));
  const [notice, setNotice] = useState<PointsNotice | null>(null);
  const controller = useRef<AbortController | null>(null);
  const busy = useRef(false);
  const stream = useReplyStream(() => markTiming("first-token-painted"));
  const observe = useRef(observer);
  useEffect(() => {
    observe.current = observer;
  });

  const load = useCallback((detail: ScenarioDetail) => {
    setMessages(messagesFrom(detail));
    setObjectives(detail.objectives);
    setScore(detail.score);
    setComplete(detail.conversation_complete);
    setFailure(storedFailure(detail));
  }, []);

  /** The scene as stored, or null when the server cannot be reached. */
  const fetchDetail = useCallback(async (): Promise<ScenarioDetail | null> => {
    const response = await fetch(`/api/v1/scenarios/${scenarioId}`, { cache: "no-store" }).catch(() => null);
    return response?.ok ? ((await response.json()) as ScenarioDetail) : null;
  }, [scenarioId]);

  const reload = useCallback(async () => {
    const detail = await fetchDetail();
    if (detail) load(detail);
  }, [fetchDetail, load]);

  // Leaving the scene stops the reply: Ollama serves one request at a time.
  useEffect(() => () => controller.current?.abort(), []);

  const applyMetadata = useCallback((event: MetadataEvent) => {
    setScore(event.score);
    const waiting = (event.objectives_waiting ?? []).map((held) => `“${held.title}” counts after ${held.after.map((title) => `“${title}”`).join(" or ")}`);
    if (event.objectives_completed.length === 0 && waiting.length === 0) return;
    const earned = new Map(event.objectives_completed.map((objective) => [objective.id, objective]));
    setObjectives((list) => list.map((objective) => (earned.has(objective.id) ? { ...objective, done: true, evidence: earned.get(objective.id)?.evidence ?? null } : objective)));
    setNotice({ key: Date.now(), points: event.score_change, titles: event.objectives_completed.map((objective) => objective.title), waiting });
  }, []);

  /** Moves the streamed text into the history with its final status. */
  const settleReply = useCallback(
    (status: ChatMessage["status"], id = `reply-${++localIds}`) => {
      const content = stream.take();
      if (!content) return;
      setMessages((list) => [...list, { id, role: "assistant", content, status }]);
    },
    [stream],
  );

  const runTurn = useCallback(
    async (body: { message?: string; retry?: boolean }, onRefused?: () => void) => {
      busy.current = true;
      setPhase("waiting");
      setFailure(null);
      const abort = new AbortController();
      controller.current = abort;
      let settled = false;
      let streaming = false;
      const handle = (event: TurnEvent) => {
        switch (event.type) {
          case "metadata":
            applyMetadata(event);
            break;
          case "token":
            if (!streaming) {
              setPhase("streaming");
              observe.current.onReply?.();
            }
            streaming = true;
            stream.append(event.content);
            break;
          case "complete":
            settled = true;
            observe.current.onReply?.();
            settleReply("complete", event.message_id);
            setScore(event.score);
            setComplete(event.conversation_complete);
            break;
          case "error":
            settled = true;
            settleReply("error");
            observe.current.onFailure?.(event.code);
            setFailure({ code: event.code, message: event.message, retryable: event.retryable, canRetry: true });
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
          setFailure(refusal);
          return;
        }
        await readEventStream(response.body, handle, abort.signal);
        if (!settled) {
          settleReply("interrupted");
          setFailure(CONNECTION_LOST);
        }
      } catch {
        if (response || abort.signal.aborted) {
          // Stop keeps the partial reply; anything else is a dropped connection worth a retry.
          settleReply("interrupted");
          if (!abort.signal.aborted) setFailure(CONNECTION_LOST);
        } else {
          // No answer at all: whether the message was stored, only the server knows.
          const detail = await fetchDetail();
          const stored = body.message === undefined || detail?.messages.findLast((message) => message.role === "user")?.content === body.message;
          if (detail) load(detail);
          if (!stored) onRefused?.();
          setFailure(stored ? CONNECTION_LOST : OFFLINE);
        }
      } finally {
        controller.current = null;
        busy.current = false;
        setPhase("idle");
      }
    },
    [applyMetadata, fetchDetail, load, reload, scenarioId, settleReply, stream],
  );

  /** Shows the learner's message at once, then streams the reply. Returns false if nothing was sent. */
  const send = useCallback(
    (raw: string, restoreInput: (text: string) => void): boolean => {
      const text = raw.trim();
      if (!text || busy.current || complete) return false;
      const id = `local-${++localIds}`;
      setMessages((list) => [...list, { id, role: "user", content: text, status: "complete" }]);
      // Refused before it was stored (too long, another tab mid-reply…): give the words back.
      void runTurn({ message: text }, () => {
        setMessages((list) => list.filter((message) => message.id !== id));
        restoreInput(text);
      });
      return true;
    },
    [complete, runTurn],
  );

  const retry = useCallback(() => {
    if (!busy.current) void runTurn({ retry: true });
  }, [runTurn]);

  const stop = useCallback(() => controller.current?.abort(), []);

  const restart = useCallback(async () => {
    controller.current?.abort();
    const response = await fetch(`/api/v1/scenarios/${scenarioId}/start`, { method: "POST" }).catch(() => null);
    if (!response) return setFailure({ ...OFFLINE, message: "The server could not be reached, so the scene was not restarted. Try again." });
    if (!response.ok) return setFailure(await apiFailure(response));
    load((await response.json()) as ScenarioDetail);
    setNotice(null);
  }, [load, scenarioId]);

  return { messages, stream, objectives, score, complete, phase, failure, notice, send, retry, stop, restart, dismissNotice: () => setNotice(null) };
}
