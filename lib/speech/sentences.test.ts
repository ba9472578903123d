import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (text: string, final = true) => splitSentences(text, { final }).sentences.map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits plain German sentences at . ! and ?", () => {
    expect(texts("Guten Tag! Was darf ich bringen? Ein Wasser, bitte.")).toEqual(["Guten Tag!", "Was darf ich bringen?", "Ein Wasser, bitte."]);
  });

  it("keeps abbreviations inside their sentence", () => {
    expect(texts("Wir haben z. B. Schnitzel. Dr. Müller isst heute hier. Das ist gut.")).toEqual(["Wir haben z. B. Schnitzel.", "Dr. Müller isst heute hier.", "Das ist gut."]);
    expect(texts("Nehmen Sie z.B. Suppe. Danke.")).toEqual(["Nehmen Sie z.B. Suppe.", "Danke."]);
  });

  it("keeps usw. inside a sentence that goes on, and lets it end one", () => {
    expect(texts("Wir haben Suppe, Salat usw. und auch Kuchen. Gut?")).toEqual(["Wir haben Suppe, Salat usw. und auch Kuchen.", "Gut?"]);
    expect(texts("Wir haben Suppe, Salat usw. Was möchten Sie?")).toEqual(["Wir haben Suppe, Salat usw.", "Was möchten Sie?"]);
  });

  it("keeps ordinals inside their sentence", () => {
    expect(texts("Wir sind am 3. Mai geschlossen. Kommen Sie gern wieder.")).toEqual(["Wir sind am 3. Mai geschlossen.", "Kommen Sie gern wieder."]);
    expect(texts("Das ist Ihr 2. Besuch? Am 14. Juli feiern wir. Sie sitzen im 1. Stock.")).toEqual(["Das ist Ihr 2. Besuch?", "Am 14. Juli feiern wir.", "Sie sitzen im 1. Stock."]);
  });

  it("still ends a sentence on a number", () => {
    expect(texts("Sie haben Tisch 5. Bitte folgen Sie mir.")).toEqual(["Sie haben Tisch 5.", "Bitte folgen Sie mir."]);
  });

  it("gives each sentence its place in the text", () => {
    const text = "Hallo!  Wie geht's?";
    for (const sentence of splitSentences(text, { final: true }).sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("holds back what may still grow until the text is final", () => {
    expect(texts("Guten Tag! Was darf", false)).toEqual(["Guten Tag!"]);
    expect(texts("Guten Tag!", false)).toEqual([]);
    // "Dr. M" may be "Dr. Müller": the break before an unfinished word is not sure yet.
    expect(texts("Guten Tag! Ich bin Dr. M", false)).toEqual(["Guten Tag!"]);
    expect(texts("Es ist der 3. M", false)).toEqual([]);
    expect(texts("Guten Tag! Ich", false)).toEqual([]);
    expect(texts("Guten Tag! Ich ", false)).toEqual(["Guten Tag!"]);
    expect(splitSentences("Guten Tag! Ich ", { final: false }).settled).toBe("Guten Tag! ".length);
  });

  it("gives the same sentences whether the text grew token by token or came at once", () => {
    const text = "Hallo! Wir haben z. B. Kuchen usw. und am 3. Mai ein Fest. Dr. Weber kommt auch. Bis bald!";
    const spoken: string[] = [];
    for (let length = 1; length <= text.length; length++) {
      const { sentences } = splitSentences(text.slice(0, length), { final: length === text.length });
      for (const sentence of sentences.slice(spoken.length)) spoken.push(sentence.text);
    }
    expect(spoken).toEqual(texts(text));
  });
});
