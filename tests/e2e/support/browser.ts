import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ARTIFACTS_DIR = path.resolve("test-results", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, quiet on a closed network, plus any `args` a test needs (fake media devices). launch() gives it a fresh throwaway profile.
 * Every context it opens reports Content-Security-Policy violations to takeCspViolations().
 */
export async function launchBrowser({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...args],
  });
  const newContext = browser.newContext.bind(browser);
  // newPage() opens its context through newContext() too.
  browser.newContext = async (options) => watchCsp(await newContext(options));
  return browser;
}

const cspViolations: string[] = [];

/** The CSP violations any page reported since the last call. The e2e setup fails every test that leaves one. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

// Chromium logs each violation as a console error: "… violates the following Content Security Policy directive …".
function watchCsp(context: BrowserContext): BrowserContext {
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`);
  });
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };
