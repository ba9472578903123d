import "server-only";
import { ollamaClient, sameModel, sendOnLiveConnection } from "./client";

export type InstalledModels = { reachable: boolean; models: { name: string; size: number }[] };

/** The models Ollama has pulled (`/api/tags`); quick even when Ollama is down. */
export async function installedModels(timeoutMs = 1500): Promise<InstalledModels> {
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const client = ollamaClient(signal);
    const { models } = await sendOnLiveConnection(() => client.list(), signal);
    return { reachable: true, models: models.map((model) => ({ name: model.name, size: model.size })) };
  } catch {
    return { reachable: false, models: [] };
  }
}

export function isInstalled(installed: InstalledModels, name: string): boolean {
  return installed.models.some((model) => sameModel(model.name, name));
}
