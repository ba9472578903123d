import { pacedReply } from "../lib/fake-server";
import { pairedSamples } from "../lib/paired";
import { percentile, summary } from "../lib/stats";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/**
 * POST → first `token` frame through the app, minus chat() → first chunk straight from the test
 * server with the ollama client. Samples alternate between the two so drift hits both alike.
 */
export const firstTokenFigure: FigureModule = {
  id: "1",
  title: "First-token overhead",
  async run({ counts, fake, slots, turn, details }) {
    const { warmup, samples } = counts.firstToken;
    fake.setDefault(pacedReply(5, 0));
    const { app, direct } = await pairedSamples({ fake, slots, turn }, warmup, samples, (record) => (record.tokenAt[0] ?? Number.NaN) - record.startedAt);
    details["1"] = { appMs: summary(app), directMs: summary(direct) };
    const row = (id: string, p: number, limit: number) => {
      const appValue = percentile(app, p);
      const directValue = percentile(direct, p);
      return atMost(
        { id, name: `First-token overhead p${p}`, value: appValue - directValue, unit: "ms", baseline: directValue, note: `app ${appValue.toFixed(2)} ms − direct ${directValue.toFixed(2)} ms` },
        limit,
      );
    };
    return [row("1a", 50, 5), row("1b", 99, 15)];
  },
};
