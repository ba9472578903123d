import { assertCompleted } from "../lib/app-client";
import { pacedReply } from "../lib/fake-server";
import { cpuTimeNs } from "../lib/process-stats";
import { benchMessage } from "../lib/slots";
import { atMost } from "../lib/targets";
import type { BenchContext, FigureModule } from "../lib/types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Server CPU (all threads) spent while `work` ran, in µs per relayed token; and what the idle server burns meanwhile. */
async function cpuPerToken(context: BenchContext, work: () => Promise<number>) {
  const { pid } = context.app;
  const before = cpuTimeNs(pid);
  const started = performance.now();
  const tokens = await work();
  const wallMs = performance.now() - started;
  const busyNs = cpuTimeNs(pid) - before;
  // The same wall time with nothing to do: timers and housekeeping that are not the relay's.
  const idleSpan = Math.min(wallMs, 2000);
  const idleBefore = cpuTimeNs(pid);
  await sleep(idleSpan);
  const idleNs = ((cpuTimeNs(pid) - idleBefore) * wallMs) / idleSpan;
  return { tokens, wallMs, perTokenUs: busyNs / 1e3 / tokens, idlePerTokenUs: idleNs / 1e3 / tokens };
}

export const cpuFigure: FigureModule = {
  id: "6",
  title: "Server CPU per token",
  async run(context) {
    const { counts, fake, slots, turn, details } = context;
    const { pacedTokens, pacedRate, pacedStreams, bulkTokens, bulkRuns } = counts.cpu;
    const relay = async (streams: number, tokens: number) => {
      const records = await Promise.all(slots.take(streams).map((slot) => turn(slot, { message: benchMessage() })));
      return records.map(assertCompleted).reduce((sum, record) => sum + record.tokenAt.length, 0) === streams * tokens ? streams * tokens : Number.NaN;
    };
    fake.setDefault(pacedReply(bulkTokens, 0));
    await relay(1, bulkTokens); // warm-up
    fake.setDefault(pacedReply(pacedTokens, pacedRate));
    const paced = await cpuPerToken(context, () => relay(pacedStreams, pacedTokens));
    fake.setDefault(pacedReply(bulkTokens, 0));
    const bulk = await cpuPerToken(context, async () => {
      let total = 0;
      for (let run = 0; run < bulkRuns; run++) total += await relay(1, bulkTokens);
      return total;
    });
    details["6"] = { paced, bulk };
    return [
      atMost(
        { id: "6a", name: `Server CPU per token, paced (${pacedStreams} × ${pacedTokens} at ${pacedRate}/s)`, value: paced.perTokenUs, unit: "µs", baseline: paced.idlePerTokenUs, note: "baseline: idle server CPU over the same time, per token" },
        100,
      ),
      atMost(
        { id: "6b", name: `Server CPU per token, bulk (${bulkRuns} × ${bulkTokens})`, value: bulk.perTokenUs, unit: "µs", baseline: bulk.idlePerTokenUs },
        20,
      ),
    ];
  },
};
