import type { Browser, CDPSession, Page } from "playwright-core";
import { DESKTOP, launchBrowser } from "../../tests/e2e/support/browser";
import { pacedReply, waitForChat } from "../lib/fake-server";
import { PAGE_PROBE_SCRIPT, type PageProbe } from "../lib/page-probe";
import { benchMessage } from "../lib/slots";
import { max, median, summary } from "../lib/stats";
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

/**
 * The baseline: a bare page on the app's origin (no React, no app code) that streams the same reply
 * from the same endpoint with fetch, splits the SSE frames and writes the text into one text node
 * once per animation frame, following it to the bottom. What this machine's Chromium charges for a
 * streamed reply growing on screen at all: network delivery, parsing, layout and paint.
 */
async function barePagePerTokenMs(browser: Browser, context: BenchContext, scenarioId: string): Promise<number> {
  const { tokens, rate } = context.counts.browser;
  // An API answer's policy (default-src 'none') would refuse the page's own fetch: the baseline page is ours, not the app's.
  const browserContext = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  await browserContext.addCookies([{ name: "next-auth.session-token", value: context.owner.sessionToken, url: context.app.url }]);
  const page = await browserContext.newPage();
  try {
    await page.goto(`${context.app.url}/api/v1/health`);
    await page.setContent('<main id="scroller" style="height:700px;overflow:auto;font:16px/1.5 system-ui"><p id="text" lang="de" style="white-space:pre-wrap;max-width:640px"></p></main>');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    context.fake.setDefault(pacedReply(tokens, rate));
    const before = await mainThreadSeconds(cdp);
    const relayed = await page.evaluate(`(async () => {
      const text = document.getElementById("text").appendChild(document.createTextNode(""));
      const scroller = document.getElementById("scroller");
      let shown = "", frame = null, pending = "", count = 0;
      const flush = () => { frame = null; text.data = shown; scroller.scrollTop = scroller.scrollHeight; };
      const response = await fetch("/api/v1/scenarios/${scenarioId}/message/stream", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ message: ${JSON.stringify(benchMessage())} }) });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        pending += value;
        const frames = pending.split("\\n\\n");
        pending = frames.pop();
        for (const block of frames) {
          const data = block.split("\\n").find((line) => line.startsWith("data: "));
          if (!data) continue;
          const event = JSON.parse(data.slice(6));
          if (event.type === "token") { shown += event.content; count++; frame ??= requestAnimationFrame(flush); }
        }
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return count;
    })()`);
    if (relayed !== tokens) throw new Error(`bare page got ${String(relayed)} of ${tokens} tokens`);
    return (((await mainThreadSeconds(cdp)) - before) * 1000) / tokens;
  } finally {
    await browserContext.close();
  }
}

async function streamIntoPage(browser: Browser, context: BenchContext) {
  const { fake, counts } = context;
  const { tokens, rate, typedText, keyDelayMs } = counts.browser;
  const page = await openScene(browser, context);
  const composer = page.getByLabel("Your message to Hans, in German");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");

  fake.setDefault(pacedReply(tokens, rate));
  await browser.startTracing(page, { categories: ["toplevel"] });
  const taskBefore = await mainThreadSeconds(cdp);
  const sentAt = await page.evaluate(() => performance.now());
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
  // The observer is buffered from page load (hydration): only tasks from sending on count.
  const streamLongTasks = probe.longTasks.filter((task) => task.start >= sentAt);
  const typingEvents = probe.events.filter((event) => event.start >= typingStartedAt && event.start <= typingEndedAt + 200);
  await page.context().close();
  return {
    tokens,
    streamedMs,
    commitsPerSecond: (quietCommits * 1000) / (typingStartedAt - firstPaintAt),
    mainThreadPerTokenMs: taskMs / tokens,
    longestTaskMs: Math.max(longestRendererTask(trace), max(streamLongTasks.map((task) => task.duration)) || 0),
    inputLatencyMs: Math.max(max(probe.keyLatencies), max(typingEvents.map((event) => event.duration)) || 0),
    keyLatencies: summary(probe.keyLatencies),
    eventTimingEntries: typingEvents.length,
    longTasks: streamLongTasks.length,
  };
}

export const browserRenderFigure: FigureModule = {
  id: "11",
  title: "Browser render cost",
  async run(context) {
    const browser = await launchBrowser();
    try {
      const { runs, tokens, rate } = context.counts.browser;
      // App and bare page take turns, so a noisy stretch of the run hits both.
      const app: Awaited<ReturnType<typeof streamIntoPage>>[] = [];
      const bare: number[] = [];
      for (let run = 0; run < runs; run++) {
        app.push(await streamIntoPage(browser, context));
        bare.push(await barePagePerTokenMs(browser, context, "hotel"));
      }
      const result = {
        commitsPerSecond: median(app.map((entry) => entry.commitsPerSecond)),
        mainThreadPerTokenMs: median(app.map((entry) => entry.mainThreadPerTokenMs)),
        barePagePerTokenMs: median(bare),
        longestTaskMs: max(app.map((entry) => entry.longestTaskMs)),
        inputLatencyMs: max(app.map((entry) => entry.inputLatencyMs)),
        keyLatencyP50Ms: median(app.map((entry) => entry.keyLatencies.p50 ?? Number.NaN)),
      };
      context.details["11"] = { runs: app, barePagePerTokenMs: bare, result };
      const figures: Figure[] = [
        atMost({ id: "11a", name: `React commits per second, ${tokens} tokens at ${rate}/s`, value: result.commitsPerSecond, unit: "/s", note: `before typing starts; median of ${runs}` }, 60, ""),
        atMost({ id: "11b", name: "Main-thread time per token", value: result.mainThreadPerTokenMs, unit: "ms", baseline: result.barePagePerTokenMs, note: "baseline: bare page, same stream into one text node per frame" }, 0.2),
        atMost({ id: "11c", name: "Longest main-thread task during the stream", value: result.longestTaskMs, unit: "ms" }, 50),
        below({ id: "11d", name: "Input latency typing during the stream (worst key)", value: result.inputLatencyMs, unit: "ms", note: `key → next frame p50 ${result.keyLatencyP50Ms.toFixed(1)} ms` }, 100),
      ];
      return figures;
    } finally {
      await browser.close();
    }
  },
};
