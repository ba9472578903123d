import type { TurnEvent } from "@/lib/sse/events";
import { INTERNAL_ERROR_EVENT } from "@/lib/sse/stream";

// The registry of turns that run apart from the request that started them (see docs/architecture.md,
// "Live turns"). In-process today; a shared broker can implement the same interface.

/** An event with its position in the turn: metadata is 1, then 2, 3… up to the terminal event. */
export type LiveEvent = { n: number; event: TurnEvent };

export type LiveTurnStart = {
  conversationId: string;
  turnId: string;
  /** The turn's events; aborting `signal` must stop the model at once and settle the reply. */
  events: (signal: AbortSignal) => AsyncGenerator<TurnEvent, void, undefined>;
  /** The terminal event published when the turn ends without one (Stop, or the grace period ran out). */
  stopped: () => TurnEvent;
  /** How long the turn keeps generating once no subscriber follows it. */
  graceMs: number;
};

export interface LiveTurnRegistry {
  /** Drives the turn's generator, publishing each event under the next n; the turn waits `graceMs` for a first subscriber. */
  run(turn: LiveTurnStart): void;
  /** The conversation's live or recently ended turn known here. */
  lookup(conversationId: string): { turnId: string; ended: boolean } | undefined;
  /** The events after `after` already published (a replay's backlog); undefined for an unknown turn. */
  backlog(turnId: string, after: number): TurnEvent[] | undefined;
  /** Every event after `after`, then live ones up to the terminal event; `signal` detaches. Undefined for an unknown turn. */
  subscribe(turnId: string, after: number, signal: AbortSignal): AsyncGenerator<LiveEvent, void, undefined> | undefined;
  /** Ends a live turn: the model's request closes, subscribers get the stopped event. Resolves once the turn has ended; false when none was live. */
  stop(conversationId: string): Promise<boolean>;
}

const TERMINAL = new Set<TurnEvent["type"]>(["complete", "error"]);

type Entry = {
  conversationId: string;
  turnId: string;
  log: TurnEvent[];
  ended: boolean;
  subscribers: number;
  wake: Set<() => void>;
  controller: AbortController;
  graceMs: number;
  grace?: ReturnType<typeof setTimeout>;
  done: Promise<void>;
};

export class InProcessLiveTurns implements LiveTurnRegistry {
  private readonly turns = new Map<string, Entry>();
  private readonly byConversation = new Map<string, string>();

  /** `keepEndedMs`: how long an ended turn's events stay here for replay; storage answers after that. */
  constructor(private readonly keepEndedMs = 120_000) {}

  run(turn: LiveTurnStart): void {
    let finish!: () => void;
    const entry: Entry = {
      conversationId: turn.conversationId,
      turnId: turn.turnId,
      log: [],
      ended: false,
      subscribers: 0,
      wake: new Set(),
      controller: new AbortController(),
      graceMs: turn.graceMs,
      done: new Promise((resolve) => (finish = resolve)),
    };
    const previous = this.byConversation.get(turn.conversationId);
    if (previous) this.turns.delete(previous);
    this.turns.set(turn.turnId, entry);
    this.byConversation.set(turn.conversationId, turn.turnId);
    this.startGrace(entry);
    void this.drive(entry, turn).finally(finish);
  }

  lookup(conversationId: string): { turnId: string; ended: boolean } | undefined {
    const turnId = this.byConversation.get(conversationId);
    const entry = turnId ? this.turns.get(turnId) : undefined;
    return entry ? { turnId: entry.turnId, ended: entry.ended } : undefined;
  }

  backlog(turnId: string, after: number): TurnEvent[] | undefined {
    return this.turns.get(turnId)?.log.slice(Math.max(0, after));
  }

  subscribe(turnId: string, after: number, signal: AbortSignal): AsyncGenerator<LiveEvent, void, undefined> | undefined {
    const entry = this.turns.get(turnId);
    if (!entry) return undefined;
    // Counted now, not at the first read, so the grace timer stops as soon as a client is back.
    entry.subscribers++;
    clearTimeout(entry.grace);
    const state = { started: false };
    // A body cancelled before its first read never runs the generator's finally: let go here instead.
    signal.addEventListener("abort", () => !state.started && this.leave(entry), { once: true });
    return this.follow(entry, Math.max(0, after), signal, state);
  }

  async stop(conversationId: string): Promise<boolean> {
    const turnId = this.byConversation.get(conversationId);
    const entry = turnId ? this.turns.get(turnId) : undefined;
    if (!entry || entry.ended) return false;
    entry.controller.abort();
    await entry.done;
    return true;
  }

  private async drive(entry: Entry, turn: LiveTurnStart): Promise<void> {
    try {
      for await (const event of turn.events(entry.controller.signal)) this.publish(entry, event);
    } catch (error) {
      console.error(`[live] turn ${entry.turnId} failed`, error);
      this.publish(entry, INTERNAL_ERROR_EVENT);
    }
    const last = entry.log.at(-1);
    if (!last || !TERMINAL.has(last.type)) this.publish(entry, turn.stopped());
    this.end(entry);
  }

  private publish(entry: Entry, event: TurnEvent): void {
    entry.log.push(event);
    this.wakeAll(entry);
  }

  private end(entry: Entry): void {
    entry.ended = true;
    clearTimeout(entry.grace);
    this.wakeAll(entry);
    // Kept briefly for fast replay; a newer turn of the conversation replaces it at once.
    setTimeout(() => {
      if (this.turns.get(entry.turnId) !== entry) return;
      this.turns.delete(entry.turnId);
      if (this.byConversation.get(entry.conversationId) === entry.turnId) this.byConversation.delete(entry.conversationId);
    }, this.keepEndedMs).unref();
  }

  private wakeAll(entry: Entry): void {
    const waiting = [...entry.wake];
    entry.wake.clear();
    for (const wake of waiting) wake();
  }

  private startGrace(entry: Entry): void {
    clearTimeout(entry.grace);
    if (entry.ended) return;
    entry.grace = setTimeout(() => entry.controller.abort(), entry.graceMs);
    entry.grace.unref();
  }

  private leave(entry: Entry): void {
    entry.subscribers--;
    if (entry.subscribers === 0) this.startGrace(entry);
  }

  private async *follow(entry: Entry, after: number, signal: AbortSignal, state: { started: boolean }): AsyncGenerator<LiveEvent, void, undefined> {
    if (signal.aborted) return;
    state.started = true;
    let n = after;
    try {
      while (!signal.aborted) {
        if (n < entry.log.length) {
          const event = entry.log[n]!;
          n++;
          yield { n, event };
          continue;
        }
        if (entry.ended) return;
        // Woken by the next event, the turn's end, or this subscriber leaving.
        await new Promise<void>((resolve) => {
          const onAbort = () => resolve();
          entry.wake.add(() => {
            signal.removeEventListener("abort", onAbort);
            resolve();
          });
          signal.addEventListener("abort", onAbort, { once: true });
        });
      }
    } finally {
      this.leave(entry);
    }
  }
}

const holder = globalThis as unknown as { alltagLiveTurns?: LiveTurnRegistry };

/** The process's registry; on globalThis so dev hot reload keeps turns that are still running. */
export function liveTurns(): LiveTurnRegistry {
  return (holder.alltagLiveTurns ??= new InProcessLiveTurns());
}
