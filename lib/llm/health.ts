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

/** The start-up line about Ollama: whether it answered, whether the model is there, and the fix when not. */
export function describeOllamaHealth({ host, reachable, model, model_available }: OllamaHealth): string {
  if (!reachable) return `[alltag] Ollama at ${host} did not answer: start it with \`ollama serve\` or set OLLAMA_HOST; replies fail until it answers`;
  if (!model_available) return `[alltag] Ollama at ${host} answered, but the model ${model} is not pulled: run \`ollama pull ${model}\` on that machine`;
  return `[alltag] Ollama at ${host} answered; model ${model} is pulled`;
}

/** Probes Ollama and logs one line; start-up runs it without awaiting, so it never holds the server back. */
export async function reportOllamaHealth(log: (line: string) => void = console.log, timeoutMs = 5000): Promise<OllamaHealth> {
  const health = await checkOllama(timeoutMs);
  log(describeOllamaHealth(health));
  return health;
}
