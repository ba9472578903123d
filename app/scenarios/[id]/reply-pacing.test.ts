import { describe, expect, it } from "vitest";
import { CHARS_PER_SECOND, nextPosition } from "./reply-pacing";
import { ReplyStream, type FrameClock } from "./reply-stream";

/** A frame clock the test moves by hand, one 60 Hz frame at a time. */
function fakeFrames() {
  let now = 0;
  let pending: ((time: number) => void)[] = [];
  const clock: FrameClock = {
    request: (callback) => pending.push(callback),
    cancel: () => {
      pending = [];
    },
    now: () => now,
  };
  const tick = (ms: number) => {
    const end = now + ms;
    while (now < end) {
      now += 1000 / 60;
      const due = pending;
      pending = [];
      due.forEach((callback) => callback(now));
    }
  };
  return { clock, tick, now: () => now };
}

const REPLY = "Guten Tag! Herzlich willkommen bei uns im Restaurant. Was darf ich Ihnen heute zu trinken bringen?";

describe("nextPosition", () => {
  it("shows everything at once at instant", () => {
    expect(nextPosition({ position: 0, text: REPLY, speed: "instant", elapsedMs: 16, finishInMs: null })).toBe(REPLY.length);
  });

  it("moves at the speed's characters per second when nothing waits", () => {
    const text = "x".repeat(10_000);
    // With a backlog this large catch-up dominates: measure the base pace with one character waiting.
    for (const speed of ["slow", "normal", "fast"] as const) {
      const base = nextPosition({ position: 0, text: "ab", speed, elapsedMs: 10, finishInMs: null });
      expect(base).toBeCloseTo((CHARS_PER_SECOND[speed] + 2 / { slow: 6, normal: 3, fast: 0.5 }[speed]) / 100, 5);
    }
    for (const speed of ["slow", "normal"] as const) expect(nextPosition({ position: 0, text, speed, elapsedMs: 1000, finishInMs: null })).toBeLessThan(text.length / 2);
  });

  it("catches up faster the further the display has fallen behind", () => {
    const near = nextPosition({ position: 0, text: "x".repeat(20), speed: "normal", elapsedMs: 100, finishInMs: null });
    const far = nextPosition({ position: 0, text: "x".repeat(600), speed: "normal", elapsedMs: 100, finishInMs: null });
    expect(far).toBeGreaterThan(near * 3);
  });

  it("at fast, shows every finished sentence at once", () => {
    const text = "Guten Tag! Herzlich willkommen bei uns. Was d";
    expect(nextPosition({ position: 0, text, speed: "fast", elapsedMs: 16, finishInMs: null })).toBe("Guten Tag! Herzlich willkommen bei uns. ".length);
  });

  it("finishes by the deadline once the reply is complete", () => {
    expect(nextPosition({ position: 0, text: REPLY, speed: "fast", elapsedMs: 100, finishInMs: 100 })).toBe(REPLY.length);
    expect(nextPosition({ position: 0, text: "x".repeat(1000), speed: "fast", elapsedMs: 50, finishInMs: 100 })).toBeGreaterThanOrEqual(500);
  });
});

