"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ReplySpeaker } from "./reply-speaker";
import type { ReplyStream } from "./reply-stream";
import { BrowserVoice, isGermanVoice, isServerVoice, pickVoice, ServerVoice, SERVER_VOICE, type SpeechEngine } from "./speech-engines";

/** The browser's German voices: null while it is still listing them (Chrome fills the list late). */
export function useGermanVoices(): { voices: SpeechSynthesisVoice[] | null; supported: boolean } {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    const synth = typeof speechSynthesis === "undefined" ? null : speechSynthesis;
    const list = () => setVoices(synth ? synth.getVoices().filter(isGermanVoice) : []);
    // A browser with no voices at all never fires voiceschanged: after a moment, none it is.
    const timer = setTimeout(list, synth && synth.getVoices().length === 0 ? 1500 : 0);
    synth?.addEventListener("voiceschanged", list);
    return () => {
      synth?.removeEventListener("voiceschanged", list);
      clearTimeout(timer);
    };
  }, []);
  return { voices, supported: typeof window === "undefined" || "speechSynthesis" in window };
}

const FOLLOW_KEY = "alltag:text-follows-voice";
const followListeners = new Set<() => void>();

/** "Text follows the voice" is kept per browser: it is about this screen and these speakers. */
export function useTextFollowsVoice(): [boolean, (follow: boolean) => void] {
  const follow = useSyncExternalStore(
    (listener) => {
      followListeners.add(listener);
      return () => followListeners.delete(listener);
    },
    () => localStorage.getItem(FOLLOW_KEY) === "true",
    () => false,
  );
  const setFollow = useCallback((value: boolean) => {
    localStorage.setItem(FOLLOW_KEY, String(value));
    followListeners.forEach((listener) => listener());
  }, []);
  return [follow, setFollow];
}

/**
 * The voice's own Pause and Stop: once a reply's text has all shown, the stream holds nothing to pause,
 * but the voice may still be reading it. The reply controls find it through the stream (voiceHoldFor).
 */
export class VoiceHold {
  private speaker: ReplySpeaker | null = null;
  private paused = false;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isPaused = (): boolean => this.paused;

  /** Whether a voice reads the replies at all. */
  readonly isAttached = (): boolean => this.speaker !== null;

  attach(speaker: ReplySpeaker | null): void {
    if (this.speaker === speaker) return;
    this.resume();
    this.speaker = speaker;
    this.listeners.forEach((listener) => listener());
  }

  pause(): void {
    if (!this.speaker || this.paused) return;
    this.speaker.pause();
    this.set(true);
  }

  resume(): void {
    if (!this.paused) return;
    this.speaker?.resume();
    this.set(false);
  }

  /** Silences the reply being read; the engine is resumed too, or a paused browser voice would hold the next reply. */
  stop(): void {
    this.speaker?.stop();
    this.resume();
  }

  private set(paused: boolean): void {
    this.paused = paused;
    this.listeners.forEach((listener) => listener());
  }
}

const holds = new WeakMap<ReplyStream, VoiceHold>();

/** The voice hold of the scene whose replies `stream` shows. */
export function voiceHoldFor(stream: ReplyStream): VoiceHold {
  let hold = holds.get(stream);
  if (!hold) holds.set(stream, (hold = new VoiceHold()));
  return hold;
}

export type VoiceSettings = { speak: boolean; voice: string | null; serverVoice: boolean; follow: boolean };

/** Where speaking stands: off, speaking with a named engine, or why it cannot. */
export type VoiceStatus = { kind: "off" } | { kind: "listing" } | { kind: "ready"; name: string } | { kind: "no_voice"; supported: boolean } | { kind: "failed"; message: string };

/** The engine the settings pick, by name, and how to make it; null when this browser has no German voice. */
function chooseEngine(voice: string | null, serverVoice: boolean, voices: SpeechSynthesisVoice[]): { name: string; make: () => SpeechEngine } | null {
  if (serverVoice && isServerVoice(voice)) {
    const named = voice?.slice(SERVER_VOICE.length + 1) || undefined;
    return { name: "the server's voice", make: () => new ServerVoice(named) };
  }
  const picked = pickVoice(voices, voice);
  return picked ? { name: picked.name, make: () => new BrowserVoice(picked) } : null;
}

/** Speaks the scene's replies while `speak` is on; Pause on the stream holds it, and `stop` silences it. */
export function useReplyVoice(stream: ReplyStream, { speak, voice, serverVoice, follow }: VoiceSettings) {
  const { voices, supported } = useGermanVoices();
  const [failure, setFailure] = useState<string | null>(null);
  const speaker = useRef<ReplySpeaker | null>(null);
  const chosen = speak && (voices !== null || (serverVoice && isServerVoice(voice))) ? chooseEngine(voice, serverVoice, voices ?? []) : null;
  const engineName = chosen?.name ?? null;
  const make = useRef(chosen?.make);
  useEffect(() => {
    make.current = chosen?.make;
  });

  useEffect(() => {
    const create = make.current;
    if (engineName === null || !create) return;
    setFailure(null);
    const current = new ReplySpeaker(create(), stream, setFailure);
    speaker.current = current;
    const hold = voiceHoldFor(stream);
    hold.attach(current);
    stream.setReader(current.read);
    stream.setLimit(follow ? current.limit : null);
    return () => {
      hold.attach(null);
      current.stop();
      stream.setReader(null);
      stream.setLimit(null);
      speaker.current = null;
    };
  }, [stream, engineName, follow]);

  // Pause holds the voice with the text; a new reply on screen lifts a hold on the voice alone.
  useEffect(() => {
    let { paused, active } = stream.getDisplay();
    const unsubscribe = stream.subscribe(() => {
      const now = stream.getDisplay();
      if (now.active && !active) voiceHoldFor(stream).resume();
      active = now.active;
      if (now.paused === paused) return;
      paused = now.paused;
      if (paused) speaker.current?.pause();
      else speaker.current?.resume();
    });
    return () => {
      unsubscribe();
    };
  }, [stream]);

  const status: VoiceStatus = !speak
    ? { kind: "off" }
    : failure
      ? { kind: "failed", message: failure }
      : engineName
        ? { kind: "ready", name: engineName }
        : voices === null
          ? { kind: "listing" }
          : { kind: "no_voice", supported };

  return { status, stop: useCallback(() => voiceHoldFor(stream).stop(), [stream]) };
}
