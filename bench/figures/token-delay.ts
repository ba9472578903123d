import { assertCompleted } from "../lib/app-client";
import { directChat } from "../lib/direct-client";
import { chatRequestFor, pacedReply } from "../lib/fake-server";
import { benchMessage } from "../lib/slots";
import { percentile, summary } from "../lib/stats";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";
import type { RecordedRequest } from "../../tests/support/fake-ollama";

/** Client arrival time of token i minus the test server's send time of token i (one clock: same process). */
export function tokenDelays(arrivals: readonly number[], request: RecordedRequest | undefined): number[] {
  if (!request) throw new Error("no test-server request for this turn");
  const count = Math.min(arrivals.length, request.tokenSentAt.length);
  return Array.from({ length: count }, (_, index) => (arrivals[index] as number) - (request.tokenSentAt[index] as number));
}

export const tokenDelayFigure: FigureModule = {
  id: "4",
  title: "Added delay per token",
  async run({ counts, fake, slots, turn, details }) {
    const { tokens, rate } = counts.tokenDelay;
    fake.setDefault(pacedReply(tokens, rate));
    const appRecord = assertCompleted(await turn(slots.next(), { message: benchMessage() }));
    const app = tokenDelays(appRecord.tokenAt, chatRequestFor(fake, appRecord.message));
    const directRecord = await directChat(fake.url, { message: benchMessage() });
    const direct = tokenDelays(directRecord.tokenAt, chatRequestFor(fake, directRecord.message));
    details["4"] = { appMs: summary(app), directMs: summary(direct) };
    const row = (id: string, p: number, limit: number) =>
      atMost({ id, name: `Delay per token at ${rate}/s, p${p} (client − test server)`, value: percentile(app, p), unit: "ms", baseline: percentile(direct, p) }, limit);
    return [row("4a", 50, 1), row("4b", 99, 5)];
  },
};
