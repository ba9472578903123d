import { createOwner, patchProfile } from "../lib/accounts";
import { assertCompleted, turnRunner } from "../lib/app-client";
import { startBenchServer, type BenchServer } from "../lib/app-server";
import { directChat } from "../lib/direct-client";
import type { ChatArrival } from "../lib/fake-ollama-process";
import { startFakeProcess, type FakeProcess } from "../lib/fake-process";
import { startFloorNext, type FloorNext } from "../lib/floor-next";
import { benchMessage, openSlots, type SlotPool } from "../lib/slots";
import { percentile, summary } from "../lib/stats";
import { atMost, reportOnly } from "../lib/targets";
import type { Figure, FigureModule } from "../lib/types";

// app: corrections after each turn (the default); quiet: a learner with corrections off, the same-run baseline for the check's cost.
type Side = "app" | "quiet" | "floor" | "direct";
const SIDES: Side[] = ["app", "quiet", "floor", "direct"];

/** One side's first token of one round: POST (or chat()) → first token read, and → the request reaching the model. */
type Sample = { message: string; startedAt: number; firstTokenMs: number };

const firstTokenOf = (record: { message: string; startedAt: number; tokenAt: number[] }): Sample => ({
  message: record.message,
  startedAt: record.startedAt,
  firstTokenMs: (record.tokenAt[0] ?? Number.NaN) - record.startedAt,
});

/**
 * First token as a user meets it: the test Ollama runs in its own process and holds its first token
 * for `firstTokenMs`, the app runs under `next start`. Each round reads one reply through the app,
 * one through the app for a learner with corrections off, one through a bare Next route handler
 * relaying the same stream (the floor: no auth, no storage), and one straight from the test server
 * with the ollama client, in a rotating order.
 */
export const firstTokenFigure: FigureModule = {
  id: "1",
  title: "First-token overhead, model in its own process",
  async run({ counts, details, log }) {
    const { warmup, samples, firstTokenMs, tokens, tokensPerSecond, conversations } = counts.firstToken;
    let fake: FakeProcess | undefined;
    let app: BenchServer | undefined;
    let floor: FloorNext | undefined;
    try {
      fake = await startFakeProcess({ firstTokenMs, tokens, tokensPerSecond });
      floor = await startFloorNext(fake.url, log);
      app = await startBenchServer({ ollamaUrl: fake.url });
      const appUrl = app.url;
      const owner = await createOwner(appUrl);
      // Two learners' pools; halfway through they swap settings, so neither account's conversations favour a side.
      const pools = [await openSlots(appUrl, owner, conversations)];
      pools.push(await openSlots(appUrl, owner, conversations, { firstLearner: new Set(pools[0]!.all.map((slot) => slot.account)).size + 1 }));
      const setCorrections = async (pool: SlotPool, corrections: "after_each_turn" | "off") => {
        for (const account of new Set(pool.all.map((slot) => slot.account))) await patchProfile(appUrl, account, { corrections });
      };
      let [slots, quietSlots] = pools as [SlotPool, SlotPool];
      await setCorrections(quietSlots, "off");
      // Signed in as in the browser: the session cookie, not an API token.
      const runners = new Map(pools.map((pool) => [pool, turnRunner(appUrl, pool, "session")]));
      const turnIn = async (pool: SlotPool) => firstTokenOf(assertCompleted(await runners.get(pool)!(pool.next(), { message: benchMessage() })));
      const swapHalfway = warmup + Math.floor(samples / 2);
      const { url } = fake;
      const relay = floor.relay;
      const read: Record<Side, () => Promise<Sample>> = {
        app: () => turnIn(slots),
        quiet: () => turnIn(quietSlots),
        floor: async () => firstTokenOf(await relay(benchMessage())),
        direct: async () => firstTokenOf(await directChat(url, { message: benchMessage() })),
      };
      const taken: Record<Side, Sample[]> = { app: [], quiet: [], floor: [], direct: [] };
      for (let index = 0; index < warmup + samples; index++) {
        if (index === swapHalfway) {
          [slots, quietSlots] = [quietSlots, slots];
          await setCorrections(slots, "after_each_turn");
          await setCorrections(quietSlots, "off");
        }
        // Rotating the order keeps "who goes first after a pause" from favouring one side.
        const order = [...SIDES.slice(index % SIDES.length), ...SIDES.slice(0, index % SIDES.length)];
        const round: Partial<Record<Side, Sample>> = {};
        for (const side of order) round[side] = await read[side]();
        if (index < warmup) continue;
        for (const side of SIDES) taken[side].push(round[side] as Sample);
      }
      const arrivals = await fake.arrivals();
      return rows(taken, arrivals, firstTokenMs, details);
    } finally {
      await Promise.all([app?.stop(), floor?.stop()]);
      await fake?.stop();
    }
  },
};

