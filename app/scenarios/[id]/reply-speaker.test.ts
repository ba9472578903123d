import { describe, expect, it } from "vitest";
import { ReplySpeaker } from "./reply-speaker";
import { ReplyStream, type FrameClock } from "./reply-stream";
import type { SpeechCallbacks, SpeechEngine } from "./speech-engines";

/** An engine that records sentences and lets the test say when each starts and ends, like speechSynthesis's queue. */
class RecordingEngine implements SpeechEngine {
  readonly said: string[] = [];
  readonly queue: SpeechCallbacks[] = [];
  cancelled = 0;
  speak(text: string, callbacks: SpeechCallbacks): void {
    this.said.push(text);
    this.queue.push(callbacks);
  }
  pause(): void {}
  resume(): void {}
  cancel(): void {
    this.cancelled += 1;
    this.queue.length = 0;
  }
  /** The engine starts its next sentence. */
  start(): SpeechCallbacks {
    const next = this.queue[0]!;
    next.onStart();
    return next;
  }
  finish(): void {
    this.queue.shift()!.onEnd();
  }
}

const noFrames: FrameClock = { request: () => 0, cancel: () => {}, now: () => 0 };

function setUp() {
  const stream = new ReplyStream(undefined, noFrames);
  const engine = new RecordingEngine();
  const errors: string[] = [];
  const speaker = new ReplySpeaker(engine, stream, (message) => errors.push(message));
  return { stream, engine, speaker, errors };
}

describe("ReplySpeaker", () => {
  it("queues one utterance per sentence, in order, as soon as each is complete", () => {
    const { engine, speaker } = setUp();
    speaker.read(1, "Guten Tag", false);
    expect(engine.said).toEqual([]);
    speaker.read(1, "Guten Tag! Wir haben z. B. Sch", false);
    expect(engine.said).toEqual(["Guten Tag!"]);
    speaker.read(1, "Guten Tag! Wir haben z. B. Schnitzel. Am 3. Mai ", false);
    expect(engine.said).toEqual(["Guten Tag!", "Wir haben z. B. Schnitzel."]);
    speaker.read(1, "Guten Tag! Wir haben z. B. Schnitzel. Am 3. Mai ist zu.", true);
    expect(engine.said).toEqual(["Guten Tag!", "Wir haben z. B. Schnitzel.", "Am 3. Mai ist zu."]);
  });

  it("a continued reply skips the sentences read before it was cut off, and reads the one it completes", () => {
    const { engine, speaker } = setUp();
    const earlier = "Guten Tag! Heute gibt es Suppe. Wir hab";
    speaker.read(2, earlier + "en Schnitzel.", true, earlier.length);
    expect(engine.said).toEqual(["Wir haben Schnitzel."]);
  });

  it("marks the sentence being spoken on the stream, and clears it when all is said", () => {
    const { stream, engine, speaker } = setUp();
    const text = "Guten Tag! Was darf es sein?";
    speaker.read(1, text, true);
    engine.start();
    expect(stream.getSpoken()).toEqual({ reply: 1, start: 0, end: 10 });
    engine.finish();
    engine.start();
    expect(stream.getSpoken()).toEqual({ reply: 1, start: 11, end: text.length });
    engine.finish();
    expect(stream.getSpoken()).toBeNull();
  });

  it("lets the text follow the voice: up to the sentence being spoken, then everything", () => {
    const { engine, speaker } = setUp();
    speaker.read(1, "Guten Tag! Was darf es sein? Wir", false);
    expect(speaker.limit()).toBe(0);
    engine.start();
    expect(speaker.limit()).toBe(10);
    engine.finish();
    speaker.read(1, "Guten Tag! Was darf es sein? Wir haben Suppe.", true);
    engine.start();
    expect(speaker.limit()).toBe(28);
    engine.finish();
    engine.start();
    engine.finish();
    expect(speaker.limit()).toBe(Infinity);
  });

  it("a new reply cuts the old one off; Stop silences the rest", () => {
    const { stream, engine, speaker } = setUp();
    speaker.read(1, "Eins. Zwei. Drei.", true);
    const old = engine.start();
    speaker.read(2, "Neu. ", false);
    expect(engine.cancelled).toBeGreaterThan(0);
    old.onStart();
    expect(stream.getSpoken()).toBeNull();
    speaker.read(2, "Neu. Und mehr", false);
    expect(engine.said.at(-1)).toBe("Neu.");
    speaker.stop();
    speaker.read(2, "Neu. Und mehr. Noch mehr.", true);
    expect(engine.said.at(-1)).toBe("Neu.");
    expect(speaker.limit()).toBe(Infinity);
  });

  it("reports a failure once and lets the text run free", () => {
    const { engine, speaker, errors } = setUp();
    speaker.read(1, "Eins. Zwei.", true);
    engine.start().onError("The browser could not speak (synthesis-failed).");
    expect(errors).toEqual(["The browser could not speak (synthesis-failed)."]);
    expect(speaker.limit()).toBe(Infinity);
  });
});
