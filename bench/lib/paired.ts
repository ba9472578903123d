import { assertCompleted, type TurnRecord } from "./app-client";
import { directChat, type DirectRecord } from "./direct-client";
import { benchMessage } from "./slots";
import type { BenchContext } from "./types";

/**
 * One measure taken through the app and straight from the test server, alternating turn by
 * turn so machine drift hits both sides alike; the first `warmup` pairs are dropped.
 */
export async function pairedSamples(
  { fake, slots, turn }: Pick<BenchContext, "fake" | "slots" | "turn">,
  warmup: number,
  samples: number,
  measure: (record: TurnRecord | DirectRecord) => number,
): Promise<{ app: number[]; direct: number[] }> {
  const app: number[] = [];
  const direct: number[] = [];
  for (let index = 0; index < warmup + samples; index++) {
    const appRecord = assertCompleted(await turn(slots.next(), { message: benchMessage() }));
    const directRecord = await directChat(fake.url, { message: benchMessage() });
    if (index < warmup) continue;
    app.push(measure(appRecord));
    direct.push(measure(directRecord));
  }
  return { app, direct };
}
