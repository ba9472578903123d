import { performance } from "node:perf_hooks";
import { Ollama } from "ollama";

/** The baseline: the same reply read straight from the test server with the `ollama` client. */
export type DirectRecord = {
  message: string;
  startedAt: number;
  /** When chat() resolved: Ollama sends its headers with the first chunk. */
  respondedAt?: number;
  tokenAt: number[];
  endedAt?: number;
  abortedAt?: number;
};

export type DirectOptions = {
  message: string;
  /** Abort once this many tokens arrived (0: as soon as chat() resolved). */
  abortAfterTokens?: number;
  /** Abort when this fires, whatever arrived: for a request the server holds. */
  abortSignal?: AbortSignal;
};

export const BENCH_MODEL = "llama3.2:1b";

export async function directChat(host: string, options: DirectOptions): Promise<DirectRecord> {
  const controller = new AbortController();
  // Same trick as the app: a fetch that carries our signal reaches the server before the first chunk.
  const client = new Ollama({ host, fetch: (input, init) => fetch(input, { ...init, signal: controller.signal }) });
  const record: DirectRecord = { message: options.message, startedAt: performance.now(), tokenAt: [] };
  const abort = () => {
    if (record.abortedAt !== undefined) return;
    record.abortedAt = performance.now();
    controller.abort();
  };
  if (options.abortSignal?.aborted) abort();
  options.abortSignal?.addEventListener("abort", abort, { once: true });
  try {
    const stream = await client.chat({ model: BENCH_MODEL, messages: [{ role: "user", content: options.message }], stream: true });
    record.respondedAt = performance.now();
    if (options.abortAfterTokens === 0) abort();
    else {
      for await (const part of stream) {
        if (part.message?.content) record.tokenAt.push(performance.now());
        if (options.abortAfterTokens !== undefined && record.tokenAt.length >= options.abortAfterTokens) {
          abort();
          break;
        }
      }
    }
  } catch (error) {
    if (record.abortedAt === undefined) throw error;
  } finally {
    options.abortSignal?.removeEventListener("abort", abort);
    record.endedAt = performance.now();
  }
  return record;
}
