import { describe, expect, it } from "vitest";
import { tokenize } from "./fold";
import { newParseContext, parseSequence, wordChoiceMatches, wordsRequiredBy } from "./objective-patterns";

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

// The first-letter gate (gateOf) rejects most words before the full test; it must never reject a word the full test meets.
describe("wordChoiceMatches behind its first-letter gate", () => {
  const meets = (pattern: string, typed: string) => {
    const [node] = parseSequence(pattern, newParseContext({}));
    const [token] = tokenize(typed);
    if (!node || !token) throw new Error("no node or no word");
    return wordChoiceMatches(node.kind === "word" ? node.choice : node.words, token);
  };

  it("still meets a slip in a long word's first or second letter", () => {
    for (const typed of ["Apotheke", "Xpotheke", "Potheke", "Paotheke", "Aapotheke", "Aptheke"]) expect(meets("apotheke", typed), typed).toBe(true);
    for (const typed of ["Apothekenbote", "Xpothekenbote", "Pothekenbote"]) expect(meets("apotheke*", typed), typed).toBe(true);
  });

  it("rejects a word that opens with letters no word of the choice opens with", () => {
    for (const typed of ["Zzotheke", "Bibliothek"]) expect(meets("apotheke", typed), typed).toBe(false);
    expect(meets("(bier|wein)", "Cola")).toBe(false);
    expect(meets("(bier|wein)", "Wein")).toBe(true);
  });

  it("lets every word through to a choice that meets endings or middles", () => {
    expect(meets("*schnitzel", "Jägerschnitzel")).toBe(true);
    expect(meets("*brot*", "Vollkornbrötchen")).toBe(false);
    expect(meets("*brot*", "Vollkornbrotscheibe")).toBe(true);
  });
});
