import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { AUDIO_MAX_BYTES } from "./limits";

// Proxies to optional OpenAI-compatible speech servers, so the browser never needs their address.
// Audio passes through and is never stored.

export const SPEECH_MAX_CHARS = 1000;
export { AUDIO_MAX_BYTES };
const UPSTREAM_TIMEOUT_MS = 60_000;

/** Hans's line as audio from TTS_URL's /v1/audio/speech; the body streams through as it arrives. */
export async function synthesizeSpeech({ text, voice }: { text: string; voice?: string }, signal: AbortSignal): Promise<Response> {
  const config = env();
  if (!config.TTS_URL) throw new ApiError("speech_not_configured", "No speech server is configured (TTS_URL).");
  const input = text.trim();
  if (input.length === 0) throw new ApiError("invalid_input", "text: Give the text to speak.", { fields: { text: "Give the text to speak." } });
  if (input.length > SPEECH_MAX_CHARS) throw new ApiError("too_large", `Speech is limited to ${SPEECH_MAX_CHARS} characters at a time.`);
  const upstream = await callUpstream("speech_failed", new URL("/v1/audio/speech", config.TTS_URL), signal, {
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: config.TTS_MODEL, input, voice: voice ?? config.TTS_VOICE, response_format: "mp3" }),
  });
  return new Response(upstream.body, { headers: { "content-type": upstream.headers.get("content-type") ?? "audio/mpeg", "cache-control": "no-store" } });
}

/** The learner's recording as German text from STT_URL's /v1/audio/transcriptions. */
export async function transcribeAudio(file: Blob, signal: AbortSignal): Promise<{ text: string }> {
  const config = env();
  if (!config.STT_URL) throw new ApiError("speech_input_not_configured", "No transcription server is configured (STT_URL).");
  if (file.size === 0) throw new ApiError("invalid_input", "file: The recording is empty.", { fields: { file: "The recording is empty." } });
  if (file.size > AUDIO_MAX_BYTES) throw new ApiError("too_large", "Recordings are limited to 10 MiB.");
  const form = new FormData();
  form.set("file", file, file instanceof File && file.name ? file.name : "recording.webm");
  form.set("model", config.STT_MODEL);
  form.set("language", "de");
  form.set("response_format", "json");
  const upstream = await callUpstream("transcription_failed", new URL("/v1/audio/transcriptions", config.STT_URL), signal, { body: form });
  const payload = (await upstream.json().catch(() => undefined)) as { text?: unknown } | undefined;
  if (typeof payload?.text !== "string") throw new ApiError("transcription_failed", "The transcription server sent an answer without text.", { retryable: true });
  return { text: payload.text.trim() };
}

type FailureCode = "speech_failed" | "transcription_failed";

async function callUpstream(code: FailureCode, url: URL, signal: AbortSignal, init: { headers?: Record<string, string>; body: BodyInit }): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", ...init, signal: AbortSignal.any([signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]) });
  } catch (error) {
    console.warn(`[speech] ${url.origin} unreachable:`, error instanceof Error ? error.message : error);
    throw new ApiError(code, "The speech server could not be reached.", { retryable: true });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    console.warn(`[speech] ${url.href} answered ${response.status}`);
    throw new ApiError(code, `The speech server answered with status ${response.status}.`, { retryable: response.status >= 500 });
  }
  return response;
}
