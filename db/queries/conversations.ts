import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { db } from "../client";
import { hintCosts } from "./hints";
import {
  conversations,
  messages,
  objectiveCompletions,
  type Conversation,
  type Message,
  type MessageTimings,
  type ObjectiveCompletion,
} from "../schema";

type Tx = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

/** The learner's latest conversation for a scene that was not abandoned (open or complete). */
export function getCurrentConversation({ userId, scenarioId }: { userId: string; scenarioId: string }): Conversation | undefined {
  return db()
    .select()
    .from(conversations)
    .where(and(eq(conversations.userId, userId), eq(conversations.scenarioId, scenarioId), ne(conversations.status, "abandoned")))
    .orderBy(desc(conversations.createdAt), desc(sql`rowid`))
    .limit(1)
    .get();
}

export function getConversation({ userId, id }: { userId: string; id: string }): Conversation | undefined {
  return db()
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .get();
}

/** The learner's rounds, newest first by when they began: the history. */
export function listConversations({ userId }: { userId: string }): Conversation[] {
  return db()
    .select()
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .orderBy(desc(conversations.createdAt), desc(sql`rowid`))
    .all();
}

export function listMessages({ conversationId }: { conversationId: string }): Message[] {
  return db().select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.seq)).all();
}

export function listCompletions({ conversationIds }: { conversationIds: string[] }): ObjectiveCompletion[] {
  if (conversationIds.length === 0) return [];
  return db().select().from(objectiveCompletions).where(inArray(objectiveCompletions.conversationId, conversationIds)).all();
}

function insertMessage(tx: Tx, values: Omit<typeof messages.$inferInsert, "id" | "seq">): Message {
  const next = tx
    .select({ seq: sql<number>`coalesce(max(${messages.seq}), -1) + 1` })
    .from(messages)
    .where(eq(messages.conversationId, values.conversationId))
    .get();
  return tx
    .insert(messages)
    .values({ id: randomUUID(), seq: next?.seq ?? 0, ...values })
    .returning()
    .get();
}

/** Abandons any open conversation for the scene and opens a new one that starts with the scene's opening line. */
export function startConversation({
  userId,
  scenarioId,
  openingLine,
  level,
}: {
  userId: string;
  scenarioId: string;
  openingLine: string;
  level?: Conversation["level"];
}): Conversation {
  return db().transaction(
    (tx) => {
      const now = new Date();
      tx.update(conversations)
        .set({ status: "abandoned", endedAt: now, updatedAt: now })
        .where(and(eq(conversations.userId, userId), eq(conversations.scenarioId, scenarioId), eq(conversations.status, "open")))
        .run();
      const conversation = tx.insert(conversations).values({ id: randomUUID(), userId, scenarioId, level: level ?? null, updatedAt: now }).returning().get();
      insertMessage(tx, { conversationId: conversation.id, role: "assistant", content: openingLine, status: "complete" });
      return conversation;
    },
    { behavior: "immediate" },
  );
}

export type AwardedObjective = { objectiveId: string; evidence: string; points: number };

export type RecordedLearnerTurn = {
  userMessage: Message;
  reply: Message;
  awarded: AwardedObjective[];
  score: number;
  conversationComplete: boolean;
};

/**
 * One IMMEDIATE transaction: the learner's words, the objectives they earned, the new score,
 * and the reply placeholder that marks a turn in progress. The learner's message is stored
 * before any model call. `judge` runs inside, against completions read inside, so an
 * objective can never pay twice; it pays its points less what the hints opened on it cost.
 */
export function recordLearnerTurn({
  conversationId,
  content,
  judge,
  objectiveCount,
  reuseMessage,
}: {
  conversationId: string;
  content: string;
  judge: (alreadyDone: Set<string>) => AwardedObjective[];
  objectiveCount: number;
  reuseMessage?: Message;
}): RecordedLearnerTurn {
  return db().transaction(
    (tx) => {
      const now = new Date();
      const done = new Set(
        tx
          .select({ id: objectiveCompletions.objectiveId })
          .from(objectiveCompletions)
          .where(eq(objectiveCompletions.conversationId, conversationId))
          .all()
          .map((row) => row.id),
      );
      const userMessage = reuseMessage ?? insertMessage(tx, { conversationId, role: "user", content, status: "complete" });
      const spent = hintCosts(tx, conversationId);
      const awarded = (reuseMessage ? [] : judge(done).filter((award) => !done.has(award.objectiveId))).map((award) => ({
        ...award,
        points: Math.max(0, award.points - (spent.get(award.objectiveId) ?? 0)),
      }));
      for (const award of awarded) {
        tx.insert(objectiveCompletions).values({ conversationId, messageId: userMessage.id, ...award }).run();
      }
      const gained = awarded.reduce((sum, award) => sum + award.points, 0);
      const conversationComplete = done.size + awarded.length >= objectiveCount;
      const completesNow = conversationComplete && awarded.length > 0;
      const conversation = tx
        .update(conversations)
        .set({
          score: sql`${conversations.score} + ${gained}`,
          updatedAt: now,
          ...(completesNow ? { status: "complete" as const, endedAt: now } : {}),
        })
        .where(eq(conversations.id, conversationId))
        .returning({ score: conversations.score })
        .get();
      const reply = insertMessage(tx, { conversationId, role: "assistant", content: "", status: "streaming" });
      return { userMessage, reply, awarded, score: conversation?.score ?? 0, conversationComplete };
    },
    { behavior: "immediate" },
  );
}

export function finishReply({
  id,
  content,
  status,
  errorCode,
  timings,
}: {
  id: string;
  content: string;
  status: "complete" | "interrupted" | "error";
  errorCode?: string;
  timings?: MessageTimings;
}): void {
  db()
    .update(messages)
    .set({ content, status, errorCode: errorCode ?? null, timings: timings ?? null })
    .where(eq(messages.id, id))
    .run();
}

/** Replies left "streaming" with no turn running (a crash, a failed write) were interrupted. */
export function markOrphanedRepliesInterrupted({ conversationId }: { conversationId?: string } = {}): number {
  const orphaned = conversationId ? and(eq(messages.status, "streaming"), eq(messages.conversationId, conversationId)) : eq(messages.status, "streaming");
  return db().update(messages).set({ status: "interrupted" }).where(orphaned).run().changes;
}

/** The scenes the learner has completed at least once. */
export function completedScenarioIds({ userId }: { userId: string }): Set<string> {
  const rows = db()
    .selectDistinct({ scenarioId: conversations.scenarioId })
    .from(conversations)
    .where(and(eq(conversations.userId, userId), eq(conversations.status, "complete")))
    .all();
  return new Set(rows.map((row) => row.scenarioId));
}
