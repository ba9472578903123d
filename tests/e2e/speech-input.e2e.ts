import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { startFakeSpeech, type FakeSpeech } from "../support/fake-speech";
import { DESKTOP, launchBrowser, screenshot } from "./support/browser";
import { setUpOwner } from "./support/flows";
import { startAppServer, type AppServer } from "./support/server";

// Chromium's fake microphone plays a beeping tone. Microphone permission is granted per context
// (not with --use-fake-ui-for-media-stream, which would accept every prompt), so a context without it is refused.
const FAKE_MEDIA = ["--use-fake-device-for-media-stream"];
const PHONE_390 = { width: 390, height: 780 };

let ollama: FakeOllama;
let stt: FakeSpeech;
let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const input = () => page.getByLabel(/Your message to Hans/);
const micButton = () => page.getByRole("button", { name: /^(Record your message|Stop recording)$/ });
const micStatus = () => page.locator("#composer-mic-status");
const micError = () => page.locator(".composer-mic-error");
const turns = () => ollama.requests.filter((request) => request.path === "/api/chat" && ((request.body as { messages?: unknown[] }).messages?.length ?? 0) > 0);

beforeAll(async () => {
  [ollama, stt] = await Promise.all([startFakeOllama(), startFakeSpeech()]);
  app = await startAppServer({ ollamaUrl: ollama.url, env: { STT_URL: stt.url } });
  browser = await launchBrowser({ args: FAKE_MEDIA });
  context = await browser.newContext({ viewport: DESKTOP, permissions: ["microphone"] });
  page = await context.newPage();
  await setUpOwner(page, app);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await Promise.all([ollama?.close(), stt?.close()]);
});

beforeEach(async () => {
  stt.reset();
  await page.setViewportSize(DESKTOP);
  const started = await page.request.post(`${app.url}/api/v1/scenarios/restaurant/start`);
  expect(started.status()).toBe(201);
  await page.goto(`${app.url}/scenarios/restaurant`);
  await expect.poll(() => input().isEnabled()).toBe(true);
});

/** Records for about `ms` from the keyboard: Tab from the box to the microphone, Enter to start and to stop. */
async function recordFromKeyboard(ms: number) {
  await input().focus();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Record your message");
  await page.keyboard.press("Enter");
  await expect.poll(() => micButton().getAttribute("aria-label"), { timeout: 10_000 }).toBe("Stop recording");
  await page.waitForTimeout(ms);
  await page.keyboard.press("Enter");
}