function rows(taken: Record<Side, Sample[]>, arrivals: Map<string, ChatArrival>, firstTokenMs: number, details: Record<string, unknown>): Figure[] {
  const firstToken = (side: Side) => taken[side].map((sample) => sample.firstTokenMs);
  // Paired by round, so a slow moment of the machine counts against both sides of the difference.
  const overhead = (side: Side) => taken[side].map((sample, index) => sample.firstTokenMs - (taken.direct[index]?.firstTokenMs ?? Number.NaN));
  const reach = (side: Side) => taken[side].map((sample) => (arrivals.get(sample.message)?.receivedAt ?? Number.NaN) - sample.startedAt);
  // From the test server writing the first token to the client reading it.
  const back = (side: Side) => taken[side].map((sample) => sample.startedAt + sample.firstTokenMs - (arrivals.get(sample.message)?.firstTokenSentAt ?? Number.NaN));
  const [app, floor, direct] = [firstToken("app"), firstToken("floor"), firstToken("direct")];
  const [ours, quietOverhead, floorOverhead] = [overhead("app"), overhead("quiet"), overhead("floor")];
  const p50 = (values: number[]) => percentile(values, 50);
  details["1"] = {
    firstTokenHeldMs: firstTokenMs,
    firstTokenMs: { app: summary(app), quiet: summary(firstToken("quiet")), floor: summary(floor), direct: summary(direct) },
    overheadMs: { app: summary(ours), quiet: summary(quietOverhead), floor: summary(floorOverhead) },
    requestReachesModelMs: { app: summary(reach("app")), quiet: summary(reach("quiet")), floor: summary(reach("floor")), direct: summary(reach("direct")) },
    firstTokenBackMs: { app: summary(back("app")), quiet: summary(back("quiet")), floor: summary(back("floor")), direct: summary(back("direct")) },
  };
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const ratio = p50(app) / p50(direct);
  const oursOverFloor = p50(ours) / p50(floorOverhead);
  const reachNote = `request reaches the model after ${ms(p50(reach("app")))} (floor ${ms(p50(reach("floor")))}, direct ${ms(p50(reach("direct")))})`;
  return [
    atMost(
      { id: "1a", name: `First token through the app ÷ direct, p50 (model holds ${firstTokenMs} ms)`, value: ratio, unit: "×", note: `app ${ms(p50(app))}, floor ${ms(p50(floor))}, direct ${ms(p50(direct))}` },
      1.06,
    ),
    atMost({ id: "1b", name: "First-token overhead, ours ÷ the bare Next floor's, p50", value: oursOverFloor, unit: "×", note: `app − direct ${ms(p50(ours))}, floor − direct ${ms(p50(floorOverhead))}; ${reachNote}` }, 1.5),
    reportOnly({ id: "1c", name: "First-token overhead p50, app − direct (baseline: floor − direct)", value: p50(ours), unit: "ms", baseline: p50(floorOverhead) }),
    reportOnly({ id: "1d", name: "First-token overhead p99, app − direct (baseline: floor − direct)", value: percentile(ours, 99), unit: "ms", baseline: percentile(floorOverhead, 99) }),
    // Issue 8: checking the learner's German after each turn must not move the first token.
    atMost(
      {
        id: "1e",
        name: "First-token overhead with corrections after each turn ÷ corrections off, p50",
        value: p50(ours) / p50(quietOverhead),
        unit: "×",
        note: `after each turn ${ms(p50(ours))}, off ${ms(p50(quietOverhead))}; request reaches the model after ${ms(p50(reach("app")))} vs ${ms(p50(reach("quiet")))}`,
      },
      1.1,
    ),
  ];
}
