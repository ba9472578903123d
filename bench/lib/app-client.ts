import { performance } from "node:perf_hooks";
import { createSseParser } from "../../lib/sse/parse";
import type { TurnEvent } from "../../lib/sse/events";
import { RESTART_AFTER_TURNS, type Slot, type SlotPool } from "./slots";

/** What one streamed turn looked like from the client, in this process's performance.now() ms. */
export type TurnRecord = {
  message: string;
  status: number;
  startedAt: number;
  headersAt?: number;
  firstByteAt?: number;
  /** Arrival time of each `token` frame (the time its network chunk was read). */
  tokenAt: number[];
  endedAt?: number;
  /** `complete` or `error`, as the stream ended. */
  outcome?: "complete" | "error";
  errorBody?: string;
  objectivesEarned: number;
  conversationComplete: boolean;
  bodyBytes: number;
  abortedAt?: number;
  /** Resumable turns: the turn's id from the metadata, for `Last-Event-ID: <turnId>:<n>`. */
  turnId?: string;
};

export type StreamOptions = {
  message: string;
  /** Abort once the first byte of the body (the `: ok` comment) arrived. */
  abortAfterFirstByte?: boolean;
  /** Abort once this many tokens arrived. */
  abortAfterTokens?: number;
  /** Abort when this fires. */
  abortSignal?: AbortSignal;
  /** Ask for a resumable turn: it runs apart from the request, which is only its first subscriber. */
  resumable?: boolean;
};

export type StreamTurn = (slot: Slot, options: StreamOptions) => Promise<TurnRecord>;

/** Reads an SSE body into `record` until it ends or `shouldStop` says so. */
async function readTurn(body: ReadableStream<Uint8Array>, record: TurnRecord, slot: Slot, shouldStop: () => boolean): Promise<void> {
  const reader = body.getReader();
  const parser = createSseParser();
  const handle = (event: TurnEvent, at: number) => {
    if (event.type === "token") record.tokenAt.push(at);
    else if (event.type === "metadata") {
      record.objectivesEarned += event.objectives_completed.length;
      record.turnId = event.turn_id;
    }
    else if (event.type === "complete") {
      record.outcome = "complete";
      record.conversationComplete = event.conversation_complete;
      // A finished scene refuses further turns: start it over before the next one.
      if (event.conversation_complete) slot.turnsSinceStart = RESTART_AFTER_TURNS;
    } else if (event.type === "error") record.outcome = "error";
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const at = performance.now();
      if (done) break;
      record.firstByteAt ??= at;
      record.bodyBytes += value.byteLength;
      for (const event of parser.push(value)) handle(event, at);
      if (shouldStop()) return;
    }
    for (const event of parser.end()) handle(event, performance.now());
  } finally {
    reader.releaseLock();
  }
}

/** How a turn authenticates: an API token, or the session cookie and same-origin headers a browser sends. */
export type TurnAuth = "token" | "session";

export function authHeaders(url: string, account: Slot["account"], via: TurnAuth): Record<string, string> {
  if (via === "token") return { Authorization: `Bearer ${account.token}` };
  return { Cookie: account.sessionCookie, Origin: url, "Sec-Fetch-Site": "same-origin" };
}

/** A streaming-turn client over fetch (undici), the same HTTP stack the ollama client uses for the baseline. */
export function appStreamer(url: string, via: TurnAuth = "token"): StreamTurn {
  return async (slot, options) => {
    const controller = new AbortController();
    const record: TurnRecord = { message: options.message, status: 0, startedAt: performance.now(), tokenAt: [], objectivesEarned: 0, conversationComplete: false, bodyBytes: 0 };
    const abort = () => {
      if (record.abortedAt !== undefined) return;
      record.abortedAt = performance.now();
      controller.abort();
    };
    const shouldStop = () => {
      const enough = options.abortAfterFirstByte || (options.abortAfterTokens !== undefined && record.tokenAt.length >= options.abortAfterTokens);
      if (enough) abort();
      return record.abortedAt !== undefined;
    };
    if (options.abortSignal?.aborted) abort();
    options.abortSignal?.addEventListener("abort", abort, { once: true });
    try {
      const response = await fetch(`${url}/api/v1/scenarios/${slot.scenarioId}/message/stream`, {
        method: "POST",
        headers: { ...authHeaders(url, slot.account, via), "Content-Type": "application/json" },
        body: JSON.stringify(options.resumable ? { message: options.message, resumable: true } : { message: options.message }),
        signal: controller.signal,
      });
      record.headersAt = performance.now();
      record.status = response.status;
      if (!response.ok || !response.body) record.errorBody = await response.text();
      else {
        slot.turnsSinceStart++;
        await readTurn(response.body, record, slot, shouldStop);
      }
    } catch (error) {
      if (record.abortedAt === undefined) throw error;
    } finally {
      record.endedAt = performance.now();
      options.abortSignal?.removeEventListener("abort", abort);
    }
    return record;
  };
}

/** Throws unless the turn streamed to a `complete` frame. */
export function assertCompleted(record: TurnRecord): TurnRecord {
  if (record.status !== 200) throw new Error(`turn refused: HTTP ${record.status}: ${record.errorBody ?? ""}`);
  if (record.outcome !== "complete") throw new Error(`turn ended with ${record.outcome ?? "no final event"}`);
  return record;
}

/** Streams a turn on a slot, starting its scene over first when it is long or finished. */
export function turnRunner(url: string, pool: SlotPool, via: TurnAuth = "token"): StreamTurn {
  const stream = appStreamer(url, via);
  return async (slot, options) => {
    await pool.ready(slot);
    for (let attempt = 1; ; attempt++) {
      const record = await stream(slot, options);
      const refusal = record.status === 409 ? record.errorBody ?? "" : "";
      if (refusal.includes("conversation_complete")) await pool.restart(slot);
      // The previous turn on this conversation may still be settling after a cancel.
      else if (refusal.includes("turn_in_progress") && attempt < 50) await new Promise((resolve) => setTimeout(resolve, 20));
      else return record;
    }
  };
}
