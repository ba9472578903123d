"use client";

import { useCallback, useMemo, type Dispatch, type RefObject } from "react";
import { postJson, type Explanation, type Feedback, type Hint, type Translation } from "./coach-types";
import type { SceneEvent, SceneState } from "./scene-state";
import type { CoachAction } from "./scene-types";

/** The coach's actions on a scene: each request's outcome becomes an event, its failure stays beside the action. */
export function useSceneCoach(scenarioId: string, dispatch: Dispatch<SceneEvent>, latest: RefObject<SceneState>) {
  const busy = useCallback((messageId: string, action: CoachAction) => latest.current.messages.find((message) => message.id === messageId)?.busy[action] === true, [latest]);

  const check = useCallback(
    async (messageId: string) => {
      if (busy(messageId, "check")) return;
      dispatch({ type: "coach_requested", messageId, action: "check" });
      const result = await postJson<Feedback>(`/api/v1/messages/${encodeURIComponent(messageId)}/check`);
      if (result.ok) dispatch({ type: "checked", messageId, check: { findings: result.value.findings, corrected: result.value.corrected } });
      else dispatch({ type: "coach_failed", messageId, action: "check", error: result.error });
    },
    [busy, dispatch],
  );

  const explain = useCallback(
    async (messageId: string) => {
      if (busy(messageId, "explain")) return;
      dispatch({ type: "coach_requested", messageId, action: "explain" });
      const result = await postJson<Explanation>(`/api/v1/messages/${encodeURIComponent(messageId)}/explain`);
      if (result.ok) dispatch({ type: "explained", messageId, explanation: result.value.explanation });
      else dispatch({ type: "coach_failed", messageId, action: "explain", error: result.error });
    },
    [busy, dispatch],
  );

  const translate = useCallback(
    async (messageId: string) => {
      if (busy(messageId, "translate")) return;
      dispatch({ type: "coach_requested", messageId, action: "translate" });
      const result = await postJson<Translation>(`/api/v1/messages/${encodeURIComponent(messageId)}/translate`);
      if (result.ok) dispatch({ type: "translated", messageId, translation: result.value.translation });
      else dispatch({ type: "coach_failed", messageId, action: "translate", error: result.error });
    },
    [busy, dispatch],
  );

  const hint = useCallback(
    async (objectiveId: string) => {
      if (latest.current.hint.busy) return;
      dispatch({ type: "hint_requested" });
      const result = await postJson<{ hint: Hint }>(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/hint`, { objective_id: objectiveId });
      if (result.ok) dispatch({ type: "hint_received", hint: result.value.hint });
      else dispatch({ type: "hint_failed", error: result.error });
    },
    [dispatch, latest, scenarioId],
  );

  const closeHint = useCallback(() => dispatch({ type: "hint_closed" }), [dispatch]);

  return useMemo(() => ({ check, explain, translate, hint, closeHint }), [check, explain, translate, hint, closeHint]);
}

export type SceneCoach = ReturnType<typeof useSceneCoach>;
