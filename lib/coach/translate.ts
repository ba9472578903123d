import "server-only";
import { getOwnMessage, getTranslation, saveTranslation } from "@/db/queries/coach";
import { getUserById } from "@/db/queries/users";
import { ApiError } from "@/lib/errors";
import { completeChat } from "@/lib/llm/complete";
import { coachFailure } from "./coach-errors";
import { waitForCharacter } from "./gate";
import { coachModelFor } from "./profile";
import { translationMessages } from "./prompts";

export const TRANSLATION_MAX_CHARS = 2000;

export type TranslationJson = { message_id: string; translation: string; model: string; generated_by: "model" };

/** The English of any message in the learner's rounds, from the coach model once, then from the cache. */
export async function translateMessage({ userId, messageId }: { userId: string; messageId: string }): Promise<TranslationJson> {
  const owned = getOwnMessage({ userId, id: messageId });
  const user = getUserById({ id: userId });
  if (!owned || !user) throw new ApiError("not_found", "No such message.");
  const text = owned.message.content.trim();
  if (owned.message.status === "streaming") throw new ApiError("invalid_input", "This reply is still being written: translate it once it is complete.");
  if (text === "") throw new ApiError("invalid_input", "This message has no text to translate.");
  if (text.length > TRANSLATION_MAX_CHARS) throw new ApiError("text_too_long", `Only messages up to ${TRANSLATION_MAX_CHARS} characters are translated.`);

  const cached = getTranslation({ messageId });
  if (cached) return { message_id: messageId, translation: cached.text, model: cached.model, generated_by: "model" };
  const model = coachModelFor(user);
  await waitForCharacter(userId);
  const english = await completeChat({ model, messages: translationMessages(text) }).catch(coachFailure);
  if (english === "") throw new ApiError("llm_error", `The coach model ${model} gave an empty translation. Retry.`, { retryable: true });
  const stored = saveTranslation({ messageId, text: english, model });
  return { message_id: messageId, translation: stored.text, model: stored.model, generated_by: "model" };
}