describe("speech input in the composer", () => {
  it("records from the keyboard, announces it, and puts the transcript after what was typed without sending it", async () => {
    await input().fill("Hallo!");
    const turnsBefore = turns().length;
    await input().focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    await expect.poll(() => micStatus().textContent(), { timeout: 10_000 }).toBe("Recording: speak German. Press the red Stop button when you are done, or Escape to discard.");
    expect(await micButton().getAttribute("aria-label")).toBe("Stop recording");
    await expect.poll(() => page.locator(".composer-mic-time").textContent(), { timeout: 5000 }).toBe("0:01");
    await screenshot(page, "60-mic-recording-desktop");
    await page.keyboard.press("Enter");

    await expect.poll(() => input().inputValue(), { timeout: 15_000 }).toBe("Hallo! Ich hätte gern einen Kaffee, bitte.");
    expect(await micStatus().textContent()).toBe("Transcript added to your message: check it, then send.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("composer-input");
    await screenshot(page, "61-mic-transcript-desktop");

    // The recording went to the transcription server as real WebM audio, in German; nothing went to Hans.
    expect(stt.calls).toHaveLength(1);
    const [call] = stt.calls;
    expect(call!.path).toBe("/v1/audio/transcriptions");
    expect(call!.fields).toEqual({ model: "whisper-1", language: "de", response_format: "json" });
    expect(call!.file!.type).toMatch(/^audio\/webm/);
    expect(call!.file!.name).toBe("recording.webm");
    expect(call!.file!.bytes.subarray(0, 4).toString("hex")).toBe("1a45dfa3");
    expect(call!.file!.bytes.length).toBeGreaterThan(1000);
    await page.waitForTimeout(500);
    expect(turns().length).toBe(turnsBefore);
    expect(await page.locator(".message-user").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Send" }).isEnabled()).toBe(true);
  });

  it("says what went wrong when the transcription server fails, and keeps what was typed", async () => {
    stt.fault = "http_500";
    await input().fill("Ich möchte");
    await recordFromKeyboard(700);
    await expect.poll(() => micError().textContent(), { timeout: 15_000 }).toBe("Transcription failed: The speech server answered with status 500. Try again.");
    expect(await micError().getAttribute("role")).toBe("alert");
    expect(await input().inputValue()).toBe("Ich möchte");
    // The focus stayed on the microphone, so Enter tries again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Record your message");

    // The next try works and clears the message.
    stt.fault = undefined;
    await recordFromKeyboard(700);
    await expect.poll(() => input().inputValue(), { timeout: 15_000 }).toBe("Ich möchte Ich hätte gern einen Kaffee, bitte.");
    expect(await micError().count()).toBe(0);
  });

  it("says so when the server heard no words", async () => {
    stt.transcript = "   ";
    await recordFromKeyboard(700);
    await expect.poll(() => micError().textContent(), { timeout: 15_000 }).toBe("No words were recognised. Try again, closer to the microphone.");
    expect(await input().inputValue()).toBe("");
  });

  it("discards the recording on Escape without uploading it", async () => {
    await page.getByRole("button", { name: "Record your message" }).click();
    await expect.poll(() => micButton().getAttribute("aria-label"), { timeout: 10_000 }).toBe("Stop recording");
    await page.waitForTimeout(600);
    await page.keyboard.press("Escape");
    await expect.poll(() => micStatus().textContent()).toBe("Recording discarded.");
    expect(await micButton().getAttribute("aria-label")).toBe("Record your message");
    await page.waitForTimeout(500);
    expect(stt.calls).toHaveLength(0);
  });

  it("shows the microphone on a phone, idle and recording", async () => {
    await page.setViewportSize(PHONE_390);
    await input().fill("Guten Abend");
    await screenshot(page, "62-mic-idle-phone");
    await page.getByRole("button", { name: "Record your message" }).click();
    await expect.poll(() => page.locator(".composer-mic-time").textContent(), { timeout: 5000 }).toBe("0:01");
    await screenshot(page, "63-mic-recording-phone");
    // Nothing in the composer runs past the screen's edge.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.getByRole("button", { name: "Stop recording" }).click();
    await expect.poll(() => input().inputValue(), { timeout: 15_000 }).toBe("Guten Abend Ich hätte gern einen Kaffee, bitte.");
    await page.setViewportSize(DESKTOP);
    await screenshot(page, "64-mic-idle-desktop");
  });

  it("explains a refused microphone", async () => {
    const refused = await browser.newContext({ viewport: DESKTOP });
    try {
      await refused.addCookies(await context.cookies());
      const other = await refused.newPage();
      await other.goto(`${app.url}/scenarios/restaurant`);
      await other.getByRole("button", { name: "Record your message" }).click();
      await expect
        .poll(() => other.locator(".composer-mic-error").textContent(), { timeout: 10_000 })
        .toBe("Microphone access is blocked. Allow the microphone for this site in your browser, then try again.");
      expect(stt.calls).toHaveLength(0);
    } finally {
      await refused.close();
    }
  });
});

describe("a computer without a microphone", () => {
  it("says so instead of recording", async () => {
    const bare = await browser.newContext({ viewport: DESKTOP, permissions: ["microphone"] });
    try {
      await bare.addCookies(await context.cookies());
      // The fake device flag always offers a microphone: this page is told there is none, as Chromium says it.
      await bare.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Requested device not found", "NotFoundError"));
      });
      const tab = await bare.newPage();
      await tab.goto(`${app.url}/scenarios/restaurant`);
      await tab.getByRole("button", { name: "Record your message" }).click();
      await expect.poll(() => tab.locator(".composer-mic-error").textContent(), { timeout: 10_000 }).toBe("No microphone was found. Connect one, then try again.");
      expect(await tab.locator("#composer-mic-status").textContent()).toBe("");
      expect(stt.calls).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });
});

describe("without STT_URL", () => {
  it("has no microphone button, and the profile says speech input is off", async () => {
    const bare = await startAppServer({ ollamaUrl: ollama.url });
    const other = await browser.newContext({ viewport: DESKTOP, permissions: ["microphone"] });
    try {
      const tab = await other.newPage();
      await setUpOwner(tab, bare);
      const me = (await (await tab.request.get(`${bare.url}/api/v1/me`)).json()) as { capabilities: { speech_input: boolean } };
      expect(me.capabilities.speech_input).toBe(false);
      await tab.goto(`${bare.url}/scenarios/restaurant`);
      await expect.poll(() => tab.getByLabel(/Your message to Hans/).isEnabled()).toBe(true);
      expect(await tab.getByRole("button", { name: /Record your message/ }).count()).toBe(0);
      expect(await tab.locator(".composer-mic").count()).toBe(0);
      expect(await tab.getByRole("button", { name: "Send" }).count()).toBe(1);
    } finally {
      await other.close();
      await bare.stop();
    }
  });
});
