"use client";

import { useEffect, useRef, useState } from "react";
import type { SceneObjective } from "./scene-types";

/** Counts from the old score to the new one, so earned points are seen arriving. */
function useCountUp(target: number, durationMs = 600): number {
  const [shown, setShown] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = performance.now();
    const origin = from.current;
    let frame = 0;
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / durationMs);
      const value = Math.round(origin + (target - origin) * progress);
      setShown(value);
      from.current = value;
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, durationMs]);
  return shown;
}

export function ScoreBadge({ score, total }: { score: number; total: number }) {
  const shown = useCountUp(score);
  return (
    <p className="score" aria-label={`Score: ${score} of ${total} points`}>
      <span className="score-value" data-testid="score">
        {shown}
      </span>
      <span className="score-total"> / {total} points</span>
    </p>
  );
}

export function ObjectivesList({ objectives }: { objectives: SceneObjective[] }) {
  return (
    <ul className="objectives" aria-label="Objectives">
      {objectives.map((objective) => (
        <li key={objective.id} className={objective.done ? "objective objective-done" : "objective"} data-objective={objective.id} data-done={objective.done}>
          <span className="objective-check" aria-hidden="true">
            {objective.done ? "✓" : ""}
          </span>
          <span className="objective-text">
            <span className="objective-title">
              {objective.title}
              <span className="visually-hidden">{objective.done ? " (done)" : " (open)"}</span>
            </span>
            {objective.done && objective.evidence ? (
              <em className="objective-evidence" lang="de">
                “{objective.evidence}”
              </em>
            ) : null}
            {objective.done && objective.judged_by === "coach" ? (
              <span className="objective-judged-by" data-testid="judged-by-coach">
                heard by the coach
              </span>
            ) : null}
            <HintsUsed objective={objective} />
          </span>
          <span className="objective-points">+{objective.points_left ?? objective.points}</span>
        </li>
      ))}
    </ul>
  );
}

/** What hints took from an objective: its points left, and each hint used, so the learner can read them again. */
function HintsUsed({ objective }: { objective: SceneObjective }) {
  const hints = objective.hints ?? [];
  if (hints.length === 0) return null;
  return (
    <span className="objective-hints" data-testid="points-left">
      {objective.done ? "" : `${objective.points_left ?? objective.points} of ${objective.points} points left · `}
      {hints.length} of 3 hints used
    </span>
  );
}
