import { describe, expect, it } from "vitest";
import { ReplySpeaker } from "./reply-speaker";
import { ReplyStream, type FrameClock } from "./reply-stream";
import type { SpeechCallbacks, SpeechEngine } from "./speech-engines";
import { voiceHoldFor } from "./use-speech";

/** An engine that records what it was told, like speechSynthesis: pause holds it until resume, even across cancel. */
class RecordingEngine implements SpeechEngine {
  readonly queue: SpeechCallbacks[] = [];
  paused = false;
  cancelled = 0;
  speak(_text: string, callbacks: SpeechCallbacks): void {
    this.queue.push(callbacks);
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  cancel(): void {
    this.cancelled += 1;
    this.queue.length = 0;
  }
}

const noFrames: FrameClock = { request: () => 0, cancel: () => {}, now: () => 0 };

/** A reply whose text has all shown (the stream is empty again) while the voice still reads its first sentence. */
function readingAfterTheText() {
  const stream = new ReplyStream(undefined, noFrames);
  const engine = new RecordingEngine();
  const speaker = new ReplySpeaker(engine, stream, () => {});
  const hold = voiceHoldFor(stream);
  hold.attach(speaker);
  speaker.read(1, "Guten Tag! Was darf es sein?", true);
  engine.queue[0]!.onStart();
  return { stream, engine, hold };
}

describe("the voice hold", () => {
  it("pauses and resumes the voice once the stream has nothing left to pause", () => {
    const { stream, engine, hold } = readingAfterTheText();
    stream.pause();
    expect(engine.paused).toBe(false);
    hold.pause();
    expect(engine.paused).toBe(true);
    expect(hold.isPaused()).toBe(true);
    hold.resume();
    expect(engine.paused).toBe(false);
  });

  it("stops the voice, and leaves the engine unpaused for the next reply", () => {
    const { stream, engine, hold } = readingAfterTheText();
    hold.pause();
    hold.stop();
    expect(engine.cancelled).toBeGreaterThan(0);
    expect(engine.paused).toBe(false);
    expect(hold.isPaused()).toBe(false);
    expect(stream.getSpoken()).toBeNull();
  });

  it("belongs to one stream, and lets a new speaker start unpaused", () => {
    const { stream, engine, hold } = readingAfterTheText();
    expect(voiceHoldFor(stream)).toBe(hold);
    expect(voiceHoldFor(new ReplyStream(undefined, noFrames))).not.toBe(hold);
    hold.pause();
    hold.attach(null);
    expect(engine.paused).toBe(false);
    expect(hold.isAttached()).toBe(false);
  });
});
