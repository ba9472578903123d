import fs from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as speak } from "@/app/api/v1/speech/route";
import { POST as transcribe } from "@/app/api/v1/transcriptions/route";
import type { User } from "@/db/schema";
import { fakeAudio, startFakeSpeech, type FakeSpeech } from "../support/fake-speech";
import { apiRequest, params, errorCode, freshApp, makeUser, sessionCookie, TEST_ORIGIN } from "../support/app";

let tts: FakeSpeech;
let stt: FakeSpeech;
const none = params({});
let app: ReturnType<typeof freshApp>;
let ada: User;
let cookie: string;

beforeAll(async () => {
  [tts, stt] = await Promise.all([startFakeSpeech(), startFakeSpeech()]);
  process.env.TTS_URL = tts.url;
  process.env.TTS_VOICE = "thorsten";
  process.env.STT_URL = stt.url;
  process.env.STT_MODEL = "whisper-small";
});
afterAll(() => Promise.all([tts.close(), stt.close()]));
beforeEach(async () => {
  tts.reset();
  stt.reset();
  app = freshApp();
  ada = await makeUser("Ada");
  cookie = await sessionCookie(ada);
});
afterEach(() => app.cleanup());

const speech = (json: unknown) => speak(apiRequest("/api/v1/speech", { method: "POST", json, cookie }), none);

function upload(form: FormData | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex?: "half" } = { method: "POST", headers: { host: "localhost:3000", cookie, ...headers }, body: form };
  if (form instanceof ReadableStream) init.duplex = "half";
  return transcribe(new Request(new URL("/api/v1/transcriptions", TEST_ORIGIN), init), none);
}

function recording(bytes: number, name = "aufnahme.webm") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes).fill(7)], name, { type: "audio/webm" }));
  return form;
}

const dataFiles = () => fs.readdirSync(app.dataDir).sort();

describe("POST /api/v1/speech", () => {
  it("proxies to TTS_URL's /v1/audio/speech and streams the audio back", async () => {
    const response = await speech({ text: "  Guten Abend! Was darf es sein?  " });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(fakeAudio("Guten Abend! Was darf es sein?", "thorsten"));
    expect(tts.calls).toEqual([{ path: "/v1/audio/speech", json: { model: "tts-1", input: "Guten Abend! Was darf es sein?", voice: "thorsten", response_format: "mp3" } }]);
    const chosen = await speech({ text: "Hallo", voice: "kerstin" });
    expect(Buffer.from(await chosen.arrayBuffer())).toEqual(fakeAudio("Hallo", "kerstin"));
  });

  it("refuses text over 1000 characters with 413, empty text with 400, never calling the server", async () => {
    const long = await speech({ text: "a".repeat(1001) });
    expect(long.status).toBe(413);
    expect(await errorCode(long)).toBe("too_large");
    expect((await speech({ text: "a".repeat(1000) })).status).toBe(200);
    const empty = await speech({ text: "   " });
    expect(empty.status).toBe(400);
    expect((await speech({ words: "Hallo" })).status).toBe(400);
    expect(tts.calls).toHaveLength(1);
  });

  it("turns upstream failures into a typed 502", async () => {
    tts.fault = "http_500";
    const failed = await speech({ text: "Hallo" });
    expect(failed.status).toBe(502);
    expect(await failed.json()).toEqual({ error: { code: "speech_failed", message: "The speech server answered with status 500.", retryable: true } });
    tts.fault = "drop_socket";
    const dropped = await speech({ text: "Hallo" });
    expect(dropped.status).toBe(502);
    expect(await errorCode(dropped)).toBe("speech_failed");
  });

  it("requires a session", async () => {
    const response = await speak(apiRequest("/api/v1/speech", { method: "POST", json: { text: "Hallo" } }), none);
    expect(response.status).toBe(401);
    expect(tts.calls).toHaveLength(0);
  });
});

describe("POST /api/v1/transcriptions", () => {
  it("proxies the recording to STT_URL with language de and returns the text; nothing is stored", async () => {
    const before = dataFiles();
    const response = await upload(recording(4096));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ text: "Ich hätte gern einen Kaffee, bitte." });
    expect(stt.calls).toHaveLength(1);
    expect(stt.calls[0]).toMatchObject({ path: "/v1/audio/transcriptions", fields: { model: "whisper-small", language: "de", response_format: "json" } });
    expect(stt.calls[0]!.file).toEqual({ name: "aufnahme.webm", type: "audio/webm", bytes: Buffer.alloc(4096, 7) });
    expect(dataFiles()).toEqual(before);
  });

  it("refuses more than 10 MiB with 413 while reading, even without a Content-Length", async () => {
    const declared = await upload(recording(10 * 1024 * 1024 + 1));
    expect(declared.status).toBe(413);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (sent > 64 * 1024 * 1024) controller.close();
      },
    });
    const streamed = await upload(endless, { "content-type": "multipart/form-data; boundary=x" });
    expect(streamed.status).toBe(413);
    expect(await errorCode(streamed)).toBe("too_large");
    expect(sent).toBeLessThan(16 * 1024 * 1024);
    expect(stt.calls).toHaveLength(0);
  });

  it("answers bad uploads with 4xx and upstream failures with a typed 502", async () => {
    expect((await transcribe(apiRequest("/api/v1/transcriptions", { method: "POST", json: { file: "x" }, cookie }), none)).status).toBe(415);
    const noFile = new FormData();
    noFile.set("audio", "x");
    expect(await errorCode(await upload(noFile))).toBe("invalid_input");
    expect((await upload(recording(0))).status).toBe(400);
    stt.fault = "http_500";
    const failed = await upload(recording(100));
    expect(failed.status).toBe(502);
    expect(await errorCode(failed)).toBe("transcription_failed");
    stt.fault = "no_text";
    expect(await errorCode(await upload(recording(100)))).toBe("transcription_failed");
  });
});

describe("GET /api/v1/me with both speech servers configured", () => {
  it("says so, so the page offers the server voice and the microphone", async () => {
    const response = await getMe(apiRequest("/api/v1/me", { cookie }), none);
    expect((await response.json()).capabilities).toEqual({ server_voice: true, speech_input: true });
  });
});
