import { performance } from "node:perf_hooks";
import { authHeaders, type TurnRecord } from "./app-client";
import type { Slot } from "./slots";

/** What a reattach looked like from the client, in this process's performance.now() ms. */
export type ReattachRecord = { startedAt: number; firstEventAt?: number; endedAt?: number; events: number };

/** The last event id a resumable turn's client saw: metadata is 1, then one per token. */
export function lastEventId(record: TurnRecord): string {
  if (!record.turnId) throw new Error("not a resumable turn: no turn_id in its metadata");
  return `${record.turnId}:${1 + record.tokenAt.length}`;
}

/** GET …/message/stream: reads every event after `after` (or from the start) to the end, or only the first when `firstOnly`. */
export async function reattach(url: string, slot: Slot, { after, firstOnly = false }: { after?: string; firstOnly?: boolean } = {}): Promise<ReattachRecord> {
  const controller = new AbortController();
  const record: ReattachRecord = { startedAt: performance.now(), events: 0 };
  const response = await fetch(`${url}/api/v1/scenarios/${slot.scenarioId}/message/stream`, {
    headers: { ...authHeaders(url, slot.account, "token"), ...(after ? { "Last-Event-ID": after } : {}) },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`reattach refused: HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const at = performance.now();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      const events = text.match(/^data: /gm)?.length ?? 0;
      if (events > 0) record.firstEventAt ??= at;
      record.events = events;
      if (firstOnly && events > 0) {
        controller.abort();
        break;
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  }
  record.endedAt = performance.now();
  return record;
}

/** POST …/message/stop; resolves with when it was sent and whether a turn was live. */
export async function stopTurn(url: string, slot: Slot): Promise<{ sentAt: number; stopped: boolean }> {
  const sentAt = performance.now();
  const response = await fetch(`${url}/api/v1/scenarios/${slot.scenarioId}/message/stop`, { method: "POST", headers: authHeaders(url, slot.account, "token") });
  const body = (await response.json()) as { stopped?: boolean };
  return { sentAt, stopped: body.stopped === true };
}
