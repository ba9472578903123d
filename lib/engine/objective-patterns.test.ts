import { describe, expect, it } from "vitest";
import { tokenize } from "./fold";
import { messageSlips, newParseContext, parseSequence, RequiredIndex, sentenceBit, startWordsOf, wordChoiceMatches, wordsRequiredBy } from "./objective-patterns";

const required = (pattern: string, lexicon: Record<string, string[]> = {}) =>
  wordsRequiredBy(parseSequence(pattern, newParseContext(lexicon))).map((words) => [...words.loose, ...words.strict].sort());

describe("wordsRequiredBy", () => {
  it("names the top-level elements that meet exact words only", () => {
    expect(required("(ich|wir) möchte $drink", { drink: ["bier", "*wasser"] })).toEqual([["ich", "wir"], ["mochte"]]);
  });

  it("requires nothing of stems, #noun, split verbs, or a group with an alternative that needs no word", () => {
    expect(required("bezahl* #noun")).toEqual([]);
    expect(required("~ankommen")).toEqual([]);
    expect(required("(guten tag|bezahl*)")).toEqual([]);
  });

  it("names a long word with its one-letter deletions, to be met by the message's words and theirs", () => {
    const [rechnung] = wordsRequiredBy(parseSequence("rechnung", newParseContext({})));
    expect(rechnung?.slips).toBe(true);
    const words = [...(rechnung?.loose ?? []), ...(rechnung?.strict ?? [])];
    expect(words).toEqual(expect.arrayContaining(["rechnung", "echnung", "rechnun"]));
    // "Rechnnung" loses a letter to be "rechnung": a slip the judge meets, so the message must not be skipped.
    expect(words.some((word) => messageSlips(["die", "rechnnung", "bitte"]).has(word))).toBe(true);
    expect(words.some((word) => messageSlips(["die", "karte"]).has(word))).toBe(false);
  });

  it("names what any alternative of a group needs: its single words and one element of each phrase", () => {
    expect(required("(guten tag|hallo)")).toEqual([["guten", "hallo"]]);
    expect(required("(hätte gern|ich möchte) bier")).toEqual([["hatte", "ich"], ["bier"]]);
  });
});

// The index must tell exactly what walking each set against the message tells: a set it misses skips a pattern that matches.
describe("RequiredIndex", () => {
  it("marks the sets that hold a word of the message, slips included, and shares a number between sets alike", () => {
    const context = newParseContext({});
    const index = new RequiredIndex();
    const [ich, rechnung] = wordsRequiredBy(parseSequence("(ich|wir) ... rechnung", context));
    const [alsoIch] = wordsRequiredBy(parseSequence("(wir|ich) zahlen", context));
    const [bier] = wordsRequiredBy(parseSequence("bier", context));
    if (!ich || !rechnung || !alsoIch || !bier) throw new Error("no required words");
    const numbers = [ich, rechnung, alsoIch, bier].map((required) => index.numberOf(required));
    expect(numbers[2]).toBe(numbers[0]);
    const met = (typed: string) => {
      const marked = index.met(tokenize(typed));
      return numbers.map((number) => marked[number] === 1);
    };
    expect(met("Wir möchten die Rechnnung")).toEqual([true, true, true, false]);
    expect(met("Ein Bier bitte")).toEqual([false, false, false, true]);
  });

  it("marks each set with the sentences that hold its words, the thirtieth and later sharing one bit", () => {
    const context = newParseContext({});
    const index = new RequiredIndex();
    const [ich, rechnung] = wordsRequiredBy(parseSequence("ich ... rechnung", context));
    if (!ich || !rechnung) throw new Error("no required words");
    const [first, second] = [ich, rechnung].map((required) => index.numberOf(required));
    const marked = (typed: string) => {
      const met = index.met(tokenize(typed));
      return [met[first ?? 0], met[second ?? 0]];
    };
    // "ich" and "Rechnung" in one sentence share its bit; in two, they share none, and no sequence needing both can match.
    expect(marked("Ich hätte gern die Rechnung.")).toEqual([sentenceBit(0), sentenceBit(0)]);
    expect(marked("Ich bin satt. Die Rechnung, bitte. Ich zahle bar.")).toEqual([sentenceBit(0) | sentenceBit(2), sentenceBit(1)]);
    const many = Array.from({ length: 40 }, (_, at) => (at === 31 ? "Ich zahle." : at === 35 ? "Die Rechnung." : "Gut.")).join(" ");
    const [late, later] = marked(many);
    expect(late).toBe(sentenceBit(29));
    expect((late ?? 0) & (later ?? 0)).not.toBe(0);
  });

  it("takes a lent table and clears it before marking", () => {
    const index = new RequiredIndex();
    const [bier] = wordsRequiredBy(parseSequence("bier", newParseContext({})));
    if (!bier) throw new Error("no required words");
    const number = index.numberOf(bier);
    const lent = index.met(tokenize("Ein Bier."));
    expect(index.met(tokenize("Ein Wein."), lent)).toBe(lent);
    expect(lent[number]).toBe(0);
  });
});

describe("startWordsOf", () => {
  it("names the words a group opens with: its single words and each phrase's first element", () => {
    const [node] = parseSequence("(hätte gern|ich möchte|bitte)", newParseContext({}));
    const words = node && startWordsOf(node);
    expect([...(words?.loose ?? []), ...(words?.strict ?? [])].sort()).toEqual(["bitte", "hatte", "ich"]);
  });

  it("names none where an element opens with a stem, or anything", () => {
    for (const pattern of ["(möcht*|will)", "#noun", "(ich brauche|*wasser)"]) {
      const [node] = parseSequence(pattern, newParseContext({}));
      expect(node && startWordsOf(node), pattern).toBeUndefined();
    }
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
