import { performance } from "node:perf_hooks";
import { assertCompleted, authHeaders } from "../lib/app-client";
import { directChat } from "../lib/direct-client";
import { pacedReply } from "../lib/fake-server";
import { lastEventId, reattach, stopTurn } from "../lib/live-client";
import { MB, sampleRss } from "../lib/process-stats";
import { benchMessage, type Slot } from "../lib/slots";
import { max, median, summary } from "../lib/stats";
import { atMost } from "../lib/targets";
import type { BenchContext, FigureModule } from "../lib/types";

/** A resumable turn's client drops after some tokens; GET with its last id → the first replayed event arrives. */
async function reattachSamples({ app, counts, fake, slots, turn }: BenchContext) {
  const { samples, tokens, rate, dropAfterTokens } = counts.live;
  fake.setDefault(pacedReply(tokens, rate));
  const app_: number[] = [];
  const direct: number[] = [];
  for (let index = 0; index <= samples; index++) {
    const slot = slots.next();
    const dropped = await turn(slot, { message: benchMessage(), resumable: true, abortAfterTokens: dropAfterTokens });
    const record = await reattach(app.url, slot, { after: lastEventId(dropped), firstOnly: true });
    // The turn runs on without a client: stop it so the slot is free for the next sample.
    await stopTurn(app.url, slot);
    const baseline = await directChat(fake.url, { message: benchMessage(), abortAfterTokens: 1 });
    if (index === 0) continue; // warm-up
    app_.push(record.firstEventAt! - record.startedAt);
    direct.push(baseline.tokenAt[0]! - baseline.startedAt);
  }
  return { app: app_, direct };
}

/**
 * A finished 256-token resumable turn replayed whole from the registry: GET → end of stream. Beside it,
 * the floor: the same learner's GET /api/v1/me, what any authenticated request costs `next start` here.
 */
async function replaySamples({ app, counts, fake, slots, turn }: BenchContext) {
  const { samples, tokens } = counts.live;
  fake.setDefault(pacedReply(tokens, 0));
  const app_: number[] = [];
  const direct: number[] = [];
  const floor: number[] = [];
  for (let index = 0; index <= samples; index++) {
    const slot = slots.next();
    assertCompleted(await turn(slot, { message: benchMessage(), resumable: true }));
    const record = await reattach(app.url, slot);
    if (record.events !== tokens + 2) throw new Error(`replay sent ${record.events} events, not ${tokens + 2}`);
    const baseline = await directChat(fake.url, { message: benchMessage() });
    const plain = await plainRequest(app.url, slot);
    if (index === 0) continue;
    app_.push(record.endedAt! - record.startedAt);
    direct.push(baseline.endedAt! - baseline.startedAt);
    floor.push(plain);
  }
  return { app: app_, direct, floor };
}

/** GET /api/v1/me, read to its end: ms. */
async function plainRequest(url: string, slot: Slot): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/me`, { headers: authHeaders(url, slot.account, "token") });
  if (!response.ok) throw new Error(`GET /api/v1/me: HTTP ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** (Peak RSS − RSS before) ÷ turns, for `streams` turns at once: resumable against plain ones. */
async function rssPerTurn({ app, counts, fake, slots, turn }: BenchContext, resumable: boolean): Promise<number> {
  const { streams, streamTokens, rate } = counts.live;
  fake.setDefault(pacedReply(streamTokens, rate));
  const batch = Array.from({ length: streams }, () => slots.next());
  const rss = sampleRss(app.pid, 50);
  const records = await Promise.all(batch.map((slot) => turn(slot, { message: benchMessage(), resumable })));
  const { peak, samples } = rss.stop();
  records.forEach(assertCompleted);
  return (peak - samples[0]!) / streams;
}

export const liveTurnsFigure: FigureModule = {
  id: "14",
  title: "Live turns: reattach, replay, memory",
  async run(context) {
    const { counts, details } = context;
    const reattached = await reattachSamples(context);
    const replayed = await replaySamples(context);
    const plain = await rssPerTurn(context, false);
    const live = await rssPerTurn(context, true);
    details["14"] = { reattachMs: { app: summary(reattached.app), direct: summary(reattached.direct) }, replayMs: { app: summary(replayed.app), direct: summary(replayed.direct), floor: summary(replayed.floor) }, rssPerTurnMB: { plain: plain / MB, live: live / MB } };
    return [
      atMost({ id: "14a", name: `Reattach → first replayed event (worst of ${reattached.app.length})`, value: max(reattached.app), unit: "ms", baseline: max(reattached.direct), note: `p50 ${median(reattached.app).toFixed(2)} ms; baseline: direct first chunk` }, 50),
      atMost({ id: "14b", name: `Replay of an ended ${counts.live.tokens}-token turn, whole (worst of ${replayed.app.length})`, value: max(replayed.app), unit: "ms", baseline: max(replayed.direct), note: `p50 ${median(replayed.app).toFixed(2)} ms; baseline: the same reply read directly; floor (GET /api/v1/me, same run) p50 ${median(replayed.floor).toFixed(2)} ms, worst ${max(replayed.floor).toFixed(2)} ms` }, 20),
      atMost({ id: "14c", name: `RSS per live (resumable) turn, ${counts.live.streams} at once`, value: live / MB, unit: "MB", baseline: plain / MB, note: "baseline: the same turns without resumable (as in 7a)" }, 0.5),
    ];
  },
};
