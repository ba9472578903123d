import { describe, expect, it } from "vitest";
import { newParseContext, parseSequence, wordsRequiredBy } from "./objective-patterns";

const required = (pattern: string, lexicon: Record<string, string[]> = {}) =>
  wordsRequiredBy(parseSequence(pattern, newParseContext(lexicon))).map((words) => [...words.loose, ...words.strict].sort());

describe("wordsRequiredBy", () => {
  it("names the top-level elements that meet exact words only", () => {
    expect(required("(ich|wir) möchte $drink", { drink: ["bier", "*wasser"] })).toEqual([["ich", "wir"], ["mochte"]]);
  });

  it("requires nothing of stems, typo-tolerant long words, #noun, phrases or split verbs", () => {
    expect(required("bezahl* #noun")).toEqual([]);
    // Seven letters or more forgive a typo, so the exact word alone cannot rule a message out.
    expect(required("rechnung")).toEqual([]);
    expect(required("(guten tag|hallo)")).toEqual([]);
    expect(required("~ankommen")).toEqual([]);
  });
});
