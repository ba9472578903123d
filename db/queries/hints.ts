import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "../client";
import { conversations, hints, objectiveCompletions, type Hint } from "../schema";

type Tx = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

export function listHints({ conversationIds }: { conversationIds: string[] }): Hint[] {
  if (conversationIds.length === 0) return [];
  return db().select().from(hints).where(inArray(hints.conversationId, conversationIds)).orderBy(asc(hints.objectiveId), asc(hints.step)).all();
}

/** What the hints opened so far cost, per objective: an objective earned later pays that much less. */
export function hintCosts(tx: Tx, conversationId: string): Map<string, number> {
  const spent = new Map<string, number>();
  for (const row of tx.select({ objectiveId: hints.objectiveId, cost: hints.cost }).from(hints).where(eq(hints.conversationId, conversationId)).all()) {
    spent.set(row.objectiveId, (spent.get(row.objectiveId) ?? 0) + row.cost);
  }
  return spent;
}

export type TakeHintResult = { ok: true; hint: Hint; spent: number } | { ok: false; reason: "conversation_complete" | "objective_done" | "no_more_hints" | "not_found" };

/**
 * Opens the next step of an objective's hint ladder in one IMMEDIATE transaction, so two quick taps
 * cannot open the same step twice or open one on an objective a turn has just earned.
 * `choose` picks the objective from those done; `write` gives the step's text and cost.
 */
export function takeHint({
  conversationId,
  choose,
  write,
  maxSteps,
}: {
  conversationId: string;
  choose: (done: Set<string>) => string | undefined;
  write: (objectiveId: string, step: number) => { text: string; cost: number };
  maxSteps: number;
}): TakeHintResult {
  return db().transaction(
    (tx) => {
      const conversation = tx.select({ status: conversations.status }).from(conversations).where(eq(conversations.id, conversationId)).get();
      if (!conversation) return { ok: false, reason: "not_found" } as const;
      if (conversation.status !== "open") return { ok: false, reason: "conversation_complete" } as const;
      const done = new Set(
        tx
          .select({ id: objectiveCompletions.objectiveId })
          .from(objectiveCompletions)
          .where(eq(objectiveCompletions.conversationId, conversationId))
          .all()
          .map((row) => row.id),
      );
      const objectiveId = choose(done);
      if (!objectiveId || done.has(objectiveId)) return { ok: false, reason: "objective_done" } as const;
      const taken = tx
        .select({ cost: hints.cost })
        .from(hints)
        .where(and(eq(hints.conversationId, conversationId), eq(hints.objectiveId, objectiveId)))
        .all();
      if (taken.length >= maxSteps) return { ok: false, reason: "no_more_hints" } as const;
      const step = taken.length + 1;
      const hint = tx
        .insert(hints)
        .values({ conversationId, objectiveId, step, ...write(objectiveId, step) })
        .returning()
        .get();
      const spent = taken.reduce((sum, row) => sum + row.cost, 0) + hint.cost;
      return { ok: true, hint, spent } as const;
    },
    { behavior: "immediate" },
  );
}
