import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { db } from "../client";
import { hintCosts } from "./hints";
import {
  coachJudgements,
  conversations,
  messages,
  objectiveCompletions,
  type Conversation,
  type Message,
  type MessageTimings,
  type ObjectiveCompletion,
} from "../schema";
import { preparedQuery } from "./prepared";

const placeholder = sql.placeholder;

const currentConversation = preparedQuery((database) =>
  database
    .select()
    .from(conversations)
    .where(and(eq(conversations.userId, placeholder("userId")), eq(conversations.scenarioId, placeholder("scenarioId")), ne(conversations.status, "abandoned")))
    .orderBy(desc(conversations.createdAt), desc(sql`rowid`))
    .limit(1)
    .prepare(),
);

/** The learner's latest conversation for a scene that was not abandoned (open or complete). */
export function getCurrentConversation({ userId, scenarioId }: { userId: string; scenarioId: string }): Conversation | undefined {
  return currentConversation().get({ userId, scenarioId });
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

const messagesOf = preparedQuery((database) =>
  database.select().from(messages).where(eq(messages.conversationId, placeholder("conversationId"))).orderBy(asc(messages.seq)).prepare(),
);

export function listMessages({ conversationId }: { conversationId: string }): Message[] {
  return messagesOf().all({ conversationId });
}

const lastCharacterLineOf = preparedQuery((database) =>
  database
    .select({ content: messages.content })
    .from(messages)
    .where(and(eq(messages.conversationId, placeholder("conversationId")), eq(messages.role, "assistant"), ne(messages.content, "")))
    .orderBy(desc(messages.seq))
    .limit(1)
    .prepare(),
);

/** What the character said last (a cut-off reply counts: the learner saw it), for judging short answers. */
export function lastCharacterLine({ conversationId }: { conversationId: string }): string | undefined {
  return lastCharacterLineOf().get({ conversationId })?.content;
}

const newestMessageOf = preparedQuery((database) =>
  database
    .select({ id: messages.id, role: messages.role })
    .from(messages)
    .where(eq(messages.conversationId, placeholder("conversationId")))
    .orderBy(desc(messages.seq))
    .limit(1)
    .prepare(),
);

/** The reply the conversation ends with, if it ends with one: one row, not the whole history. */
export function latestReplyId({ conversationId }: { conversationId: string }): string | undefined {
  const newest = newestMessageOf().get({ conversationId });
  return newest?.role === "assistant" ? newest.id : undefined;
}

const completionsOf = preparedQuery((database) =>
  database.select().from(objectiveCompletions).where(eq(objectiveCompletions.conversationId, placeholder("conversationId"))).prepare(),
);

export function listCompletions({ conversationIds }: { conversationIds: string[] }): ObjectiveCompletion[] {
  if (conversationIds.length === 0) return [];
  // One conversation is what every turn asks for.
  if (conversationIds.length === 1) return completionsOf().all({ conversationId: conversationIds[0] });
  return db().select().from(objectiveCompletions).where(inArray(objectiveCompletions.conversationId, conversationIds)).all();
}

const nextSeq = preparedQuery((database) =>
  database
    .select({ seq: sql<number>`coalesce(max(${messages.seq}), -1) + 1` })
    .from(messages)
    .where(eq(messages.conversationId, placeholder("conversationId")))
    .prepare(),
);

const newMessage = preparedQuery((database) =>
  database
    .insert(messages)
    .values({
      id: placeholder("id"),
      seq: placeholder("seq"),
      conversationId: placeholder("conversationId"),
      role: placeholder("role"),
      content: placeholder("content"),
      status: placeholder("status"),
    })
    .returning()
    .prepare(),
);

/** Runs inside the caller's transaction: prepared queries use the same connection. */
function insertMessage(values: Pick<typeof messages.$inferInsert, "conversationId" | "role" | "content" | "status">): Message {
  const seq = nextSeq().get({ conversationId: values.conversationId })?.seq ?? 0;
  return newMessage().get({ id: randomUUID(), seq, ...values }) as Message;
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
      insertMessage({ conversationId: conversation.id, role: "assistant", content: openingLine, status: "complete" });
      return conversation;
    },
    { behavior: "immediate" },
  );
}

const addScore = preparedQuery((database) =>
  database
    .update(conversations)
    .set({ score: sql`${conversations.score} + ${placeholder("gained")}`, updatedAt: sql`${placeholder("nowMs")}` })
    .where(eq(conversations.id, placeholder("id")))
    .returning({ score: conversations.score })
    .prepare(),
);

const completeWithScore = preparedQuery((database) =>
  database
    .update(conversations)
    .set({ score: sql`${conversations.score} + ${placeholder("gained")}`, updatedAt: sql`${placeholder("nowMs")}`, status: "complete", endedAt: sql`${placeholder("nowMs")}` })
    .where(eq(conversations.id, placeholder("id")))
    .returning({ score: conversations.score })
    .prepare(),
);

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
      const done = new Set(completionsOf().all({ conversationId }).map((row) => row.objectiveId));
      const userMessage = reuseMessage ?? insertMessage({ conversationId, role: "user", content, status: "complete" });
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
      const conversation = (completesNow ? completeWithScore : addScore)().get({ id: conversationId, gained, nowMs: now.getTime() });
      const reply = insertMessage({ conversationId, role: "assistant", content: "", status: "streaming" });
      return { userMessage, reply, awarded, score: conversation?.score ?? 0, conversationComplete };
    },
    { behavior: "immediate" },
  );
}