describe("ReplyStream pacing (fake clock)", () => {
  function streamed(speed: "instant" | "fast" | "normal" | "slow") {
    const frames = fakeFrames();
    const stream = new ReplyStream(undefined, frames.clock);
    stream.setSpeed(speed);
    return { stream, ...frames };
  }

  /** Milliseconds until the whole reply shows, when it all arrives at once and completes. */
  function timeToShowAll(speed: "instant" | "fast" | "normal" | "slow") {
    const { stream, tick, now } = streamed(speed);
    const history: string[] = [];
    stream.append(REPLY);
    history.push(stream.take());
    const start = now();
    while (stream.getDraining() !== "" || (stream.getSnapshot() !== "" && stream.getSnapshot() !== REPLY)) tick(1000 / 60);
    return { ms: now() - start, history };
  }

  it("paces the display: instant at once, fast within 300 ms, slow over seconds", () => {
    expect(timeToShowAll("instant").ms).toBe(0);
    expect(timeToShowAll("fast").ms).toBeLessThanOrEqual(300);
    const normal = timeToShowAll("normal").ms;
    const slow = timeToShowAll("slow");
    expect(normal).toBeGreaterThan(1000);
    expect(slow.ms).toBeGreaterThan(normal);
    // The reducer gets the whole reply at once, however slow the display.
    expect(slow.history).toEqual([REPLY]);
  });

  it("grows the text as a prefix of the reply, frame by frame", () => {
    const { stream, tick } = streamed("slow");
    stream.append(REPLY);
    const seen: string[] = [];
    for (let frame = 0; frame < 60; frame++) {
      tick(1000 / 60);
      seen.push(stream.getSnapshot());
    }
    expect(seen.at(-1)!.length).toBeGreaterThan(10);
    expect(seen.at(-1)!.length).toBeLessThan(REPLY.length);
    for (const text of seen) expect(REPLY.startsWith(text)).toBe(true);
  });

  it("Pause holds what is shown while tokens keep arriving; Resume goes on from there", () => {
    const { stream, tick } = streamed("normal");
    stream.append("Guten Tag! ");
    tick(200);
    stream.pause();
    const held = stream.getSnapshot();
    stream.append("Herzlich willkommen bei uns im Restaurant.");
    tick(2000);
    expect(stream.getSnapshot()).toBe(held);
    expect(stream.getDisplay()).toEqual({ active: true, paused: true, behind: true });
    stream.resume();
    tick(200);
    expect(stream.getSnapshot().length).toBeGreaterThan(held.length);
  });

  it("a reply that completes while paused stays held, then finishes after Resume", () => {
    const { stream, tick } = streamed("fast");
    stream.append("Guten ");
    tick(50);
    stream.pause();
    stream.append("Abend und willkommen!");
    stream.take();
    tick(1000);
    expect(stream.getSnapshot()).toBe("Guten ");
    stream.resume();
    tick(300);
    expect(stream.getDraining()).toBe("");
    expect(stream.getDisplay().active).toBe(false);
  });

  it("Show all shows everything that arrived, and what arrives after, for the rest of the reply", () => {
    const { stream, tick } = streamed("slow");
    stream.append("Guten Tag! Herzlich willkommen.");
    tick(100);
    stream.showAll();
    tick(20);
    expect(stream.getSnapshot()).toBe("Guten Tag! Herzlich willkommen.");
    stream.append(" Was darf es sein?");
    tick(40);
    expect(stream.getSnapshot()).toBe("Guten Tag! Herzlich willkommen. Was darf es sein?");
  });

  it("Show all and Pause with no reply on screen leave the next reply alone", () => {
    const { stream, tick } = streamed("slow");
    stream.showAll();
    stream.pause();
    stream.append(REPLY);
    tick(500);
    expect(stream.getSnapshot().length).toBeGreaterThan(0);
    expect(stream.getSnapshot().length).toBeLessThan(REPLY.length);
  });

  it("keeps a taken reply on screen until it has shown, then hands it to the history", () => {
    const { stream, tick } = streamed("slow");
    stream.append("Hallo! Wie geht es Ihnen heute?");
    expect(stream.take()).toBe("Hallo! Wie geht es Ihnen heute?");
    expect(stream.getDraining()).toBe("Hallo! Wie geht es Ihnen heute?");
    tick(10_000);
    expect(stream.getDraining()).toBe("");
    expect(stream.getSnapshot()).toBe("");
  });

  it("a replay from the turn's start keeps what is shown when it repeats it, and starts over when it does not", () => {
    const { stream, tick } = streamed("slow");
    stream.append(REPLY.slice(0, 40));
    tick(1500);
    const shown = stream.getSnapshot();
    expect(shown.length).toBeGreaterThan(5);
    // The reconnect's replay resends the reply from its start, with more of it.
    stream.replace(REPLY.slice(0, 60));
    tick(100);
    expect(stream.getSnapshot().startsWith(shown)).toBe(true);
    // A replay that does not continue what is shown (storage holds the reply whole) shows from its own start.
    stream.replace("Ganz anders: " + REPLY);
    tick(100);
    expect(("Ganz anders: " + REPLY).startsWith(stream.getSnapshot())).toBe(true);
    expect(stream.getSnapshot().length).toBeLessThan(shown.length);
    stream.showAll();
    tick(1000 / 60);
    expect(stream.getSnapshot()).toBe("Ganz anders: " + REPLY);
  });

  it("a continued reply keeps the text shown before and types only what is new", () => {
    const { stream, tick } = streamed("slow");
    const earlier = REPLY.slice(0, 50);
    // Continue after Stop: the stream is empty and the earlier text was in the history.
    stream.replace(REPLY.slice(0, 51), earlier.length);
    expect(stream.getSnapshot()).toBe(earlier);
    tick(1000 / 60);
    expect(stream.getSnapshot().startsWith(earlier)).toBe(true);
    stream.replace(REPLY, earlier.length);
    let before = stream.getSnapshot();
    for (let frame = 0; frame < 300; frame += 1) {
      tick(1000 / 60);
      expect(stream.getSnapshot().startsWith(before)).toBe(true);
      before = stream.getSnapshot();
    }
    expect(stream.getSnapshot()).toBe(REPLY);
  });

  it("a replay from the turn's start keeps the shown text and the reply's number while it repeats what arrived", () => {
    const { stream, tick } = streamed("slow");
    stream.append(REPLY.slice(0, 40));
    tick(1500);
    const shown = stream.getSnapshot();
    const reply = stream.replyNumber;
    stream.pause();
    // The storage replay resends the reply token by token from its first word.
    stream.replace(REPLY.slice(0, 5));
    tick(100);
    expect(stream.getSnapshot()).toBe(shown);
    expect(stream.getDisplay()).toMatchObject({ active: true, paused: true });
    stream.resume();
    stream.replace(REPLY.slice(0, 60));
    tick(100);
    expect(stream.getSnapshot().startsWith(shown)).toBe(true);
    expect(stream.getSnapshot().length).toBeGreaterThanOrEqual(shown.length);
    expect(stream.replyNumber).toBe(reply);
  });

  it("tells the reader how much of a continued reply was read before", () => {
    const { stream, tick } = streamed("instant");
    const read: string[] = [];
    stream.setReader((reply, text, final, readUpTo) => read.push(`${reply}:${text}:${final}:${readUpTo}`));
    stream.replace("Guten Tag! Wir", "Guten Tag! W".length);
    tick(20);
    stream.replace("Guten Tag! Wir haben.", "Guten Tag! W".length);
    stream.take();
    expect(read).toEqual(["1:Guten Tag! Wir:false:12", "1:Guten Tag! Wir haben.:true:12"]);
  });

  it("a new reply ends the last one's draining at once", () => {
    const { stream, tick } = streamed("slow");
    stream.append("Erste Antwort, sehr lang und langsam gezeigt.");
    stream.take();
    tick(100);
    stream.append("Zweite");
    expect(stream.getDraining()).toBe("");
    tick(1000);
    expect(stream.getSnapshot()).toBe("Zweite");
  });

  it("follows the voice: never shows past the limit it is given", () => {
    const { stream, tick } = streamed("fast");
    let limit = 10;
    stream.setLimit(() => limit);
    stream.append(REPLY);
    tick(2000);
    expect(stream.getSnapshot()).toBe(REPLY.slice(0, 10));
    limit = 40;
    tick(2000);
    expect(stream.getSnapshot()).toBe(REPLY.slice(0, 40));
  });

  it("reads every reply to its reader, numbered, and says when it is final", () => {
    const { stream, tick } = streamed("instant");
    const read: string[] = [];
    stream.setReader((reply, text, final) => read.push(`${reply}:${text}:${final}`));
    stream.append("Hallo");
    tick(20);
    stream.append("!");
    stream.take();
    stream.append("Tschüss");
    tick(20);
    expect(read).toEqual(["1:Hallo:false", "1:Hallo!:true", "2:Tschüss:false"]);
  });
});
