import type { z } from "zod";
import { env } from "./env";
import { ApiError } from "./errors";

const MAX_BODY_BYTES = 64 * 1024;

/** The body as bytes, refusing more than `maxBytes` while reading, so an endless chunked upload cannot fill memory. */
export async function readBodyBytes(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => new ApiError("too_large", "The request body is too large.");
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // Reading fails only when the connection breaks: the client went away mid-upload.
    const { value, done } = await reader.read().catch(() => {
      throw new ApiError("request_aborted", "The request body was cut off before it ended.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as text, with the same limit. */
export async function readBodyText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(request, maxBytes)).toString("utf8");
}

/** Reads a JSON body and validates it; every way it can be wrong is a 4xx. */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw new ApiError("unsupported_media_type", "Send a JSON body with Content-Type: application/json.");
  }
  const text = await readBodyText(request);
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
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError("cross_site", "Cross-site requests are not allowed.");
  }
  // Behind a proxy that rewrites Host, the configured public URL names the site instead.
  const ownHosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), publicHost()];
  if (!ownHosts.includes(originHost)) throw new ApiError("cross_site", "Cross-site requests are not allowed.");
}

/** For POSTs that take no input: an empty body is fine, but a body must still be JSON. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (text.trim() === "") return undefined;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) throw new ApiError("unsupported_media_type", "Send a JSON body with Content-Type: application/json.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
}

function publicHost(): string | null {
  const url = env().NEXTAUTH_URL;
  return url ? new URL(url).host : null;
}

// Requests held while work on their signal runs (whileRequestLives).
const held = new Set<Request>();

/**
 * Runs `work` on the request's signal and holds the request until the work settles. A Request's signal follows the one
 * it was made with only while the Request lives (undici keeps that link through a weak reference), so work awaited past
 * every other use of its request would go on after its client had gone.
 */
export async function whileRequestLives<T>(request: Request, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  held.add(request);
  try {
    return await work(request.signal);
  } finally {
    held.delete(request);
  }
}
