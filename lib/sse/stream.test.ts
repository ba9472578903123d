import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeEvent } from "./encode";
import type { TurnEvent } from "./events";
import { createSseParser } from "./parse";
import { eventStreamResponseBody, INTERNAL_ERROR_EVENT, SSE_HEADERS } from "./stream";

const turn: TurnEvent[] = [
  { type: "metadata", conversation_id: "c1", objectives_completed: [], score_change: 0, score: 0 },
  { type: "token", content: "Guten" },
  { type: "token", content: " Tag" },
  { type: "token", content: "! Schön, Sie zu seh'n – ä ß €" },
  { type: "complete", message_id: "m1", conversation_complete: false, score: 0 },
];

const decoder = new TextDecoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
  return chunks;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  return (await readChunks(stream)).map((chunk) => decoder.decode(chunk));
}

async function* scripted(events: TurnEvent[], delayMs = 0): AsyncGenerator<TurnEvent, void, unknown> {
  for (const event of events) {
    if (delayMs) await sleep(delayMs);
    yield event;
  }
}

/** Wraps a generator to count next() calls and catch any overlap between them. */
function instrumented(inner: AsyncGenerator<TurnEvent, void, unknown>) {
  const stats = { nextCalls: 0, inFlight: 0, maxInFlight: 0 };
  const generator: AsyncGenerator<TurnEvent, void, unknown> = {
    async next() {
      stats.nextCalls++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        return await inner.next();
      } finally {
        stats.inFlight--;
      }
    },
    return: (value) => inner.return(value),
    throw: (error) => inner.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
    [Symbol.asyncDispose]: async () => {
      await inner.return();
    },
  };
  return { generator, stats };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("eventStreamResponseBody", () => {
  it("sends ': ok' first, then each event with incrementing ids, then closes", async () => {
    const chunks = await readAll(eventStreamResponseBody(scripted(turn)));
    expect(chunks[0]).toBe(": ok\n\n");
    expect(chunks.slice(1)).toEqual(turn.map((event, index) => encodeEvent(event, index + 1)));
    expect(chunks.join("")).toBe(": ok\n\n" + turn.map((event, index) => encodeEvent(event, index + 1)).join(""));
  });

  it("names ids with a prefix from a first number, so a resumed turn keeps its numbering", async () => {
    const chunks = await readAll(eventStreamResponseBody(scripted(turn.slice(3)), { idPrefix: "t1:", firstId: 4 }));
    expect(chunks.slice(1)).toEqual([encodeEvent(turn[3]!, "t1:4"), encodeEvent(turn[4]!, "t1:5")]);
  });

  it("sends a backlog with the opening comment in one write, then the generator's events numbered after it", async () => {
    const chunks = await readAll(eventStreamResponseBody(scripted(turn.slice(3)), { idPrefix: "t1:", firstId: 2, backlog: turn.slice(1, 3) }));
    expect(chunks).toEqual([": ok\n\n" + encodeEvent(turn[1]!, "t1:2") + encodeEvent(turn[2]!, "t1:3"), encodeEvent(turn[3]!, "t1:4"), encodeEvent(turn[4]!, "t1:5")]);
  });

  it("round-trips through the parser", async () => {
    const parser = createSseParser();
    const events: TurnEvent[] = [];
    for (const chunk of await readChunks(eventStreamResponseBody(scripted(turn)))) events.push(...parser.push(chunk));
    events.push(...parser.end());
    expect(events).toEqual(turn);
  });

  it("delivers ': ok' before the generator produces anything", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncGenerator<TurnEvent, void, unknown> {
      await gate;
      yield { type: "token", content: "spät" };
    }
    const reader = eventStreamResponseBody(slow(), { heartbeatMs: 0 }).getReader();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe(": ok\n\n");
    release();
    expect(decoder.decode((await reader.read()).value)).toBe('id: 1\ndata: {"type":"token","content":"spät"}\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it("is pull-based: the generator advances only as the consumer reads", async () => {
    const { generator, stats } = instrumented(scripted(turn));
    const reader = eventStreamResponseBody(generator).getReader();
    await reader.read(); // ": ok"
    await sleep(5);
    expect(stats.nextCalls).toBe(0);
    await reader.read();
    await sleep(5);
    expect(stats.nextCalls).toBe(1);
    await reader.read();
    await sleep(5);
    expect(stats.nextCalls).toBe(2);
    await reader.cancel();
  });

  it("sends heartbeats while the generator is slow, without stepping it twice at once", async () => {
    // 300 ms of waiting against a 15 ms heartbeat: a stalled CI process still sends 4 pings.
    const { generator, stats } = instrumented(scripted(turn.slice(0, 2), 150));
    const chunks = await readAll(eventStreamResponseBody(generator, { heartbeatMs: 15 }));
    expect(chunks.filter((chunk) => chunk === ": ping\n\n").length).toBeGreaterThanOrEqual(4);
    expect(chunks.filter((chunk) => chunk.startsWith("id:"))).toEqual([
      encodeEvent(turn[0]!, 1),
      encodeEvent(turn[1]!, 2),
    ]);
    expect(stats.maxInFlight).toBe(1);
    expect(stats.nextCalls).toBe(3);
  });

  it("sends a heartbeat after the default 15 s", async () => {
    vi.useFakeTimers();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* waiting(): AsyncGenerator<TurnEvent, void, unknown> {
      await gate;
    }
    const reader = eventStreamResponseBody(waiting()).getReader();
    await reader.read(); // ": ok"
    const next = reader.read();
    let settled = false;
    void next.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(decoder.decode((await next).value)).toBe(": ping\n\n");
    release();
    expect((await reader.read()).done).toBe(true);
  });

  it("cancel() runs the generator's finally and calls onCancel", async () => {
    const log: string[] = [];
    async function* engine(): AsyncGenerator<TurnEvent, void, unknown> {
      try {
        for (const event of turn) yield event;
      } finally {
        log.push("finally");
      }
    }
    const reader = eventStreamResponseBody(engine(), { onCancel: () => log.push("onCancel") }).getReader();
    await reader.read(); // ": ok"
    await reader.read(); // metadata
    await reader.cancel();
    await sleep(0);
    expect(log).toEqual(["onCancel", "finally"]);
  });

  it("cancel() during a pending step: onCancel aborts the upstream and finally runs", async () => {
    const upstream = new AbortController();
    const log: string[] = [];
    async function* engine(): AsyncGenerator<TurnEvent, void, unknown> {
      try {
        yield turn[0]!;
        // Stands in for waiting on the model's first token.
        await new Promise((_resolve, reject) => upstream.signal.addEventListener("abort", () => reject(upstream.signal.reason)));
        yield turn[1]!;
      } finally {
        log.push("finally");
      }
    }
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reader = eventStreamResponseBody(engine(), { heartbeatMs: 0, onCancel: () => upstream.abort() }).getReader();
    await reader.read(); // ": ok"
    await reader.read(); // metadata
    void reader.read(); // the stream now waits on the engine
    await sleep(5);
    await reader.cancel();
    await sleep(5);
    expect(log).toEqual(["finally"]);
    // The engine's abort after a disconnect is not a server error.
    expect(error).not.toHaveBeenCalled();
  });

  it("turns a throwing generator into a final error event without leaking details", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    async function* failing(): AsyncGenerator<TurnEvent, void, unknown> {
      yield turn[0]!;
      throw new Error("SQLITE_BUSY: secret/path/db.sqlite");
    }
    const chunks = await readAll(eventStreamResponseBody(failing()));
    expect(chunks).toEqual([": ok\n\n", encodeEvent(turn[0]!, 1), encodeEvent(INTERNAL_ERROR_EVENT, 2)]);
    expect(chunks.join("")).not.toMatch(/SQLITE|secret|at /);
    expect(INTERNAL_ERROR_EVENT).toEqual({
      type: "error",
      code: "internal",
      message: "Something went wrong on the server. Please try again.",
      retryable: true,
    });
    expect(error).toHaveBeenCalledOnce();
  });

  it("exports the SSE headers without Connection", () => {
    expect(SSE_HEADERS).toEqual({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    });
    expect(new Response("", { headers: SSE_HEADERS }).headers.get("connection")).toBeNull();
  });
});
