import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { DESKTOP, launchBrowser, screenshot } from "./support/browser";
import { startCuttingProxy, type CuttingProxy } from "./support/cutting-proxy";
import { paints, recordStreamPaints, setUpOwner } from "./support/flows";
import { startAppServer, type AppServer } from "./support/server";

// Resumable turns in the browser: the page goes through a proxy that can cut its reply stream for real.
const PHONE = { width: 390, height: 800 };

let fake: FakeOllama;
let proxy: CuttingProxy;
let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: string;

const input = (on: Page = page) => on.getByLabel(/Your message to Hans/);
const streamingText = (on: Page = page) => on.locator('.message[data-status="streaming"] .message-text');
const shownLength = async (on: Page = page) => ((await streamingText(on).textContent().catch(() => "")) ?? "").length;
const lastReply = (on: Page = page) => on.locator(".message-character .message-text").last();
const turns = () => fake.requests.filter((request) => request.path === "/api/chat" && ((request.body as { messages?: unknown[] }).messages?.length ?? 0) > 0);
/** A reply slow enough to act on mid-way: a token every 100 ms (40 tokens: 4 s). */
const slowReply = (word: string, count = 40) => ({ tokens: Array.from({ length: count }, (_, index) => ` ${word}${index}`), interChunkDelayMs: 100 });

type StoredMessage = { id: string; role: string; content: string; status: string };

async function storedMessages(): Promise<StoredMessage[]> {
  const response = await page.request.get(`${site}/api/v1/scenarios/restaurant`);
  return ((await response.json()) as { messages: StoredMessage[] }).messages;
}

async function freshScene(on: Page = page) {
  const response = await on.request.post(`${site}/api/v1/scenarios/restaurant/start`);
  expect(response.status()).toBe(201);
  await on.goto(`${site}/scenarios/restaurant`);
  await expect.poll(() => input(on).isEnabled()).toBe(true);
}

async function send(text: string) {
  await input().fill(text);
  await input().press("Enter");
}

async function setProfile(change: Record<string, unknown>) {
  const response = await page.request.patch(`${site}/api/v1/me`, { data: change });
  expect(response.status()).toBe(200);
}

/** Records the text of the newest reply on screen, history or streaming bubble, at every frame it changes. */
async function recordNewestReply(on: Page = page): Promise<() => Promise<string[]>> {
  await on.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __newest: string[] }).__newest = seen;
    const tick = () => {
      const text = [...document.querySelectorAll(".message-character .message-text")].at(-1)?.textContent ?? "";
      if (text !== seen.at(-1)) seen.push(text);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () => on.evaluate(() => (window as unknown as { __newest: string[] }).__newest);
}

async function waitIdle(on: Page = page) {
  await expect.poll(() => on.getByRole("button", { name: "Send" }).count(), { timeout: 15_000 }).toBe(1);
}

/** Reattach requests the page made: GETs of the reply stream. */
function countReattaches(on: Page): () => number {
  let count = 0;
  on.on("request", (request) => {
    if (request.method() === "GET" && request.url().includes("/message/stream")) count++;
  });
  return () => count;
}

beforeAll(async () => {
  fake = await startFakeOllama();
  proxy = await startCuttingProxy();
  app = await startAppServer({ ollamaUrl: fake.url, env: { NEXTAUTH_URL: proxy.url } });
  proxy.forwardTo(app.port);
  site = proxy.url;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: DESKTOP });
  page = await context.newPage();
  await setUpOwner(page, { ...app, url: site });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await proxy?.close();
  await fake?.close();
});

