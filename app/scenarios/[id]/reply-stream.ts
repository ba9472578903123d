"use client";

import { useEffect, useState } from "react";
import type { ReplySpeed } from "./coach-types";
import { FINISH_MS, nextPosition } from "./reply-pacing";

// Text growing 30 times a second reads as smooth as 60 and costs the main thread half as much
// (measured: bench figure 11); a 120 Hz screen would otherwise get 120 commits a second.
const MIN_COMMIT_INTERVAL_MS = 1000 / 30 - 1;

/** What the reply controls show: whether a reply is on screen, held by Pause, or behind what arrived. */
export type ReplyDisplay = { active: boolean; paused: boolean; behind: boolean };

/** The sentence being spoken aloud, as offsets into reply number `reply`. */
export type SpokenRange = { reply: number; start: number; end: number };

/** Reads the reply's text as it arrives (the voice); `final` once the reply is complete; what ends by `readUpTo` was read before. */
export type ReplyReader = (reply: number, text: string, final: boolean, readUpTo?: number) => void;

/** The browser's frame clock; tests pass a fake one. */
export type FrameClock = { request: (callback: (now: number) => void) => number; cancel: (handle: number) => void; now: () => number };

const browserFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

const IDLE: ReplyDisplay = { active: false, paused: false, behind: false };

/**
 * The reply being streamed, outside React state: tokens go into a buffer, and subscribers
 * (only the streaming bubble) see it at most once per animation frame. The rest of the
 * page does not re-render while a reply grows.
 *
 * The display speed, Pause and Show all live here too: they are presentation only (the reducer
 * in scene-state.ts holds what the server said). A reply taken into the history while the display is
 * still behind keeps showing here, paced, until it has all shown ("draining").
 */
export class ReplyStream {
  private buffer = "";
  private shown = "";
  private frame: number | null = null;
  private lastCommit = -Infinity;
  private readonly listeners = new Set<() => void>();
  private position = 0;
  private speed: ReplySpeed = "instant";
  private paused = false;
  private showingAll = false;
  private draining = false;
  private finishBy: number | null = null;
  private reply = 0;
  private display: ReplyDisplay = IDLE;
  private spoken: SpokenRange | null = null;
  private reader: ReplyReader | null = null;
  private readerSaw = -1;
  /** The part of this reply shown (and read) before it was cut off and continued, or reloaded. */
  private shownBefore = 0;
  private limit: (() => number) | null = null;

  constructor(
    private readonly onFirstShown?: () => void,
    private readonly frames: FrameClock = browserFrames,
  ) {}

  /** Adds a piece to the reply (a new reply when the last one is still draining): replace() with the text so far. */
  append(piece: string): void {
    this.replace((this.draining ? "" : this.buffer) + piece);
  }

  /** Empties the stream and returns everything it held, shown or not; a paced display drains it first. */
  take(): string {
    const all = this.buffer;
    this.reader?.(this.reply, all, true, this.shownBefore);
    this.readerSaw = all.length;
    const showsAtOnce = (this.showingAll || (this.speed === "instant" && this.limit === null)) && !this.paused;
    if (all === "" || this.shown === all || this.position >= all.length || showsAtOnce) {
      this.clear();
      return all;
    }
    this.draining = true;
    if (this.speed === "fast" || this.speed === "instant") this.finishBy = this.frames.now() + FINISH_MS;
    this.schedule();
    return all;
  }

  /**
   * Sets the reply's whole text so far: a replay from the turn's start resends what is already here, and a
   * continued or reloaded reply starts with `shownBefore` characters the learner has already seen (and heard).
   */
  replace(text: string, shownBefore = 0): void {
    // A replay that has not yet caught up with what arrived changes nothing: the text is not retyped.
    if (this.buffer.startsWith(text) && !this.draining) return;
    // The same reply goes on while the text extends it; anything else is a new reply, for the display and the voice.
    if (this.buffer === "" || this.draining || !text.startsWith(this.buffer)) {
      if (this.draining) this.clear();
      this.newReply(shownBefore);
    }
    this.buffer = text;
    this.position = Math.min(Math.max(this.position, this.shownBefore), text.length);
    // Text seen before shows at once, in the same frame as the history lets go of it.
    if (this.position > this.shown.length) this.publishShown();
    this.schedule();
  }

  cancel(): void {
    if (this.frame !== null) this.frames.cancel(this.frame);
    this.frame = null;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): string => this.shown;

