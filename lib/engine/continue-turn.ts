import "server-only";
import { randomUUID } from "node:crypto";
import { finishReply, getCurrentConversation, listCompletions, listMessages, reopenInterruptedReply } from "@/db/queries/conversations";
import { ApiError } from "@/lib/errors";
import { ChatAborted, streamChat, type ChatStats } from "@/lib/llm/chat";
import { LlmError } from "@/lib/llm/errors";
import type { TurnEvent } from "@/lib/sse/events";
import { buildChatMessages } from "./prompt";
import { loadScene } from "./scene";
import { activeTurns, type Turn } from "./turn";

// Continue: the model picks up an interrupted reply where it was cut off, and the continuation is
// appended to the same stored reply. Ollama continues when the last message is the partial assistant reply.

/** A continuation is its own turn, so its event ids never mix with the cut-off turn's: `<reply id>~<suffix>`. */
export type Continuation = Turn & { turnId: string };

export function startContinuation({ userId, scenarioId }: { userId: string; scenarioId: string }): Continuation {
  const scene = loadScene(scenarioId);
  if (!scene) throw new ApiError("not_found", "No such scenario.");
  const conversation = getCurrentConversation({ userId, scenarioId });
  const nothing = () => new ApiError("nothing_to_continue", "There is no interrupted reply to continue.");
  if (!conversation) throw nothing();
  if (activeTurns.has(conversation.id)) throw new ApiError("turn_in_progress", "A reply is still being written. Wait for it or stop it first.");
  const history = listMessages({ conversationId: conversation.id });
  const reply = history.at(-1);
  if (!reply || reply.role !== "assistant" || reply.status !== "interrupted" || reply.content === "" || reply.seq === 0) throw nothing();
  if (!reopenInterruptedReply({ id: reply.id })) throw nothing();
  activeTurns.add(conversation.id);

  const done = new Set(listCompletions({ conversationIds: [conversation.id] }).map((completion) => completion.objectiveId));
  const open = scene.objectives.filter((objective) => !done.has(objective.id));
  const messages = [...buildChatMessages(scene.scenario, history.slice(0, -1), open), { role: "assistant" as const, content: reply.content }];
  const conversationComplete = conversation.status === "complete";

  async function* events(signal: AbortSignal): AsyncGenerator<TurnEvent, void, undefined> {
    let added = "";
    let settled = false;
    const settle = (status: "complete" | "interrupted", extra: { errorCode?: string; stats?: ChatStats } = {}) => {
      finishReply({ id: reply!.id, content: reply!.content + added, status, errorCode: extra.errorCode, timings: extra.stats });
      settled = true;
    };
    try {
      const pieces = streamChat({ messages, signal });
      const firstPiece = pieces.next();
      firstPiece.catch(() => undefined); // awaited below, after the metadata
      yield { type: "metadata", conversation_id: conversation!.id, objectives_completed: [], score_change: 0, score: conversation!.score };
      for (let step = await firstPiece; ; step = await pieces.next()) {
        if (step.done) {
          settle("complete", { stats: step.value });
          break;
        }
        added += step.value;
        yield { type: "token", content: step.value };
      }
      yield { type: "complete", message_id: reply!.id, conversation_complete: conversationComplete, score: conversation!.score };
    } catch (error) {
      if (error instanceof ChatAborted || signal.aborted) return; // finally keeps the longer partial reply
      const failure = error instanceof LlmError ? error : new LlmError("llm_error", `Something went wrong while ${scene!.scenario.characterName} was answering. Retry.`, true);
      if (!(error instanceof LlmError)) console.error(`[continue] ${conversation!.id} failed:`, error);
      // Still a partial reply the learner can continue again: not an error that hides it from the history.
      settle("interrupted", { errorCode: failure.code });
      yield { type: "error", code: failure.code, message: failure.message, retryable: failure.retryable };
    } finally {
      activeTurns.delete(conversation!.id);
      if (!settled) {
        try {
          finishReply({ id: reply!.id, content: reply!.content + added, status: "interrupted" });
        } catch (error) {
          console.error(`[continue] ${conversation!.id}: could not store the reply's final state`, error);
        }
      }
    }
  }

  return { conversationId: conversation.id, replyMessageId: reply.id, turnId: `${reply.id}~${randomUUID().slice(0, 8)}`, events };
}
