import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReconnectBackoff } from "./reconnect";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** Resolves to how long (fake) time ran before `promise` settled, or "pending". */
async function settleTime(promise: Promise<unknown>, limitMs: number): Promise<number | "pending"> {
  let settledAt: number | undefined;
  const start = Date.now();
  promise.then(
    () => (settledAt = Date.now() - start),
    () => (settledAt = Date.now() - start),
  );
  for (let elapsed = 0; elapsed < limitMs && settledAt === undefined; elapsed += 50) await vi.advanceTimersByTimeAsync(50);
  return settledAt ?? "pending";
}

describe("ReconnectBackoff", () => {
  it("waits longer after each try, then says the tries are spent", async () => {
    const backoff = new ReconnectBackoff([100, 200, 400], new EventTarget());
    const signal = new AbortController().signal;
    const waited: Array<number | "pending"> = [];
    for (let attempt = 0; attempt < 3; attempt++) waited.push(await settleTime(backoff.wait(signal), 1000));
    expect(waited).toEqual([100, 200, 400]);
    await expect(backoff.wait(signal)).resolves.toBe(false);
  });

  it("tries at once when the browser is back online, or when told to", async () => {
    const network = new EventTarget();
    const backoff = new ReconnectBackoff([5000, 5000], network);
    const signal = new AbortController().signal;
    const online = backoff.wait(signal);
    network.dispatchEvent(new Event("online"));
    expect(await settleTime(online, 1000)).toBe(0);
    await expect(online).resolves.toBe(true);
    const woken = backoff.wait(signal);
    backoff.now();
    expect(await settleTime(woken, 1000)).toBe(0);
  });

  it("starts from the shortest wait again after a reset", async () => {
    const backoff = new ReconnectBackoff([100, 900], new EventTarget());
    const signal = new AbortController().signal;
    await settleTime(backoff.wait(signal), 1000);
    backoff.reset();
    expect(await settleTime(backoff.wait(signal), 1000)).toBe(100);
  });

  it("rejects when the page gives up the turn", async () => {
    const backoff = new ReconnectBackoff([5000], new EventTarget());
    const controller = new AbortController();
    const waiting = backoff.wait(controller.signal);
    controller.abort(new Error("left the page"));
    await expect(waiting).rejects.toThrow("left the page");
  });
});
