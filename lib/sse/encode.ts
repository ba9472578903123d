import type { TurnEvent } from "./events";

/** One SSE frame: an optional `id:` line, then the event as compact JSON on a single `data:` line. */
export function encodeEvent(event: TurnEvent, id?: number | string): string {
  // JSON.stringify never emits a raw newline (they are escaped), so one data line always suffices.
  const data = `data: ${JSON.stringify(event)}\n\n`;
  if (id === undefined) return data;
  // A line break in the id would end the field early and let the rest be read as another field.
  if (/[\r\n]/.test(String(id))) throw new TypeError("An SSE event id cannot contain a line break");
  return `id: ${id}\n${data}`;
}

/** An SSE comment: ignored by parsers, used for the opening byte and heartbeats. */
export function encodeComment(text: string): string {
  // A newline inside the text would end the comment and start a field; keep it on one line.
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}
