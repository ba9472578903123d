import "server-only";
import { Ollama } from "ollama";
import { env } from "@/lib/env";

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

/** Ollama names untagged models ":latest". */
export function sameModel(a: string, b: string): boolean {
  const withTag = (name: string) => (name.includes(":") ? name : `${name}:latest`);
  return withTag(a) === withTag(b);
}
