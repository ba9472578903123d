import type { MetadataEvent } from "@/lib/sse/events";

// The coach's wire shapes as the browser reads them (docs: the coach contract). Fields a server of an
// earlier release leaves out are optional, so the page still works against it.

export type FindingKind = "spelling" | "capitalisation" | "gender" | "case" | "conjugation" | "word_order" | "other";

export type Finding = { start: number; end: number; original: string; suggestion: string; kind: FindingKind; explanation: string };

export type MessageCheck = { findings: Finding[]; corrected: string };

export type Feedback = MessageCheck & { message_id: string };

/** The metadata frame with the coach's additive fields. */
export type CoachMetadataEvent = MetadataEvent & { user_message_id?: string; feedback?: Feedback };

export type HintStep = { step: number; text: string; cost: number };

export type Hint = { objective_id: string; step: number; text: string; cost: number; points_left: number };

export type Explanation = { message_id: string; explanation: string; model: string; generated_by: "model" };

export type Translation = { message_id: string; translation: string; model: string; generated_by: "model" };

export type Level = "A1" | "A2" | "B1";

export type CorrectionMode = "off" | "on_request" | "after_each_turn";

export type ReplySpeed = "instant" | "fast" | "normal" | "slow";

export type Profile = {
  id: string;
  name: string;
  email: string;
  level: Level;
  corrections: CorrectionMode;
  character_model: string | null;
  coach_model: string | null;
  reply_speed: ReplySpeed;
  speak_replies: boolean;
  voice: string | null;
  /** The coach's second opinion when the rules credit nothing; absent from a server without it. */
  coach_judge?: boolean;
  defaults: { character_model: string; coach_model: string };
  capabilities: { server_voice: boolean; speech_input: boolean };
};

export type ModelList = { reachable: boolean; models: { name: string; size: number }[]; defaults: { character_model: string; coach_model: string } };

export type Report = {
  conversation_id: string;
  scenario: { id: string; title: string };
  status: "open" | "complete" | "abandoned";
  score: number;
  max_score: number;
  started_at: string;
  ended_at: string | null;
  objectives: { id: string; title: string; points: number; points_earned: number; done: boolean; evidence: string | null; judged_by?: "rules" | "coach" | null; message_id: string | null; hints: HintStep[] }[];
  corrections: { message_id: string; text: string; findings: Finding[]; corrected: string }[];
  key_words: { de: string; en: string }[];
  next_scene: { id: string; title: string } | null;
};

/** A coach error as the API sends it, shown next to the action that failed. */
export type CoachError = { code: string; message: string };

export const LEVELS: readonly Level[] = ["A1", "A2", "B1"];

export const CORRECTION_MODES: readonly { value: CorrectionMode; label: string }[] = [
  { value: "after_each_turn", label: "After each turn" },
  { value: "on_request", label: "On request" },
  { value: "off", label: "Off" },
];

/** Reads the API's error body, or says what went wrong when there is none. */
export async function coachError(response: Response): Promise<CoachError> {
  const payload = (await response.json().catch(() => null)) as { error?: Partial<CoachError> } | null;
  return { code: payload?.error?.code ?? `http_${response.status}`, message: payload?.error?.message ?? `The server answered ${response.status}. Try again.` };
}

export const OFFLINE_ERROR: CoachError = { code: "offline", message: "The server could not be reached. Try again when you are online." };

/** POSTs JSON and returns the parsed answer, or the typed error to show beside the action. */
export async function postJson<T>(url: string, body: unknown = {}): Promise<{ ok: true; value: T } | { ok: false; error: CoachError }> {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!response) return { ok: false, error: OFFLINE_ERROR };
  if (!response.ok) return { ok: false, error: await coachError(response) };
  return { ok: true, value: (await response.json()) as T };
}
