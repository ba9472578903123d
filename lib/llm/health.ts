import "server-only";
import { env } from "@/lib/env";
import { ollamaClient, sameModel, sendOnLiveConnection } from "./client";

export type OllamaHealth = { host: string; reachable: boolean; model: string; model_available: boolean };

/** Quick even when Ollama is down: the probe gives up after `timeoutMs`. */
export async function checkOllama(timeoutMs = 1500): Promise<OllamaHealth> {
  const { OLLAMA_HOST: host, OLLAMA_MODEL: model } = env();
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const client = ollamaClient(signal);
    const { models } = await sendOnLiveConnection(() => client.list(), signal);
    return { host, reachable: true, model, model_available: models.some((entry) => sameModel(entry.name, model)) };
  } catch {
    return { host, reachable: false, model, model_available: false };
  }
}
