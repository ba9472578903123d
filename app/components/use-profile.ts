"use client";

import { useCallback, useEffect, useState } from "react";
import { coachError, OFFLINE_ERROR, type CoachError, type Profile } from "../scenarios/[id]/coach-types";

export type ProfileChange = Partial<Pick<Profile, "level" | "corrections" | "character_model" | "coach_model" | "reply_speed" | "speak_replies" | "voice" | "coach_judge">>;

/** The learner's profile from /api/v1/me, and a save that keeps the old values when the server refuses. */
export function useProfile() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<CoachError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const response = await fetch("/api/v1/me", { cache: "no-store" }).catch(() => null);
      if (!live) return;
      if (!response) return setError(OFFLINE_ERROR);
      if (!response.ok) return setError(await coachError(response));
      setProfile((await response.json()) as Profile);
    })();
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (change: ProfileChange): Promise<boolean> => {
    setSaving(true);
    setError(null);
    const response = await fetch("/api/v1/me", { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(change) }).catch(() => null);
    setSaving(false);
    if (!response) return setError(OFFLINE_ERROR), false;
    if (!response.ok) return setError(await coachError(response)), false;
    setProfile((await response.json()) as Profile);
    return true;
  }, []);

  return { profile, error, saving, save };
}
