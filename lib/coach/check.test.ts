import { beforeAll, describe, expect, it } from "vitest";
import { applyFindings, checkGerman, preloadGermanData } from "./check";
import { loadGermanData } from "./german-data";

const corrections = (text: string) => checkGerman(text).findings.map((finding) => `${finding.kind}: ${finding.original} → ${finding.suggestion}`);

beforeAll(() => {
  loadGermanData();
}, 120_000);

describe("checkGerman", () => {
  it("corrects a compound's gender from its last part, with offsets and an explanation", () => {
    const text = "Ich hätte gern ein Apfelschorle.";
    const { findings, corrected } = checkGerman(text);
    expect(findings).toEqual([{ start: 15, end: 18, original: "ein", suggestion: "eine", kind: "gender", explanation: "Schorle is feminine: eine Apfelschorle" }]);
    expect(corrected).toBe("Ich hätte gern eine Apfelschorle.");
  });

  it.each([
    ["Eine Wasser ohne Kohlensäure, bitte.", "gender: Eine → Ein"],
    ["Ich hätte gern ein große Apfelschorle.", "gender: ein → eine"],
    ["Darf ich mein Katze mitbringen?", "gender: mein → meine"],
    ["Dieses Wohnung gefällt mir.", "gender: Dieses → Diese"],
    ["Ich suche der Hauptbahnhof.", "case: der → den"],
    ["Ich möchte mit den Zug fahren.", "case: den → dem"],
    ["Ich möchte mich für dem Gespräch bedanken.", "case: dem → das"],
    ["Ich wohne bei einen Freund.", "case: einen → einem"],
    ["Wie komme ich zu den Bahnhof?", "case: zu den → zum"],
    ["Wo ist die Bahnhof?", "gender: die → der"],
    ["Ich nehme der Apfelkuchen.", "case: der → den"],
    ["Ist der Zimmer ruhig?", "gender: der → das"],
    ["Ich nehme die Vollkornbrot.", "gender: die → das"],
    ["Ich war bei einen anderen Arzt.", "case: einen → einem"],
    ["Ich habe ein Termin gemacht.", "case: ein → einen"],
    ["Können Sie mich das Zimmer zeigen?", "case: mich → mir"],
  ])("articles: %s", (text, expected) => {
    expect(corrections(text)).toEqual([expected]);
  });

  it.each([
    ["Ich möchtet ein Wasser.", "conjugation: möchtet → möchte"],
    ["Du kann das machen.", "conjugation: kann → kannst"],
    ["Wir hat keine Zeit.", "conjugation: hat → haben"],
    ["Kannst Sie mir helfen?", "conjugation: Kannst → Können"],
    ["Ich nimm eine Brezel.", "conjugation: nimm → nehme"],
    ["Der Zug kommen um acht.", "conjugation: kommen → kommt"],
    ["Die Tabletten hilft nicht.", "conjugation: hilft → helfen"],
    ["Entschuldigung, ich suchen den Bahnhof.", "conjugation: suchen → suche"],
    ["Was empfiehlst Sie heute?", "conjugation: empfiehlst → empfehlen"],
    ["Wann fahrt der nächste Zug?", "conjugation: fahrt → fährt"],
    ["Wie hoch ist die Nebenkosten?", "conjugation: ist → sind"],
    ["Mein Kopf tut weh und ich hat Fieber.", "conjugation: hat → habe"],
  ])("conjugation: %s", (text, expected) => {
    expect(corrections(text)).toEqual([expected]);
  });

  it.each([
    ["Ich möchte zwei Brotchen.", "spelling: Brotchen → Brötchen"],
    ["Ist der Balkon zur Strasse?", "spelling: Strasse → Straße"],
    ["Ich möchte die Rechnug.", "spelling: Rechnug → Rechnung"],
    ["Danke, schones Wochenende!", "spelling: schones → schönes"],
    ["Das fleisch ist kalt.", "capitalisation: fleisch → Fleisch"],
    ["Ich Möchte ein Zimmer.", "capitalisation: Möchte → möchte"],
    ["Vielen dank für Ihre Hilfe!", "capitalisation: dank → Dank"],
    ["Ich bin sehr flexibel und vieleicht kann ich samstags arbeiten.", "spelling: vieleicht → vielleicht"],
    ["Morgen ich fahre nach München.", "word_order: ich fahre → fahre ich"],
    ["Wir möchten zahlen jetzt.", "word_order: zahlen jetzt → jetzt zahlen"],
    ["Ich denke, dass die Wohnung ist perfekt.", "word_order: ist perfekt → perfekt ist"],
    ["Ich bleibe zu Hause, weil ich bin krank.", "word_order: bin krank → krank bin"],
  ])("spelling, capitals and word order: %s", (text, expected) => {
    expect(corrections(text)).toEqual([expected]);
  });

  it("applies several findings at once", () => {
    const { findings, corrected } = checkGerman("Wir hat ein Wohnung für drei Nächte.");
    expect(findings.map((finding) => finding.kind)).toEqual(["conjugation", "gender"]);
    expect(corrected).toBe("Wir haben eine Wohnung für drei Nächte.");
  });

  it.each([
    // nouns the data gives one gender although German uses two
    "Eine Cola, bitte.",
    "Einen Moment, bitte!",
    "Ich nehme einen Joghurt.",
    "Haben Sie eine E-Mail bekommen?",
    "Der Junge spielt Fußball.",
    "Der Wagen ist kaputt.",
    "Ich suche den Laden.",
    "Guten Tag, ich möchte einen Tisch.",
    // pronouns that look like articles, objects that look like subjects
    "Die Frau, die Kaffee trinkt, ist meine Mutter.",
    "Ist das Milch oder Sahne?",
    "Ich rufe Sie morgen an.",
    "Den Kaffee trinke ich schwarz.",
    "Die Suppe esse ich nicht.",
    "Es sind noch zwei Plätze frei.",
    "Mein Mann und ich kommen aus Polen.",
    "Meine Frau und meine Kinder kommen morgen.",
    "Was kosten die Brötchen?",
    "Welchen Zug nehmen Sie?",
    "Ich bin müde und ich habe Hunger.",
    "Sind die Zimmer groß?",
    "Ist das Ihr Koffer?",
    "Ich glaube, der Zug kommt gleich.",
    "Er sagt, er hat keine Zeit.",
    "Wissen Sie, wo der Bahnhof ist?",
    // a dative object after an auxiliary or a modal
    "Ich gebe dem Kellner das Geld.",
    "Ich habe meiner Mutter geholfen.",
    "Ich möchte dem Koch danken.",
    "Ich habe dem Mann geholfen.",
    "Ich habe meinem Bruder das Buch gegeben.",
    "Er hat mich den Weg gefragt.",
    "Ich freue mich auf den Urlaub.",
    "Können Sie mir einen Wein empfehlen?",
    // word order that is right
    "Ich weiß nicht, ob ich helfen kann.",
    "Weil ich müde bin, gehe ich nach Hause.",
    "Entschuldigung, wo ist die Toilette?",
    "Also ich gehe hier über den Platz.",
    "Ich möchte bezahlen, bitte.",
    // names, nominalised adjectives, lowercase chat, old and new spellings
    "Herr Muller kommt gleich.",
    "Ich heiße Anna Schmidt und wohne in Hamburg.",
    "Ich wünsche Ihnen alles Gute!",
    "ich habe hunger und durst",
    "Muss ich in Frankfurt umsteigen?",
    "Ich habe ein bisschen Hunger.",
    "Gibt es einen günstigeren Preis?",
    "Könnten Sie mir sagen, wann die Arbeit morgens anfängt?",
    "Ich komme aus Brasilien und spreche Portugiesisch.",
    "Okay, super, danke!",
    "Meine Freundin Katarzyna wohnt in Wrocław.",
    "Ich trinke gern Latte Macchiato.",
    "Um wie viel Uhr ist der Check-out?",
    // English, all capitals, emoji and numbers
    "Hello! My name is Tom and I come from England.",
    "ICH MÖCHTE EIN BIER",
    "Ich möchte ein Bier 🍺 und eine Brezel 🥨",
    "Der Preis ist 3,50 €.",
    "Am 1. Mai habe ich Geburtstag.",
  ])("finds nothing in correct German: %s", (text) => {
    expect(corrections(text)).toEqual([]);
  });

  it("keeps offsets in UTF-16 code units past emoji and umlauts", () => {
    const text = "Hallo 😀! Über Nacht möchtet ich bleiben.";
    const { findings } = checkGerman("😀 Ich möchtet bleiben.");
    expect(findings).toHaveLength(1);
    expect("😀 Ich möchtet bleiben.".slice(findings[0]!.start, findings[0]!.end)).toBe("möchtet");
    expect(checkGerman(text).corrected.length).toBeGreaterThan(0);
  });

  it("preloads the data once per process and warms the checker", async () => {
    const data = await preloadGermanData();
    expect(data).toBe(loadGermanData());
    expect(data.loadMs).toBeGreaterThan(0);
    expect(data.noun("Schorle")).toEqual({ readings: 2, lemma: "Schorle", sure: true });
  });

  it("returns the text unchanged when there is nothing to correct", () => {
    expect(checkGerman("")).toEqual({ findings: [], corrected: "" });
    expect(applyFindings("Guten Tag", [])).toBe("Guten Tag");
  });
});
