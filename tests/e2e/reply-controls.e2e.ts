import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { startFakeSpeech, type FakeSpeech } from "../support/fake-speech";
import { DESKTOP, launchBrowser, screenshot } from "./support/browser";
import { paints, recordStreamPaints, setUpOwner } from "./support/flows";
import { startAppServer, type AppServer } from "./support/server";

let fake: FakeOllama;
let tts: FakeSpeech;
let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

type Spoken = { text: string; voice: string | null; lang: string };
type SpeechWindow = { __utterances: Spoken[]; __speakMs: number; __audio: string[]; __cancels: number };

/**
 * Headless Chromium has no voices: the page gets a speechSynthesis that queues utterances like the real one
 * (one at a time, start then end after __speakMs), with the given voices, and an Audio that "plays" for 50 ms.
 */
function stubSpeech(voices: { name: string; lang: string }[]) {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((voice) => ({ ...voice, voiceURI: voice.name, default: false, localService: true }));
    window.__utterances = []; window.__speakMs = 400; window.__audio = []; window.__cancels = 0;
    const queue = []; let current = null; let paused = false;
    const next = () => {
      current = queue.shift() ?? null;
      if (!current) return;
      const utterance = current;
      utterance.onstart?.({});
      const finish = () => { if (current !== utterance) return; if (paused) return setTimeout(finish, 50); utterance.onend?.({}); next(); };
      setTimeout(finish, window.__speakMs);
    };
    const synth = {
      getVoices: () => voices,
      speak(utterance) { window.__utterances.push({ text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang }); queue.push(utterance); if (!current) next(); },
      cancel() { queue.length = 0; current = null; window.__cancels += 1; },
      pause() { paused = true; }, resume() { paused = false; },
      addEventListener() {}, removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.voice = null; this.lang = ""; } };
    window.Audio = class { constructor(src) { this.src = src; window.__audio.push(src); } play() { setTimeout(() => this.onended?.(), 50); return Promise.resolve(); } pause() {} };
  })();`;
}

const GERMAN_VOICES = [
  { name: "Anna", lang: "de-DE" },
  { name: "Markus", lang: "de-AT" },
  { name: "Samantha", lang: "en-US" },
];

const input = () => page.getByLabel(/Your message to Hans/);
const lastReply = () => page.locator(".message-character .message-text").last();
const turns = () => fake.requests.filter((request) => request.path === "/api/chat" && ((request.body as { messages?: unknown[] }).messages?.length ?? 0) > 0);
const utterances = () => page.evaluate(() => (window as unknown as SpeechWindow).__utterances);

async function setProfile(change: Record<string, unknown>) {
  const response = await page.request.patch(`${app.url}/api/v1/me`, { data: change });
  expect(response.status()).toBe(200);
}

async function freshScene() {
  const response = await page.request.post(`${app.url}/api/v1/scenarios/restaurant/start`);
  expect(response.status()).toBe(201);
  await page.goto(`${app.url}/scenarios/restaurant`);
  await expect.poll(() => input().isEnabled()).toBe(true);
  // The controls show the profile once it has loaded.
  await expect.poll(() => page.getByLabel("Reply speed").isEnabled()).toBe(true);
}

async function send(text: string) {
  await input().fill(text);
  await input().press("Enter");
}

/** Milliseconds from the model's last token leaving the fake to the whole reply on screen, polled every 20 ms. */
async function timeToShowAll(reply: string): Promise<number> {
  fake.enqueue({ text: reply, interChunkDelayMs: 2 });
  await send("Guten Tag!");
  await expect.poll(() => turns().at(-1)?.finished, { timeout: 10_000 }).toBe(true);
  const lastTokenAt = turns().at(-1)!.tokenSentAt.at(-1)!;
  await expect.poll(() => lastReply().textContent(), { timeout: 20_000, interval: 20 }).toBe(reply);
  return performance.now() - lastTokenAt;
}

beforeAll(async () => {
  fake = await startFakeOllama();
  tts = await startFakeSpeech();
  app = await startAppServer({ ollamaUrl: fake.url, env: { TTS_URL: tts.url } });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(stubSpeech(GERMAN_VOICES));
  page = await context.newPage();
  await setUpOwner(page, app);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await tts?.close();
  await fake?.close();
});

describe("reply controls on the scene page", () => {
  it("paces the display: slow takes seconds where instant shows the reply at once", async () => {
    const reply = "Guten Tag! Herzlich willkommen. Was darf ich Ihnen bringen?";
    await setProfile({ reply_speed: "instant" });
    await freshScene();
    const instant = await timeToShowAll(reply);

    await setProfile({ reply_speed: "slow" });
    await freshScene();
    await recordStreamPaints(page);
    const slow = await timeToShowAll(reply);
    const grew = await paints(page);
    console.log(`[e2e reply speed] whole reply shown ${instant.toFixed(0)} ms (instant) vs ${slow.toFixed(0)} ms (slow) after the last token; slow painted ${grew.length} steps`);
    // Slow runs at 14 characters a second with catch-up: about 3 s for these 59 characters.
    expect(slow).toBeGreaterThan(1500);
    expect(instant).toBeLessThan(slow / 3);
    expect(grew.length).toBeGreaterThan(20);
    for (let index = 1; index < grew.length; index++) expect(grew[index]!.startsWith(grew[index - 1]!)).toBe(true);
  });

  it("changes the speed from the scene page and keeps it in the profile", async () => {
    await setProfile({ reply_speed: "instant" });
    await freshScene();
    await page.getByLabel("Reply speed").selectOption("normal");
    await expect.poll(async () => ((await (await page.request.get(`${app.url}/api/v1/me`)).json()) as { reply_speed: string }).reply_speed).toBe("normal");
    await page.reload();
    await expect.poll(() => page.getByLabel("Reply speed").inputValue()).toBe("normal");
  });

  it("Show all shows everything that arrived, by button and by Alt+A", async () => {
    await setProfile({ reply_speed: "slow" });
    await freshScene();
    const reply = "Sehr gern! Wir haben heute Schnitzel, Gulasch und eine gute Suppe. Möchten Sie etwas trinken?";
    fake.enqueue({ text: reply, interChunkDelayMs: 2 });
    await send("Was gibt es heute?");
    await expect.poll(() => page.getByRole("button", { name: "Show all" }).count(), { timeout: 5000 }).toBe(1);
    await screenshot(page, "reply-controls-desktop");
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(() => lastReply().textContent(), { timeout: 1000, interval: 20 }).toBe(reply);

    await freshScene();
    fake.enqueue({ text: reply, interChunkDelayMs: 2 });
    await send("Und zu trinken?");
    await expect.poll(() => page.getByRole("button", { name: "Show all" }).count(), { timeout: 5000 }).toBe(1);
    // The key works while the focus is still in the message box.
    await input().press("Alt+KeyA");
    await expect.poll(() => lastReply().textContent(), { timeout: 1000, interval: 20 }).toBe(reply);
    expect(await input().inputValue()).toBe("");
  });

  it("Show all stays put while the reply shows, keeps the focus, and keeps the key hint out of the live region", async () => {
    await setProfile({ reply_speed: "slow", speak_replies: false });
    await freshScene();
    const reply = "Gern! Heute gibt es Schnitzel, Gulasch, Knödel und eine Suppe. Dazu ein Bier oder einen Wein?";
    fake.enqueue({ text: reply, interChunkDelayMs: 200 });
    await send("Was gibt es?");
    const showAll = page.getByRole("button", { name: "Show all" });
    await expect.poll(() => showAll.count(), { timeout: 5000 }).toBe(1);
    const controls = page.getByRole("group", { name: "Reply display" });
    expect(await controls.locator(".reply-controls-keys").textContent()).toMatch(/Alt\+P/);
    expect(await controls.getByRole("status").filter({ hasText: "Alt+P" }).count()).toBe(0);
    await showAll.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => showAll.getAttribute("aria-disabled")).toBe("true");
    expect(turns().at(-1)!.finished).toBe(false);
    await page.waitForTimeout(500);
    expect(await showAll.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Show all");
    await expect.poll(() => lastReply().textContent(), { timeout: 15_000 }).toBe(reply);
  });

  it("keeps the keyboard focus on the speed while it saves", async () => {
    await setProfile({ reply_speed: "instant", speak_replies: false });
    await freshScene();
    const speed = page.getByLabel("Reply speed");
    await speed.focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(async () => ((await (await page.request.get(`${app.url}/api/v1/me`)).json()) as { reply_speed: string }).reply_speed).not.toBe("instant");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("reply-speed");
  });

  it("leaves Alt+P and Alt+A alone while no reply shows, or behind an open dialog", async () => {
    await setProfile({ reply_speed: "slow", speak_replies: false });
    await freshScene();
    const altKey = (code: string) =>
      page.evaluate((code) => {
        const event = new KeyboardEvent("keydown", { code, altKey: true, bubbles: true, cancelable: true });
        document.getElementById("composer-input")!.dispatchEvent(event);
        return event.defaultPrevented;
      }, code);
    expect(await altKey("KeyP")).toBe(false);
    expect(await altKey("KeyA")).toBe(false);
    fake.enqueue({ text: "Gern! Heute gibt es Schnitzel, Gulasch, Knödel und eine Suppe. Dazu ein Bier?", interChunkDelayMs: 150 });
    await send("Was gibt es?");
    await expect.poll(() => page.getByRole("button", { name: "Show all" }).count(), { timeout: 5000 }).toBe(1);
    expect(await altKey("KeyP")).toBe(true);
    expect(await page.getByRole("button", { name: "Resume" }).count()).toBe(1);
    await page.getByRole("button", { name: "Restart scene" }).click();
    expect(await altKey("KeyP")).toBe(false);
    expect(await page.getByRole("button", { name: "Resume" }).count()).toBe(1);
    await page.keyboard.press("Escape");
  });

  it("Pause holds the text while tokens keep arriving; Resume continues from there (keyboard)", async () => {
    await setProfile({ reply_speed: "fast" });
    await freshScene();
    const reply = "Guten Abend! Heute empfehle ich Ihnen das Schnitzel mit Kartoffelsalat. Dazu passt ein kühles Bier sehr gut. Oder lieber ein Glas Wein?";
    fake.enqueue({ text: reply, interChunkDelayMs: 150 });
    await send("Was empfehlen Sie?");
    await expect.poll(() => page.locator('.message[data-status="streaming"] .message-text').textContent(), { timeout: 5000 }).toMatch(/Abend/);
    await input().press("Alt+KeyP");
    await expect.poll(() => page.getByRole("button", { name: "Resume" }).count()).toBe(1);
    const streaming = page.locator('.message[data-status="streaming"] .message-text');
    const held = await streaming.textContent();
    const tokensAtPause = turns().at(-1)!.tokensSent;
    await page.waitForTimeout(900);
    expect(turns().at(-1)!.tokensSent).toBeGreaterThan(tokensAtPause + 3);
    expect(await streaming.textContent()).toBe(held);
    expect(await page.getByRole("status").filter({ hasText: "Paused" }).count()).toBe(1);
    await screenshot(page, "reply-paused-desktop");
    // On the smallest phone the buttons take the closed Help line's place: the page still does not scroll.
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, "reply-paused-phone");
    expect(await page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
    // The key, not the button: the page moves focus to the message box when the reply ends.
    await page.keyboard.press("Alt+KeyP");
    await expect.poll(async () => (await lastReply().textContent())?.length, { timeout: 3000 }).toBeGreaterThan(held!.length);
    await expect.poll(() => lastReply().textContent(), { timeout: 15_000 }).toBe(reply);
  });
});

describe("speaking replies", () => {
  it("queues one utterance per sentence, in order, starting before the reply is complete, and highlights it", async () => {
    await setProfile({ reply_speed: "instant", speak_replies: true, voice: null });
    await freshScene();
    const reply = "Guten Tag! Wir haben z. B. Schnitzel und Suppe. Am 3. Mai ist Ruhetag. Dr. Weber kocht heute selbst.";
    fake.enqueue({ text: reply, interChunkDelayMs: 120 });
    await send("Was gibt es?");
    await expect.poll(() => utterances().then((said) => said.length), { timeout: 5000 }).toBeGreaterThan(0);
    expect(turns().at(-1)!.finished).toBe(false);
    await expect.poll(() => page.getByTestId("spoken-sentence").textContent(), { timeout: 2000 }).toBe("Guten Tag!");
    await screenshot(page, "reply-speaking-desktop");
    await expect.poll(() => utterances().then((said) => said.map((utterance) => utterance.text)), { timeout: 15_000 }).toEqual([
      "Guten Tag!",
      "Wir haben z. B. Schnitzel und Suppe.",
      "Am 3. Mai ist Ruhetag.",
      "Dr. Weber kocht heute selbst.",
    ]);
    // The browser's default German voice speaks: Anna (de-DE), not the English one.
    expect((await utterances()).every((utterance) => utterance.voice === "Anna" && utterance.lang === "de-DE")).toBe(true);
    // Still highlighted once the reply sits in the history.
    await expect.poll(() => page.getByTestId("spoken-sentence").textContent(), { timeout: 5000 }).toBe("Dr. Weber kocht heute selbst.");
    await expect.poll(() => page.getByTestId("spoken-sentence").count(), { timeout: 5000 }).toBe(0);
  });

  it("Stop silences the voice and keeps the partial reply, shown whole", async () => {
    await setProfile({ reply_speed: "slow", speak_replies: true, voice: null });
    await freshScene();
    fake.enqueue({ text: "Guten Tag! Heute haben wir Schnitzel. Und Suppe. Und Kuchen. Und Kaffee. Und noch viel mehr für Sie.", interChunkDelayMs: 150 });
    await send("Was gibt es?");
    await expect.poll(() => utterances().then((said) => said.length), { timeout: 5000 }).toBeGreaterThan(0);
    const cancelsBefore = await page.evaluate(() => (window as unknown as SpeechWindow).__cancels);
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect.poll(() => page.locator('.message[data-status="interrupted"]').count(), { timeout: 5000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as SpeechWindow).__cancels)).toBeGreaterThan(cancelsBefore);
    const said = (await utterances()).length;
    await page.waitForTimeout(800);
    expect((await utterances()).length).toBe(said);
    expect(await page.getByTestId("spoken-sentence").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Show all" }).count()).toBe(0);
  });

  it("still offers Pause and Stop for the voice once the reply has all shown", async () => {
    await setProfile({ reply_speed: "instant", speak_replies: true, voice: null });
    await freshScene();
    await page.evaluate(() => {
      (window as unknown as SpeechWindow).__speakMs = 700;
    });
    const reply = "Guten Tag! Wir haben Schnitzel. Und Suppe. Und Kuchen.";
    fake.enqueue({ text: reply, interChunkDelayMs: 5 });
    await send("Hallo!");
    await expect.poll(() => page.locator('.message-character[data-status="complete"] .message-text').last().textContent(), { timeout: 5000 }).toBe(reply);
    const spoken = page.getByTestId("spoken-sentence");
    await expect.poll(() => spoken.count()).toBe(1);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Voice paused" }).count()).toBe(1);
    const held = await spoken.textContent();
    await page.waitForTimeout(1200);
    expect(await spoken.textContent()).toBe(held);
    await screenshot(page, "reply-voice-paused-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "reply-voice-paused-phone");
    await page.setViewportSize(DESKTOP);
    await page.keyboard.press("Alt+KeyP");
    await expect.poll(() => spoken.textContent(), { timeout: 3000 }).not.toBe(held);
    const cancelsBefore = await page.evaluate(() => (window as unknown as SpeechWindow).__cancels);
    await page.getByRole("button", { name: "Stop voice" }).click();
    await expect.poll(() => spoken.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as SpeechWindow).__cancels)).toBeGreaterThan(cancelsBefore);
    expect(await page.getByRole("group", { name: /Reply/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("composer-input");
    await page.evaluate(() => {
      (window as unknown as SpeechWindow).__speakMs = 400;
    });
  });

  it("with Text follows the voice, shows no more than the sentence being spoken", async () => {
    await setProfile({ reply_speed: "instant", speak_replies: true, voice: null });
    await freshScene();
    await page.evaluate(() => localStorage.setItem("alltag:text-follows-voice", "true"));
    await page.reload();
    await expect.poll(() => page.getByLabel("Reply speed").isEnabled()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as SpeechWindow).__speakMs = 1200;
    });
    const reply = "Guten Tag! Wir haben heute Schnitzel. Bis bald!";
    fake.enqueue({ text: reply, interChunkDelayMs: 5 });
    await send("Hallo!");
    await expect.poll(() => lastReply().textContent(), { timeout: 5000 }).toBe("Guten Tag!");
    await expect.poll(() => turns().at(-1)?.finished).toBe(true);
    await page.waitForTimeout(400);
    expect(await lastReply().textContent()).toBe("Guten Tag!");
    await expect.poll(() => lastReply().textContent(), { timeout: 3000 }).toBe("Guten Tag! Wir haben heute Schnitzel.");
    await expect.poll(() => lastReply().textContent(), { timeout: 5000 }).toBe(reply);
    await page.evaluate(() => localStorage.removeItem("alltag:text-follows-voice"));
  });

  it("lets the learner pick a German voice in Settings → Replies, which the next reply uses", async () => {
    await page.goto(`${app.url}/settings`);
    const section = page.getByRole("region", { name: "Replies" });
    await expect.poll(() => section.getByLabel("Voice", { exact: true }).locator("option").allTextContents()).toEqual([
      "Browser default (Anna)",
      "The server's voice (TTS server)",
      "Anna · de-DE",
      "Markus · de-AT",
    ]);
    await section.getByLabel("Voice", { exact: true }).selectOption("Markus");
    await section.getByLabel("Slow").check();
    await section.getByRole("button", { name: "Save reply settings" }).click();
    await expect.poll(() => section.getByRole("status").filter({ hasText: "Saved." }).count()).toBe(1);
    const me = (await (await page.request.get(`${app.url}/api/v1/me`)).json()) as { voice: string; reply_speed: string; speak_replies: boolean };
    expect(me).toMatchObject({ voice: "Markus", reply_speed: "slow", speak_replies: true });
    await screenshot(page, "reply-settings-desktop");

    await setProfile({ reply_speed: "instant" });
    await freshScene();
    const before = (await utterances()).length;
    fake.enqueue({ text: "Servus! Was darf es sein?", interChunkDelayMs: 5 });
    await send("Hallo!");
    await expect.poll(() => utterances().then((said) => said.slice(before)), { timeout: 5000 }).toEqual([
      { text: "Servus!", voice: "Markus", lang: "de-AT" },
      { text: "Was darf es sein?", voice: "Markus", lang: "de-AT" },
    ]);
  });

  it("speaks through the server's engine, one request per sentence, played in order", async () => {
    await setProfile({ reply_speed: "instant", speak_replies: true, voice: "server" });
    tts.reset();
    await freshScene();
    fake.enqueue({ text: "Guten Tag! Was darf ich bringen? Wir haben Kuchen.", interChunkDelayMs: 20 });
    await send("Hallo!");
    await expect.poll(() => tts.calls.map((call) => call.json?.input), { timeout: 10_000 }).toEqual(["Guten Tag!", "Was darf ich bringen?", "Wir haben Kuchen."]);
    await expect.poll(() => page.evaluate(() => (window as unknown as SpeechWindow).__audio.length), { timeout: 5000 }).toBe(3);
    expect(tts.calls.every((call) => call.json?.voice === "alloy")).toBe(true);
  });

  it("says plainly when the browser has no German voice", async () => {
    await setProfile({ speak_replies: true, voice: null });
    const english = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await context.storageState() });
    await english.addInitScript(stubSpeech([{ name: "Samantha", lang: "en-US" }]));
    const phone = await english.newPage();
    try {
      await phone.goto(`${app.url}/scenarios/restaurant`);
      await phone.locator(".scene-side-toggle").click();
      await expect.poll(() => phone.getByRole("status").filter({ hasText: "This browser has no German voice" }).count(), { timeout: 5000 }).toBe(1);
      await screenshot(phone, "reply-controls-no-voice-phone");
      await phone.goto(`${app.url}/settings`);
      await expect.poll(() => phone.getByText(/This browser has no German voice, but the server's voice works/).count(), { timeout: 5000 }).toBe(1);
      await phone.getByRole("heading", { name: "Replies" }).scrollIntoViewIfNeeded();
      await screenshot(phone, "reply-settings-phone");
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await english.close();
    }
  });
});