  /** The text of a reply already in the history that is still being shown here, or "" when there is none. */
  readonly getDraining = (): string => (this.draining ? this.buffer : "");

  readonly getDisplay = (): ReplyDisplay => this.display;

  readonly getSpoken = (): SpokenRange | null => this.spoken;

  /** The number of the newest reply; the voice's highlight names it. */
  get replyNumber(): number {
    return this.reply;
  }

  setSpeed(speed: ReplySpeed): void {
    this.speed = speed;
    this.schedule();
  }

  pause(): void {
    if (this.buffer === "") return;
    this.paused = true;
    this.update();
  }

  resume(): void {
    this.paused = false;
    this.schedule();
  }

  /** Shows everything that has arrived, now and for the rest of this reply, and lifts Pause. */
  showAll(): void {
    if (this.buffer === "") return;
    this.showingAll = true;
    this.paused = false;
    this.schedule();
  }

  /** Lets the voice read each reply; the stream tells it every frame in which text arrived. */
  setReader(reader: ReplyReader | null): void {
    this.reader = reader;
    this.readerSaw = -1;
    this.schedule();
  }

  /** Holds the display at the offset `limit` returns (the end of the sentence being spoken), or lets it run free. */
  setLimit(limit: (() => number) | null): void {
    this.limit = limit;
    this.schedule();
  }

  setSpoken(range: SpokenRange | null): void {
    if (range?.start === this.spoken?.start && range?.end === this.spoken?.end && range?.reply === this.spoken?.reply) return;
    this.spoken = range;
    this.listeners.forEach((listener) => listener());
  }

  private schedule(): void {
    this.frame ??= this.frames.request(this.flush);
  }

  private readonly flush = (now: number): void => {
    this.frame = null;
    if (now - this.lastCommit < MIN_COMMIT_INTERVAL_MS) {
      this.frame = this.frames.request(this.flush);
      return;
    }
    const elapsed = Math.min(now - this.lastCommit, 100);
    this.lastCommit = now;
    if (this.reader && this.buffer.length !== this.readerSaw && !this.draining) {
      this.readerSaw = this.buffer.length;
      this.reader(this.reply, this.buffer, false, this.shownBefore);
    }
    this.advance(now, elapsed);
    this.publishShown();
    if (this.draining && this.position >= this.buffer.length) return this.clear();
    this.update();
    if (this.display.behind && !this.paused) this.frame = this.frames.request(this.flush);
  };

  private advance(now: number, elapsed: number): void {
    if (this.paused) return;
    if (this.showingAll) {
      this.position = this.buffer.length;
      return;
    }
    const finishInMs = this.finishBy === null ? null : Math.max(0, this.finishBy - now);
    const next = nextPosition({ position: this.position, text: this.buffer, speed: this.speed, elapsedMs: elapsed, finishInMs });
    // Following the voice holds the text at its sentence, never taking back what is shown.
    const limit = this.limit?.() ?? Infinity;
    this.position = Math.max(this.position, Math.min(next, limit));
  }

  private newReply(shownBefore: number): void {
    this.reply += 1;
    this.position = 0;
    this.shownBefore = shownBefore;
  }

  private publishShown(): void {
    const first = this.shown === "" && this.buffer !== "";
    this.publish(this.buffer.slice(0, Math.floor(this.position)));
    if (first && this.shown !== "") this.onFirstShown?.();
  }

  private clear(): void {
    this.cancel();
    this.buffer = "";
    this.position = 0;
    this.shownBefore = 0;
    this.draining = false;
    this.showingAll = false;
    this.paused = false;
    this.finishBy = null;
    this.lastCommit = -Infinity;
    this.publish("");
    this.update();
  }

  private update(): void {
    const behind = this.position < this.buffer.length;
    const active = this.buffer !== "";
    if (active === this.display.active && behind === this.display.behind && this.paused === this.display.paused) return;
    this.display = { active, behind, paused: this.paused };
    this.listeners.forEach((listener) => listener());
  }

  private publish(text: string): void {
    if (text === this.shown) return;
    this.shown = text;
    this.listeners.forEach((listener) => listener());
  }
}

export function useReplyStream(onFirstShown?: () => void): ReplyStream {
  const [stream] = useState(() => new ReplyStream(onFirstShown));
  useEffect(() => () => stream.cancel(), [stream]);
  return stream;
}
