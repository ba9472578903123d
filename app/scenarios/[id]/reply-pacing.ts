import { splitSentences } from "@/lib/speech/sentences";
import type { ReplySpeed } from "./coach-types";

export const REPLY_SPEEDS: readonly { value: ReplySpeed; label: string }[] = [
  { value: "instant", label: "Instant" },
  { value: "fast", label: "Fast" },
  { value: "normal", label: "Normal" },
  { value: "slow", label: "Slow" },
];

/** Reading pace of each paced speed, in characters per second (a slow German reader takes about 14). */
export const CHARS_PER_SECOND: Record<Exclude<ReplySpeed, "instant">, number> = { fast: 60, normal: 30, slow: 14 };

// Catch-up: each second the display also gains backlog / this many seconds, so a fast model is never left far behind.
const CATCH_UP_SECONDS: Record<Exclude<ReplySpeed, "instant">, number> = { fast: 0.5, normal: 3, slow: 6 };

/** At instant and fast, what is left once the reply is complete shows within this time (the issue allows 300 ms). */
export const FINISH_MS = 250;

export type PaceStep = {
  /** Characters shown so far; fractional, so a slow pace still moves at 30 frames a second. */
  position: number;
  /** The reply's text as it has arrived. */
  text: string;
  speed: ReplySpeed;
  elapsedMs: number;
  /** Milliseconds left to show everything (the reply is complete and the speed promises a finish), or null. */
  finishInMs: number | null;
};

/**
 * Where the display stands after `elapsedMs` more: the speed's pace plus catch-up, never past what arrived.
 * At fast, every finished sentence shows at once: the text is never more than a sentence behind the model.
 */
export function nextPosition({ position, text, speed, elapsedMs, finishInMs }: PaceStep): number {
  const arrived = text.length;
  if (speed === "instant" || position >= arrived) return arrived;
  const backlog = arrived - position;
  const seconds = elapsedMs / 1000;
  let step = (CHARS_PER_SECOND[speed] + backlog / CATCH_UP_SECONDS[speed]) * seconds;
  if (finishInMs !== null) step = Math.max(step, finishInMs <= elapsedMs ? backlog : (backlog * elapsedMs) / finishInMs);
  let next = Math.min(arrived, position + step);
  if (speed === "fast") next = Math.max(next, splitSentences(text).settled);
  return next;
}
