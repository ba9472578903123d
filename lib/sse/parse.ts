import type { TurnEvent } from "./events";

export interface SseParser {
  /** Feeds the next chunk of the stream; returns the events completed by it, in order. */
  push(chunk: Uint8Array | string): TurnEvent[];
  /** Call once at end of stream: flushes the decoder and any frame that lacked its closing blank line. */
  end(): TurnEvent[];
  /** The last `id:` seen; "" until one arrives. */
  readonly lastEventId: string;
  /** The id each event of the latest push() or end() was sent under, in order: where a reconnect resumes. */
  readonly eventIds: readonly string[];
}

const LF = 10;
const CR = 13;

/**
 * Incremental parser for our `text/event-stream` (WHATWG SSE rules), usable in the browser and on the
 * server. Frames, lines and multi-byte characters may be cut anywhere between chunks.
 *
 * Events come back as parsed JSON objects with a string `type`. Unknown `type` values are passed
 * through on purpose (the wire may grow new event types; consumers ignore what they don't know),
 * so a `switch` over `TurnEvent["type"]` needs a default branch.
 */
export function createSseParser(): SseParser {
  const decoder = new TextDecoder("utf-8");
  let pendingLine = "";
  // A CR that ended the previous chunk may be the first half of a CRLF.
  let skipLeadingLf = false;
  let dataLines: string[] = [];
  let lastEventId = "";
  let eventIds: string[] = [];

  function dispatch(out: TurnEvent[]): void {
    if (dataLines.length === 0) return;
    const event = toTurnEvent(dataLines.join("\n"));
    dataLines = [];
    if (!event) return;
    out.push(event);
    eventIds.push(lastEventId);
  }

  function processLine(line: string, out: TurnEvent[]): void {
    if (line === "") {
      dispatch(out);
      return;
    }
    if (line.startsWith(":")) return; // comment or heartbeat
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") dataLines.push(value);
    else if (field === "id" && !value.includes("\0")) lastEventId = value;
    // `event:`, `retry:` and unknown fields carry nothing our wire needs.
  }

  function processText(text: string): TurnEvent[] {
    const out: TurnEvent[] = [];
    eventIds = [];
    if (text === "") return out;
    if (skipLeadingLf && text.charCodeAt(0) === LF) text = text.slice(1);
    skipLeadingLf = false;
    // Only the new text can hold a line break: the pending part was scanned already.
    const buffer = pendingLine + text;
    let lineStart = 0;
    for (let index = pendingLine.length; index < buffer.length; index++) {
      const code = buffer.charCodeAt(index);
      if (code !== LF && code !== CR) continue;
      processLine(buffer.slice(lineStart, index), out);
      if (code === CR) {
        if (index + 1 === buffer.length) skipLeadingLf = true;
        else if (buffer.charCodeAt(index + 1) === LF) index++;
      }
      lineStart = index + 1;
    }
    pendingLine = buffer.slice(lineStart);
    return out;
  }

  return {
    push(chunk) {
      return processText(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    },
    end() {
      const out = processText(decoder.decode());
      // Deliberately more lenient than EventSource: a stream that closed without the final blank
      // line still delivers its last frame. A truncated frame cannot parse as a JSON object, so it
      // is dropped rather than misread.
      if (pendingLine !== "") processLine(pendingLine, out);
      pendingLine = "";
      dispatch(out);
      skipLeadingLf = false;
      return out;
    },
    get lastEventId() {
      return lastEventId;
    },
    get eventIds() {
      return eventIds;
    },
  };
}

function toTurnEvent(data: string): TurnEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  if (typeof (value as { type?: unknown }).type !== "string") return undefined;
  return value as TurnEvent;
}

/**
 * Reads a whole event stream (a fetch body), calling `onEvent` for each event in order, with the id it came under.
 * Resolves when the stream ends; rejects with the signal's reason once `signal` aborts (like fetch),
 * and no event is delivered after the abort.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: TurnEvent, id: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const reader = body.getReader();
  const parser = createSseParser();
  // Cancelling settles a pending read() with done: true, so the loop below wakes up at once.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener("abort", onAbort, { once: true });
  const deliver = (events: TurnEvent[]) => {
    const ids = parser.eventIds;
    events.forEach((event, index) => {
      signal?.throwIfAborted();
      onEvent(event, ids[index] ?? "");
    });
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      deliver(parser.push(value));
    }
    deliver(parser.end());
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    reader.releaseLock();
  }
}
