import "server-only";
import { getUserById } from "@/db/queries/users";
import { ApiError } from "@/lib/errors";
import { completeChat } from "@/lib/llm/complete";
import { ownLearnerMessage, storedOrFreshCheck } from "./check-message";
import { coachFailure } from "./coach-errors";
import { waitForCharacter } from "./gate";
import { coachModelFor } from "./profile";
import { explanationMessages } from "./prompts";

export type ExplanationJson = { message_id: string; explanation: string; model: string; generated_by: "model" };

/** A longer explanation of the checker's findings on a learner message, at the round's level, by the coach model. */
export async function explainMessage({ userId, messageId }: { userId: string; messageId: string }): Promise<ExplanationJson> {
  const { message, conversation } = ownLearnerMessage({ userId, messageId });
  const user = getUserById({ id: userId });
  if (!user) throw new ApiError("not_found", "No such message.");
  const feedback = storedOrFreshCheck(message);
  if (feedback.findings.length === 0) throw new ApiError("no_findings", "The checker found nothing to correct in this message, so there is nothing to explain.");
  const model = coachModelFor(user);
  await waitForCharacter(userId);
  const explanation = await completeChat({ model, messages: explanationMessages(feedback, message.content, conversation.level ?? user.level) }).catch(coachFailure);
  if (explanation === "") throw new ApiError("llm_error", `The coach model ${model} gave an empty answer. Retry.`, { retryable: true });
  return { message_id: message.id, explanation, model, generated_by: "model" };
}
