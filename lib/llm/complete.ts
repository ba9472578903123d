import "server-only";
import { env } from "@/lib/env";
import type { ChatMessage } from "./chat";
import { ollamaClient, sendOnLiveConnection } from "./client";
import { classifyLlmError, LlmError } from "./errors";

/**
 * One whole answer from `model`, for the coach: nothing streams to the learner, so there is no
 * first token to wait for, only one limit on the whole request.
 */
export async function completeChat({
  model,
  messages,
  timeoutMs,
  format,
  temperature = 0.2,
}: {
  model: string;
  messages: ChatMessage[];
  timeoutMs?: number;
  /** A JSON schema the answer must follow (Ollama's structured outputs). */
  format?: Record<string, unknown>;
  temperature?: number;
}): Promise<string> {
  const config = env();
  const limit = timeoutMs ?? config.OLLAMA_FIRST_TOKEN_TIMEOUT_MS;
  const signal = AbortSignal.timeout(limit);
  try {
    const client = ollamaClient(signal);
    const answer = await sendOnLiveConnection(
      () =>
        client.chat({
          model,
          messages,
          stream: false,
          keep_alive: config.OLLAMA_KEEP_ALIVE,
          // The same num_ctx as the character's turns: when both use one model, it is not reloaded.
          options: { num_ctx: config.OLLAMA_NUM_CTX, num_predict: config.OLLAMA_NUM_PREDICT, temperature },
          ...(format ? { format } : {}),
        }),
      signal,
    );
    return answer.message.content.trim();
  } catch (error) {
    if (signal.aborted) {
      throw new LlmError("llm_timeout", `The coach model ${model} did not answer within ${Math.round(limit / 1000)} s. It may still be loading: retry in a moment.`, true);
    }
    throw classifyLlmError(error, { host: config.OLLAMA_HOST, model, responded: false });
  }
}