describe("resumable replies on the scene page", () => {
  it("reconnects after the connection drops, says so, and continues where it was without a gap or a repeat", async () => {
    await freshScene();
    const reattaches = countReattaches(page);
    const reply = slowReply("Wort");
    fake.enqueue(reply);
    await recordStreamPaints(page);
    await send("Guten Tag!");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(30);

    // The network stays down for a while: the page keeps trying, and says so.
    await page.route("**/message/stream", (route) => (route.request().method() === "GET" ? route.abort("internetdisconnected") : route.continue()));
    expect(proxy.cutStreams()).toBe(1);
    const reconnecting = page.getByRole("status").filter({ hasText: "reconnecting …" });
    await expect.poll(() => reconnecting.count(), { timeout: 3000 }).toBe(1);
    // At least one try met the network down (the first waits its backoff), so a later one is what succeeds.
    await expect.poll(() => reattaches(), { timeout: 5000 }).toBeGreaterThanOrEqual(1);
    expect(await streamingText().textContent()).toMatch(/^ Wort0 Wort1/);
    await screenshot(page, "60-resume-reconnecting-desktop");
    await page.setViewportSize(PHONE);
    await screenshot(page, "61-resume-reconnecting-phone");
    await page.setViewportSize(DESKTOP);
    await page.unroute("**/message/stream");

    await expect.poll(() => lastReply().textContent(), { timeout: 15_000 }).toBe(reply.tokens.join(""));
    expect(await reconnecting.count()).toBe(0);
    expect(reattaches()).toBeGreaterThanOrEqual(2);
    // What was shown only ever grew: the resumed stream added to it and repeated nothing.
    const grew = await paints(page);
    for (let index = 1; index < grew.length; index++) expect(grew[index]!.startsWith(grew[index - 1]!)).toBe(true);
    expect((await storedMessages()).at(-1)).toMatchObject({ role: "assistant", content: reply.tokens.join(""), status: "complete" });
    expect(await page.locator(".message-character").count()).toBe(2);
    expect(turns().filter((request) => request.aborted)).toHaveLength(0);
    await waitIdle();
  });

  it("goes on at once when the browser says it is back online", async () => {
    await freshScene();
    const reply = slowReply("Satz");
    fake.enqueue(reply);
    await send("Hallo!");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(20);
    await context.setOffline(true);
    expect(proxy.cutStreams()).toBe(1);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "reconnecting …" }).count(), { timeout: 3000 }).toBe(1);
    // Past the first three tries (0.5 s, 1.5 s, 3.5 s), which fail offline: the next one is 4 s away.
    await page.waitForTimeout(4000);
    const offlineAt = Date.now();
    await context.setOffline(false);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "reconnecting …" }).count(), { timeout: 3000 }).toBe(0);
    expect(Date.now() - offlineAt).toBeLessThan(1500);
    await expect.poll(() => lastReply().textContent(), { timeout: 15_000 }).toBe(reply.tokens.join(""));
    await waitIdle();
  });

  it("continues a reply after a reload mid-way, and a second tab shows the same live reply", async () => {
    await freshScene();
    const reply = slowReply("Teil", 80);
    fake.enqueue(reply);
    await send("Ein Wasser, bitte.");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(20);

    const second = await context.newPage();
    await second.goto(`${site}/scenarios/restaurant`);
    await page.reload();
    // Both show the partial reply and follow it live: it keeps growing.
    for (const tab of [page, second]) {
      await expect.poll(() => shownLength(tab), { timeout: 5000 }).toBeGreaterThan(0);
      const before = await shownLength(tab);
      await expect.poll(() => shownLength(tab), { timeout: 5000 }).toBeGreaterThan(before);
    }
    for (const tab of [page, second]) await expect.poll(() => lastReply(tab).textContent(), { timeout: 15_000 }).toBe(reply.tokens.join(""));
    expect((await storedMessages()).at(-1)).toMatchObject({ content: reply.tokens.join(""), status: "complete" });
    for (const tab of [page, second]) {
      expect(await tab.locator(".message-user").filter({ hasText: "Ein Wasser, bitte." }).count()).toBe(1);
      expect(await tab.locator('[data-objective="order_drink"]').getAttribute("data-done")).toBe("true");
    }
    expect(turns().at(-1)?.aborted).toBe(false);
    await waitIdle();
    await waitIdle(second);

    // A tab already open when the other one sends picks the reply up when it is looked at again.
    const next = slowReply("Noch");
    fake.enqueue(next);
    await send("Und ein Brot.");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(10);
    await second.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => shownLength(second), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => lastReply(second).textContent(), { timeout: 15_000 }).toBe(next.tokens.join(""));
    expect(await second.locator(".message-user").filter({ hasText: "Und ein Brot." }).count()).toBe(1);
    await second.close();
    await waitIdle();
  });

  it("stops the model with Stop, keeps the text, and Continue goes on in the same reply", async () => {
    await freshScene();
    fake.enqueue(slowReply("Anfang"));
    await send("Was empfehlen Sie?");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(30);
    await page.getByRole("button", { name: "Stop" }).click();
    const chat = turns().at(-1)!;
    await fake.waitForAbort(chat, 3000);
    await expect.poll(() => page.locator('.message[data-status="interrupted"]').count()).toBe(1);
    const partial = (await page.locator('.message[data-status="interrupted"] .message-text').textContent()) ?? "";
    expect(partial).toMatch(/^ Anfang0 Anfang1/);
    expect((await storedMessages()).at(-1)).toMatchObject({ content: partial, status: "interrupted" });
    const continueButton = page.getByRole("button", { name: "Continue" });
    await expect.poll(() => continueButton.count()).toBe(1);
    expect(await page.getByRole("button", { name: "Retry" }).count()).toBe(1);
    await screenshot(page, "62-resume-continue-desktop");
    await page.setViewportSize(PHONE);
    await page.getByRole("region", { name: "Conversation", exact: true }).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await screenshot(page, "63-resume-continue-phone");
    await page.setViewportSize(DESKTOP);

    // After a reload the cut-off reply still offers Continue.
    await page.reload();
    await expect.poll(() => continueButton.count(), { timeout: 5000 }).toBe(1);
    const rest = slowReply("Ende");
    fake.enqueue({ ...rest, interChunkDelayMs: 30 });
    await continueButton.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => lastReply().textContent(), { timeout: 15_000 }).toBe(partial + rest.tokens.join(""));
    const messages = turns().at(-1)!.body as { messages: Array<{ role: string; content: string }> };
    expect(messages.messages.at(-1)).toMatchObject({ role: "assistant", content: partial });
    expect(await page.locator(".message-character").count()).toBe(2);
    expect(await continueButton.count()).toBe(0);
    expect((await storedMessages()).at(-1)).toMatchObject({ content: partial + rest.tokens.join(""), status: "complete" });
    await waitIdle();
  });

  it("at slow speed, Continue keeps the text Stop cut off on screen and types only what is new", async () => {
    await setProfile({ reply_speed: "slow" });
    try {
      await freshScene();
      fake.enqueue(slowReply("Vorn", 20));
      await send("Was gibt es heute?");
      await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(20);
      await page.getByRole("button", { name: "Stop" }).click();
      await expect.poll(() => page.locator('.message[data-status="interrupted"]').count(), { timeout: 15_000 }).toBe(1);
      const partial = (await page.locator('.message[data-status="interrupted"] .message-text').textContent()) ?? "";
      expect(partial).toMatch(/^ Vorn0 Vorn1/);
      const rest = slowReply("Hinten", 10);
      fake.enqueue({ ...rest, interChunkDelayMs: 50 });
      const newest = await recordNewestReply();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect.poll(() => lastReply().textContent(), { timeout: 20_000 }).toBe(partial + rest.tokens.join(""));
      const seen = await newest();
      console.log(`[e2e continue at slow] ${seen.length} texts seen, from ${seen[0]?.length} to ${seen.at(-1)?.length} characters`);
      // Typed on from the cut, a little at a time: never shorter, never from the start again.
      expect(seen.length).toBeGreaterThan(5);
      seen.forEach((text, index) => {
        expect(text.startsWith(partial)).toBe(true);
        if (index > 0) expect(text.startsWith(seen[index - 1]!)).toBe(true);
      });
      await waitIdle();
    } finally {
      await setProfile({ reply_speed: "instant" });
    }
  });

  it("Stop with no server to tell keeps the partial reply and offers Continue", async () => {
    await freshScene();
    fake.enqueue(slowReply("Offline", 20));
    await send("Haben Sie einen Tisch frei?");
    await expect.poll(() => shownLength(), { timeout: 5000 }).toBeGreaterThan(20);
    await page.route("**/message/stop", (route) => route.abort("internetdisconnected"));
    try {
      await page.getByRole("button", { name: "Stop" }).click();
      await expect.poll(() => page.locator('.message[data-status="interrupted"]').count(), { timeout: 5000 }).toBe(1);
      await expect.poll(() => page.getByRole("button", { name: "Continue" }).count()).toBe(1);
      expect(await page.getByText(/Hans's reply was cut off/).count()).toBe(1);
    } finally {
      await page.unroute("**/message/stop");
    }
    // The server was never told: its reply runs to the end, stored whole.
    await expect.poll(async () => (await storedMessages()).at(-1)?.status, { timeout: 10_000 }).toBe("complete");
  });

  it("stops the model when Stop comes before the first word, and offers nothing to continue", async () => {
    await freshScene();
    fake.enqueue({ ...slowReply("Nie"), firstChunkDelayMs: 2000 });
    const turnsBefore = turns().length;
    await send("Hallo!");
    await expect.poll(() => turns().length).toBe(turnsBefore + 1);
    const chat = turns().at(-1)!;
    await page.getByRole("button", { name: "Stop" }).click();
    await fake.waitForAbort(chat, 3000);
    await waitIdle();
    expect(chat.tokensSent).toBe(0);
    expect(await page.getByRole("button", { name: "Continue" }).count()).toBe(0);
    expect(await page.locator(".message-character").count()).toBe(1);
  });

  /** A tab whose clock the test drives, signed in as the page is, with the reply stream's reattaches failing. */
  async function tabThatLosesTheNetwork(): Promise<{ tab: Page; close: () => Promise<void> }> {
    const clocked = await browser.newContext({ viewport: DESKTOP, storageState: await context.storageState() });
    // Time runs as usual until the test jumps it over the page's waits between tries (about half a minute in all).
    await clocked.clock.install();
    const tab = await clocked.newPage();
    await freshScene(tab);
    return { tab, close: () => clocked.close() };
  }

  /** Cuts the reply stream and keeps every try to reattach failing, then jumps over the waits until the page gives up. */
  async function loseTheNetworkUntilGivenUp(tab: Page) {
    await tab.route("**/message/stream", (route) => (route.request().method() === "GET" ? route.abort("internetdisconnected") : route.continue()));
    // The main page's last stream may still hold an idle connection the proxy cuts too.
    expect(proxy.cutStreams()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => tab.getByRole("status").filter({ hasText: "reconnecting …" }).count(), { timeout: 3000 }).toBe(1);
    const gaveUp = tab.getByRole("alert").filter({ hasText: "The connection dropped before the reply was finished" });
    for (let jump = 0; jump < 20 && (await gaveUp.count()) === 0; jump++) {
      await tab.clock.fastForward(8000);
      await tab.waitForTimeout(150);
    }
    await expect.poll(() => gaveUp.count(), { timeout: 3000 }).toBe(1);
    await tab.unroute("**/message/stream");
  }

  it("gives up after its tries when the network stays down, keeps what was shown, and Retry shows the reply the server finished", async () => {
    const { tab, close } = await tabThatLosesTheNetwork();
    try {
      const reply = slowReply("Rest", 40);
      fake.enqueue(reply);
      const reattaches = countReattaches(tab);
      await input(tab).fill("Ich hätte gern die Karte.");
      await input(tab).press("Enter");
      await expect.poll(() => shownLength(tab), { timeout: 5000 }).toBeGreaterThan(20);
      await loseTheNetworkUntilGivenUp(tab);

      // Every try was made and failed; what the learner wrote and saw stays, and the page says what to do.
      expect(reattaches()).toBe(7);
      expect(await tab.getByRole("status").filter({ hasText: "reconnecting …" }).count()).toBe(0);
      expect(await tab.locator(".message-user").filter({ hasText: "Ich hätte gern die Karte." }).count()).toBe(1);
      const kept = tab.locator('.message[data-status="interrupted"] .message-text');
      expect(await kept.textContent()).toMatch(/^ Rest0 Rest1 Rest2/);
      // The learner stopped nothing: the label under the kept text says it was cut off.
      expect(await tab.locator('.message[data-status="interrupted"] .message-status').textContent()).toBe("Cut off");
      expect(await tab.getByRole("button", { name: "Retry" }).count()).toBe(1);
      await screenshot(tab, "66-resume-gave-up-desktop");
      await tab.setViewportSize(PHONE);
      // Resizing leaves the scroll where it was; a learner on a phone follows the reply at the bottom.
      await tab.getByRole("region", { name: "Conversation", exact: true }).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await screenshot(tab, "67-resume-gave-up-phone");
      await tab.setViewportSize(DESKTOP);

      // The server wrote the reply to its end meanwhile: Retry shows it, with no error and nothing asked of the model again.
      await expect.poll(async () => (await storedMessages()).at(-1)?.status, { timeout: 10_000 }).toBe("complete");
      const turnsBefore = turns().length;
      await tab.getByRole("button", { name: "Retry" }).click();
      await expect.poll(() => lastReply(tab).textContent(), { timeout: 5000 }).toBe(reply.tokens.join(""));
      expect(await tab.locator(".turn-error").count()).toBe(0);
      expect(await tab.locator(".message-user").filter({ hasText: "Ich hätte gern die Karte." }).count()).toBe(1);
      expect(await tab.locator(".message-character").count()).toBe(2);
      expect(turns().length).toBe(turnsBefore);
      await waitIdle(tab);
    } finally {
      await close();
    }
  });

  it("after giving up, Retry follows a reply the server is still writing instead of refusing", async () => {
    const { tab, close } = await tabThatLosesTheNetwork();
    try {
      const reply = slowReply("Weiter", 120);
      fake.enqueue(reply);
      await input(tab).fill("Was können Sie empfehlen?");
      await input(tab).press("Enter");
      await expect.poll(() => shownLength(tab), { timeout: 5000 }).toBeGreaterThan(20);
      await loseTheNetworkUntilGivenUp(tab);
      expect((await storedMessages()).at(-1)?.status).not.toBe("complete");

      const turnsBefore = turns().length;
      await tab.getByRole("button", { name: "Retry" }).click();
      await expect.poll(() => streamingText(tab).count(), { timeout: 5000 }).toBe(1);
      expect(await tab.locator(".turn-error").count()).toBe(0);
      await expect.poll(() => lastReply(tab).textContent(), { timeout: 20_000 }).toBe(reply.tokens.join(""));
      expect(await tab.locator(".message-user").filter({ hasText: "Was können Sie empfehlen?" }).count()).toBe(1);
      expect(await tab.locator(".message-character").count()).toBe(2);
      // The running reply was followed, not asked for again.
      expect(turns().length).toBe(turnsBefore);
      await waitIdle(tab);
    } finally {
      await close();
    }
  });
});
