"use client";

/** What an engine tells about one sentence it was given. */
export type SpeechCallbacks = { onStart: () => void; onEnd: () => void; onError: (message: string) => void };

/** Speaks sentences in the order given, one after another. */
export interface SpeechEngine {
  speak(text: string, callbacks: SpeechCallbacks): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

/** The profile's `voice` that picks the server's engine (TTS_URL) instead of the browser's; "server:<name>" names its voice. */
export const SERVER_VOICE = "server";

export function isServerVoice(voice: string | null): boolean {
  return voice === SERVER_VOICE || (voice?.startsWith(`${SERVER_VOICE}:`) ?? false);
}

export function isGermanVoice(voice: SpeechSynthesisVoice): boolean {
  return /^de\b/i.test(voice.lang);
}

/** The voice to use: the learner's choice when this browser has it, else its default German voice, else the first. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], chosen: string | null): SpeechSynthesisVoice | null {
  return voices.find((voice) => voice.name === chosen) ?? voices.find((voice) => voice.default) ?? voices.find((voice) => voice.lang === "de-DE") ?? voices[0] ?? null;
}

/** The browser's speech synthesis with one German voice. */
export class BrowserVoice implements SpeechEngine {
  // Chrome drops an utterance's events once nothing references it: keep each until it has ended.
  private readonly speaking = new Set<SpeechSynthesisUtterance>();

  constructor(private readonly voice: SpeechSynthesisVoice) {}

  speak(text: string, { onStart, onEnd, onError }: SpeechCallbacks): void {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    const done = () => this.speaking.delete(utterance);
    utterance.onstart = onStart;
    utterance.onend = () => {
      done();
      onEnd();
    };
    utterance.onerror = (event) => {
      done();
      // Cancel and a newer sentence cut in are no failures.
      if (event.error === "canceled" || event.error === "interrupted") return;
      onError(event.error === "not-allowed" ? "The browser wants a click or a key press on the page before it speaks." : `The browser could not speak (${event.error}).`);
    };
    this.speaking.add(utterance);
    speechSynthesis.speak(utterance);
  }

  pause(): void {
    speechSynthesis.pause();
  }

  resume(): void {
    speechSynthesis.resume();
  }

  cancel(): void {
    this.speaking.clear();
    speechSynthesis.cancel();
  }
}

type Clip = { text: string; audio?: Promise<string>; callbacks: SpeechCallbacks };

// Clips fetched ahead of the one playing: enough that the next sentence is ready when this one ends, without
// synthesising a long reply the learner may stop after a sentence.
export const CLIPS_AHEAD = 2;

/** The server's engine: POST /api/v1/speech per sentence, a few fetched ahead, played in order. */
export class ServerVoice implements SpeechEngine {
  private readonly queue: Clip[] = [];
  private playing: { audio: HTMLAudioElement; url: string } | null = null;
  private busy = false;
  private paused = false;
  private abort = new AbortController();

  constructor(private readonly voice?: string) {}

  speak(text: string, callbacks: SpeechCallbacks): void {
    this.queue.push({ text, callbacks });
    this.fetchAhead();
    if (!this.busy) void this.playNext();
  }

  pause(): void {
    this.paused = true;
    this.playing?.audio.pause();
  }

  resume(): void {
    this.paused = false;
    void this.playing?.audio.play().catch(() => undefined);
  }

  cancel(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.queue.length = 0;
    // A paused clip never ends, so its blob would live as long as the page.
    if (this.playing) URL.revokeObjectURL(this.playing.url);
    this.playing?.audio.pause();
    this.playing = null;
    this.busy = false;
  }

  /** Starts the fetches of the queue's next clips, up to CLIPS_AHEAD beyond the one playing (or about to). */
  private fetchAhead(): void {
    for (const clip of this.queue.slice(0, this.busy ? CLIPS_AHEAD : CLIPS_AHEAD + 1)) {
      if (clip.audio) continue;
      clip.audio = this.fetchClip(clip.text, this.abort.signal);
      // A clip dropped by cancel is never awaited: its abort is no unhandled rejection. playNext still sees errors.
      clip.audio.catch(() => undefined);
    }
  }

  private async fetchClip(text: string, signal: AbortSignal): Promise<string> {
    const response = await fetch("/api/v1/speech", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, voice: this.voice }), signal });
    if (!response.ok) {
      const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(payload?.error?.message ?? `The speech server answered ${response.status}.`);
    }
    return URL.createObjectURL(await response.blob());
  }

  private async playNext(): Promise<void> {
    const clip = this.queue.shift();
    if (!clip) {
      this.busy = false;
      return;
    }
    this.busy = true;
    const signal = this.abort.signal;
    this.fetchAhead();
    let url: string;
    try {
      url = await (clip.audio ?? this.fetchClip(clip.text, signal));
    } catch (error) {
      // An aborted fetch belongs to a cancelled queue: the newer playNext owns busy now.
      if (signal.aborted) return;
      clip.callbacks.onError(error instanceof Error ? error.message : "The speech server could not be reached.");
      this.busy = false;
      return;
    }
    if (signal.aborted) return URL.revokeObjectURL(url);
    const audio = new Audio(url);
    this.playing = { audio, url };
    const finished = () => {
      URL.revokeObjectURL(url);
      if (signal.aborted) return;
      clip.callbacks.onEnd();
      void this.playNext();
    };
    audio.onended = finished;
    audio.onerror = () => {
      if (!signal.aborted) clip.callbacks.onError("The browser could not play the server's audio.");
      finished();
    };
    clip.callbacks.onStart();
    if (!this.paused) await audio.play().catch(() => undefined);
  }
}
