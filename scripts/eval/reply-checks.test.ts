import { beforeAll, describe, expect, it } from "vitest";
import { restaurant } from "@/db/scenarios/restaurant";
import { learnerLines } from "./learner-script";
import { characterVerdict, detectLanguage, loadLanguageDetector, measureReply } from "./reply-checks";

const titles = restaurant.objectives.map((objective) => objective.title);

beforeAll(() => loadLanguageDetector());

describe("the language verdict", () => {
  it.each([
    "Guten Abend! Möchten Sie etwas trinken?",
    "Das Schnitzel ist heute sehr gut.",
    "Tschüss, bis bald!",
    "Nein, danke.",
  ])("hears German in %j", (text) => {
    expect(detectLanguage(text).language).toBe("de");
  });

  it.each(["Sure, here is your water.", "I am sorry, I cannot help with that.", "Of course. What would you like?"])("hears English in %j", (text) => {
    expect(detectLanguage(text)).toEqual({ language: "en", reliable: true });
  });

  it("is unsure about a word too short to tell", () => {
    expect(detectLanguage("Ja.").reliable).toBe(false);
  });
});

describe("staying in character", () => {
  const verdict = (text: string) => characterVerdict(text, measureReply(text, "A1").shape.sentences, titles);

  it("accepts a plain German reply", () => {
    expect(verdict("Sehr gern. Möchten Sie auch etwas essen?")).toEqual({ inCharacter: true, reasons: [] });
  });

  it("catches an English sentence inside a German reply", () => {
    expect(verdict("Guten Abend! How can I help you today?").reasons).toEqual(['English: "How can I help you today?"']);
  });

  it.each([
    ["As an AI, I cannot eat.", "talks about being an AI"],
    ["Als KI kann ich nichts essen.", "talks about being an AI"],
    ["Ich bin nur ein Sprachmodell.", "talks about being an AI"],
    ["Super, Sie haben 20 Punkte!", "talks about the game"],
    ["Noch offen: Ask for the bill.", 'talks about the game ("Ask for the bill")'],
    ["Regie: Führe zum nächsten Schritt.", "talks about the game"],
    ["Hans: Guten Abend!", "starts with a speaker label"],
  ])("flags %j", (text, reason) => {
    expect(verdict(text).inCharacter).toBe(false);
    expect(verdict(text).reasons.some((found) => found.startsWith(reason))).toBe(true);
  });

  it("does not mistake everyday German for game talk", () => {
    expect(verdict("Um Punkt acht schließen wir. Was ist Ihr Ziel?").inCharacter).toBe(true);
  });
});

describe("one measured reply", () => {
  it("gives the row's figures", () => {
    const measure = measureReply("Gern. Das Schnitzel kommt mit Kartoffelsalat und einem kleinen grünen Salat. Noch etwas?", "A1", titles);
    expect(measure.german).toBe(true);
    expect(measure.shape.sentences).toHaveLength(3);
    expect(measure.shape.wordsPerSentence).toEqual([1, 10, 2]);
    expect(measure.breaches).toEqual(["3 sentences > 2", "10 words > 8"]);
    expect(measure.character.inCharacter).toBe(true);
  });

  it("marks an English reply as neither German nor in character", () => {
    const measure = measureReply("Sure! What would you like to drink?", "A1", titles);
    expect(measure.german).toBe(false);
    expect(measure.language.language).toBe("en");
    expect(measure.character.inCharacter).toBe(false);
  });
});

describe("the scripted learner", () => {
  it("greets first, says goodbye last, and shares the turns between among the middle objectives", () => {
    const lines = learnerLines(restaurant.objectives, 8);
    expect(lines.map((line) => line.objective.id)).toEqual(["greet", "order_drink", "order_drink", "order_food", "order_food", "ask_bill", "ask_bill", "say_goodbye"]);
    expect(lines.map((line) => line.text).slice(1, 3)).toEqual(restaurant.objectives[1]?.examples.slice(0, 2));
  });

  it("plays the first objectives in order when there are fewer turns than objectives", () => {
    expect(learnerLines(restaurant.objectives, 3).map((line) => line.objective.id)).toEqual(["greet", "order_drink", "order_food"]);
  });
});
