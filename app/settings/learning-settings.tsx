"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useProfile, type ProfileChange } from "../components/use-profile";
import { CORRECTION_MODES, LEVELS, OFFLINE_ERROR, coachError, type CoachError, type CorrectionMode, type Level, type ModelList, type Profile } from "../scenarios/[id]/coach-types";
import { SaveRow } from "../components/save-row";

const LEVEL_HELP: Record<Level, string> = { A1: "A1 · beginner", A2: "A2 · elementary", B1: "B1 · intermediate" };

function useModels() {
  const [models, setModels] = useState<ModelList | null>(null);
  const [error, setError] = useState<CoachError | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const response = await fetch("/api/v1/models", { cache: "no-store" }).catch(() => null);
      if (!live) return;
      if (!response) return setError(OFFLINE_ERROR);
      if (!response.ok) return setError(await coachError(response));
      setModels((await response.json()) as ModelList);
    })();
    return () => {
      live = false;
    };
  }, []);
  return { models, error };
}

/** The installed models, plus the learner's current one even when Ollama cannot list it right now. */
function modelOptions(models: ModelList | null, current: string | null): string[] {
  const names = models?.models.map((model) => model.name) ?? [];
  return current && !names.includes(current) ? [current, ...names] : names;
}

function ModelSelect({ id, label, value, fallback, options, onChange }: { id: string; label: string; value: string; fallback: string; options: string[]; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Default ({fallback})</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

function LearningForm({ profile, models, modelsError, saving, onSave }: { profile: Profile; models: ModelList | null; modelsError: CoachError | null; saving: boolean; onSave: (change: ProfileChange) => Promise<boolean> }) {
  const [level, setLevel] = useState<Level>(profile.level);
  const [corrections, setCorrections] = useState<CorrectionMode>(profile.corrections);
  const [characterModel, setCharacterModel] = useState(profile.character_model ?? "");
  const [coachModel, setCoachModel] = useState(profile.coach_model ?? "");
  const [coachJudge, setCoachJudge] = useState(profile.coach_judge ?? false);
  const [saved, setSaved] = useState(false);
  const defaults = models?.defaults ?? profile.defaults;
  const unreachable = modelsError !== null || models?.reachable === false;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const change: ProfileChange = {};
    if (level !== profile.level) change.level = level;
    if (corrections !== profile.corrections) change.corrections = corrections;
    if ((characterModel || null) !== profile.character_model) change.character_model = characterModel || null;
    if ((coachModel || null) !== profile.coach_model) change.coach_model = coachModel || null;
    if (coachJudge !== (profile.coach_judge ?? false)) change.coach_judge = coachJudge;
    if (Object.keys(change).length === 0 || (await onSave(change))) setSaved(true);
  }

  return (
    <form method="post" className="learning-form" onSubmit={submit} onChange={() => setSaved(false)}>
      <div className="field">
        <label htmlFor="learning-level">Level</label>
        <select id="learning-level" value={level} onChange={(event) => setLevel(event.target.value as Level)} aria-describedby="learning-level-hint">
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {LEVEL_HELP[value]}
            </option>
          ))}
        </select>
        <p className="field-hint" id="learning-level-hint">
          Shapes the character&apos;s German, the hints and the explanations. A change applies from your next round.
        </p>
      </div>
      <fieldset>
        <legend>Corrections</legend>
        {CORRECTION_MODES.map((mode) => (
          <label key={mode.value} className="radio">
            <input type="radio" name="corrections" value={mode.value} checked={corrections === mode.value} onChange={() => setCorrections(mode.value)} /> {mode.label}
          </label>
        ))}
      </fieldset>
      {profile.coach_judge === undefined ? null : (
        <div className="field">
          <label className="radio">
            <input type="checkbox" name="coach_judge" checked={coachJudge} onChange={(event) => setCoachJudge(event.target.checked)} aria-describedby="learning-coach-judge-hint" /> Second opinion from the coach
          </label>
          <p className="field-hint" id="learning-coach-judge-hint">
            When the rules credit nothing, the coach model reads your message again and may credit an objective, quoting your words. Small models can be wrong; off by default.
          </p>
        </div>
      )}
      {unreachable ? (
        <p className="form-error" role="status">
          Ollama is not reachable, so the installed models cannot be listed. Your current choices are kept.
        </p>
      ) : null}
      <ModelSelect id="learning-character-model" label="Character model (plays the scene)" value={characterModel} fallback={defaults.character_model} options={modelOptions(models, profile.character_model)} onChange={setCharacterModel} />
      <ModelSelect id="learning-coach-model" label="Coach model (explanations and translations)" value={coachModel} fallback={defaults.coach_model} options={modelOptions(models, profile.coach_model)} onChange={setCoachModel} />
      <SaveRow label="Save learning settings" busy={saving} done={saved} />
    </form>
  );
}

export function LearningSettings() {
  const { profile, error, saving, save } = useProfile();
  const { models, error: modelsError } = useModels();
  return (
    <div className="stack">
      {profile ? <LearningForm profile={profile} models={models} modelsError={modelsError} saving={saving} onSave={save} /> : error ? null : <p className="muted">Loading …</p>}
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
