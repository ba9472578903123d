"use client";

import { useEffect } from "react";
import { RichMessage } from "./rich-message";
import type { CoachJudgeState } from "./scene-state";
import type { CoachJudge } from "./use-coach-judge";

const NOTHING_SHOWN_MS = 4000;

// Failures where asking again can help: the coach model was down, slow, or the server could not be reached.
const TRANSIENT = new Set(["offline", "llm_unreachable", "llm_timeout", "llm_error", "model_not_found"]);
const canRetry = (code: string) => TRANSIENT.has(code) || /^http_5\d\d$/.test(code);

/**
 * One quiet line about the coach's second opinion: checking, found nothing (for a moment), or could not
 * check. The polite live region is always there, so screen readers hear each change; what it credits is
 * announced by the points notice and shown in the objectives, as a turn's credit is.
 */
export function JudgeStatus({ judge, actions }: { judge: CoachJudgeState; actions: CoachJudge }) {
  const { dismiss, retry } = actions;
  const fading = judge?.status === "nothing" || judge?.status === "credited";
  useEffect(() => {
    if (!fading) return;
    const timer = setTimeout(dismiss, NOTHING_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [fading, dismiss]);

  // Only the words are in the live region: the buttons beside a failure are not read out as part of it.
  return (
    <div className="judge-status" data-testid="judge-status" data-state={judge?.status ?? "idle"}>
      <p className={judge?.status === "failed" ? "judge-line judge-failed" : "judge-line"} role="status">
        {judge?.status === "checking" ? "The coach is checking your message …" : null}
        {judge?.status === "nothing" ? "The coach found no objective in your message." : null}
        {judge?.status === "credited" ? `The coach heard ${judge.titles.map((title) => `“${title}”`).join(" and ")} in your message: +${judge.points} points.` : null}
        {judge?.status === "failed" ? (
          <>
            The coach could not check your message: <RichMessage text={judge.error.message} />
          </>
        ) : null}
      </p>
      {judge?.status === "failed" ? (
        <span className="judge-actions">
          {canRetry(judge.error.code) ? (
            <button type="button" className="link-button" onClick={() => retry(judge.messageId)}>
              Ask again
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss
          </button>
        </span>
      ) : null}
    </div>
  );
}
