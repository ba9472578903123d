import { describe, expect, it } from "vitest";
import { RecordingLimit } from "./recording-limit";

describe("RecordingLimit", () => {
  it("lets a recording run while two more of its largest slices still fit", () => {
    const limit = new RecordingLimit(10_000);
    expect(limit.add(1000)).toBe(false);
    expect(limit.add(3000)).toBe(false);
    expect(limit.bytes).toBe(4000);
    // 4000 + 1000 = 5000 held, and two 3000-byte slices would reach 11 000: stop now.
    expect(limit.add(1000)).toBe(true);
    expect(limit.exceeded).toBe(false);
  });

  it("stops at once when one slice is larger than the room left", () => {
    const limit = new RecordingLimit(10_000);
    expect(limit.add(4000)).toBe(true);
    expect(limit.add(7000)).toBe(true);
    expect(limit.exceeded).toBe(true);
  });

  it("never stops a recording of small slices early", () => {
    const limit = new RecordingLimit(10 * 1024 * 1024);
    let stopped = 0;
    for (let slice = 0; slice < 1000; slice++) if (limit.add(4000)) stopped++;
    expect(stopped).toBe(0);
    expect(limit.bytes).toBe(4_000_000);
  });
});
