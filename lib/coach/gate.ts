import "server-only";

/** How long a coach request waits for a character's first token before it goes ahead anyway. */
export const COACH_WAIT_LIMIT_MS = 30_000;

// Per learner, the first tokens still to come. On globalThis so dev hot reload keeps them.
const holder = globalThis as unknown as { alltagCoachGate?: Map<string, Set<Promise<unknown>>> };
const pending = (holder.alltagCoachGate ??= new Map());

/**
 * Ollama answers one request at a time: a coach request sent just before a turn's request would
 * hold the character's first token back. A turn registers its first token here; it frees the gate
 * when it settles, whether it arrived, failed or was stopped.
 */
export function holdCoachUntil(userId: string, firstToken: Promise<unknown>): void {
  const waiting = pending.get(userId) ?? new Set();
  pending.set(userId, waiting);
  const entry = firstToken.then(
    () => undefined,
    () => undefined,
  );
  waiting.add(entry);
  void entry.then(() => {
    waiting.delete(entry);
    if (waiting.size === 0 && pending.get(userId) === waiting) pending.delete(userId);
  });
}

/** Resolves once none of the learner's turns is waiting for its first token, or after `limitMs`. */
export async function waitForCharacter(userId: string, limitMs = COACH_WAIT_LIMIT_MS): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (let waiting = pending.get(userId); waiting && waiting.size > 0; waiting = pending.get(userId)) {
    const left = deadline - Date.now();
    if (left <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(waiting), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
  }
}

/** Whether a coach request would wait now: for tests and logs. */
export function characterIsStarting(userId: string): boolean {
  return (pending.get(userId)?.size ?? 0) > 0;
}
