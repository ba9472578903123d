import { ApiError, isErrorCode } from "@/lib/errors";
import type { CompletedObjective, TurnFeedback } from "@/lib/sse/events";
import type { Turn } from "./turn";

export type TurnResult = {
  conversation_id: string;
  message_id: string;
  response: string;
  objectives_completed: CompletedObjective[];
  score_change: number;
  score: number;
  conversation_complete: boolean;
  user_message_id?: string;
  feedback?: TurnFeedback;
};

/** Drives a turn to its end and folds its events into one answer; a model failure becomes an ApiError. */
export async function collectTurn(turn: Turn, signal: AbortSignal): Promise<TurnResult> {
  const result: TurnResult = {
    conversation_id: turn.conversationId,
    message_id: "",
    response: "",
    objectives_completed: [],
    score_change: 0,
    score: 0,
    conversation_complete: false,
  };
  for await (const event of turn.events(signal)) {
    if (event.type === "metadata") {
      const { objectives_completed, score_change, score, user_message_id, feedback } = event;
      Object.assign(result, { objectives_completed, score_change, score, user_message_id, ...(feedback ? { feedback } : {}) });
    }
    else if (event.type === "token") result.response += event.content;
    else if (event.type === "complete") Object.assign(result, { message_id: event.message_id, score: event.score, conversation_complete: event.conversation_complete });
    else if (event.type === "error") throw new ApiError(isErrorCode(event.code) ? event.code : "llm_error", event.message, { retryable: event.retryable });
  }
  if (!result.message_id) throw new ApiError("llm_error", "The reply ended before it was complete. Retry.");
  return result;
}