const characterLineBeforeOf = preparedQuery((database) =>
  database
    .select({ content: messages.content })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, placeholder("conversationId")),
        eq(messages.role, "assistant"),
        ne(messages.content, ""),
        sql`${messages.seq} < ${placeholder("seq")}`,
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(1)
    .prepare(),
);

/** The character's line a learner message answered: the last one before it that the learner saw. */
export function characterLineBefore({ conversationId, seq }: { conversationId: string; seq: number }): string | undefined {
  return characterLineBeforeOf().get({ conversationId, seq })?.content;
}

const metBeforeOf = preparedQuery((database) =>
  database
    .select({ objectiveId: objectiveCompletions.objectiveId })
    .from(objectiveCompletions)
    .innerJoin(messages, eq(messages.id, objectiveCompletions.messageId))
    .where(and(eq(objectiveCompletions.conversationId, placeholder("conversationId")), sql`${messages.seq} < ${placeholder("seq")}`))
    .prepare(),
);

/** The objectives met by messages before the one at `seq`: what a late judgement of that message may build on. */
export function objectivesMetBefore({ conversationId, seq }: { conversationId: string; seq: number }): Set<string> {
  return new Set(metBeforeOf().all({ conversationId, seq }).map((row) => row.objectiveId));
}

export type RecordedCoachCredit = { awarded: AwardedObjective[]; score: number; conversationComplete: boolean; conversationOpen: boolean };

/**
 * The coach's second opinion on a learner message, in one IMMEDIATE transaction: its verdict, stored
 * once per message (a second call finds it and changes nothing), and what it credited, as a turn
 * credits: only objectives still open, less what their hints cost, completing the round when it was
 * the last. `credit` runs inside, given the objectives met before the message was said (its
 * prerequisites are judged as of then); what was met since is not paid again. A round that ended
 * meanwhile takes no credit.
 */
export function recordCoachCredit({
  conversationId,
  message,
  model,
  credit,
  objectiveCount,
}: {
  conversationId: string;
  message: Pick<Message, "id" | "seq">;
  model: string;
  credit: (metBefore: Set<string>, metNow: Set<string>) => AwardedObjective[];
  objectiveCount: number;
}): RecordedCoachCredit | undefined {
  const messageId = message.id;
  return db().transaction(
    (tx) => {
      if (tx.select({ id: coachJudgements.messageId }).from(coachJudgements).where(eq(coachJudgements.messageId, messageId)).get()) return undefined;
      const conversation = tx.select({ status: conversations.status, score: conversations.score }).from(conversations).where(eq(conversations.id, conversationId)).get();
      const open = conversation?.status === "open";
      const done = new Set(completionsOf().all({ conversationId }).map((row) => row.objectiveId));
      const spent = hintCosts(tx, conversationId);
      const metBefore = objectivesMetBefore({ conversationId, seq: message.seq });
      const awarded = (open ? credit(metBefore, done).filter((award) => !done.has(award.objectiveId)) : []).map((award) => ({
        ...award,
        points: Math.max(0, award.points - (spent.get(award.objectiveId) ?? 0)),
      }));
      tx.insert(coachJudgements)
        .values({ messageId, model, awarded: awarded.map((award) => award.objectiveId) })
        .run();
      for (const award of awarded) tx.insert(objectiveCompletions).values({ conversationId, messageId, judgedBy: "coach", ...award }).run();
      if (awarded.length === 0) return { awarded, score: conversation?.score ?? 0, conversationComplete: conversation?.status === "complete", conversationOpen: open };
      const gained = awarded.reduce((sum, award) => sum + award.points, 0);
      const conversationComplete = done.size + awarded.length >= objectiveCount;
      const updated = (conversationComplete ? completeWithScore : addScore)().get({ id: conversationId, gained, nowMs: Date.now() });
      return { awarded, score: updated?.score ?? 0, conversationComplete, conversationOpen: !conversationComplete };
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

/** Marks an interrupted reply as being written again, for Continue; false when it was not interrupted. */
export function reopenInterruptedReply({ id }: { id: string }): boolean {
  return db().update(messages).set({ status: "streaming" }).where(and(eq(messages.id, id), eq(messages.status, "interrupted"))).run().changes === 1;
}

/** Replies left "streaming" with no turn running (a crash, a failed write) were interrupted. */
const orphansOf = preparedQuery((database) =>
  database
    .update(messages)
    .set({ status: "interrupted" })
    .where(and(eq(messages.status, "streaming"), eq(messages.conversationId, placeholder("conversationId"))))
    .prepare(),
);

export function markOrphanedRepliesInterrupted({ conversationId }: { conversationId?: string } = {}): number {
  if (conversationId) return orphansOf().run({ conversationId }).changes;
  return db().update(messages).set({ status: "interrupted" }).where(eq(messages.status, "streaming")).run().changes;
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
