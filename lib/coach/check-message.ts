import "server-only";
import { getMessageCheck, getOwnMessage, saveMessageCheck } from "@/db/queries/coach";
import type { Message } from "@/db/schema";
import { ApiError } from "@/lib/errors";
import { checkGerman, type Finding } from "./check";
import { languageDataReady, loadLanguageData } from "./language-data";

export type FeedbackJson = { message_id: string; findings: Finding[]; corrected: string };

/** Runs the checker on a learner message and stores its verdict beside the dialogue, never in it. */
export function checkAndStore(message: Pick<Message, "id" | "content">): FeedbackJson {
  loadLanguageData();
  const { findings, corrected } = checkGerman(message.content);
  saveMessageCheck({ messageId: message.id, findings, corrected });
  return { message_id: message.id, findings, corrected };
}

/** The stored verdict, or a fresh one for a message checked before (corrections off, on request). */
export function storedOrFreshCheck(message: Pick<Message, "id" | "content">): FeedbackJson {
  const stored = getMessageCheck({ messageId: message.id });
  return stored ? { message_id: message.id, findings: stored.findings, corrected: stored.corrected } : checkAndStore(message);
}

/** A learner message of the caller's, or the refusal: someone else's is a 404, a character's line a 400. */
export function ownLearnerMessage({ userId, messageId }: { userId: string; messageId: string }) {
  const owned = getOwnMessage({ userId, id: messageId });
  if (!owned) throw new ApiError("not_found", "No such message.");
  if (owned.message.role !== "user") throw new ApiError("not_checkable", "Only your own messages are checked: the character's lines are already German as it is spoken.");
  return owned;
}

/** POST /messages/{id}/check: checked afresh (the checker may have learned since), then stored. */
export function checkOwnMessage({ userId, messageId }: { userId: string; messageId: string }): FeedbackJson {
  return checkAndStore(ownLearnerMessage({ userId, messageId }).message);
}

/**
 * The check after a turn: a checker fault costs the learner the feedback, never the reply. Before the
 * language data is loaded (the server loads it before it serves) there is no feedback rather than a
 * turn that waits seconds for it.
 */
export function turnFeedback(message: Pick<Message, "id" | "content">): FeedbackJson | undefined {
  if (!languageDataReady()) return undefined;
  try {
    return checkAndStore(message);
  } catch (error) {
    console.error(`[coach] checking message ${message.id} failed:`, error);
    return undefined;
  }
}
