import type { z } from "zod";
import { ApiError } from "./errors";

const MAX_JSON_BYTES = 64 * 1024;

/** Reads a JSON body and validates it; every way it can be wrong is a 4xx. */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw new ApiError("unsupported_media_type", "Send a JSON body with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new ApiError("too_large", "The request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new ApiError("too_large", "The request body is too large.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join(".") || "body";
      fields[key] ??= issue.message;
    }
    const [first] = Object.entries(fields);
    throw new ApiError("invalid_input", first ? `${first[0]}: ${first[1]}` : "Invalid input.", { fields });
  }
  return result.data;
}

/**
 * next-auth guards only its own routes against CSRF. Ours that accept the session cookie
 * refuse requests a browser made on behalf of another site.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") throw new ApiError("cross_site", "Cross-site requests are not allowed.");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError("cross_site", "Cross-site requests are not allowed.");
  }
  if (originHost !== host) throw new ApiError("cross_site", "Cross-site requests are not allowed.");
}

/** For POSTs that take no input: an empty body is fine, but a body must still be JSON. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) throw new ApiError("unsupported_media_type", "Send a JSON body with Content-Type: application/json.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
}
