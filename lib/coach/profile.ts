import "server-only";
import { z } from "zod";
import { updateProfile, type ProfileChange } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { installedModels, isInstalled } from "@/lib/llm/models";

export const LEARNER_LEVELS = ["A1", "A2", "B1"] as const;
export const CORRECTION_MODES = ["off", "on_request", "after_each_turn"] as const;
export type LearnerLevel = (typeof LEARNER_LEVELS)[number];
export type CorrectionMode = (typeof CORRECTION_MODES)[number];
export const REPLY_SPEEDS = ["instant", "fast", "normal", "slow"] as const;
export type ReplySpeed = (typeof REPLY_SPEEDS)[number];

const modelName = z.string().trim().min(1, "Name a model, or send null for the default.").max(200, "That is not a model name.").nullable();

/** PATCH /api/v1/me: any subset of the settings; an unknown key is an error, not silently dropped. */
export const profilePatch = z.strictObject({
  level: z.enum(LEARNER_LEVELS, { error: "Choose A1, A2 or B1." }).optional(),
  corrections: z.enum(CORRECTION_MODES, { error: "Choose off, on_request or after_each_turn." }).optional(),
  character_model: modelName.optional(),
  coach_model: modelName.optional(),
  reply_speed: z.enum(REPLY_SPEEDS, { error: "Choose instant, fast, normal or slow." }).optional(),
  speak_replies: z.boolean({ error: "Send true or false." }).optional(),
  voice: z.string().trim().min(1, "Name a voice, or send null for the first German one.").max(200, "That is not a voice name.").nullable().optional(),
  coach_judge: z.boolean({ error: "Send true or false." }).optional(),
});
export type ProfilePatch = z.infer<typeof profilePatch>;

export function defaultModels() {
  const config = env();
  return { character_model: config.OLLAMA_MODEL, coach_model: config.OLLAMA_COACH_MODEL ?? config.OLLAMA_MODEL };
}

/** The model that plays the characters for this learner. */
export function characterModelFor(user: Pick<User, "characterModel">): string {
  return user.characterModel ?? defaultModels().character_model;
}

/** The model that explains and translates for this learner. */
export function coachModelFor(user: Pick<User, "coachModel">): string {
  return user.coachModel ?? defaultModels().coach_model;
}

/** What this server can do beyond text, so the page shows only the controls that work. */
export function capabilities() {
  const config = env();
  return { server_voice: config.TTS_URL !== undefined, speech_input: config.STT_URL !== undefined };
}

export function profileJson(user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    level: user.level,
    corrections: user.corrections,
    character_model: user.characterModel,
    coach_model: user.coachModel,
    reply_speed: user.replySpeed,
    speak_replies: user.speakReplies,
    voice: user.voice,
    coach_judge: user.coachJudge,
    defaults: defaultModels(),
    capabilities: capabilities(),
  };
}

/**
 * Applies a validated patch. A model must be one Ollama has installed when Ollama answers; when it
 * does not, the name is kept as given (a learner may set up the profile before starting Ollama).
 */
export async function changeProfile(user: User, patch: ProfilePatch): Promise<User> {
  const models = [patch.character_model, patch.coach_model].filter((name): name is string => typeof name === "string");
  if (models.length > 0) {
    const installed = await installedModels();
    const missing = installed.reachable ? models.find((name) => !isInstalled(installed, name)) : undefined;
    if (missing) {
      const choices = installed.models.map((model) => model.name).join(", ") || "none";
      throw new ApiError("unknown_model", `Ollama has no model called ${missing}. Installed: ${choices}. Pull it with \`ollama pull ${missing}\`, or pick an installed one.`);
    }
  }
  const change: ProfileChange = {};
  if (patch.level !== undefined) change.level = patch.level;
  if (patch.corrections !== undefined) change.corrections = patch.corrections;
  if (patch.character_model !== undefined) change.characterModel = patch.character_model;
  if (patch.coach_model !== undefined) change.coachModel = patch.coach_model;
  if (patch.reply_speed !== undefined) change.replySpeed = patch.reply_speed;
  if (patch.speak_replies !== undefined) change.speakReplies = patch.speak_replies;
  if (patch.voice !== undefined) change.voice = patch.voice;
  if (patch.coach_judge !== undefined) change.coachJudge = patch.coach_judge;
  const updated = updateProfile({ id: user.id, change });
  if (!updated) throw new ApiError("not_found", "This account no longer exists.");
  return updated;
}
