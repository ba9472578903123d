import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSseParser } from "@/lib/sse/parse";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { DESKTOP, PHONE, launchBrowser, screenshot } from "./support/browser";
import { startAppServer, type AppServer } from "./support/server";
import { PASSWORD_CHECK_MS } from "./support/flows";


const run = promisify(execFile);
const owner = { name: "Greta Beispiel", email: "greta@example.test", password: "Schwarzwälder Kirschtorte" };

let fake: FakeOllama;
let app: AppServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fake = await startFakeOllama();
  app = await startAppServer({ ollamaUrl: fake.url });
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
});

describe("first run, sign-in and API tokens", () => {
  it("walks setup → scenarios → sign out → login redirect → sign in", async () => {
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/setup$/);
    await screenshot(page, "01-setup");
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL(/\/scenarios$/);
    await expect.poll(() => page.getByRole("heading", { name: "Im Restaurant" }).count()).toBe(1);
    expect(await page.getByText(owner.name).count()).toBeGreaterThan(0);
    await screenshot(page, "02-scenarios");

    // Setup is closed now.
    await page.goto(`${app.url}/setup`);
    await page.waitForURL(/\/scenarios$/);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${app.url}/scenarios`);
    await page.waitForURL(/\/login\?next=%2Fscenarios$/);
    await screenshot(page, "03-login");

    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByText("Wrong email or password.").count(), { timeout: PASSWORD_CHECK_MS }).toBe(1);
    await screenshot(page, "04-login-error");

    await page.getByLabel("Password").fill(owner.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/scenarios$/);
    await expect.poll(() => page.getByRole("heading", { name: "Im Restaurant" }).count()).toBe(1);

    const phone = await (await browser.newContext({ viewport: PHONE, storageState: await page.context().storageState() })).newPage();
    await phone.goto(`${app.url}/scenarios`);
    await screenshot(phone, "05-scenarios-phone");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context().close();
  });

  it("issues a token in Settings that works with curl, including the README's streaming example", async () => {
    await page.goto(`${app.url}/settings`);
    await page.getByLabel("Token name").fill("curl");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^alltag_/);
    await screenshot(page, "06-settings-token");

    const { stdout: list } = await run("curl", ["-s", "-H", `Authorization: Bearer ${token}`, `${app.url}/api/v1/scenarios`]);
    const scenarios = JSON.parse(list) as { scenarios: { id: string; title: string }[] };
    expect(scenarios.scenarios.map((scenario) => scenario.title)).toContain("Im Restaurant");

    // The README's example, verbatim but for host, id and token.
    const { stdout: stream } = await run("curl", [
      "-N",
      "-s",
      "-X",
      "POST",
      `${app.url}/api/v1/scenarios/restaurant/message/stream`,
      "-H",
      `Authorization: Bearer ${token}`,
      "-H",
      "Content-Type: application/json",
      "-d",
      '{"message":"Guten Tag!"}',
    ]);
    const events = createSseParser().push(stream);
    expect(events[0]).toMatchObject({ type: "metadata", score_change: 20, objectives_completed: [{ id: "greet", points: 20 }] });
    expect(events.filter((event) => event.type === "token").length).toBeGreaterThan(3);
    expect(events.at(-1)).toMatchObject({ type: "complete", conversation_complete: false, score: 20 });

    // Revoked in the UI: the token stops working at once.
    await page.getByRole("button", { name: "Revoke curl" }).click();
    await page.getByRole("dialog", { name: "Revoke “curl”?" }).getByRole("button", { name: "Revoke token" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Revoke curl" }).count()).toBe(0);
    const { stdout: refused } = await run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", `Authorization: Bearer ${token}`, `${app.url}/api/v1/scenarios`]);
    expect(refused).toBe("401");
  });

  it("answers health without auth and quickly", async () => {
    const started = performance.now();
    const health = await (await fetch(`${app.url}/api/v1/health`)).json();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(health).toEqual({ db: "ok", ollama: { host: fake.url, reachable: true, model: "llama3.2:1b", model_available: true } });
  });
});
