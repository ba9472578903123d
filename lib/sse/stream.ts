import { encodeComment, encodeEvent } from "./encode";
import type { ErrorEvent, TurnEvent } from "./events";

/** Response headers for an event stream. No `Connection` header: some runtimes reject it. */
export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform keeps Next and proxies from compressing (and so buffering) the stream.
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const satisfies Record<string, string>;

export const DEFAULT_HEARTBEAT_MS = 15_000;

/** What the client sees when the generator throws; details stay in the server log. */
export const INTERNAL_ERROR_EVENT: Readonly<ErrorEvent> = Object.freeze({
  type: "error",
  code: "internal",
  message: "Something went wrong on the server. Please try again.",
  retryable: true,
});

export interface EventStreamOptions {
  /** Send `: ping` after this long without an event; 0 or Infinity turns heartbeats off. */
  heartbeatMs?: number;
  /** Called once when the client goes away (the stream is cancelled), before the generator's return(). */
  onCancel?: () => void;
  /** Event ids are `${idPrefix}${n}` from n = firstId (default 1): a resumed turn keeps its numbering. */
  idPrefix?: string;
  firstId?: number;
  /** Events already known (a replay): sent with the opening comment in one write, numbered from firstId, before the generator's. */
  backlog?: readonly TurnEvent[];
}

/**
 * Turns a turn's event generator into an SSE response body. Pull-based: the generator only advances
 * when the consumer reads, so a slow client holds back the engine instead of filling memory.
 *
 * On cancel (client disconnect) it calls `onCancel` and the generator's `return()`. An async
 * generator handles `return()` only once its pending step settles, so its `finally` runs at its next
 * `yield`: use `onCancel` to abort the upstream request so that happens promptly.
 */
export function eventStreamResponseBody(
  events: AsyncGenerator<TurnEvent, void, unknown>,
  options: EventStreamOptions = {},
): ReadableStream<Uint8Array> {
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const encoder = new TextEncoder();
  let nextId = options.firstId ?? 1;
  const idPrefix = options.idPrefix ?? "";
  let cancelled = false;
  let lastWrite = Date.now();
  // One timer per stream, not one per event: it only speaks up after heartbeatMs of silence.
  let heartbeat: ReturnType<typeof setTimeout> | undefined;

  const write = (controller: ReadableStreamDefaultController<Uint8Array>, text: string) => {
    controller.enqueue(encoder.encode(text));
    lastWrite = Date.now();
  };
  const stopHeartbeat = () => clearTimeout(heartbeat);
  const startHeartbeat = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (!(heartbeatMs > 0 && Number.isFinite(heartbeatMs))) return;
    const beat = () => {
      const idle = Date.now() - lastWrite;
      try {
        if (idle >= heartbeatMs) write(controller, encodeComment("ping"));
      } catch {
        return; // The stream is already closed: nothing left to keep alive.
      }
      heartbeat = setTimeout(beat, idle >= heartbeatMs ? heartbeatMs : heartbeatMs - idle);
    };
    heartbeat = setTimeout(beat, heartbeatMs);
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // Lets headers and a first byte reach the client while the model is still loading.
        // A replayed backlog goes out in the same write: one chunk instead of one per event.
        write(controller, encodeComment("ok") + (options.backlog ?? []).map((event) => encodeEvent(event, `${idPrefix}${nextId++}`)).join(""));
        startHeartbeat(controller);
      },
      async pull(controller) {
        try {
          const step = await events.next();
          if (cancelled) return;
          if (step.done) {
            stopHeartbeat();
            controller.close();
          } else {
            write(controller, encodeEvent(step.value, `${idPrefix}${nextId++}`));
          }
        } catch (error) {
          stopHeartbeat();
          // After a disconnect the engine owns its cleanup; there is nobody left to tell.
          if (cancelled) return;
          console.error("[sse] turn generator failed", error);
          write(controller, encodeEvent(INTERNAL_ERROR_EVENT, `${idPrefix}${nextId++}`));
          controller.close();
        }
      },
      cancel() {
        cancelled = true;
        stopHeartbeat();
        try {
          options.onCancel?.();
        } catch (error) {
          console.error("[sse] onCancel failed", error);
        }
        // Not awaited: it waits for the generator's pending step, which may be a stalled upstream.
        events.return(undefined).catch((error: unknown) => {
          console.error("[sse] turn generator failed while closing", error);
        });
      },
    },
    // highWaterMark 0: never read ahead of the consumer.
    { highWaterMark: 0 },
  );
}
