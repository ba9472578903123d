import { directChat } from "../lib/direct-client";
import { chatRequestFor, pacedReply } from "../lib/fake-server";
import { benchMessage } from "../lib/slots";
import { max, median, summary } from "../lib/stats";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/**
 * Time to the first byte of the SSE body while the test server holds its first chunk: the app must
 * answer at once (`: ok`), not when the model does. The baseline is the test server's own first
 * byte, which arrives only with its first chunk.
 */
export const headersFigure: FigureModule = {
  id: "2",
  title: "Headers before model",
  async run({ counts, fake, slots, turn, details }) {
    const { samples, holdMs } = counts.headers;
    fake.setDefault(pacedReply(5, 0, { firstChunkDelayMs: holdMs }));
    const firstByte: number[] = [];
    const headers: number[] = [];
    for (let index = 0; index < samples + 1; index++) {
      const record = await turn(slots.next(), { message: benchMessage(), abortAfterFirstByte: true });
      if (record.status !== 200) throw new Error(`turn refused: HTTP ${record.status}: ${record.errorBody ?? ""}`);
      // Let the cancelled turn reach the test server and settle before the next sample.
      const request = chatRequestFor(fake, record.message);
      if (request) await fake.waitForAbort(request).catch(() => undefined);
      if (index === 0) continue; // warm-up
      firstByte.push((record.firstByteAt ?? Number.NaN) - record.startedAt);
      headers.push((record.headersAt ?? Number.NaN) - record.startedAt);
    }
    const direct = await directChat(fake.url, { message: benchMessage(), abortAfterTokens: 0 });
    const directFirstByte = (direct.respondedAt ?? Number.NaN) - direct.startedAt;
    details["2"] = { firstByteMs: summary(firstByte), headersMs: summary(headers), directFirstByteMs: directFirstByte, holdMs };
    return [
      atMost(
        {
          id: "2",
          name: `First SSE byte, model holding ${holdMs / 1000} s (worst of ${firstByte.length})`,
          value: max(firstByte),
          unit: "ms",
          baseline: directFirstByte,
          note: `p50 ${median(firstByte).toFixed(2)} ms; headers p50 ${median(headers).toFixed(2)} ms`,
        },
        50,
      ),
    ];
  },
};
