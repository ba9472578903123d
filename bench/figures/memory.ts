import { assertCompleted } from "../lib/app-client";
import { pacedReply } from "../lib/fake-server";
import { MB, rssBytes } from "../lib/process-stats";
import { benchMessage } from "../lib/slots";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/**
 * RSS growth over many sequential turns with an instant model, from after a warm-up to the end.
 * RSS also follows V8's heap sizing (old space grows until a mark-compact is due), so a second run
 * of the same turns compares the live JS heap after a full GC (heap snapshots) before and after:
 * that is the figure that tells a leak. The snapshots run only in the second part, so they cannot
 * disturb the RSS figure.
 */
export const memoryFigure: FigureModule = {
  id: "7",
  title: "Memory over sequential turns",
  async run({ app, counts, fake, slots, turn, details }) {
    const { warmupTurns, turns } = counts.memory;
    fake.setDefault(pacedReply(20, 0));
    const run = async (count: number, every?: (index: number) => void) => {
      for (let index = 1; index <= count; index++) {
        assertCompleted(await turn(slots.next(), { message: benchMessage() }));
        every?.(index);
      }
    };
    await run(warmupTurns);
    const start = rssBytes(app.pid);
    const series: number[] = [start / MB];
    const step = Math.max(1, Math.floor(turns / 10));
    await run(turns, (index) => {
      if (index % step === 0) series.push(rssBytes(app.pid) / MB);
    });
    const end = rssBytes(app.pid);

    const heapStart = await app.liveHeapBytes();
    await run(turns);
    const heapEnd = await app.liveHeapBytes();
    details["7"] = { warmupTurns, turns, rssSeriesMB: series.map((value) => Number(value.toFixed(2))), liveHeapStartMB: heapStart / MB, liveHeapEndMB: heapEnd / MB };
    return [
      atMost({ id: "7b", name: `RSS growth over ${turns} sequential turns`, value: (end - start) / MB, unit: "MB", baseline: start / MB, note: `after ${warmupTurns} warm-up turns; series in latest.json` }, 10),
      atMost({ id: "7c", name: `Live JS heap growth over ${turns} more turns (after full GC)`, value: (heapEnd - heapStart) / MB, unit: "MB", baseline: heapStart / MB, note: "heap snapshots: what a leak grows" }, 10),
    ];
  },
};
