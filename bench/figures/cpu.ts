import { assertCompleted } from "../lib/app-client";
import { pacedReply } from "../lib/fake-server";
import { startFloorRelay } from "../lib/floor-relay";
import { cpuTimeNs } from "../lib/process-stats";
import { benchMessage } from "../lib/slots";
import { atMost } from "../lib/targets";
import type { BenchContext, FigureModule } from "../lib/types";

type Relay = (streams: number) => Promise<number>;

/** CPU (all threads) a process spent while `work` ran, in µs per relayed token. */
async function cpuPerToken(pid: number, work: () => Promise<number>) {
  const before = cpuTimeNs(pid);
  const tokens = await work();
  return { tokens, perTokenUs: (cpuTimeNs(pid) - before) / 1e3 / tokens };
}

/** `runs` rounds of `streams` simultaneous replies; total tokens relayed. */
async function rounds(relay: Relay, streams: number, runs: number): Promise<number> {
  let total = 0;
  for (let run = 0; run < runs; run++) total += await relay(streams);
  return total;
}

/**
 * Server CPU per token, next to the same work done by bench/lib/floor-relay.mjs: the cheapest relay
 * Node can be (fetch in, one http write per token out), i.e. what this machine charges for moving a
 * token at all. Paced tokens each cost a wake-up from idle, which is dear on a small VM.
 */
export const cpuFigure: FigureModule = {
  id: "6",
  title: "Server CPU per token",
  async run(context: BenchContext) {
    const { app, counts, fake, slots, turn, details } = context;
    const { pacedTokens, pacedRate, pacedStreams, bulkTokens, bulkRuns } = counts.cpu;
    const floor = await startFloorRelay(fake.url);
    try {
      const appRelay: Relay = async (streams) => {
        const records = await Promise.all(slots.take(streams).map((slot) => turn(slot, { message: benchMessage() })));
        return records.map(assertCompleted).reduce((sum, record) => sum + record.tokenAt.length, 0);
      };
      const floorRelay: Relay = async (streams) => (await Promise.all(Array.from({ length: streams }, () => floor.relay(benchMessage())))).reduce((a, b) => a + b, 0);

      fake.setDefault(pacedReply(bulkTokens, 0));
      await appRelay(1); // warm-up
      await floorRelay(1);
      const bulk = await cpuPerToken(app.pid, () => rounds(appRelay, 1, bulkRuns));
      const bulkFloor = await cpuPerToken(floor.pid, () => rounds(floorRelay, 1, bulkRuns));
      fake.setDefault(pacedReply(pacedTokens, pacedRate));
      const paced = await cpuPerToken(app.pid, () => appRelay(pacedStreams));
      const pacedFloor = await cpuPerToken(floor.pid, () => floorRelay(pacedStreams));
      details["6"] = { paced, pacedFloor, bulk, bulkFloor };
      return [
        atMost(
          { id: "6a", name: `Server CPU per token, paced (${pacedStreams} × ${pacedTokens} at ${pacedRate}/s)`, value: paced.perTokenUs, unit: "µs", baseline: pacedFloor.perTokenUs, note: "baseline: minimal Node relay (bench/lib/floor-relay.mjs)" },
          100,
        ),
        atMost(
          { id: "6b", name: `Server CPU per token, bulk (${bulkRuns} × ${bulkTokens})`, value: bulk.perTokenUs, unit: "µs", baseline: bulkFloor.perTokenUs, note: "baseline: minimal Node relay" },
          20,
        ),
      ];
    } finally {
      floor.stop();
    }
  },
};
