"use client";

import { useState } from "react";
import { useProfile } from "../../components/use-profile";
import { InlineError } from "./correction-view";
import { CORRECTION_MODES, LEVELS, type CorrectionMode, type Level } from "./coach-types";

/** Level and correction mode from the scene page; they save to the learner's profile at once. */
export function LearningControl({ roundLevel }: { roundLevel?: string }) {
  const { profile, error, saving, save } = useProfile();
  const [levelChanged, setLevelChanged] = useState(false);
  const differsFromRound = profile !== null && roundLevel !== undefined && profile.level !== roundLevel;
  const note = differsFromRound
    ? `This round stays at ${roundLevel}; ${profile.level} applies from the next round.`
    : levelChanged && profile && roundLevel === undefined
      ? `${profile.level} applies from the next round.`
      : "A level change applies from the next round.";
  return (
    <section className="learning-control" aria-labelledby="learning-control-heading">
      <h2 id="learning-control-heading" className="side-heading">
        Your German
      </h2>
      <div className="learning-control-fields">
        <div className="compact-field">
          <label htmlFor="scene-level">Level</label>
          <select id="scene-level" value={profile?.level ?? ""} disabled={!profile || saving} onChange={(event) => void save({ level: event.target.value as Level }).then(setLevelChanged)} aria-describedby="level-note">
            {profile ? null : <option value="">…</option>}
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </div>
        <div className="compact-field">
          <label htmlFor="scene-corrections">Corrections</label>
          <select id="scene-corrections" value={profile?.corrections ?? ""} disabled={!profile || saving} onChange={(event) => void save({ corrections: event.target.value as CorrectionMode })}>
            {profile ? null : <option value="">…</option>}
            {CORRECTION_MODES.map((mode) => (
              <option key={mode.value} value={mode.value}>
                {mode.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="level-note" className="field-hint">
        {note}
      </p>
      <InlineError error={error ?? undefined} />
    </section>
  );
}
