import { createLearners, type Account } from "./accounts";

/** One conversation the bench can drive: a learner in a scene. One turn at a time each. */
export type Slot = { account: Account; scenarioId: string; turnsSinceStart: number };

/** Conversations are restarted after this many turns, so histories stay the length real rounds have. */
export const RESTART_AFTER_TURNS = 20;

export class SlotPool {
  private cursor = 0;

  constructor(
    private readonly url: string,
    readonly all: Slot[],
  ) {}

  /** The next slot, round-robin. */
  next(): Slot {
    const slot = this.all[this.cursor % this.all.length];
    this.cursor++;
    if (!slot) throw new Error("no bench slots");
    return slot;
  }

  /** `count` distinct slots for simultaneous turns. */
  take(count: number): Slot[] {
    if (count > this.all.length) throw new Error(`asked for ${count} simultaneous conversations, the bench made ${this.all.length}`);
    return this.all.slice(0, count);
  }

  /** Starts the scene over (untimed): a fresh conversation with only the opening line. */
  async restart(slot: Slot): Promise<void> {
    const response = await fetch(`${this.url}/api/v1/scenarios/${slot.scenarioId}/start`, {
      method: "POST",
      headers: { Authorization: `Bearer ${slot.account.token}` },
    });
    if (!response.ok) throw new Error(`POST /start for ${slot.scenarioId}: HTTP ${response.status}: ${await response.text()}`);
    await response.body?.cancel();
    slot.turnsSinceStart = 0;
  }

  /** Restarts the conversation when it has grown past RESTART_AFTER_TURNS. */
  async ready(slot: Slot): Promise<Slot> {
    if (slot.turnsSinceStart >= RESTART_AFTER_TURNS) await this.restart(slot);
    return slot;
  }
}

async function scenarioIds(url: string, account: Account): Promise<string[]> {
  const response = await fetch(`${url}/api/v1/scenarios`, { headers: { Authorization: `Bearer ${account.token}` } });
  if (!response.ok) throw new Error(`GET /api/v1/scenarios: HTTP ${response.status}`);
  const { scenarios } = (await response.json()) as { scenarios: { id: string }[] };
  return scenarios.map((scenario) => scenario.id);
}

/** Learners × scenes: at least `conversations` separate conversations, each opened before any timed turn. */
export async function openSlots(url: string, owner: Account, conversations: number, { firstLearner = 1 }: { firstLearner?: number } = {}): Promise<SlotPool> {
  const scenes = await scenarioIds(url, owner);
  const learners = await createLearners(url, Math.max(1, Math.ceil(conversations / scenes.length)), { first: firstLearner });
  const slots: Slot[] = learners.flatMap((account) => scenes.map((scenarioId) => ({ account, scenarioId, turnsSinceStart: 0 })));
  const pool = new SlotPool(url, slots);
  // Every conversation exists before the first timed turn, as it does for a returning learner.
  for (let index = 0; index < slots.length; index += 10) await Promise.all(slots.slice(index, index + 10).map((slot) => pool.restart(slot)));
  return pool;
}

const MARK_LETTERS = "xqzvkj";
let messageCount = 0;

/**
 * A learner message that earns no objective in any scene, with a unique nonsense tag so the bench
 * can find the request the app made to the test server for it.
 */
export function benchMessage(): string {
  let n = ++messageCount;
  let tag = "";
  do {
    tag = (MARK_LETTERS[n % MARK_LETTERS.length] ?? "x") + tag;
    n = Math.floor(n / MARK_LETTERS.length);
  } while (n > 0);
  return `Ich weiß es nicht genau, Moment. Kennung ${tag}`;
}
