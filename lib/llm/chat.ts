import "server-only";
import type { Message } from "ollama";
import { env } from "@/lib/env";
import { ollamaClient, sendOnLiveConnection } from "./client";
import { LlmError, classifyLlmError } from "./errors";

export type ChatMessage = Pick<Message, "role" | "content">;

export type ChatStats = {
  firstTokenMs?: number;
  totalMs: number;
  loadDurationNs?: number;
  promptEvalCount?: number;
  promptEvalDurationNs?: number;
  evalCount?: number;
  evalDurationNs?: number;
};

/** The learner (or their browser) went away: not an error to report, just stop. */
export class ChatAborted extends Error {}

/**
 * Streams the model's reply as text pieces and returns Ollama's own timings. Enforces the
 * first-token and between-token limits, and aborts the HTTP request to Ollama whenever it
 * ends early: on `signal`, on a limit, or when the consumer stops iterating.
 */
export async function* streamChat({ messages, signal, model }: { messages: ChatMessage[]; signal: AbortSignal; model?: string }): AsyncGenerator<string, ChatStats> {
  const config = env();
  const modelName = model ?? config.OLLAMA_MODEL;
  const started = performance.now();
  const upstream = new AbortController();
  const forward = () => upstream.abort();
  signal.addEventListener("abort", forward, { once: true });
  let limitHit: "first_token" | "stall" | undefined;
  let timer = setTimeout(() => ((limitHit = "first_token"), upstream.abort()), config.OLLAMA_FIRST_TOKEN_TIMEOUT_MS);
  let stallWatch = false;
  const stats: ChatStats = { totalMs: 0 };
  let responded = false;
  try {
    if (signal.aborted) throw new ChatAborted();
    const client = ollamaClient(upstream.signal);
    const send = () =>
      client.chat({
        model: modelName,
        messages,
        stream: true,
        keep_alive: config.OLLAMA_KEEP_ALIVE,
        // A constant num_ctx keeps the model loaded as is; changing it per call would reload it.
        options: { num_ctx: config.OLLAMA_NUM_CTX, num_predict: config.OLLAMA_NUM_PREDICT, temperature: config.OLLAMA_TEMPERATURE },
      });
    const stream = await sendOnLiveConnection(send, upstream.signal);
    responded = true;
    for await (const chunk of stream) {
      if (stallWatch) timer.refresh(); // restarts the countdown without a new timer per token
      else {
        clearTimeout(timer);
        timer = setTimeout(() => ((limitHit = "stall"), upstream.abort()), config.OLLAMA_STALL_TIMEOUT_MS);
        stallWatch = true;
      }
      const content = chunk.message?.content ?? "";
      if (content) {
        stats.firstTokenMs ??= performance.now() - started;
        yield content;
      }
      if (chunk.done) {
        Object.assign(stats, {
          loadDurationNs: chunk.load_duration,
          promptEvalCount: chunk.prompt_eval_count,
          promptEvalDurationNs: chunk.prompt_eval_duration,
          evalCount: chunk.eval_count,
          evalDurationNs: chunk.eval_duration,
        });
      }
    }
    stats.totalMs = performance.now() - started;
    return stats;
  } catch (error) {
    if (signal.aborted) throw new ChatAborted();
    if (limitHit === "first_token") {
      const seconds = Math.round(config.OLLAMA_FIRST_TOKEN_TIMEOUT_MS / 1000);
      throw new LlmError("llm_timeout", `Ollama did not start answering within ${seconds} s. The model may still be loading or the machine is busy: retry in a moment.`, true);
    }
    if (limitHit === "stall") {
      const seconds = Math.round(config.OLLAMA_STALL_TIMEOUT_MS / 1000);
      throw new LlmError("llm_stalled", `Ollama stopped in the middle of the reply (nothing for ${seconds} s). Retry; if it keeps happening, check the Ollama server.`, true);
    }
    throw classifyLlmError(error, { host: config.OLLAMA_HOST, model: modelName, responded });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", forward);
    upstream.abort();
  }
}
