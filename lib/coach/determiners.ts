import type { Case, Gender } from "./lexicon";

/** Endings by case and gender: der-words (dieser, jeder) and ein-words (ein, kein, mein). */
const DER_ENDINGS: Record<Case, Record<Gender, string>> = {
  NOM: { M: "er", F: "e", N: "es", P: "e" },
  AKK: { M: "en", F: "e", N: "es", P: "e" },
  DAT: { M: "em", F: "er", N: "em", P: "en" },
  GEN: { M: "es", F: "er", N: "es", P: "er" },
};
const EIN_ENDINGS: Record<Case, Record<Gender, string>> = {
  NOM: { M: "", F: "e", N: "", P: "e" },
  AKK: { M: "en", F: "e", N: "", P: "e" },
  DAT: { M: "em", F: "er", N: "em", P: "en" },
  GEN: { M: "es", F: "er", N: "es", P: "er" },
};
const DEFINITE: Record<Case, Record<Gender, string>> = {
  NOM: { M: "der", F: "die", N: "das", P: "die" },
  AKK: { M: "den", F: "die", N: "das", P: "die" },
  DAT: { M: "dem", F: "der", N: "dem", P: "den" },
  GEN: { M: "des", F: "der", N: "des", P: "der" },
};

export type Determiner = {
  /** Every case and gender this form can stand for. */
  readings: { grammaticalCase: Case; gender: Gender }[];
  /** The form the same determiner takes for a case and gender; undefined where it has none. */
  formFor: (grammaticalCase: Case, gender: Gender) => string | undefined;
};

// Bare "sein" and "ihr" are left out: they are as often a verb or a pronoun ("Habt ihr Milch?").
const EIN_STEMS = ["ein", "kein", "mein", "dein", "unser", "sein", "ihr", "eur"];
const DER_STEMS = ["dies", "jed", "welch"];
const CASES: Case[] = ["NOM", "AKK", "DAT", "GEN"];
const GENDERS: Gender[] = ["M", "F", "N", "P"];

function fromTable(form: string, table: (grammaticalCase: Case, gender: Gender) => string | undefined): Determiner | undefined {
  const readings = CASES.flatMap((grammaticalCase) => GENDERS.filter((gender) => table(grammaticalCase, gender) === form).map((gender) => ({ grammaticalCase, gender })));
  return readings.length > 0 ? { readings, formFor: table } : undefined;
}

/** The determiner a lowercase word is, or undefined. */
export function determiner(lower: string): Determiner | undefined {
  if (lower in { der: 1, die: 1, das: 1, den: 1, dem: 1, des: 1 }) return fromTable(lower, (grammaticalCase, gender) => DEFINITE[grammaticalCase][gender]);
  for (const stem of DER_STEMS) {
    if (!lower.startsWith(stem)) continue;
    return fromTable(lower, (grammaticalCase, gender) => (stem === "jed" && gender === "P" ? undefined : stem + DER_ENDINGS[grammaticalCase][gender]));
  }
  if (lower === "sein" || lower === "ihr" || lower === "euer") return undefined;
  for (const stem of EIN_STEMS) {
    if (!lower.startsWith(stem)) continue;
    const base = stem === "eur" ? "euer" : stem;
    return fromTable(lower, (grammaticalCase, gender) => {
      if (stem === "ein" && gender === "P") return undefined;
      const ending = EIN_ENDINGS[grammaticalCase][gender];
      return ending === "" ? base : stem + ending;
    });
  }
  return undefined;
}
