import { CLOSED_WORDS } from "./closed-words";
import { compoundHead, type GermanData, type NounForm, type VerbReading } from "./german-data";
import type { Token } from "./tokens";

export type Gender = "M" | "F" | "N" | "P";
export type Case = "NOM" | "AKK" | "DAT" | "GEN";
export const CASE_ORDER: readonly Case[] = ["NOM", "AKK", "DAT", "GEN"];
export const GENDER_NAMES: Record<Gender, string> = { M: "masculine", F: "feminine", N: "neuter", P: "plural" };

/** A noun as the text has it, with the dictionary entry that gives its gender. */
export type NounReading = NounForm & { genders: Gender[]; head: string; compound: boolean };

export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function genders(readings: number): Gender[] {
  const result: Gender[] = [];
  if (readings & 1) result.push("M");
  if (readings & 2) result.push("F");
  if (readings & 4) result.push("N");
  if (readings & 8) result.push("P");
  return result;
}

/** A memo that forgets everything when full: learners reuse the same few hundred words. */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    if (memo.size >= limit) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}

const nounMemos = new WeakMap<GermanData, (word: string) => NounReading | undefined>();

/** The dictionary's noun for a word (or for a compound's last part), or undefined. */
export function nounFor(data: GermanData, word: string): NounReading | undefined {
  let memo = nounMemos.get(data);
  if (!memo) nounMemos.set(data, (memo = boundedMemo(20_000, (key) => lookUpNoun(data, key))));
  return memo(word);
}

function lookUpNoun(data: GermanData, word: string): NounReading | undefined {
  const direct = data.noun(word);
  if (direct) return { ...direct, genders: genders(direct.readings), head: direct.lemma, compound: false };
  const head = compoundHead(word, data.isNoun, data.infinitives, data.isAdjective);
  const entry = head ? data.noun(head) : undefined;
  if (!entry) return undefined;
  return { ...entry, genders: genders(entry.readings), head: entry.lemma, compound: true };
}

/** A lowercase word the data knows as something other than a noun. */
export const knownLowercase = (data: GermanData, lower: string) => data.isKnownLowercase(lower);

/** The noun a token stands for: capitalised, or lowercase where nothing but a noun fits. */
export function nounToken(data: GermanData, token: Token | undefined): NounReading | undefined {
  if (!token?.word) return undefined;
  const first = token.text.charAt(0);
  if (first !== first.toUpperCase()) {
    if (knownLowercase(data, token.lower)) return undefined;
    return nounFor(data, capitalise(token.text));
  }
  if (token.sentenceStart && knownLowercase(data, token.lower)) return undefined;
  return nounFor(data, token.text);
}

/** Finite readings of a verb token; a capitalised word counts only at a sentence start. */
export function finiteReadings(data: GermanData, token: Token | undefined): readonly VerbReading[] {
  if (!token?.word || CLOSED_WORDS.has(token.lower)) return [];
  const first = token.text.charAt(0);
  if (first !== first.toLowerCase() && !token.sentenceStart) return [];
  return data.verbReadings(token.lower);
}

export const isAdjective = (data: GermanData, token: Token | undefined) =>
  !!token?.word && token.text === token.lower && data.isAdjective(token.lower) && !data.isVerbForm(token.lower) && !CLOSED_WORDS.has(token.lower);

/** Keeps the capital of the word it replaces ("Eine" → "Ein"). */
export function matchCase(original: string, suggestion: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? capitalise(suggestion) : suggestion;
}
