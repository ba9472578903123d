import { describe, expect, it } from "vitest";
import type { TurnEvent } from "@/lib/sse/events";
import { InProcessLiveTurns, type LiveEvent } from "./live-turns";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A turn that yields a token every `everyMs` until aborted; `aborted` records when its signal fired. */
function endless(everyMs: number) {
  const state = { aborted: false };
  async function* events(signal: AbortSignal): AsyncGenerator<TurnEvent, void, undefined> {
    signal.addEventListener("abort", () => (state.aborted = true), { once: true });
    yield { type: "metadata", conversation_id: "c1", objectives_completed: [], score_change: 0, score: 0 };
    while (!signal.aborted) {
      await sleep(everyMs);
      if (!signal.aborted) yield { type: "token", content: "x" };
    }
  }
  return { state, events };
}

const stopped: TurnEvent = { type: "complete", message_id: "t1", conversation_complete: false, score: 0, stopped: true };

async function collect(events: AsyncGenerator<LiveEvent, void, undefined>): Promise<LiveEvent[]> {
  const all: LiveEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe("InProcessLiveTurns", () => {
  it("starts the grace period again when a subscriber leaves before ever reading", async () => {
    const registry = new InProcessLiveTurns(1000);
    const { state, events } = endless(5);
    registry.run({ conversationId: "c1", turnId: "t1", events, stopped: () => stopped, graceMs: 50 });
    const leave = new AbortController();
    registry.subscribe("t1", 0, leave.signal);
    await sleep(80);
    expect(state.aborted).toBe(false); // the subscriber holds the turn
    leave.abort();
    await expect.poll(() => state.aborted, { timeout: 1000, interval: 5 }).toBe(true);
    await expect.poll(() => registry.lookup("c1")).toEqual({ turnId: "t1", ended: true });
  });

  it("numbers events from 1, ends every subscriber with the stopped event on stop, and replays after an id", async () => {
    const registry = new InProcessLiveTurns(1000);
    const { events } = endless(2);
    registry.run({ conversationId: "c1", turnId: "t1", events, stopped: () => stopped, graceMs: 10_000 });
    const following = collect(registry.subscribe("t1", 0, new AbortController().signal)!);
    await sleep(30);
    expect(await registry.stop("c1")).toBe(true);
    const all = await following;
    expect(all.map((event) => event.n)).toEqual(all.map((_, index) => index + 1));
    expect(all.at(-1)!.event).toEqual(stopped);
    expect(await collect(registry.subscribe("t1", 2, new AbortController().signal)!)).toEqual(all.slice(2));
    expect(registry.backlog("t1", all.length - 1)).toEqual([stopped]);
    expect(await registry.stop("c1")).toBe(false);
    expect(registry.subscribe("other", 0, new AbortController().signal)).toBeUndefined();
  });

  it("forgets an ended turn after keepEndedMs", async () => {
    const registry = new InProcessLiveTurns(200);
    async function* short(): AsyncGenerator<TurnEvent, void, undefined> {
      yield { type: "complete", message_id: "t1", conversation_complete: false, score: 0 };
    }
    registry.run({ conversationId: "c1", turnId: "t1", events: short, stopped: () => stopped, graceMs: 10_000 });
    await expect.poll(() => registry.lookup("c1")?.ended).toBe(true);
    await expect.poll(() => registry.lookup("c1"), { timeout: 1000 }).toBeUndefined();
  });
});
