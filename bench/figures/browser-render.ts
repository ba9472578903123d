import type { Browser, CDPSession, Page } from "playwright-core";
import { DESKTOP, launchBrowser } from "../../tests/e2e/support/browser";
import { pacedReply, waitForChat } from "../lib/fake-server";
import { PAGE_PROBE_SCRIPT, type PageProbe } from "../lib/page-probe";
import { benchMessage } from "../lib/slots";
import { max, summary } from "../lib/stats";
import { atMost, below } from "../lib/targets";
import type { BenchContext, Figure, FigureModule } from "../lib/types";

async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? Number.NaN;
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } };

/** Longest top-level task (ms) on a renderer main thread between two trace timestamps (µs). */
function longestRendererTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(traceEvents.filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain").map((event) => `${event.pid}:${event.tid}`));
  let longest = 0;
  for (const event of traceEvents) {
    if (event.ph !== "X" || event.dur === undefined || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    if (event.name === "ThreadControllerImpl::RunTask" || event.name === "RunTask") longest = Math.max(longest, event.dur / 1000);
  }
  return longest;
}

async function openScene(browser: Browser, context: BenchContext): Promise<Page> {
  const browserContext = await browser.newContext({ viewport: DESKTOP });
  await browserContext.addCookies([{ name: "next-auth.session-token", value: context.owner.sessionToken, url: context.app.url }]);
  await browserContext.addInitScript({ content: PAGE_PROBE_SCRIPT });
  const page = await browserContext.newPage();
  await page.goto(`${context.app.url}/scenarios/restaurant`);
  await page.getByLabel("Your message to Hans, in German").waitFor();
  // Let the page's own health check and model warm-up settle before measuring.
  await page.waitForTimeout(500);
  return page;
}

async function streamIntoPage(browser: Browser, context: BenchContext) {
  const { fake, counts } = context;
  const { tokens, rate, typedText, keyDelayMs } = counts.browser;
  const page = await openScene(browser, context);
  const composer = page.getByLabel("Your message to Hans, in German");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");

  // What the page burns doing nothing, for the baseline.
  const idleMs = 1000;
  const idleBefore = await mainThreadSeconds(cdp);
  await page.waitForTimeout(idleMs);
  const idleTaskMs = ((await mainThreadSeconds(cdp)) - idleBefore) * 1000;

  fake.setDefault(pacedReply(tokens, rate));
  await browser.startTracing(page, { categories: ["toplevel"] });
  const taskBefore = await mainThreadSeconds(cdp);
  const message = benchMessage();
  await composer.fill(message);
  await composer.press("Enter");
  const request = await waitForChat(fake, message);
  await page.locator('.message[data-status="streaming"]').waitFor();
  // Type during the stream once part of it is on screen; the part before is the quiet window.
  while (request.tokensSent < tokens * 0.4) await page.waitForTimeout(20);
  const typingStartedAt = await page.evaluate(() => performance.now());
  await composer.pressSequentially(typedText, { delay: keyDelayMs });
  const typingEndedAt = await page.evaluate(() => performance.now());
  await page.locator('.message[data-status="streaming"]').waitFor({ state: "detached", timeout: 60_000 });
  const streamedMs = await page.evaluate(() => performance.now() - (performance.getEntriesByName("alltag:first-token-painted")[0]?.startTime ?? Number.NaN));
  const taskMs = ((await mainThreadSeconds(cdp)) - taskBefore) * 1000;
  const trace = await browser.stopTracing();
  const probe = await page.evaluate(() => (window as unknown as { __benchProbe: PageProbe }).__benchProbe);
  const firstPaintAt = await page.evaluate(() => performance.getEntriesByName("alltag:first-token-painted")[0]?.startTime ?? Number.NaN);
  const quietCommits = probe.commits.filter((at) => at >= firstPaintAt && at < typingStartedAt).length;
  const typingEvents = probe.events.filter((event) => event.start >= typingStartedAt && event.start <= typingEndedAt + 200);
  await page.context().close();
  return {
    tokens,
    streamedMs,
    commitsPerSecond: (quietCommits * 1000) / (typingStartedAt - firstPaintAt),
    mainThreadPerTokenMs: taskMs / tokens,
    idlePerTokenMs: (idleTaskMs * (streamedMs / idleMs)) / tokens,
    longestTaskMs: Math.max(longestRendererTask(trace), max(probe.longTasks.map((task) => task.duration)) || 0),
    inputLatencyMs: Math.max(max(probe.keyLatencies), max(typingEvents.map((event) => event.duration)) || 0),
    keyLatencies: summary(probe.keyLatencies),
    eventTimingEntries: typingEvents.length,
    longTasks: probe.longTasks.length,
  };
}

export const browserRenderFigure: FigureModule = {
  id: "11",
  title: "Browser render cost",
  async run(context) {
    const browser = await launchBrowser();
    try {
      const result = await streamIntoPage(browser, context);
      context.details["11"] = result;
      const { tokens, rate } = context.counts.browser;
      const figures: Figure[] = [
        atMost({ id: "11a", name: `React commits per second, ${tokens} tokens at ${rate}/s`, value: result.commitsPerSecond, unit: "/s", note: "before typing starts" }, 60, ""),
        atMost({ id: "11b", name: "Main-thread time per token", value: result.mainThreadPerTokenMs, unit: "ms", baseline: result.idlePerTokenMs, note: "baseline: idle page over the same time" }, 0.2),
        atMost({ id: "11c", name: "Longest main-thread task during the stream", value: result.longestTaskMs, unit: "ms" }, 50),
        below({ id: "11d", name: "Input latency typing during the stream (worst key)", value: result.inputLatencyMs, unit: "ms", note: `key → next frame p50 ${result.keyLatencies.p50 ?? "?"} ms` }, 100),
      ];
      return figures;
    } finally {
      await browser.close();
    }
  },
};
