import { ApiError } from "@/lib/errors";
import { LlmError } from "@/lib/llm/errors";

/** A coach model fault as a JSON error with its fix; the learner's text and the scene are not touched. */
export function coachFailure(error: unknown): never {
  if (error instanceof LlmError) throw new ApiError(error.code, error.message, { retryable: error.retryable });
  console.error("[coach] request failed:", error);
  throw new ApiError("llm_error", "The coach could not answer. Retry in a moment.", { retryable: true });
}
