"use client";

import { InlineError } from "./correction-view";
import type { HintState } from "./scene-state";
import type { SceneObjective } from "./scene-types";

const LADDER_STEPS = 3;

type Props = { target: SceneObjective | undefined; hint: HintState; onHelp: (objectiveId: string) => void; onClose: () => void };

/** Help near the composer: says what the next hint costs before the learner opens it, then shows it. */
export function HintBar({ target, hint, onHelp, onClose }: Props) {
  const shown = hint.shown;
  const usedSteps = target?.hints?.length ?? 0;
  const nextCost = target?.next_hint_cost;
  const exhausted = target !== undefined && nextCost === null;
  const costLabel = nextCost === undefined ? "" : ` · costs ${nextCost} points`;
  return (
    <div className="hint-bar">
      {shown ? (
        <section className="hint" aria-labelledby="hint-heading" data-testid="hint">
          <p id="hint-heading" className="hint-heading">
            Hint {shown.step} of {LADDER_STEPS} · {target?.id === shown.objective_id ? `“${target.title}”` : "this objective"} now pays {shown.points_left} points
          </p>
          {/* Step 1 nudges in English; steps 2 and 3 give German words. */}
          <p className="hint-text" lang={shown.step === 1 ? "en" : "de"}>
            {shown.text}
          </p>
          <button type="button" className="link-button" onClick={onClose}>
            Close hint
          </button>
        </section>
      ) : null}
      {target ? (
        <div className="hint-actions">
          <button
            type="button"
            className="button button-quiet hint-button"
            onClick={() => onHelp(target.id)}
            disabled={hint.busy || exhausted}
            aria-describedby="hint-target"
          >
            {exhausted ? "No more hints" : `Help · Hint ${usedSteps + 1} of ${LADDER_STEPS}${costLabel}`}
          </button>
          <span id="hint-target" className="hint-target">
            for “{target.title}”
          </span>
          <InlineError error={hint.error ?? undefined} />
        </div>
      ) : null}
    </div>
  );
}
