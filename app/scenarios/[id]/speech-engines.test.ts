import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CLIPS_AHEAD, ServerVoice, type SpeechCallbacks } from "./speech-engines";

/** A clip request the test answers (or the engine aborts) when it chooses. */
type PendingClip = { text: string; answer: () => void; signal: AbortSignal };

let requests: PendingClip[];
let playing: Set<FakeAudio>;
let mostAtOnce: number;
let revoked: string[];

/** An <audio> that plays until the test ends it; it counts how many play at once. */
class FakeAudio {
  onended: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly src: string) {}
  play(): Promise<void> {
    playing.add(this);
    mostAtOnce = Math.max(mostAtOnce, playing.size);
    return Promise.resolve();
  }
  pause(): void {
    playing.delete(this);
  }
  end(): void {
    playing.delete(this);
    this.onended?.();
  }
}

function fakeFetch(_url: string, init: RequestInit): Promise<Response> {
  const signal = init.signal!;
  const { text } = JSON.parse(String(init.body)) as { text: string };
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException("The operation was aborted.", "AbortError"));
    signal.addEventListener("abort", abort);
    requests.push({ text, signal, answer: () => resolve(new Response(new Blob([text], { type: "audio/wav" }))) });
  });
}

const quiet: SpeechCallbacks = { onStart: () => {}, onEnd: () => {}, onError: () => {} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  requests = [];
  playing = new Set();
  mostAtOnce = 0;
  revoked = [];
  vi.stubGlobal("fetch", fakeFetch);
  vi.stubGlobal("Audio", FakeAudio);
  const revoke = URL.revokeObjectURL.bind(URL);
  vi.spyOn(URL, "revokeObjectURL").mockImplementation((url: string) => {
    revoked.push(url);
    revoke(url);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("ServerVoice", () => {
  it("plays one clip at a time after a restart cut off a clip still being fetched", async () => {
    const voice = new ServerVoice();
    voice.speak("Alt.", quiet);
    // A new reply: cancel and speak in the same tick, then its next sentence.
    voice.cancel();
    voice.speak("Erstens.", quiet);
    await settle();
    voice.speak("Zweitens.", quiet);
    for (const request of requests.filter((request) => !request.signal.aborted)) request.answer();
    await settle();
    await settle();
    expect(mostAtOnce).toBe(1);
    expect([...playing].map((audio) => audio.src)).toHaveLength(1);
  });

  it("frees the clip that was playing when cancelled", async () => {
    const voice = new ServerVoice();
    voice.speak("Guten Tag!", quiet);
    requests[0]!.answer();
    await settle();
    await settle();
    const [audio] = [...playing];
    expect(audio).toBeDefined();
    voice.cancel();
    expect(revoked).toContain(audio!.src);
  });

  it("fetches only a few clips ahead of the one playing, and the next as each one ends", async () => {
    const voice = new ServerVoice();
    const sentences = ["Eins.", "Zwei.", "Drei.", "Vier.", "Fünf.", "Sechs."];
    for (const sentence of sentences) voice.speak(sentence, quiet);
    await settle();
    expect(requests.map((request) => request.text)).toEqual(sentences.slice(0, CLIPS_AHEAD + 1));
    for (const request of requests) request.answer();
    await settle();
    await settle();
    [...playing][0]!.end();
    await settle();
    expect(requests.map((request) => request.text)).toEqual(sentences.slice(0, CLIPS_AHEAD + 2));
    // Stopped after a sentence: nothing more is synthesised.
    voice.cancel();
    await settle();
    expect(requests).toHaveLength(CLIPS_AHEAD + 2);
  });
});
