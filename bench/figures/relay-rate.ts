import { assertCompleted } from "../lib/app-client";
import { directChat } from "../lib/direct-client";
import { pacedReply } from "../lib/fake-server";
import { benchMessage } from "../lib/slots";
import { median, tokensPerSecond } from "../lib/stats";
import { atLeast, reportOnly } from "../lib/targets";
import type { BenchContext, FigureModule } from "../lib/types";

/** Tokens per second (first to last token) through the app and straight from the test server, run after run. */
async function ratePairs(context: BenchContext, tokens: number, rate: number, runs: number) {
  const { fake, slots, turn } = context;
  fake.setDefault(pacedReply(tokens, rate));
  const app: number[] = [];
  const direct: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    const appRecord = assertCompleted(await turn(slots.next(), { message: benchMessage() }));
    const directRecord = await directChat(fake.url, { message: benchMessage() });
    if (appRecord.tokenAt.length !== tokens) throw new Error(`app relayed ${appRecord.tokenAt.length} of ${tokens} tokens`);
    const appRate = tokensPerSecond(appRecord.tokenAt);
    const directRate = tokensPerSecond(directRecord.tokenAt);
    app.push(appRate);
    direct.push(directRate);
    ratios.push(appRate / directRate);
  }
  return { app, direct, ratios };
}

export const relayRateFigure: FigureModule = {
  id: "3",
  title: "Relay rate",
  async run(context) {
    const { tokens, pacedRate, pacedRuns, bulkTokens, bulkRuns } = context.counts.relay;
    // One untimed run so the bulk and paced runs start on a warm server.
    await ratePairs(context, bulkTokens, 0, 1);
    const paced = await ratePairs(context, tokens, pacedRate, pacedRuns);
    const bulk = await ratePairs(context, bulkTokens, 0, bulkRuns);
    context.details["3"] = { paced, bulk };
    return [
      atLeast(
        {
          id: "3a",
          name: `Relay rate, ${tokens} tokens at ${pacedRate}/s (app ÷ direct)`,
          value: median(paced.ratios),
          unit: "",
          note: `app ${median(paced.app).toFixed(1)} tok/s, direct ${median(paced.direct).toFixed(1)} tok/s`,
        },
        0.99,
      ),
      reportOnly({
        id: "3b",
        name: `Relay rate, ${bulkTokens} tokens in bulk (app ÷ direct)`,
        value: median(bulk.ratios),
        unit: "",
        note: `app ${median(bulk.app).toFixed(0)} tok/s, direct ${median(bulk.direct).toFixed(0)} tok/s`,
      }),
    ];
  },
};
