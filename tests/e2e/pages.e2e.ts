import path from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { launchBrowser, screenshot } from "./support/browser";
import { OWNER, PASSWORD_CHECK_MS, whenInteractive } from "./support/flows";
import { freePort, startAppServer, type AppServer } from "./support/server";


// The sizes the issue names: a laptop, and the phones most learners carry.
const LAPTOP = { width: 1280, height: 800 };
const PHONE_390 = { width: 390, height: 844 };
const PHONE_360 = { width: 360, height: 740 };

let ollamaPort: number;
let fake: FakeOllama | undefined;
let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const nativeDialogs: string[] = [];

const input = () => page.getByLabel(/Your message to Hans/);
const banner = () => page.locator(".banner");
const notice = () => page.locator(".points-notice");

beforeAll(async () => {
  // Ollama starts down: the app points at a port where nothing listens yet.
  ollamaPort = await freePort();
  app = await startAppServer({ ollamaUrl: `http://127.0.0.1:${ollamaPort}` });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: LAPTOP });
  page = await context.newPage();
  page.on("dialog", (dialog) => {
    nativeDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
});

function ollama(): FakeOllama {
  if (!fake) throw new Error("the fake Ollama is not up yet");
  return fake;
}

async function send(text: string) {
  await input().fill(text);
  await input().press("Enter");
}

async function waitIdle() {
  await expect.poll(() => page.getByRole("button", { name: "Send" }).count(), { timeout: 15_000 }).toBe(1);
}

async function freshScene(target = page) {
  const response = await target.request.post(`${app.url}/api/v1/scenarios/restaurant/start`);
  expect(response.status()).toBe(201);
  await target.goto(`${app.url}/scenarios/restaurant`);
  await expect.poll(() => target.getByLabel(/Your message to Hans/).isEnabled()).toBe(true);
}

type Box = { x: number; y: number; width: number; height: number };
async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not rendered");
  return found;
}
const inside = (inner: Box, viewport: { width: number; height: number }) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= viewport.width + 0.5 && inner.y + inner.height <= viewport.height + 0.5;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far the document itself scrolls, across and down; the scene page scrolls only inside its parts. */
function pageScroll(target = page) {
  return target.evaluate(() => {
    const root = document.scrollingElement!;
    return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight, width: root.scrollWidth };
  });
}

