import { assertCompleted } from "../lib/app-client";
import { pacedReply } from "../lib/fake-server";
import { MB, rssBytes } from "../lib/process-stats";
import { benchMessage } from "../lib/slots";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/**
 * RSS growth over many sequential turns with an instant model: a leak shows as growth that does
 * not level off. Measured from after a warm-up (JIT, caches, heap sized), to the end.
 */
export const memoryFigure: FigureModule = {
  id: "7",
  title: "Memory over sequential turns",
  async run({ app, counts, fake, slots, turn, details }) {
    const { warmupTurns, turns } = counts.memory;
    fake.setDefault(pacedReply(20, 0));
    const oneTurn = async () => assertCompleted(await turn(slots.next(), { message: benchMessage() }));
    for (let index = 0; index < warmupTurns; index++) await oneTurn();
    const start = rssBytes(app.pid);
    const series: number[] = [start / MB];
    for (let index = 1; index <= turns; index++) {
      await oneTurn();
      if (index % Math.max(1, Math.floor(turns / 10)) === 0) series.push(rssBytes(app.pid) / MB);
    }
    const end = rssBytes(app.pid);
    details["7"] = { rssSeriesMB: series.map((value) => Number(value.toFixed(2))), warmupTurns, turns };
    return [
      atMost(
        { id: "7b", name: `RSS growth over ${turns} sequential turns`, value: (end - start) / MB, unit: "MB", baseline: start / MB, note: `after ${warmupTurns} warm-up turns; series in latest.json` },
        10,
      ),
    ];
  },
};
