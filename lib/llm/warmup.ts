import "server-only";
import { env } from "@/lib/env";
import { ollamaClient, sameModel, sendOnLiveConnection } from "./client";

export type WarmupState = "loaded" | "loading" | "unreachable" | "model_not_found";

// One load request at a time per model: a page opened in three tabs asks Ollama once.
const loading = new Map<string, Promise<void>>();

/** Answers at once; if the model (default OLLAMA_MODEL) is not in memory yet, starts loading it in the background. */
export async function warmUp(timeoutMs = 1500, model = env().OLLAMA_MODEL): Promise<WarmupState> {
  const { OLLAMA_KEEP_ALIVE: keepAlive, OLLAMA_NUM_CTX: numCtx } = env();
  const signal = AbortSignal.timeout(timeoutMs);
  const probe = ollamaClient(signal);
  try {
    const [running, installed] = await Promise.all([sendOnLiveConnection(() => probe.ps(), signal), sendOnLiveConnection(() => probe.list(), signal)]);
    if (running.models.some((entry) => sameModel(entry.name, model))) return "loaded";
    if (!installed.models.some((entry) => sameModel(entry.name, model))) return "model_not_found";
  } catch {
    return "unreachable";
  }
  // An empty chat loads the model; the same num_ctx as real turns, or the first turn would reload it.
  if (!loading.has(model)) {
    const load = ollamaClient()
      .chat({ model, messages: [], keep_alive: keepAlive, options: { num_ctx: numCtx } })
      .then(
        () => undefined,
        (error: unknown) => console.warn("[warmup] loading the model failed:", error instanceof Error ? error.message : error),
      )
      .finally(() => loading.delete(model));
    loading.set(model, load);
  }
  return "loading";
}
