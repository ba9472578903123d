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
}

const TIMED_OUT = Symbol("timed out");

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
  let nextId = 1;
  let cancelled = false;
  // The in-flight next(): kept across heartbeats so the generator is never stepped twice at once.
  let pending: Promise<IteratorResult<TurnEvent, void>> | undefined;

  const enqueueEvent = (controller: ReadableStreamDefaultController<Uint8Array>, event: TurnEvent) =>
    controller.enqueue(encoder.encode(encodeEvent(event, nextId++)));

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // Lets headers and a first byte reach the client while the model is still loading.
        controller.enqueue(encoder.encode(encodeComment("ok")));
      },
      async pull(controller) {
        try {
          pending ??= events.next();
          const step = await withTimeout(pending, heartbeatMs);
          if (cancelled) return;
          if (step === TIMED_OUT) {
            controller.enqueue(encoder.encode(encodeComment("ping")));
          } else if (step.done) {
            pending = undefined;
            controller.close();
          } else {
            pending = undefined;
            enqueueEvent(controller, step.value);
          }
        } catch (error) {
          pending = undefined;
          // After a disconnect the engine owns its cleanup; there is nobody left to tell.
          if (cancelled) return;
          console.error("[sse] turn generator failed", error);
          enqueueEvent(controller, INTERNAL_ERROR_EVENT);
          controller.close();
        }
      },
      cancel() {
        cancelled = true;
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

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  if (!(ms > 0 && Number.isFinite(ms))) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
