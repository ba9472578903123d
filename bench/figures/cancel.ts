import type { FakeOllama } from "../../tests/support/fake-ollama";
import { directChat, type DirectRecord } from "../lib/direct-client";
import { chatRequestFor, pacedReply, waitForChat } from "../lib/fake-server";
import { stopTurn } from "../lib/live-client";
import { benchMessage } from "../lib/slots";
import { max, median, summary } from "../lib/stats";
import { atMost } from "../lib/targets";
import type { TurnRecord } from "../lib/app-client";
import type { BenchContext, Figure, FigureModule } from "../lib/types";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Client abort → the test server sees its request closed (same clock: the test server runs in this process). */
async function closeLatency(fake: FakeOllama, record: TurnRecord | DirectRecord): Promise<number> {
  const request = chatRequestFor(fake, record.message);
  if (!request || record.abortedAt === undefined) throw new Error("cancel sample without a request or an abort");
  const closedAt = await fake.waitForAbort(request, 5_000);
  return closedAt - record.abortedAt;
}

/** Aborts once the test server holds the request (plus a moment, so the app is really waiting on it). */
function abortWhenHeld(fake: FakeOllama, message: string): AbortSignal {
  const controller = new AbortController();
  void waitForChat(fake, message).then(async () => {
    await sleep(20);
    controller.abort();
  });
  return controller.signal;
}

async function heldSamples({ fake, slots, turn }: BenchContext, samples: number) {
  const app: number[] = [];
  const direct: number[] = [];
  for (let index = 0; index < samples; index++) {
    const message = benchMessage();
    app.push(await closeLatency(fake, await turn(slots.next(), { message, abortSignal: abortWhenHeld(fake, message) })));
    const directMessage = benchMessage();
    direct.push(await closeLatency(fake, await directChat(fake.url, { message: directMessage, abortSignal: abortWhenHeld(fake, directMessage) })));
  }
  return { app, direct };
}

async function midStreamSamples({ fake, slots, turn }: BenchContext, samples: number, afterTokens: number) {
  const app: number[] = [];
  const direct: number[] = [];
  for (let index = 0; index < samples; index++) {
    app.push(await closeLatency(fake, await turn(slots.next(), { message: benchMessage(), abortAfterTokens: afterTokens })));
    direct.push(await closeLatency(fake, await directChat(fake.url, { message: benchMessage(), abortAfterTokens: afterTokens })));
  }
  return { app, direct };
}

/** Stop (POST …/message/stop) on a resumable turn mid-stream → the test server sees its request closed; the client keeps reading. */
async function stopSamples({ app, fake, slots, turn }: BenchContext, samples: number, afterTokens: number) {
  const latencies: number[] = [];
  for (let index = 0; index < samples; index++) {
    const slot = slots.next();
    const message = benchMessage();
    const reading = turn(slot, { message, resumable: true });
    const request = await waitForChat(fake, message, (record) => record.tokensSent >= afterTokens);
    const { sentAt, stopped } = await stopTurn(app.url, slot);
    if (!stopped) throw new Error("Stop found no live turn");
    latencies.push((await fake.waitForAbort(request, 5_000)) - sentAt);
    const record = await reading;
    if (record.outcome !== "complete") throw new Error(`a stopped turn ended with ${record.outcome ?? "no final event"}`);
  }
  return latencies;
}

export const cancelFigure: FigureModule = {
  id: "8",
  title: "Cancel latency",
  async run(context) {
    const { counts, fake, details } = context;
    const { samples, holdMs, midStreamAfterTokens } = counts.cancel;
    fake.setDefault(pacedReply(50, 100, { firstChunkDelayMs: holdMs }));
    await heldSamples(context, 1); // warm-up
    const held = await heldSamples(context, samples);
    fake.setDefault(pacedReply(midStreamAfterTokens * 10, 100));
    const midStream = await midStreamSamples(context, samples, midStreamAfterTokens);
    const stops = await stopSamples(context, samples, midStreamAfterTokens);
    details["8"] = { heldMs: { app: summary(held.app), direct: summary(held.direct) }, midStreamMs: { app: summary(midStream.app), direct: summary(midStream.direct) }, stopMs: summary(stops) };
    const row = (id: string, name: string, { app, direct }: { app: number[]; direct: number[] }): Figure =>
      atMost({ id, name: `${name} (worst of ${app.length})`, value: max(app), unit: "ms", baseline: max(direct), note: `p50 ${median(app).toFixed(2)} ms` }, 50);
    return [row("8a", "Cancel → upstream closed, model holding first chunk", held), row("8b", `Cancel → upstream closed, mid-stream (after ${midStreamAfterTokens} tokens)`, midStream),
      row("8c", `Stop (resumable turn) → upstream closed, mid-stream (after ${midStreamAfterTokens} tokens)`, { app: stops, direct: midStream.direct }),
    ];
  },
};
