import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { DESKTOP, PHONE, launchBrowser, screenshot } from "./support/browser";
import { paints, recordStreamPaints, setUpOwner } from "./support/flows";
import { startAppServer, type AppServer } from "./support/server";

let fake: FakeOllama;
let app: AppServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

const input = () => page.getByLabel(/Your message to Hans/);
const objective = (id: string) => page.locator(`[data-objective="${id}"]`);
const lastReply = () => page.locator(".message-character .message-text").last();
// Turns only: warm-ups are chats with no messages.
const turns = () => fake.requests.filter((request) => request.path === "/api/chat" && ((request.body as { messages?: unknown[] }).messages?.length ?? 0) > 0);

beforeAll(async () => {
  fake = await startFakeOllama();
  app = await startAppServer({ ollamaUrl: fake.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void (dialog.type() === "confirm" ? dialog.accept() : dialog.dismiss());
  });
  await setUpOwner(page, app);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
});

async function send(text: string) {
  await input().fill(text);
  await input().press("Enter");
}

async function waitIdle() {
  await expect.poll(() => page.getByRole("button", { name: "Send" }).count(), { timeout: 15_000 }).toBe(1);
}

async function freshScene() {
  const response = await page.request.post(`${app.url}/api/v1/scenarios/restaurant/start`);
  expect(response.status()).toBe(201);
  await page.goto(`${app.url}/scenarios/restaurant`);
  await expect.poll(() => input().isEnabled()).toBe(true);
}

