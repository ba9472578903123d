import { describe, expect, it } from "vitest";
import { encodeEvent } from "./encode";
import type { TurnEvent } from "./events";
import { createSseParser, readEventStream } from "./parse";

const reply = "Grüß Gott! Ein Weißbier für 4,50 € 🍺 – möchten Sie auch etwas essen? 👨‍🍳";
const replyTokens = ["Grüß", " Gott", "!", " Ein", " Weißbier", " für", " 4,50 €", " 🍺", " – möchten", " Sie auch etwas essen?", " 👨‍🍳"];

const metadata: TurnEvent = {
  type: "metadata",
  conversation_id: "c-ä",
  objectives_completed: [{ id: "greet", title: "Greet", points: 10, evidence: "Grüß Gott" }],
  score_change: 10,
  score: 10,
};
const complete: TurnEvent = { type: "complete", message_id: "m1", conversation_complete: false, score: 10 };

/** A stream that uses every feature the parser must cope with, and the events it must yield. */
function buildFixture(): { wire: string; expected: unknown[] } {
  const tokenFrames = replyTokens.map((content, index) => {
    const frame = encodeEvent({ type: "token", content }, index + 2);
    // Vary the line endings: LF, CRLF and lone CR.
    if (index % 3 === 1) return frame.replace(/\n/g, "\r\n");
    if (index % 3 === 2) return frame.replace(/\n/g, "\r");
    return frame;
  });
  const wire = [
    "\uFEFF: ok\n\n", // a BOM is allowed at the very start
    "retry: 3000\nevent: message\n",
    encodeEvent(metadata, 1),
    ": ping\r\n\r\n",
    ...tokenFrames.slice(0, 4),
    // Multi-line data is joined with "\n", which JSON reads as whitespace.
    'id: 99\ndata: {"type":"token",\ndata:  "content":" (mehrzeilig)"}\n\n',
    "data: not json\n\n",
    "data: [1,2,3]\n\n",
    'data: {"kind":"token"}\n\n',
    'data:{"type":"future_event","payload":{"ö":1}}\r\n\r\n', // no space after the colon; unknown type
    "unknownfield\nid\n\n", // a field without a colon, then an empty frame: nothing to dispatch
    ...tokenFrames.slice(4),
    encodeEvent(complete, 100),
  ].join("");
  const expected = [
    metadata,
    ...replyTokens.slice(0, 4).map((content) => ({ type: "token", content })),
    { type: "token", content: " (mehrzeilig)" },
    { type: "future_event", payload: { ö: 1 } },
    ...replyTokens.slice(4).map((content) => ({ type: "token", content })),
    complete,
  ];
  return { wire, expected };
}

function parseChunks(chunks: Uint8Array[]): TurnEvent[] {
  const parser = createSseParser();
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  return [...events, ...parser.end()];
}

function tokenText(events: TurnEvent[]): string {
  return events.map((event) => (event.type === "token" ? event.content : "")).join("");
}

