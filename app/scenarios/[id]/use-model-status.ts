"use client";

import { useCallback, useEffect, useState } from "react";

export type ModelProblem = { kind: "unreachable" | "model_not_found"; host: string; model: string };

type Health = { ollama?: { host: string; reachable: boolean; model: string; model_available: boolean } };
type Warmup = { state?: "loaded" | "loading" | "unreachable" | "model_not_found" };

const WARM_POLL_MS = 1000;
const MAX_WARM_POLLS = 180;
/** While a problem shows, Ollama is asked again: soon at first (it may just be starting), then every 5 s. */
const RECHECK_MS = [1000, 2000, 3000, 5000];

/** What health says about Ollama: a problem, null when all is well, undefined when the app server did not answer. */
async function checkOllama(): Promise<ModelProblem | null | undefined> {
  const response = await fetch("/api/v1/health", { cache: "no-store" }).catch(() => null);
  const { ollama } = ((await response?.json().catch(() => null)) ?? {}) as Health;
  if (!ollama) return undefined;
  if (!ollama.reachable) return { kind: "unreachable", host: ollama.host, model: ollama.model };
  if (!ollama.model_available) return { kind: "model_not_found", host: ollama.host, model: ollama.model };
  return null;
}

/**
 * Before the learner types: is Ollama there, is the model installed, is it in memory?
 * A problem is re-checked until it goes away, and a reply that arrives proves it gone.
 * Opening the scene asks Ollama to load the model, and `cold` stays true until it has.
 */
export function useModelStatus() {
  const [problem, setProblem] = useState<ModelProblem | null>(null);
  const [cold, setCold] = useState(false);
  // Each round of checking is one effect run; a new round cancels the last one's timers.
  const [round, setRound] = useState({ id: 0, check: true });

  useEffect(() => {
    if (!round.check) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const warm = async (polls: number) => {
      const response = await fetch("/api/v1/llm/warmup", { method: "POST" }).catch(() => null);
      const { state } = ((await response?.json().catch(() => null)) ?? {}) as Warmup;
      if (stopped) return;
      setCold(state === "loading");
      if (state === "loading" && polls < MAX_WARM_POLLS) timer = setTimeout(() => void warm(polls + 1), WARM_POLL_MS);
      // Gone between the health check and the warm-up: back to checking.
      if (state === "unreachable" || state === "model_not_found") timer = setTimeout(() => void recheck(0), RECHECK_MS[0]);
    };

    const recheck = async (attempt: number) => {
      const found = await checkOllama();
      if (stopped) return;
      if (found === null) {
        setProblem(null);
        return void warm(0);
      }
      if (found) setProblem(found);
      timer = setTimeout(() => void recheck(attempt + 1), RECHECK_MS[Math.min(attempt, RECHECK_MS.length - 1)]);
    };

    void recheck(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [round]);

  /** A reply arrived: Ollama is there and the model loaded, whatever the last check said. */
  const replyArrived = useCallback(() => {
    setProblem(null);
    setCold(false);
    setRound((last) => (last.check ? { id: last.id + 1, check: false } : last));
  }, []);

  /** A turn failed: if Ollama or the model is the reason, the banner comes back until it is fixed. */
  const turnFailed = useCallback((code: string) => {
    if (code === "llm_unreachable" || code === "model_not_found") setRound((last) => ({ id: last.id + 1, check: true }));
  }, []);

  return { problem, cold, replyArrived, turnFailed };
}
