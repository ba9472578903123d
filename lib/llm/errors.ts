import type { ErrorCode } from "@/lib/errors";

export type LlmErrorCode = Extract<ErrorCode, `llm_${string}` | "model_not_found">;

/** A model failure the learner can act on: the message says what to do. */
export class LlmError extends Error {
  readonly code: LlmErrorCode;
  readonly retryable: boolean;
  constructor(code: LlmErrorCode, message: string, retryable: boolean) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }
}

// Failures to open a connection at all; anything later (a reset, a closed socket) is a dropped reply.
const CONNECT_FAILURES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT"]);
// An open connection that closed under the request: a reset, a write to a closed socket, undici's "other side closed".
const SOCKET_CLOSED = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

type Context = { host: string; model: string; responded: boolean };

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; cause?: { code?: string } } }).cause;
  return cause?.code ?? cause?.cause?.code;
}

/**
 * The request died on a connection that closed before Ollama answered a single byte. On a reused
 * keep-alive socket that Ollama had already closed (it restarted, or its idle timeout ran out just
 * as we wrote) this says nothing about Ollama now, so the request is worth sending again.
 */
export function closedBeforeResponse(error: unknown): boolean {
  return SOCKET_CLOSED.has(networkCode(error) ?? "");
}

/** Maps whatever ollama-js or fetch threw to one of our typed errors. */
export function classifyLlmError(error: unknown, { host, model, responded }: Context): LlmError {
  if (error instanceof LlmError) return error;
  const status = (error as { status_code?: number }).status_code;
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 404 || /model ['"]?[^'"]*['"]? not found/i.test(detail)) {
    return new LlmError("model_not_found", `The model ${model} is not installed on the Ollama server. Run \`ollama pull ${model}\` there, then retry.`, false);
  }
  if (status === 503 || status === 429) {
    return new LlmError("llm_busy", "Ollama is busy with other requests. Wait a moment, then retry.", true);
  }
  if (status !== undefined) {
    return new LlmError("llm_error", `Ollama answered with an error (${status}: ${detail}). Check the Ollama server's log, then retry.`, true);
  }
  const network = networkCode(error);
  if (!responded && (CONNECT_FAILURES.has(network ?? "") || (!network && /fetch failed/i.test(detail)))) {
    return new LlmError("llm_unreachable", `Ollama is not reachable at ${host}. Start it with \`ollama serve\`, or check OLLAMA_HOST.`, true);
  }
  if (!responded && SOCKET_CLOSED.has(network ?? "")) {
    return new LlmError("llm_disconnected", `Ollama at ${host} closed the connection without answering. Check that the Ollama server is running and healthy (its log says why), then retry.`, true);
  }
  if (network !== undefined || /terminated|socket|other side closed|network/i.test(detail)) {
    return new LlmError("llm_disconnected", "The connection to Ollama broke off in the middle of the reply. Check that the Ollama server is still running, then retry.", true);
  }
  return new LlmError("llm_error", `Ollama reported an error: ${detail}. Retry; if it keeps happening, check the Ollama server's log.`, true);
}
