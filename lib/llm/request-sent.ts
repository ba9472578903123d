import "server-only";
import diagnostics from "node:diagnostics_channel";

// Node's fetch (undici) announces every request body it has finished writing to a socket.
const BODY_SENT = "undici:request:bodySent";

// Only for a fetch that announces nothing: long enough that a loaded machine's slow write is still
// waited for (20 ms was not, under load), short against any model's first token.
const FALLBACK_MS = 250;

type BodySent = { request?: { path?: string } };

// One subscription for the life of the process, not one per turn: undici's channels stay in one state.
const waiting = new Set<() => void>();
let subscribed = false;

function onBodySent(message: unknown): void {
  if (!(message as BodySent).request?.path?.endsWith("/api/chat")) return;
  for (const wake of waiting) wake();
}

/**
 * Resolves once a chat request's body has left for Ollama, or after a short timer. Work done after
 * it overlaps the model's prompt evaluation instead of delaying the request. Call it before sending:
 * the announcement can come a few microtasks after the fetch starts.
 */
export function chatRequestSent(): Promise<void> {
  if (!subscribed) {
    diagnostics.subscribe(BODY_SENT, onBodySent);
    subscribed = true;
  }
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    const timer = setTimeout(done, FALLBACK_MS);
    waiting.add(done);
  });
}
