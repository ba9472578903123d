import { assertCompleted, type TurnRecord } from "../lib/app-client";
import type { DirectRecord } from "../lib/direct-client";
import { pacedReply } from "../lib/fake-server";
import { pairedSamples } from "../lib/paired";
import { benchMessage } from "../lib/slots";
import { median, percentile, summary } from "../lib/stats";
import { atMost, reportOnly } from "../lib/targets";
import type { BenchContext, Figure, FigureModule } from "../lib/types";

const REPLY_TOKENS = 3;
const whole = (record: TurnRecord | DirectRecord) => (record.endedAt ?? Number.NaN) - record.startedAt;

/** Whole turns (POST → end of stream) against the same instant reply read directly, alternating. */
function turnSamples(context: BenchContext, warmup: number, samples: number) {
  return pairedSamples(context, warmup, samples, whole);
}

/** Turn i of a conversation, for `conversations` fresh conversations of `length` turns: cost by position. */
async function growth({ slots, stream }: BenchContext, conversations: number, length: number): Promise<number[][]> {
  const byTurn: number[][] = Array.from({ length }, () => []);
  for (const slot of slots.take(conversations)) {
    await slots.restart(slot);
    for (let index = 0; index < length; index++) byTurn[index]?.push(whole(assertCompleted(await stream(slot, { message: benchMessage() }))));
    await slots.restart(slot);
  }
  return byTurn;
}

export const turnCostFigure: FigureModule = {
  id: "10",
  title: "Turn cost outside the model",
  async run(context) {
    const { counts, fake, details } = context;
    const { warmup, samples, conversations, length } = counts.turnCost;
    fake.setDefault(pacedReply(REPLY_TOKENS, 0));
    const { app, direct } = await turnSamples(context, warmup, samples);
    const byTurn = await growth(context, conversations, length);
    const directP50 = median(direct);
    const first = median(byTurn[0] ?? []) - directP50;
    const last = median(byTurn.at(-1) ?? []) - directP50;
    details["10"] = { appMs: summary(app), directMs: summary(direct), p50ByTurnMs: byTurn.map((values) => Number(median(values).toFixed(3))) };
    const row = (id: string, p: number) => {
      const appValue = percentile(app, p);
      const directValue = percentile(direct, p);
      return { id, name: `Whole turn outside the model, p${p} (instant ${REPLY_TOKENS}-token reply)`, value: appValue - directValue, unit: "ms", baseline: directValue, note: `app ${appValue.toFixed(2)} ms − direct ${directValue.toFixed(2)} ms` };
    };
    const flat: Figure = {
      id: "10c",
      name: `Turn ${length} vs turn 1 of a conversation, p50 outside the model`,
      value: last,
      unit: "ms",
      baseline: first,
      target: "≤ 5 ms and ≤ turn 1 + 1 ms",
      pass: last <= 5 && last - first <= 1,
      note: `${conversations} conversations`,
    };
    return [atMost(row("10a", 50), 5), reportOnly(row("10b", 99)), flat];
  },
};
