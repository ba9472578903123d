"use client";

import { useCallback, useMemo, useRef, type Dispatch } from "react";
import type { CoachJudgementResult } from "@/lib/sse/events";
import { postJson } from "./coach-types";
import type { SceneEvent } from "./scene-state";

/**
 * Asks the coach for its second opinion on a message the rules credited nothing for, once that turn's reply is
 * complete. Each message is asked about once per page: a replayed stream or a second look at the turn asks no more.
 */
export function useCoachJudge(dispatch: Dispatch<SceneEvent>) {
  const asked = useRef(new Set<string>());

  const ask = useCallback(
    async (messageId: string) => {
      if (asked.current.has(messageId)) return;
      asked.current.add(messageId);
      dispatch({ type: "judge_requested", messageId });
      const result = await postJson<CoachJudgementResult>(`/api/v1/messages/${encodeURIComponent(messageId)}/judge`);
      if (result.ok) dispatch({ type: "judged", result: result.value, noticeKey: Date.now() });
      else dispatch({ type: "judge_failed", messageId, error: result.error });
    },
    [dispatch],
  );

  /** Asks again after a failure the learner chose to retry (the coach model was down or slow). */
  const retry = useCallback(
    (messageId: string) => {
      asked.current.delete(messageId);
      void ask(messageId);
    },
    [ask],
  );

  const dismiss = useCallback(() => dispatch({ type: "judge_dismissed" }), [dispatch]);

  return useMemo(() => ({ ask, retry, dismiss }), [ask, retry, dismiss]);
}

export type CoachJudge = ReturnType<typeof useCoachJudge>;
