import { nounPhraseAt } from "./agreement";
import { SUBJECT_PERSONS } from "./closed-words";
import type { Finding } from "./finding";
import type { GermanData, Tense, VerbReading } from "./german-data";
import { finiteReadings, matchCase } from "./lexicon";
import { clauseRest, isCoordinator, type Token } from "./tokens";

const QUESTION_WORDS = new Set(["was", "wo", "wann", "wie", "warum", "woher", "wohin", "welche", "welcher", "welches", "welchen"]);
const QUESTION_MODIFIERS = new Set(["viel", "viele", "lange", "hoch", "oft", "spät", "weit", "teuer"]);
const PERSON_NAMES: Record<string, string> = { "1S": "ich", "2S": "du", "3S": "er/sie/es", "1P": "wir", "2P": "ihr", "3P": "sie" };
/** Forms that say the person by themselves; Konjunktiv I ("er habe") is accepted but never suggested. */
const SUGGESTED_TENSES: readonly Tense[] = ["PRÄ", "PRT", "KJ2"];

type Subject = { persons: readonly string[]; label: string };

const opensClause = (token: Token | undefined) => !!token && (token.sentenceStart || token.afterBreak);

/** The form of the verb the subject needs, when every reading of the learner's form agrees on one. */
function suggestFor(data: GermanData, readings: readonly VerbReading[], persons: readonly string[]): string | undefined {
  const forms = new Set<string>();
  for (const reading of readings) {
    const tense = reading.tense === "IMP" ? "PRÄ" : reading.tense;
    if (!SUGGESTED_TENSES.includes(tense)) continue;
    for (const person of persons) {
      const form = data.conjugate(reading.lemma, tense, person);
      if (form) forms.add(form);
    }
  }
  return forms.size === 1 ? [...forms][0] : undefined;
}

function pronounSubject(token: Token | undefined, verbFirst: boolean): Subject | undefined {
  if (!token?.word) return undefined;
  const lower = token.lower;
  // After the verb only these are surely the subject; "sie", "es", "ihr" may be objects there.
  if (verbFirst && !["ich", "du", "wir"].includes(lower) && !(token.text === "Sie" && !token.sentenceStart)) return undefined;
  const persons = token.text === "Sie" && !token.sentenceStart ? ["3P"] : SUBJECT_PERSONS[lower];
  return persons ? { persons, label: token.text } : undefined;
}

function phraseSubject(data: GermanData, words: Token[], index: number): { subject: Subject; end: number } | undefined {
  const phrase = nounPhraseAt(data, words, index);
  if (!phrase?.noun.sure) return undefined;
  const nominative = phrase.determiner.readings.filter((reading) => reading.grammaticalCase === "NOM" && phrase.noun.genders.includes(reading.gender));
  if (nominative.length === 0) return undefined;
  const numbers = new Set(nominative.map((reading) => (reading.gender === "P" ? "3P" : "3S")));
  const label = words.slice(index, phrase.nounIndex + 1).map((token) => token.text).join(" ");
  return { subject: { persons: [...numbers], label }, end: phrase.nounIndex };
}

function check(data: GermanData, verb: Token, subject: Subject): Finding | undefined {
  const readings = finiteReadings(data, verb);
  if (readings.length === 0) return undefined;
  if (readings.some((reading) => subject.persons.includes(reading.person))) return undefined;
  const form = suggestFor(data, readings, subject.persons);
  if (!form) return undefined;
  const suggestion = matchCase(verb.text, form);
  const pronoun = /^(ich|du|er|es|sie|wir|ihr|man)$/i.test(subject.label);
  const who = subject.label === "Sie" && subject.persons.length === 1 ? "Sie" : pronoun ? subject.label.toLowerCase() : subject.label.charAt(0).toLowerCase() + subject.label.slice(1);
  const explanation = pronoun
    ? `With ${who} the verb is ${form}, not ${verb.text.toLowerCase()}`
    : `The subject ${who} is ${subject.persons.includes("3S") ? "singular" : "plural"} (${subject.persons.map((person) => PERSON_NAMES[person]).join(", ")}): ${form}`;
  return { start: verb.start, end: verb.end, original: verb.text, suggestion, kind: "conjugation", explanation };
}

const nominativePronounIn = (tokens: Token[]) => tokens.some((token) => ["ich", "du", "er", "wir", "ihr", "man"].includes(token.lower) || token.text === "Sie");

/** A finite verb whose form does not fit its subject: "ich möchtet", "du kann", "der Zug kommen". */
export function conjugationFindings(data: GermanData, words: Token[]): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!;
    const startsClause = index === 0 || opensClause(token) || (isCoordinator(words[index - 1]) && token.text === token.lower && verbBefore(data, words, index - 1));
    // Subject first: "Ich möchtet", "Mein Mann kommen".
    if (startsClause) {
      const pronoun = pronounSubject(token, false);
      if (pronoun && !opensClause(words[index + 1])) {
        const finding = words[index + 1] && check(data, words[index + 1]!, pronoun);
        if (finding) findings.push(finding);
        continue;
      }
      const phrase = token.sentenceStart || index === 0 ? phraseSubject(data, words, index) : undefined;
      const verb = phrase ? words[phrase.end + 1] : undefined;
      if (phrase && verb && !opensClause(verb) && !nominativePronounIn(clauseRest(words, phrase.end + 2))) {
        const finding = check(data, verb, phrase.subject);
        if (finding) findings.push(finding);
      }
    }
    // Verb first or after a question word: "Kannst Sie", "Wann müssen ich", "Wie viel kosten das Brot".
    const verbFirst = token.sentenceStart && finiteReadings(data, token).length > 0 ? index : questionVerb(words, index);
    if (verbFirst === undefined || finiteReadings(data, words[verbFirst]).length === 0) continue;
    const after = words[verbFirst + 1];
    if (!after || opensClause(after)) continue;
    const pronoun = pronounSubject(after, true);
    if (pronoun) {
      const finding = check(data, words[verbFirst]!, pronoun);
      if (finding) findings.push(finding);
      continue;
    }
    const phrase = phraseSubject(data, words, verbFirst + 1);
    if (phrase && !nominativePronounIn(clauseRest(words, phrase.end + 1))) {
      const finding = check(data, words[verbFirst]!, phrase.subject);
      if (finding) findings.push(finding);
    }
  }
  return dedupe(findings);
}

/** "…tut weh und ich hat": a finite verb before the "und" makes what follows a clause of its own ("Mein Mann und ich" is one subject). */
function verbBefore(data: GermanData, words: Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    if (finiteReadings(data, words[cursor]).length > 0 && words[cursor]!.text === words[cursor]!.lower) return true;
    if (opensClause(words[cursor])) return false;
  }
  return false;
}

/** Index of the verb after a sentence-initial question word ("Wann müssen", "Wie viel kosten"). */
function questionVerb(words: Token[], index: number): number | undefined {
  const token = words[index]!;
  if (!token.sentenceStart || !QUESTION_WORDS.has(token.lower)) return undefined;
  const next = words[index + 1];
  if (next && !opensClause(next) && QUESTION_MODIFIERS.has(next.lower)) return opensClause(words[index + 2]) ? undefined : index + 2;
  return next && !opensClause(next) ? index + 1 : undefined;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<number>();
  return findings.filter((finding) => !seen.has(finding.start) && seen.add(finding.start));
}
