import { startFakeOllama } from "../tests/support/fake-ollama";
import { DESKTOP, launchBrowser } from "../tests/e2e/support/browser";
import { createOwner } from "./lib/accounts";
import { startBenchServer } from "./lib/app-server";
import { pacedReply } from "./lib/fake-server";
import { PAGE_PROBE_SCRIPT } from "./lib/page-probe";

const EXTRA = `(() => {
  const d = { frames: 0, scrolls: 0, commitsPerFrame: [], cur: 0 };
  window.__dbg = d;
  const origHook = window.__REACT_DEVTOOLS_GLOBAL_HOOK__;
  const orig = origHook.onCommitFiberRoot;
  origHook.onCommitFiberRoot = (id, root) => { orig(); d.cur++; d.stacks = d.stacks || []; if (d.stacks.length < 400) d.stacks.push(new Error().stack.split("\\n").slice(2,9).join(" | ")); };
  const tick = () => { d.frames++; d.commitsPerFrame.push(d.cur); d.cur = 0; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  document.addEventListener("scroll", () => d.scrolls++, true);
})();`;

async function main() {
  const fake = await startFakeOllama();
  const app = await startBenchServer({ ollamaUrl: fake.url });
  const owner = await createOwner(app.url);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([{ name: "next-auth.session-token", value: owner.sessionToken, url: app.url }]);
  await context.addInitScript({ content: PAGE_PROBE_SCRIPT });
  await context.addInitScript({ content: EXTRA });
  const page = await context.newPage();
  await page.goto(`${app.url}/scenarios/restaurant`);
  const composer = page.getByLabel("Your message to Hans, in German");
  await composer.waitFor();
  await page.waitForTimeout(500);
  fake.setDefault(pacedReply(Number(process.env.TOKENS ?? 400), 200));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const m0 = ((await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] }).metrics;
  await page.evaluate("window.__dbg.frames=0; window.__dbg.scrolls=0; window.__dbg.commitsPerFrame=[]; window.__benchProbe.commits.length=0; window.__dbg.stacks=[]");
  await composer.fill("Ich weiß es nicht.");
  await composer.press("Enter");
  await page.locator('.message[data-status="streaming"]').waitFor();
  await page.locator('.message[data-status="streaming"]').waitFor({ state: "detached", timeout: 60_000 });
  const out: Record<string, unknown> = await page.evaluate("({ frames: window.__dbg.frames, scrolls: window.__dbg.scrolls, commits: window.__benchProbe.commits.length, hist: window.__dbg.commitsPerFrame.reduce((h, c) => (h[c] = (h[c]||0)+1, h), {}), stacks: window.__dbg.stacks.slice(20, 26) })");
  const m1 = ((await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] }).metrics;
  for (const m of m1) { const b = m0.find((x) => x.name === m.name); if (/Duration|Count|LayoutObjects|Nodes|JSHeapUsed/.test(m.name)) console.log(m.name, (m.value - (b?.value ?? 0)).toFixed(4)); }
  delete (out as { stacks?: unknown }).stacks;
  console.log(JSON.stringify(out));
  await browser.close();
  await app.stop();
  await fake.close();
}
void main();
