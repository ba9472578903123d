// After a dropped reply stream the page reattaches quickly at first, then less often, and gives up
// after a bounded number of tries: about half a minute in all.
export const RECONNECT_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 8000, 8000];

/** The waits between tries to reattach; a wait ends early when the browser is back online or on `now()`. */
export class ReconnectBackoff {
  private tries = 0;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly delays: readonly number[] = RECONNECT_DELAYS_MS,
    private readonly network: EventTarget = window,
  ) {}

  /** Waits before the next try; false once the tries are spent. Rejects with the reason when `signal` aborts. */
  wait(signal: AbortSignal): Promise<boolean> {
    const delay = this.delays[this.tries];
    if (delay === undefined) return Promise.resolve(false);
    this.tries++;
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.network.removeEventListener("online", wake);
        signal.removeEventListener("abort", abort);
        this.wakeUp = null;
      };
      const wake = () => {
        finish();
        resolve(true);
      };
      const abort = () => {
        finish();
        reject(signal.reason);
      };
      const timer = setTimeout(wake, delay);
      this.network.addEventListener("online", wake);
      signal.addEventListener("abort", abort);
      this.wakeUp = wake;
      if (signal.aborted) abort();
    });
  }

  /** Ends the current wait at once: after Stop the turn's end is one try away. */
  now(): void {
    this.wakeUp?.();
  }

  /** A try got through: the next drop starts again from the shortest wait. */
  reset(): void {
    this.tries = 0;
  }
}
