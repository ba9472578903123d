import { describe, expect, it } from "vitest";
import { encodeComment, encodeEvent } from "./encode";
import type { TurnEvent } from "./events";

const scriptedTurn: TurnEvent[] = [
  {
    type: "metadata",
    conversation_id: "c1",
    objectives_completed: [{ id: "order_drink", title: "Order a drink", points: 20, evidence: "ein Wasser" }],
    score_change: 20,
    score: 30,
  },
  { type: "token", content: "Gerne" },
  { type: "token", content: ", ein Wasser" },
  { type: "token", content: " für Sie! 😊" },
  { type: "complete", message_id: "m1", conversation_complete: false, score: 30 },
];

describe("encodeEvent", () => {
  it("pins the exact bytes of a scripted turn", () => {
    const wire = scriptedTurn.map((event, index) => encodeEvent(event, index + 1)).join("");
    expect(wire).toBe(
      'id: 1\ndata: {"type":"metadata","conversation_id":"c1","objectives_completed":[{"id":"order_drink","title":"Order a drink","points":20,"evidence":"ein Wasser"}],"score_change":20,"score":30}\n\n' +
        'id: 2\ndata: {"type":"token","content":"Gerne"}\n\n' +
        'id: 3\ndata: {"type":"token","content":", ein Wasser"}\n\n' +
        'id: 4\ndata: {"type":"token","content":" für Sie! 😊"}\n\n' +
        'id: 5\ndata: {"type":"complete","message_id":"m1","conversation_complete":false,"score":30}\n\n',
    );
  });

  it("omits the id line when no id is given", () => {
    expect(encodeEvent({ type: "token", content: "Hallo" })).toBe('data: {"type":"token","content":"Hallo"}\n\n');
    expect(encodeEvent({ type: "token", content: "x" }, "abc")).toBe('id: abc\ndata: {"type":"token","content":"x"}\n\n');
  });

  it("refuses an id that would break the frame", () => {
    expect(() => encodeEvent({ type: "token", content: "x" }, "1\ndata: {}")).toThrow(TypeError);
  });

  it("keeps newlines in content inside the single data line", () => {
    const frame = encodeEvent({ type: "token", content: "Zeile 1\nZeile 2\r\n" });
    expect(frame).toBe('data: {"type":"token","content":"Zeile 1\\nZeile 2\\r\\n"}\n\n');
    expect(frame.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("encodeComment", () => {
  it("frames a comment", () => {
    expect(encodeComment("ok")).toBe(": ok\n\n");
    expect(encodeComment("ping")).toBe(": ping\n\n");
  });

  it("cannot be broken out of by a newline", () => {
    expect(encodeComment("a\nb\r\nc")).toBe(": a b c\n\n");
  });
});
