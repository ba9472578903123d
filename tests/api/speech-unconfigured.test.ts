import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as speak } from "@/app/api/v1/speech/route";
import { POST as transcribe } from "@/app/api/v1/transcriptions/route";
import { apiRequest, params, freshApp, makeUser, sessionCookie, TEST_ORIGIN } from "../support/app";

const none = params({});
let app: ReturnType<typeof freshApp>;
let cookie: string;

beforeEach(async () => {
  delete process.env.TTS_URL;
  delete process.env.STT_URL;
  app = freshApp();
  cookie = await sessionCookie(await makeUser("Ada"));
});
afterEach(() => app.cleanup());

describe("speech without TTS_URL and STT_URL", () => {
  it("answers 501 with a typed error for both", async () => {
    const spoken = await speak(apiRequest("/api/v1/speech", { method: "POST", json: { text: "Hallo" }, cookie }), none);
    expect(spoken.status).toBe(501);
    expect((await spoken.json()).error.code).toBe("speech_not_configured");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(10)], "a.webm", { type: "audio/webm" }));
    const heard = await transcribe(new Request(new URL("/api/v1/transcriptions", TEST_ORIGIN), { method: "POST", headers: { host: "localhost:3000", cookie }, body: form }), none);
    expect(heard.status).toBe(501);
    expect((await heard.json()).error.code).toBe("speech_input_not_configured");
  });
});