describe("the pages, with Ollama down at first", () => {
  it("setup shows a rule's error instead of its hint, not both", async () => {
    await page.goto(`${app.url}/setup`);
    const password = page.getByLabel("Password", { exact: true });
    expect(await page.getByText("At least 8 characters.", { exact: true }).count()).toBe(1);
    await page.getByLabel("Your name").fill(OWNER.name);
    await page.getByLabel("Email").fill(OWNER.email);
    await password.fill("kurz");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.getByText("Use at least 8 characters.").count()).toBe(1);
    expect(await page.getByText("At least 8 characters.", { exact: true }).count()).toBe(0);
    expect(await password.getAttribute("aria-describedby")).toBe("field-password-error");
    await screenshot(page, "30-setup-error");

    await password.fill(OWNER.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/scenarios$/);
    // English chrome, German only for scene content.
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Scenes");
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenes" }).count()).toBe(1);
  });

  it("keeps the composer in view under the Ollama banner", async () => {
    await page.goto(`${app.url}/scenarios/restaurant`);
    await expect.poll(() => banner().textContent(), { timeout: 5000 }).toContain("Ollama is not reachable");
    try {
      for (const viewport of [LAPTOP, PHONE_390]) {
        await page.setViewportSize(viewport);
        await screenshot(page, `31-banner-${viewport.width}`);
        expect(inside(await box(page.locator(".composer")), viewport), `composer in view at ${viewport.width}`).toBe(true);
        expect((await pageScroll()).y).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize(LAPTOP);
    }
  });

  it("re-checks Ollama while the banner shows, and clears it once Ollama is back", async () => {
    await page.goto(`${app.url}/scenarios/restaurant`);
    await expect.poll(() => banner().textContent(), { timeout: 5000 }).toContain("Ollama is not reachable");
    fake = await startFakeOllama({ port: ollamaPort });
    // No reload and no turn: the page asks again by itself.
    await expect.poll(() => banner().count(), { timeout: 15_000 }).toBe(0);
  });

  it("clears the banner when a reply arrives, even if the last check still said Ollama was down", async () => {
    const down = { db: "ok", ollama: { host: `http://127.0.0.1:${ollamaPort}`, reachable: false, model: "llama3.2:1b", model_available: false } };
    await page.route("**/api/v1/health", (route) => route.fulfill({ json: down }));
    await page.route("**/api/v1/llm/warmup", (route) => route.fulfill({ json: { model: "llama3.2:1b", state: "unreachable" } }));
    try {
      await freshScene();
      await expect.poll(() => banner().count(), { timeout: 5000 }).toBe(1);
      ollama().enqueue({ text: "Guten Abend! Was darf es sein?" });
      await send("Guten Abend!");
      await expect.poll(() => page.locator(".message-character .message-text").last().textContent(), { timeout: 10_000 }).toBe("Guten Abend! Was darf es sein?");
      await expect.poll(() => banner().count(), { timeout: 2000 }).toBe(0);
      // Polling stopped with the reply: the (still "down") health answer does not bring it back.
      await page.waitForTimeout(2500);
      expect(await banner().count()).toBe(0);
    } finally {
      await page.unrouteAll();
    }
  });

  it("shows the points notice wrapped inside the viewport, never widening the page or covering the panel toggle", async () => {
    for (const viewport of [PHONE_390, PHONE_360, LAPTOP]) {
      await page.setViewportSize(viewport);
      await freshScene();
      // The reply is held, so the 3.5 s notice is checked while Hans is still thinking.
      ollama().enqueue({ text: "Sehr gern.", firstChunkDelayMs: 2500 });
      await send("Guten Abend, ich hätte gern ein Wasser und das Schnitzel mit Kartoffeln, bitte.");
      await expect.poll(() => notice().count(), { timeout: 2000 }).toBe(1);
      await expect.poll(() => notice().textContent()).toContain("+60 points");
      await page.waitForTimeout(400); // past its pop-in animation
      await screenshot(page, `33-points-notice-${viewport.width}`);
      const scroll = await pageScroll();
      expect(scroll.width, `page width at ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
      expect(inside(await box(notice()), viewport), `notice inside ${viewport.width}`).toBe(true);
      const toggle = page.locator(".scene-side-toggle");
      if (await toggle.isVisible()) expect(overlaps(await box(notice()), await box(toggle))).toBe(false);
      expect(overlaps(await box(notice()), await box(page.getByRole("button", { name: "Restart scene" })))).toBe(false);
      await waitIdle();
    }
    await page.setViewportSize(LAPTOP);
  });

  it("fills the window: the conversation scrolls, the page does not, and the composer stays in view", async () => {
    await freshScene();
    const lines = [
      "Guten Abend!",
      "Ich hätte gern ein großes Bier.",
      "Ich nehme das Schnitzel mit Pommes.",
      "Was empfehlen Sie heute als Nachtisch?",
      "Und noch ein Wasser, bitte.",
      "Die Rechnung, bitte!",
    ];
    for (const line of lines) {
      ollama().enqueue({ text: "Sehr gern, das bringe ich Ihnen sofort. Möchten Sie sonst noch etwas? Wir haben heute auch einen sehr guten Apfelstrudel." });
      await send(line);
      await waitIdle();
    }
    expect(await page.locator('[data-done="true"]').count()).toBe(4);
    for (const viewport of [LAPTOP, PHONE_390, PHONE_360]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `34-scene-long-${viewport.width}`);
      const scroll = await pageScroll();
      expect(scroll.y, `page scrolls down at ${viewport.width}`).toBeLessThanOrEqual(0);
      expect(scroll.x, `page scrolls across at ${viewport.width}`).toBeLessThanOrEqual(0);
      expect(inside(await box(page.locator(".composer")), viewport)).toBe(true);
      const conversation = page.getByRole("region", { name: "Conversation", exact: true });
      expect(await conversation.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    }
    // On a phone the open panel scrolls inside itself; the page still does not.
    await page.setViewportSize(PHONE_390);
    await page.locator(".scene-side-toggle").click();
    await screenshot(page, "35-scene-panel-open-390");
    expect((await pageScroll()).y).toBeLessThanOrEqual(0);
    expect(inside(await box(page.locator(".composer")), PHONE_390)).toBe(true);
    await page.locator(".scene-side-toggle").click();
    await page.setViewportSize(LAPTOP);

    // No style attributes in the served HTML: a strict Content-Security-Policy would block them.
    const html = await (await page.request.get(`${app.url}/scenarios/restaurant`)).text();
    expect(html.includes("avatar-hue-")).toBe(true);
    expect(html.match(/<[^>]+\sstyle="[^"]*"/g) ?? []).toEqual([]);
  });

  it("hides the composer once the scene is complete, shows the summary from its top on a phone, and restarts through an in-page dialog", async () => {
    await page.setViewportSize(PHONE_390);
    await freshScene();
    for (const line of ["Guten Abend!", "Ein Wasser, bitte.", "Ich nehme das Schnitzel.", "Die Rechnung, bitte!"]) {
      ollama().enqueue({ text: "Sehr gern." });
      await send(line);
      await waitIdle();
    }
    ollama().enqueue({ text: "Auf Wiedersehen und einen schönen Abend! Beehren Sie uns bald wieder, wir freuen uns auf Sie." });
    await send("Vielen Dank, auf Wiedersehen!");
    await expect.poll(() => page.getByTestId("summary").count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator("form.composer").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Send" }).count()).toBe(0);
    expect(await page.getByText(/Enter sends/).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Scene complete" }).count()).toBe(1);
    await page.waitForTimeout(300);
    await screenshot(page, "36-scene-complete-390");
    const conversation = await box(page.getByRole("region", { name: "Conversation", exact: true }));
    const heading = await box(page.getByRole("heading", { name: "Scene complete" }));
    expect(heading.y).toBeGreaterThanOrEqual(conversation.y);
    expect(heading.y + heading.height).toBeLessThanOrEqual(conversation.y + conversation.height);
    expect((await pageScroll()).y).toBeLessThanOrEqual(0);

    await page.setViewportSize(LAPTOP);
    await screenshot(page, "37-scene-complete-laptop");
    await page.reload();
    await expect.poll(() => page.getByTestId("summary").count()).toBe(1);
    expect(await page.locator("form.composer").count()).toBe(0);

    // Play again asks in the page: Escape cancels and gives focus back.
    const playAgain = page.getByRole("button", { name: "Play again with Hans" });
    await playAgain.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Start “Im Restaurant” again?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The promise the dialog makes exists: the round stays in the history, one link away.
    expect(await dialog.textContent()).toContain("stays in your history as complete");
    expect(await dialog.getByRole("link", { name: "Open your history" }).getAttribute("href")).toBe("/history");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await screenshot(page, "38-restart-dialog-laptop");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Play again with Hans");
    expect(await page.getByTestId("score").textContent()).toBe("100");

    // On a busy machine the browser may take a key press before the close event that Escape
    // queued. Hold that event back half a second: Enter on the opener still opens the dialog
    // again, and the late event does not shut it.
    await page.evaluate(() => {
      const holdBack = (event: Event) => {
        if (!event.isTrusted) return;
        window.removeEventListener("close", holdBack, true);
        event.stopImmediatePropagation();
        setTimeout(() => event.target?.dispatchEvent(new Event("close")), 500);
      };
      window.addEventListener("close", holdBack, true);
    });
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.waitForTimeout(800);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);

    // Keyboard only: open, Tab to "Start again", Enter.
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Start again");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("score").textContent()).toBe("0");
    await expect.poll(() => input().isVisible()).toBe(true);
    expect(await page.getByTestId("summary").count()).toBe(0);

    // Mid-round, Restart says what happens to the round: kept, as abandoned.
    ollama().enqueue({ text: "Guten Abend!" });
    await send("Guten Abend!");
    await waitIdle();
    await page.getByRole("button", { name: "Restart scene" }).click();
    await expect.poll(() => dialog.textContent()).toContain("abandoned");
    await page.setViewportSize(PHONE_360);
    await screenshot(page, "39-restart-dialog-360");
    await page.setViewportSize(LAPTOP);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.getByTestId("score").textContent()).toBe("20");
    expect(await page.locator(".message-user").count()).toBe(1);
    expect(nativeDialogs).toEqual([]);
  });

  it("answers unknown pages with a styled 404 that leads back to the scenes", async () => {
    for (const path of ["/no-such-page", "/scenarios/no-such-scene"]) {
      const response = await page.goto(`${app.url}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
      expect(await page.locator(".app-header").count()).toBe(1);
    }
    await screenshot(page, "40-not-found-laptop");
    await page.setViewportSize(PHONE_360);
    await screenshot(page, "41-not-found-360");
    expect((await pageScroll()).x).toBeLessThanOrEqual(0);
    await page.setViewportSize(LAPTOP);
    await page.getByRole("link", { name: "Back to the scenes" }).click();
    await page.waitForURL(/\/scenarios$/);
  });

  it("shows the error page when a page cannot be read, with a reference to the server log, and Try again recovers", async () => {
    // A real fault: the scenes table is gone from under the running app, as a broken restore would leave it.
    const database = new Database(path.join(app.dataDir, "alltag.db"));
    let broken = false;
    try {
      database.exec("ALTER TABLE scenarios RENAME TO scenarios_unreadable");
      broken = true;
      await page.goto(`${app.url}/scenarios`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Something went wrong");
      expect(await page.getByText("Your scenes and points are safe").count()).toBe(1);
      expect(await page.locator(".app-header").count()).toBe(1);
      // The reference shown is the one the server logged beside the real error; the page shows no detail of it.
      const reference = ((await page.getByText(/Reference for the server log/).textContent()) ?? "").split(": ")[1] ?? "";
      expect(reference).toMatch(/^\w+$/);
      expect(app.logs()).toContain(reference);
      expect(app.logs()).toMatch(/no such table: scenarios/);
      expect(await page.content()).not.toContain("no such table");
      await screenshot(page, "46-error-laptop");
      await page.setViewportSize(PHONE_360);
      await screenshot(page, "47-error-360");
      expect((await pageScroll()).x).toBeLessThanOrEqual(0);
      await page.setViewportSize(LAPTOP);

      database.exec("ALTER TABLE scenarios_unreadable RENAME TO scenarios");
      broken = false;
      await page.getByRole("button", { name: "Try again" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Scenes");
      expect(await page.getByRole("link", { name: /Im Restaurant/ }).count()).toBeGreaterThan(0);
    } finally {
      if (broken) database.exec("ALTER TABLE scenarios_unreadable RENAME TO scenarios");
      database.close();
    }
  });

  it("keeps what was typed out of the address bar when a form is sent before the page's script runs", async () => {
    // A slow phone: the form is there, its script is not yet. Every form posts, so a password never lands in the history.
    const forms: { path: string; signedIn: boolean; fields: [string, string][]; button: string }[] = [
      { path: "/login", signedIn: false, fields: [["Email", OWNER.email], ["Password", "Geheimnis-im-Verlauf"]], button: "Sign in" },
      { path: "/settings", signedIn: true, fields: [["Current password", "Geheimnis-im-Verlauf"], ["New password", "Noch-ein-Geheimnis"]], button: "Change password" },
      { path: "/settings", signedIn: true, fields: [["Token name", "Geheimnis-im-Verlauf"]], button: "Create token" },
    ];
    for (const form of forms) {
      const early = await browser.newContext({ javaScriptEnabled: false, ...(form.signedIn ? { storageState: await context.storageState() } : {}) });
      try {
        const tab = await early.newPage();
        await tab.goto(`${app.url}${form.path}`);
        for (const [label, value] of form.fields) await tab.getByLabel(label, { exact: true }).fill(value);
        await Promise.all([tab.waitForLoadState("load"), tab.getByRole("button", { name: form.button }).click()]);
        expect(new URL(tab.url()).search).toBe("");
        expect(tab.url()).not.toContain("Geheimnis");
      } finally {
        await early.close();
      }
    }
  });

  it("labels each token cell on a phone, changes the password, and revokes through an in-page dialog", async () => {
    await page.goto(`${app.url}/settings`);
    await whenInteractive(page.getByRole("button", { name: "Create token" }));
    await page.getByLabel("Token name").fill("laptop script");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.getByTestId("new-token").count()).toBe(1);
    await screenshot(page, "42-settings-laptop");

    for (const viewport of [PHONE_390, PHONE_360]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `43-settings-${viewport.width}`);
      const labels = await page.locator(".table tbody tr").first().locator("td").evaluateAll((cells) =>
        cells.map((cell) => {
          const before = getComputedStyle(cell, "::before");
          return before.display === "none" ? "" : before.content.replace(/^"|"$/g, "");
        }),
      );
      expect(labels.slice(0, 4)).toEqual(["Name", "Token", "Created", "Last used"]);
      expect((await pageScroll()).x).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(LAPTOP);

    await page.getByRole("button", { name: "Revoke laptop script" }).click();
    const revoke = page.getByRole("dialog", { name: "Revoke “laptop script”?" });
    await expect.poll(() => revoke.isVisible()).toBe(true);
    await revoke.getByRole("button", { name: "Revoke token" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Revoke laptop script" }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-name");

    // Another device, signed in before the change.
    const phone = await browser.newPage();
    await phone.goto(`${app.url}/login`);
    await phone.getByLabel("Email").fill(OWNER.email);
    await phone.getByLabel("Password").fill(OWNER.password);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await phone.waitForURL(/\/scenarios$/);

    const current = page.getByLabel("Current password");
    const next = page.getByLabel("New password");
    await current.fill("not my password");
    await next.fill("Apfelstrudel mit Sahne");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByText("That is not your current password.").count(), { timeout: PASSWORD_CHECK_MS }).toBe(1);
    await current.fill(OWNER.password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Password changed." }).count(), { timeout: PASSWORD_CHECK_MS }).toBe(1);
    expect(await current.inputValue()).toBe("");
    expect(await page.getByRole("status").filter({ hasText: "Password changed." }).textContent()).toContain("signed out everywhere else");

    // The other device is signed out, next-auth's own session endpoint included; this one stays signed in.
    expect(await (await phone.request.get(`${app.url}/api/auth/session`)).json()).toEqual({});
    await phone.goto(`${app.url}/scenarios`);
    await phone.waitForURL(/\/login\?next=/);
    expect((await phone.request.get(`${app.url}/api/v1/me`)).status()).toBe(401);
    await phone.close();
    await page.reload();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Settings");
    expect((await page.request.get(`${app.url}/api/v1/me`)).status()).toBe(200);

    // The new password signs in; the old one does not.
    const fresh = await browser.newPage();
    await fresh.goto(`${app.url}/login`);
    expect(await fresh.getByRole("heading", { level: 1 }).textContent()).toBe("Welcome back");
    await fresh.getByLabel("Email").fill(OWNER.email);
    await fresh.getByLabel("Password").fill(OWNER.password);
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => fresh.getByText("Wrong email or password.").count(), { timeout: PASSWORD_CHECK_MS }).toBe(1);
    await fresh.getByLabel("Password").fill("Apfelstrudel mit Sahne");
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await fresh.waitForURL(/\/scenarios$/);
    await fresh.close();
  });

  it("deletes the account and its data after the password, through an in-page dialog", async () => {
    await page.goto(`${app.url}/settings`);
    const open = page.getByRole("button", { name: "Delete account…" });
    await open.click();
    const dialog = page.getByRole("dialog", { name: "Delete your account?" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("delete-password");
    await screenshot(page, "44-delete-dialog-laptop");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Delete account…");

    await open.click();
    await dialog.getByLabel("Your password").fill("wrong password");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await expect.poll(() => dialog.getByRole("alert").textContent(), { timeout: PASSWORD_CHECK_MS }).toContain("not your current password");
    await page.setViewportSize(PHONE_360);
    await screenshot(page, "45-delete-dialog-360");
    await page.setViewportSize(LAPTOP);

    await dialog.getByLabel("Your password").fill("Apfelstrudel mit Sahne");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    // The only account is gone, so the site is back to its first run.
    await page.waitForURL(/\/setup$/);
    const after = await page.request.get(`${app.url}/api/v1/scenarios`);
    expect(after.status()).toBe(401);
    expect(nativeDialogs).toEqual([]);
  });
});
