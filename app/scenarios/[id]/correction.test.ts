import { describe, expect, it } from "vitest";
import type { Finding } from "./coach-types";
import { correctionSegments } from "./correction";

const finding = (start: number, end: number, original: string, suggestion: string): Finding => ({ start, end, original, suggestion, kind: "gender", explanation: "" });

const corrected = (text: string, findings: Finding[]) => correctionSegments(text, findings).map((segment) => (segment.kind === "same" ? segment.text : segment.suggestion)).join("");

describe("correctionSegments", () => {
  it("marks the changed word between the kept text", () => {
    const text = "Ich hätte gern ein Apfelschorle";
    const segments = correctionSegments(text, [finding(15, 18, "ein", "eine")]);
    expect(segments.map((segment) => segment.kind)).toEqual(["same", "changed", "same"]);
    expect(segments[1]).toMatchObject({ original: "ein", suggestion: "eine" });
    expect(corrected(text, [finding(15, 18, "ein", "eine")])).toBe("Ich hätte gern eine Apfelschorle");
  });

  it("applies several findings in text order, whatever order they came in", () => {
    const text = "ich möchtet ein wasser";
    const findings = [finding(16, 22, "wasser", "Wasser"), finding(4, 11, "möchtet", "möchte")];
    expect(corrected(text, findings)).toBe("ich möchte ein Wasser");
  });

  it("skips a finding that overlaps an earlier one or runs past the text", () => {
    const text = "Ein Wasser";
    expect(corrected(text, [finding(0, 3, "Ein", "Eine"), finding(2, 6, "n Wa", "x"), finding(8, 40, "er", "")])).toBe("Eine Wasser");
  });

  it("returns the text unchanged when nothing was found", () => {
    expect(correctionSegments("Hallo!", [])).toEqual([{ kind: "same", text: "Hallo!" }]);
  });
});
