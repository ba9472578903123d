"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AUDIO_MAX_BYTES } from "@/lib/speech/limits";
import { RecordingLimit } from "@/lib/speech/recording-limit";
import { coachError, OFFLINE_ERROR, type CoachError } from "./coach-types";

export type RecorderPhase = "idle" | "starting" | "recording" | "transcribing";

export type RecorderNotice = { kind: "error" | "info"; message: string };

// One slice a second lets the page stop before the upload cap; 32 kbit/s Opus is plenty for Whisper
// and puts the 10 MiB cap at about 40 minutes.
const SLICE_MS = 1000;
const BITS_PER_SECOND = 32_000;
const MAX_MIB = Math.round(AUDIO_MAX_BYTES / 1024 / 1024);

type Session = { stream: MediaStream; recorder: MediaRecorder; chunks: Blob[]; limit: RecordingLimit; keep: boolean; stoppedAtLimit: boolean };

/**
 * Records the learner with MediaRecorder and turns the audio into text through POST /api/v1/transcriptions.
 * The transcript goes to `onTranscript`; nothing is sent to the character.
 */
export function useRecorder({ onTranscript, maxBytes = AUDIO_MAX_BYTES }: { onTranscript: (text: string) => void; maxBytes?: number }) {
  const [phase, setPhase] = useState<RecorderPhase>("idle");
  const [startedAt, setStartedAt] = useState(0);
  const [notice, setNotice] = useState<RecorderNotice | null>(null);
  const session = useRef<Session | null>(null);
  const upload = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  const deliver = useRef(onTranscript);

  useEffect(() => {
    deliver.current = onTranscript;
  }, [onTranscript]);

  const transcribe = useCallback(async (audio: Blob, stoppedAtLimit: boolean) => {
    if (audio.size === 0) return finish({ kind: "error", message: "Nothing was recorded. Try again." });
    if (audio.size > maxBytes) return finish({ kind: "error", message: `The recording is over the ${MAX_MIB} MiB limit. Record a shorter message.` });
    const form = new FormData();
    form.set("file", audio, `recording.${audio.type.includes("ogg") ? "ogg" : audio.type.includes("mp4") ? "m4a" : "webm"}`);
    const controller = new AbortController();
    upload.current = controller;
    const response = await fetch("/api/v1/transcriptions", { method: "POST", body: form, signal: controller.signal }).catch(() => null);
    if (controller.signal.aborted) return;
    upload.current = null;
    if (!response) return finish({ kind: "error", message: `Transcription failed: ${OFFLINE_ERROR.message}` });
    if (!response.ok) return finish({ kind: "error", message: transcriptionError(await coachError(response)) });
    const payload = (await response.json().catch(() => null)) as { text?: unknown } | null;
    const text = typeof payload?.text === "string" ? payload.text.trim() : "";
    if (!text) return finish({ kind: "error", message: "No words were recognised. Try again, closer to the microphone." });
    deliver.current(text);
    finish({
      kind: "info",
      message: stoppedAtLimit ? `Recording stopped at the ${MAX_MIB} MiB limit. Its transcript is in your message: check it, then send.` : "Transcript added to your message: check it, then send.",
    });

    function finish(next: RecorderNotice) {
      if (!mounted.current) return;
      setNotice(next);
      setPhase("idle");
    }
  }, [maxBytes]);

  const start = useCallback(async () => {
    if (session.current || upload.current) return;
    setNotice(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined") {
      // Browsers offer the microphone only to secure pages: a LAN address over plain http has none.
      const message = window.isSecureContext ? "This browser cannot record audio." : "Recording needs a secure connection: open Alltag over HTTPS or on localhost.";
      return setNotice({ kind: "error", message });
    }
    setPhase("starting");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      if (!mounted.current) return;
      setPhase("idle");
      return setNotice({ kind: "error", message: microphoneError(error) });
    }
    if (!mounted.current) return stream.getTracks().forEach((track) => track.stop());
    const mimeType = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"].find((type) => MediaRecorder.isTypeSupported(type));
    const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: BITS_PER_SECOND });
    const current: Session = { stream, recorder, chunks: [], limit: new RecordingLimit(maxBytes), keep: true, stoppedAtLimit: false };
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      current.chunks.push(event.data);
      if (current.limit.add(event.data.size) && recorder.state === "recording") {
        current.stoppedAtLimit = true;
        recorder.stop();
      }
    };
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      session.current = null;
      if (!current.keep || !mounted.current) return setPhase("idle");
      setPhase("transcribing");
      void transcribe(new Blob(current.chunks, { type: recorder.mimeType }), current.stoppedAtLimit);
    };
    session.current = current;
    recorder.start(SLICE_MS);
    setStartedAt(Date.now());
    setPhase("recording");
  }, [maxBytes, transcribe]);

  const stop = useCallback(() => {
    if (session.current?.recorder.state === "recording") session.current.recorder.stop();
  }, []);

  /** Stops and throws the recording away. */
  const discard = useCallback(() => {
    const current = session.current;
    if (current?.recorder.state !== "recording") return;
    current.keep = false;
    current.recorder.stop();
    setNotice({ kind: "info", message: "Recording discarded." });
  }, []);

  // Escape discards from anywhere on the page while the microphone is on.
  useEffect(() => {
    if (phase !== "recording") return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      discard();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [phase, discard]);

  // Leaving the page turns the microphone off and drops an upload in flight.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const current = session.current;
      if (current) {
        current.keep = false;
        if (current.recorder.state !== "inactive") current.recorder.stop();
        current.stream.getTracks().forEach((track) => track.stop());
      }
      upload.current?.abort();
    };
  }, []);

  const dismiss = useCallback(() => setNotice(null), []);

  return { phase, startedAt, notice, start, stop, discard, dismiss };
}

function microphoneError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "Microphone access is blocked. Allow the microphone for this site in your browser, then try again.";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "No microphone was found. Connect one, then try again.";
  if (name === "NotReadableError" || name === "AbortError") return "The microphone could not be started: another app may be using it.";
  return `The microphone could not be started${name ? ` (${name})` : ""}.`;
}

function transcriptionError(error: CoachError): string {
  if (error.code === "too_large") return `The recording is over the ${MAX_MIB} MiB limit. Record a shorter message.`;
  if (error.code === "speech_input_not_configured") return "Speech input is not set up on this server (STT_URL).";
  if (error.code === "transcription_failed") return `Transcription failed: ${error.message} Try again.`;
  return `Transcription failed: ${error.message}`;
}
