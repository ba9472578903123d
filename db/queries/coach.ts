import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Finding } from "@/lib/coach/finding";
import { db } from "../client";
import { coachJudgements, conversations, messageChecks, messages, translations, type CoachJudgement, type Conversation, type Message, type MessageCheck, type Translation } from "../schema";

/** A message with its conversation, only when that conversation is the learner's own. */
export function getOwnMessage({ userId, id }: { userId: string; id: string }): { message: Message; conversation: Conversation } | undefined {
  const row = db()
    .select({ message: messages, conversation: conversations })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.id, id), eq(conversations.userId, userId)))
    .get();
  return row ?? undefined;
}

export function getCoachJudgement({ messageId }: { messageId: string }): CoachJudgement | undefined {
  return db().select().from(coachJudgements).where(eq(coachJudgements.messageId, messageId)).get();
}

export function getMessageCheck({ messageId }: { messageId: string }): MessageCheck | undefined {
  return db().select().from(messageChecks).where(eq(messageChecks.messageId, messageId)).get();
}

/** Stores (or replaces) the checker's verdict: a retried turn checks the same message again. */
export function saveMessageCheck({ messageId, findings, corrected }: { messageId: string; findings: Finding[]; corrected: string }): void {
  db()
    .insert(messageChecks)
    .values({ messageId, findings, corrected })
    .onConflictDoUpdate({ target: messageChecks.messageId, set: { findings, corrected } })
    .run();
}

export function listMessageChecks({ messageIds }: { messageIds: string[] }): MessageCheck[] {
  if (messageIds.length === 0) return [];
  return db().select().from(messageChecks).where(inArray(messageChecks.messageId, messageIds)).all();
}

export function getTranslation({ messageId }: { messageId: string }): Translation | undefined {
  return db().select().from(translations).where(eq(translations.messageId, messageId)).get();
}

/** Keeps the first translation stored: two taps racing each other both show the same text afterwards. */
export function saveTranslation({ messageId, text, model }: { messageId: string; text: string; model: string }): Translation {
  db().insert(translations).values({ messageId, text, model }).onConflictDoNothing().run();
  return getTranslation({ messageId }) ?? { messageId, text, model, createdAt: new Date() };
}

export function listTranslations({ messageIds }: { messageIds: string[] }): Translation[] {
  if (messageIds.length === 0) return [];
  return db().select().from(translations).where(inArray(translations.messageId, messageIds)).all();
}
