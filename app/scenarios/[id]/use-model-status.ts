"use client";

import { useEffect, useState } from "react";

export type ModelProblem = { kind: "unreachable" | "model_not_found"; host: string; model: string };

type Health = { ollama?: { host: string; reachable: boolean; model: string; model_available: boolean } };
type Warmup = { state?: "loaded" | "loading" | "unreachable" | "model_not_found" };

const POLL_MS = 1000;
const MAX_POLLS = 180;

/**
 * Before the learner types: is Ollama there, is the model installed, is it in memory?
 * Opening the scene asks Ollama to load the model, and `cold` stays true until it has.
 */
export function useModelStatus(): { problem: ModelProblem | null; cold: boolean } {
  const [problem, setProblem] = useState<ModelProblem | null>(null);
  const [cold, setCold] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void fetch("/api/v1/health", { cache: "no-store" })
      .then((response) => response.json() as Promise<Health>)
      .then(({ ollama }) => {
        if (stopped || !ollama) return;
        if (!ollama.reachable) setProblem({ kind: "unreachable", host: ollama.host, model: ollama.model });
        else if (!ollama.model_available) setProblem({ kind: "model_not_found", host: ollama.host, model: ollama.model });
      })
      .catch(() => undefined);

    const warm = async (polls: number) => {
      const response = await fetch("/api/v1/llm/warmup", { method: "POST" }).catch(() => null);
      const { state } = ((await response?.json().catch(() => null)) ?? {}) as Warmup;
      if (stopped) return;
      setCold(state === "loading");
      if (state === "loading" && polls < MAX_POLLS) timer = setTimeout(() => void warm(polls + 1), POLL_MS);
      if (state === "loaded") setProblem(null);
    };
    void warm(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  return { problem, cold };
}