describe("createSseParser", () => {
  const { wire, expected } = buildFixture();
  const bytes = new TextEncoder().encode(wire);
  const head = replyTokens.slice(0, 4).join("");
  const expectedText = head + " (mehrzeilig)" + reply.slice(head.length);

  it("parses the whole stream in one chunk", () => {
    const events = parseChunks([bytes]);
    expect(events).toEqual(expected);
    expect(tokenText(events)).toBe(expectedText);
  });

  it("sanity: the fixture holds multi-byte characters and all line endings", () => {
    expect(bytes.length).toBeGreaterThan(wire.length);
    expect(wire).toMatch(/\r\n/);
    expect(wire).toMatch(/\r[^\n]/);
    expect(replyTokens.join("")).toBe(reply);
  });

  it("gives the same events for every possible two-chunk split", () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const events = parseChunks([bytes.subarray(0, cut), bytes.subarray(cut)]);
      if (JSON.stringify(events) !== JSON.stringify(expected)) {
        expect(events, `split at byte ${cut}`).toEqual(expected);
      }
    }
  });

  it("gives the same events when fed one byte at a time", () => {
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const events = parseChunks(chunks);
    expect(events).toEqual(expected);
    expect(tokenText(events)).toBe(expectedText);
  });

  it("gives the same events for random many-chunk splits", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const chunks: Uint8Array[] = [];
      for (let start = 0; start < bytes.length; ) {
        const size = 1 + Math.floor(random() * 12);
        chunks.push(bytes.subarray(start, start + size));
        start += size;
      }
      expect(parseChunks(chunks)).toEqual(expected);
    }
  });

  it("accepts string chunks", () => {
    const parser = createSseParser();
    const events = [...wire].flatMap((character) => parser.push(character));
    expect([...events, ...parser.end()]).toEqual(expected);
  });

  it("records the last event id", () => {
    const parser = createSseParser();
    expect(parser.lastEventId).toBe("");
    parser.push(bytes);
    expect(parser.lastEventId).toBe("100");
  });

  it("gives each event the id it was sent under, not an id whose frame is still incomplete", () => {
    const parser = createSseParser();
    expect(parser.push('id: t:1\ndata: {"type":"token","content":"a"}\n\ndata: {"type":"token","content":"b"}\n\nid: t:3\ndata: {"type":"tok')).toHaveLength(2);
    expect(parser.eventIds).toEqual(["t:1", "t:1"]);
    expect(parser.lastEventId).toBe("t:3");
    expect(parser.push('en","content":"c"}\n\n')).toHaveLength(1);
    expect(parser.eventIds).toEqual(["t:3"]);
  });

  it("delivers a final frame that lacks its blank line at end(), but drops a truncated one", () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"token","content":"a"}\n')).toEqual([]);
    expect(parser.end()).toEqual([{ type: "token", content: "a" }]);

    const truncated = createSseParser();
    expect(truncated.push('data: {"type":"token","content":"a"')).toEqual([]);
    expect(truncated.end()).toEqual([]);
  });

  it("does not dispatch before the blank line arrives", () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"token","content":"a"}\n')).toEqual([]);
    expect(parser.push("\n")).toEqual([{ type: "token", content: "a" }]);
  });
});

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe("readEventStream", () => {
  const { wire, expected } = buildFixture();
  const bytes = new TextEncoder().encode(wire);

  it("reads a whole stream and resolves at its end", async () => {
    const events: TurnEvent[] = [];
    await readEventStream(streamOf([bytes.subarray(0, 7), bytes.subarray(7, 200), bytes.subarray(200)]), (event) =>
      events.push(event),
    );
    expect(events).toEqual(expected);
  });

  it("hands each event its id", async () => {
    const seen: string[] = [];
    await readEventStream(streamOf([new TextEncoder().encode('id: t:1\ndata: {"type":"token","content":"a"}\n\nid: t:2\ndata: {"type":"token","content":"b"}\n\n')]), (event, id) => seen.push(`${id}=${event.type}`));
    expect(seen).toEqual(["t:1=token", "t:2=token"]);
  });

  it("rejects on abort and delivers nothing after it", async () => {
    const controller = new AbortController();
    let streamController!: ReadableStreamDefaultController<Uint8Array>;
    let cancelledWith: unknown;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        streamController = c;
      },
      cancel(reason) {
        cancelledWith = reason;
      },
    });
    const events: TurnEvent[] = [];
    const reading = readEventStream(body, (event) => events.push(event), controller.signal);
    streamController.enqueue(new TextEncoder().encode(encodeEvent({ type: "token", content: "Hallo" })));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(events).toEqual([{ type: "token", content: "Hallo" }]);
    expect(cancelledWith).toMatchObject({ name: "AbortError" });
  });

  it("cancels the stream when the handler throws", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(encodeEvent({ type: "token", content: "x" })));
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(
      readEventStream(body, () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(cancelled).toBe(true);
  });
});
