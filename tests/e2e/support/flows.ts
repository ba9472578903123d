import type { Locator, Page } from "playwright-core";
import type { AppServer } from "./server";

export const OWNER = { name: "Greta Beispiel", email: "greta@example.test", password: "Schwarzwälder Kirschtorte" };

/** First run: /setup creates the owner and signs in. */
// Each password check is an argon2 hash: a second or more on a loaded 2-core machine.
export const PASSWORD_CHECK_MS = 10_000;

export async function setUpOwner(page: Page, app: AppServer, owner = OWNER): Promise<void> {
  await page.goto(`${app.url}/setup`);
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/scenarios$/);
}

/** Lets the page record each distinct text the streaming reply showed, frame by frame. */
export async function recordStreamPaints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __paints: string[] }).__paints = seen;
    const tick = () => {
      const bubble = document.querySelector('.message[data-status="streaming"] .message-text');
      const text = bubble?.textContent ?? "";
      if (text && text !== seen.at(-1)) seen.push(text);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function paints(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __paints: string[] }).__paints);
}

/**
 * Waits until React has hydrated the element (its handlers are attached). A click before that is the
 * browser's own: the form posts and reloads, which is what a user on a slow phone gets, not what a test means.
 */
export async function whenInteractive(element: Locator): Promise<void> {
  await element.waitFor();
  await element.page().waitForFunction((node) => node !== null && Object.keys(node).some((key) => key.startsWith("__reactProps")), await element.elementHandle(), { timeout: 15_000 });
}
