import "server-only";
import { Ollama } from "ollama";
import { env } from "@/lib/env";
import { closedBeforeResponse } from "./errors";

// Each retry finds the pool's next stale keep-alive socket or a fresh connection; a few cover the
// sockets one app process keeps open to one Ollama.
const SEND_ATTEMPTS = 3;

/**
 * A client whose every request carries `signal`. ollama-js's chat() takes no signal, and
 * its iterator's abort() exists only after the first token arrives: a per-turn fetch is the
 * one way a Stop before the first token reaches Ollama.
 */
export function ollamaClient(signal?: AbortSignal): Ollama {
  const { OLLAMA_HOST } = env();
  if (!signal) return new Ollama({ host: OLLAMA_HOST });
  const fetchWithSignal: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  return new Ollama({ host: OLLAMA_HOST, fetch: fetchWithSignal });
}

/**
 * Sends a request again when its connection closed before Ollama answered a single byte: a pooled
 * keep-alive socket that Ollama had closed (a restart, its idle timeout) says nothing about Ollama
 * now. Only such a request is repeated; one that got an answer, even a partial one, never is.
 */
export async function sendOnLiveConnection<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt === SEND_ATTEMPTS || signal?.aborted || !closedBeforeResponse(error)) throw error;
    }
  }
}

/** Ollama names untagged models ":latest". */
export function sameModel(a: string, b: string): boolean {
  const withTag = (name: string) => (name.includes(":") ? name : `${name}:latest`);
  return withTag(a) === withTag(b);
}
