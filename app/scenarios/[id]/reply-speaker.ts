"use client";

import { splitSentences, type Sentence } from "@/lib/speech/sentences";
import type { ReplyReader, ReplyStream } from "./reply-stream";
import type { SpeechEngine } from "./speech-engines";

/**
 * Speaks each reply sentence by sentence as it streams: a sentence goes to the engine as soon as it is
 * complete, the one being spoken is marked on the stream (the highlight), and a new reply cuts the old one off.
 */
export class ReplySpeaker {
  private reply = -1;
  private generation = 0;
  private queued = 0;
  private unfinished = 0;
  private final = false;
  private failed = false;
  /** End of the sentence being spoken, or of the last one heard: how far the text may run when it follows the voice. */
  private heard = 0;

  constructor(
    private readonly engine: SpeechEngine,
    private readonly stream: ReplyStream,
    private readonly onError: (message: string) => void,
  ) {}

  readonly read: ReplyReader = (reply, text, final, readUpTo = 0) => {
    if (reply !== this.reply) this.restart(reply, readUpTo);
    const { sentences } = splitSentences(text, { final });
    // A continued or reloaded reply: the sentences that ended before it was cut off were read then.
    for (const sentence of sentences.slice(this.queued)) if (sentence.end > readUpTo) this.say(sentence);
    this.queued = Math.max(this.queued, sentences.length);
    this.final = final;
  };

  /** How far the shown text may go when it follows the voice; everything once speech is done or failed. */
  readonly limit = (): number => (this.failed || (this.final && this.unfinished === 0) ? Infinity : this.heard);

  pause(): void {
    this.engine.pause();
  }

  resume(): void {
    this.engine.resume();
  }

  /** Silences this reply; the rest of it is not spoken. */
  stop(): void {
    this.generation += 1;
    this.engine.cancel();
    this.unfinished = 0;
    this.final = true;
    this.queued = Infinity;
    this.stream.setSpoken(null);
  }

  private restart(reply: number, readUpTo: number): void {
    this.stop();
    this.reply = reply;
    this.queued = 0;
    this.final = false;
    this.failed = false;
    this.heard = readUpTo;
  }

  private say(sentence: Sentence): void {
    const { reply, generation } = this;
    const current = () => generation === this.generation;
    this.unfinished += 1;
    this.engine.speak(sentence.text, {
      onStart: () => {
        if (!current()) return;
        this.heard = sentence.end;
        this.stream.setSpoken({ reply, start: sentence.start, end: sentence.end });
      },
      onEnd: () => {
        if (!current()) return;
        this.unfinished -= 1;
        if (this.unfinished === 0) this.stream.setSpoken(null);
      },
      onError: (message) => {
        if (!current()) return;
        this.failed = true;
        this.stop();
        this.onError(message);
      },
    });
  }
}