describe("the scene page", () => {
  it("walks a learner from the first message to the summary, streaming visibly", async () => {
    await page.getByRole("link", { name: /Im Restaurant/ }).click();
    await page.waitForURL(/\/scenarios\/restaurant$/);
    await expect.poll(() => page.getByText("Hans", { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, "10-scene-start-desktop");

    const reply = "Guten Tag! Herzlich willkommen bei uns. Ich bin Hans, Ihr Kellner heute. Was darf ich Ihnen zu trinken bringen?";
    // The first token is held long enough that a slow CI browser still shows the waiting state.
    fake.enqueue({ text: reply, firstChunkDelayMs: 1500, interChunkDelayMs: 60 });
    await recordStreamPaints(page);
    await page.evaluate(() => {
      document.addEventListener("keydown", (event) => event.key === "Enter" && performance.mark("test:enter-pressed"), { capture: true, once: true });
    });
    const turnsBefore = turns().length;
    await input().fill("Guten Tag!");
    await input().press("Enter");

    // At once, before the model's first token: input empty, message shown, typing indicator on,
    // and the points, which come with the metadata (the notice lasts 3.5 s, so it is checked now).
    expect(await input().inputValue()).toBe("");
    await expect.poll(() => turns().length).toBe(turnsBefore + 1);
    expect(turns().at(-1)?.tokensSent).toBe(0);
    await expect.poll(() => page.locator(".message-user").filter({ hasText: "Guten Tag!" }).count(), { timeout: 1200 }).toBe(1);
    await expect.poll(() => page.getByText(/Hans (is typing|will be with you in a moment) …/).count(), { timeout: 1200 }).toBe(1);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "+20 points" }).count(), { timeout: 1200 }).toBe(1);
    await screenshot(page, "11-scene-waiting");

    await expect.poll(() => page.locator('.message[data-status="streaming"]').count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(250);
    await screenshot(page, "12-scene-streaming-desktop");
    await expect.poll(() => lastReply().textContent(), { timeout: 10_000 }).toBe(reply);
    const grew = await paints(page);
    expect(grew.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < grew.length; index++) expect(grew[index]!.startsWith(grew[index - 1]!)).toBe(true);

    await expect.poll(() => objective("greet").getAttribute("data-done")).toBe("true");
    expect(await objective("greet").textContent()).toContain("Guten Tag");
    await expect.poll(() => page.getByTestId("score").textContent()).toBe("20");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("composer-input");

    const chatRequest = turns().at(-1)!;
    const timings = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
      return {
        timeOrigin: performance.timeOrigin,
        enter: at("test:enter-pressed"),
        inputCleared: at("alltag:input-cleared"),
        userPainted: at("alltag:user-message-painted"),
        firstTokenPainted: at("alltag:first-token-painted"),
      };
    });
    const firstChunkEpoch = performance.timeOrigin + chatRequest.tokenSentAt[0]!;
    const firstPaintEpoch = timings.timeOrigin + timings.firstTokenPainted;
    console.log(
      `[e2e timings] input cleared ${(timings.inputCleared - timings.enter).toFixed(1)} ms after Enter; ` +
        `user message painted ${(timings.userPainted - timings.enter).toFixed(1)} ms after Enter; ` +
        `first token painted ${(firstPaintEpoch - firstChunkEpoch).toFixed(1)} ms after the test server sent it`,
    );
    expect(timings.inputCleared - timings.enter).toBeGreaterThanOrEqual(0);

    for (const [text, id] of [
      ["ich hätte gern ein wasser bitte", "order_drink"],
      ["Und ich nehme das Schnitzel mit Kartoffeln.", "order_food"],
      ["Die Rechnung, bitte!", "ask_bill"],
    ] as const) {
      fake.enqueue({ text: "Sehr gern, kommt sofort.", interChunkDelayMs: 5 });
      await send(text);
      await expect.poll(() => objective(id).getAttribute("data-done"), { timeout: 10_000 }).toBe("true");
      await waitIdle();
    }
    fake.enqueue({ text: "Auf Wiedersehen und einen schönen Abend!" });
    await send("Vielen Dank, auf Wiedersehen!");
    await expect.poll(() => page.getByTestId("summary").count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId("score").textContent()).toBe("100");
    // The summary is the round's report, which loads once the round is over.
    await expect.poll(() => page.getByTestId("report").count(), { timeout: 10_000 }).toBe(1);
    const summary = await page.getByTestId("summary").textContent();
    expect(summary).toContain("wasser");
    expect(summary).toContain("Schnitzel");
    // A finished round takes no more messages: no composer, no Send, no "Enter sends".
    expect(await input().count()).toBe(0);
    expect(await page.getByText(/Enter sends/).count()).toBe(0);
    await screenshot(page, "13-scene-complete-desktop");

    await page.setViewportSize(PHONE);
    await screenshot(page, "14-scene-complete-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);

    // Reload: everything as stored.
    await page.reload();
    await expect.poll(() => page.getByTestId("summary").count()).toBe(1);
    expect(await page.locator(".message-user").count()).toBe(5);

    // Play again: after the in-page confirmation, a fresh round.
    await page.getByRole("button", { name: "Play again with Hans" }).click();
    await page.getByRole("dialog", { name: "Start “Im Restaurant” again?" }).getByRole("button", { name: "Start again" }).click();
    await expect.poll(() => page.getByTestId("score").textContent()).toBe("0");
    expect(dialogs).toEqual([]);
    expect(await page.locator(".message-user").count()).toBe(0);
    expect(await page.locator('[data-done="true"]').count()).toBe(0);
    expect(await input().isEnabled()).toBe(true);
  });

  it("says the model is still loading, and Stop keeps the partial reply, which a reload shows", async () => {
    fake.setLoaded([]);
    await freshScene();
    const tokens = Array.from({ length: 40 }, (_, index) => ` Wort${index}`);
    fake.enqueue({ tokens, interChunkDelayMs: 80, firstChunkDelayMs: 1500 });
    await send("Hallo!");
    await expect.poll(() => page.getByText("Hans will be with you in a moment …").count(), { timeout: 1200 }).toBe(1);
    await screenshot(page, "15-scene-cold-model");
    fake.setLoaded(["llama3.2:1b"]);
    await expect.poll(async () => ((await page.locator('.message[data-status="streaming"] .message-text').textContent()) ?? "").length, { timeout: 5000 }).toBeGreaterThan(20);
    await page.setViewportSize(PHONE);
    await screenshot(page, "16-scene-streaming-phone");
    await page.setViewportSize(DESKTOP);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect.poll(() => page.locator('.message[data-status="interrupted"]').count()).toBe(1);
    const partial = (await page.locator('.message[data-status="interrupted"] .message-text').textContent()) ?? "";
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(tokens.join("").length);
    expect(await page.locator(".message-status").filter({ hasText: "Cut off" }).count()).toBe(1);
    await waitIdle();

    await page.reload();
    await expect.poll(() => page.locator('.message[data-status="interrupted"]').count()).toBe(1);
    const stored = (await page.locator('.message[data-status="interrupted"] .message-text').textContent()) ?? "";
    expect(stored.startsWith(partial)).toBe(true);
  });

  it("shows model_not_found with its fix, and Retry succeeds once the model is there", async () => {
    fake.setModels(["qwen2.5:0.5b"]);
    fake.setLoaded([]);
    await freshScene();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "ollama pull llama3.2:1b" }).count(), { timeout: 5000 }).toBeGreaterThan(0);
    await send("Ein Bier, bitte.");
    await expect.poll(() => page.locator(".turn-error").count(), { timeout: 5000 }).toBe(1);
    expect(await page.locator(".turn-error").textContent()).toContain("ollama pull llama3.2:1b");
    await screenshot(page, "17-scene-model-missing");

    fake.setModels(["llama3.2:1b"]);
    fake.setLoaded(["llama3.2:1b"]);
    fake.enqueue({ text: "Ein Bier, sehr gern." });
    await page.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => lastReply().textContent(), { timeout: 5000 }).toBe("Ein Bier, sehr gern.");
    expect(await page.locator(".turn-error").count()).toBe(0);

    const state = await (await page.request.get(`${app.url}/api/v1/scenarios/restaurant`)).json();
    const mine = state.messages.filter((message: { role: string; content: string }) => message.role === "user" && message.content === "Ein Bier, bitte.");
    expect(mine).toHaveLength(1);
    expect(state.objectives.find((item: { id: string }) => item.id === "order_drink").done).toBe(true);
  });

  it("renders markup from the model as text and joins umlauts split across chunks", async () => {
    await freshScene();
    const reply = 'Schön! <img src=x onerror=alert(1)> Grüße aus der Küche: <script>alert("ß")</script> Süßes & Äpfel.';
    fake.enqueue({ text: reply, splitLines: true, interChunkDelayMs: 10 });
    await send("Was empfehlen Sie?");
    await expect.poll(() => lastReply().textContent(), { timeout: 5000 }).toBe(reply);
    expect(await page.locator(".message-list img, .message-list script").count()).toBe(0);
    expect(dialogs.filter((dialog) => dialog.startsWith("alert"))).toEqual([]);
  });

  it("follows the stream to the bottom, and a pill brings back a learner who scrolled up", async () => {
    await freshScene();
    const lines = Array.from({ length: 60 }, (_, index) => `Zeile ${index}: Heute empfehle ich die Suppe.\n`);
    fake.enqueue({ tokens: lines, interChunkDelayMs: 40 });
    await send("Was empfehlen Sie heute?");
    const scroller = page.getByRole("region", { name: "Conversation", exact: true });
    const distanceToBottom = () => scroller.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight);
    await expect.poll(async () => ((await page.locator('.message[data-status="streaming"] .message-text').textContent()) ?? "").length, { timeout: 5000 }).toBeGreaterThan(1000);
    expect(await distanceToBottom()).toBeLessThan(80);

    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    await expect.poll(() => page.getByRole("button", { name: /New message/ }).count(), { timeout: 3000 }).toBe(1);
    expect(await distanceToBottom()).toBeGreaterThan(200);
    await screenshot(page, "18-scene-new-message-pill");
    await page.getByRole("button", { name: /New message/ }).click();
    await expect.poll(distanceToBottom, { timeout: 3000 }).toBeLessThan(80);
    await waitIdle();

    // Sending from far up brings the learner back down at once, and the new reply is followed.
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    await expect.poll(distanceToBottom).toBeGreaterThan(200);
    fake.enqueue({ tokens: lines.slice(0, 20), interChunkDelayMs: 40 });
    await send("Und was noch?");
    await expect.poll(distanceToBottom, { timeout: 1000 }).toBeLessThan(80);
    await expect.poll(async () => ((await page.locator('.message[data-status="streaming"] .message-text').textContent()) ?? "").length, { timeout: 5000 }).toBeGreaterThan(400);
    expect(await distanceToBottom()).toBeLessThan(80);
    expect(await page.getByRole("button", { name: /New message/ }).count()).toBe(0);
    await waitIdle();
  });

  it("gives the words back when the message never reached the server", async () => {
    await freshScene();
    await page.route("**/message/stream", (route) => route.abort("internetdisconnected"));
    await send("Ich hätte gern einen Kaffee.");
    await expect.poll(() => page.locator(".turn-error").textContent(), { timeout: 5000 }).toContain("was not sent");
    expect(await input().inputValue()).toBe("Ich hätte gern einen Kaffee.");
    expect(await page.locator(".message-user").count()).toBe(0);
    await screenshot(page, "19-scene-offline");
    await page.unroute("**/message/stream");

    fake.enqueue({ text: "Ein Kaffee, kommt sofort." });
    await input().press("Enter");
    await expect.poll(() => lastReply().textContent(), { timeout: 5000 }).toBe("Ein Kaffee, kommt sofort.");
    expect(await page.locator(".message-user").count()).toBe(1);
  });

  it("says why a goodbye earned nothing yet, on desktop and phone", async () => {
    await freshScene();
    fake.enqueue({ text: "Oh, Sie gehen schon? Sie haben noch gar nichts bestellt." });
    await send("Tschüss!");
    const waiting = page.getByRole("status").filter({ hasText: "“Say goodbye” counts after “Ask for the bill”" });
    await expect.poll(() => waiting.count(), { timeout: 2000 }).toBe(1);
    expect(await page.getByRole("status").filter({ hasText: "points" }).count()).toBe(0);
    await screenshot(page, "40-goodbye-waiting-desktop");
    await waitIdle();
    await page.setViewportSize(PHONE);
    fake.enqueue({ text: "Bis bald!" });
    await send("Auf Wiedersehen!");
    await expect.poll(() => waiting.count(), { timeout: 2000 }).toBe(1);
    await screenshot(page, "41-goodbye-waiting-phone");
    await waitIdle();
    await page.setViewportSize(DESKTOP);
  });
});
