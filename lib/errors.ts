// Errors are values with codes: one table maps each code to its HTTP status, and the
// client only ever sees the code and a safe message. Details go to the server log.

const statusByCode = {
  invalid_input: 400,
  invalid_json: 400,
  unknown_model: 400,
  not_checkable: 400,
  no_findings: 400,
  request_aborted: 400,
  unauthorized: 401,
  session_required: 401,
  forbidden: 403,
  wrong_password: 403,
  cross_site: 403,
  signup_closed: 403,
  not_found: 404,
  conversation_complete: 409,
  turn_in_progress: 409,
  already_set_up: 409,
  email_taken: 409,
  too_large: 413,
  message_too_long: 413,
  unsupported_media_type: 415,
  nothing_to_retry: 409,
  no_more_hints: 409,
  text_too_long: 413,
  nothing_to_resume: 404,
  nothing_to_continue: 409,
  coach_judge_off: 409,
  speech_not_configured: 501,
  speech_input_not_configured: 501,
  speech_failed: 502,
  transcription_failed: 502,
  rate_limited: 429,
  internal: 500,
  llm_unreachable: 502,
  model_not_found: 502,
  llm_error: 502,
  llm_disconnected: 502,
  llm_busy: 503,
  llm_timeout: 504,
  llm_stalled: 504,
} as const;

export type ErrorCode = keyof typeof statusByCode;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(statusByCode, value);
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly retryable?: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; headers?: Record<string, string>; retryable?: boolean } = {},
  ) {
    super(message);
    this.code = code;
    this.status = statusByCode[code];
    this.fields = extra.fields;
    this.headers = extra.headers;
    this.retryable = extra.retryable;
  }
}

export function errorResponse(error: ApiError): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.retryable !== undefined ? { retryable: error.retryable } : {}),
    },
  };
  return Response.json(body, { status: error.status, headers: error.headers });
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

/** Wraps a route handler so any failure becomes a JSON error, never a stack trace. */
export function apiRoute<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) {
        // A client that hung up mid-upload is routine, not a fault: one line, no stack.
        if (error.code === "request_aborted") console.info(`[api] ${request.method} ${new URL(request.url).pathname}: the client closed the connection before its body arrived`);
        return errorResponse(error);
      }
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return errorResponse(new ApiError("internal", "Something went wrong on the server. Please try again."));
    }
  };
}
