import { describe, expect, it } from "vitest";
import { countWords, levelBreaches, replyShape, sceneLevel, splitSentences } from "./level-limits";

describe("splitting a reply into sentences", () => {
  it("splits at . ! ? and …, and keeps closing quotes with their sentence", () => {
    expect(splitSentences("Guten Abend! Was darf es sein? Gern. Einen Moment…")).toEqual(["Guten Abend!", "Was darf es sein?", "Gern.", "Einen Moment…"]);
    expect(splitSentences("Er sagt „Danke.“ Dann geht er.")).toEqual(["Er sagt „Danke.“", "Dann geht er."]);
    expect(splitSentences("Wirklich?! Ja")).toEqual(["Wirklich?!", "Ja"]);
  });

  it("keeps abbreviations, ordinals, times and prices inside one sentence", () => {
    expect(splitSentences("Frau Dr. Hartmann kommt gleich. Nehmen Sie z. B. einen Tee.")).toEqual(["Frau Dr. Hartmann kommt gleich.", "Nehmen Sie z. B. einen Tee."]);
    expect(splitSentences("Die Wohnung ist ab dem 1. Mai frei. Im 3. Stock.")).toEqual(["Die Wohnung ist ab dem 1. Mai frei.", "Im 3. Stock."]);
    expect(splitSentences("Der Zug fährt um 14.10 Uhr von Gleis 5. Passt das?")).toEqual(["Der Zug fährt um 14.10 Uhr von Gleis 5.", "Passt das?"]);
  });

  it("drops empty pieces and whitespace", () => {
    expect(splitSentences("  ")).toEqual([]);
    expect(splitSentences("Hallo.  \n\n  Tschüss! ")).toEqual(["Hallo.", "Tschüss!"]);
  });
});

describe("counting words", () => {
  it("counts words as a reader does", () => {
    expect(countWords("Das macht 1,80 Euro.")).toBe(4);
    expect(countWords("Um 14:10 Uhr, bitte!")).toBe(4);
    expect(countWords("Ihre E-Mail-Adresse, bitte.")).toBe(3);
    expect(countWords("„Schön“ – wirklich?")).toBe(2);
  });
});

describe("a reply against its level", () => {
  it("fits A1 with two short sentences and one question", () => {
    const shape = replyShape("Gern, hier am Fenster. Möchten Sie etwas trinken?");
    expect(shape).toEqual({ sentences: ["Gern, hier am Fenster.", "Möchten Sie etwas trinken?"], wordsPerSentence: [4, 4], questions: 1 });
    expect(levelBreaches(shape, "A1")).toEqual([]);
  });

  it("names every breach", () => {
    const long = replyShape("Wir haben heute ein ganz besonders leckeres Schnitzel mit Kartoffelsalat. Und Suppe. Und Kuchen.");
    expect(levelBreaches(long, "A1")).toEqual(["3 sentences > 2", "10 words > 8", "0 questions, want 1"]);
    expect(levelBreaches(long, "B1")).toEqual([]);
    expect(levelBreaches(replyShape("Was möchten Sie? Und was trinken Sie?"), "B1")).toEqual(["2 questions, want ≤ 1"]);
  });

  it("uses the scene's lowest level", () => {
    expect(sceneLevel({ levelMin: "A2" })).toBe("A2");
    expect(sceneLevel({ levelMin: "C2" })).toBe("A1");
  });
});
