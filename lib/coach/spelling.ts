import { CLOSED_WORDS, SUBJECT_PERSONS } from "./closed-words";
import type { Finding } from "./finding";
import type { GermanData } from "./german-data";
import { boundedMemo, capitalise, finiteReadings, knownLowercase, nounFor } from "./lexicon";
import type { Token } from "./tokens";

const LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß";
const UMLAUTS: Record<string, string> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" };
const NAME_TITLES = new Set(["herr", "frau", "herrn", "doktor", "dr"]);
const NOMINALISERS = new Set("das dem des ein einem eines etwas nichts viel alles wenig beim zum vom im am ins".split(" "));

const GREETING_ADJECTIVES = new Set(["vielen", "herzlichen", "besten", "guten", "schönen"]);
const GREETING_NOUNS = new Set(["dank", "morgen", "abend", "tag", "appetit"]);

const isLower = (word: string) => word === word.toLowerCase();

/** Whether the data knows the word as written (nouns capitalised, everything else lowercase). */
function known(data: GermanData, word: string, sentenceStart: boolean): boolean {
  if (isLower(word)) return knownLowercase(data, word);
  if (nounFor(data, word)) return true;
  return sentenceStart && knownLowercase(data, word.toLowerCase());
}

/** As `known`, but a compound counts only when the dictionary has it whole: a guess is no suggestion. */
function inDictionary(data: GermanData, word: string, sentenceStart: boolean): boolean {
  if (isLower(word)) return knownLowercase(data, word);
  return data.isNoun(word) || (sentenceStart && knownLowercase(data, word.toLowerCase()));
}

/** "günstigeren", "anderen": an adjective's comparative or declined form the data does not list. */
function adjectiveLike(data: GermanData, word: string): boolean {
  const stem = word.replace(/(e|en|er|es|em)$/, "");
  return stem !== word && (data.isAdjective(stem) || data.isAdjective(stem.replace(/er$/, "")));
}

/** Spellings one umlaut or ß away: Brotchen → Brötchen, Strasse → Straße. */
function umlautVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let index = 0; index < word.length; index++) {
    const umlaut = UMLAUTS[word[index]!];
    if (umlaut) variants.add(word.slice(0, index) + umlaut + word.slice(index + 1));
  }
  for (let index = word.indexOf("ss"); index >= 0; index = word.indexOf("ss", index + 1)) variants.add(`${word.slice(0, index)}ß${word.slice(index + 2)}`);
  return [...variants];
}

/**
 * The words one deletion, transposition or insertion away (never in the first letter) that pass
 * `accept`; stops at two, since only a single candidate is ever suggested. Substitutions are left
 * out: they turn a noun the data lacks into a real but wrong word (fieber → fieser).
 */
function editsOne(word: string, accept: (edit: string) => boolean): string[] {
  const found: string[] = [];
  const consider = (edit: string) => {
    if (edit !== word && !found.includes(edit) && accept(edit)) found.push(edit);
    return found.length >= 2;
  };
  for (let index = 1; index <= word.length; index++) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    if (tail && consider(head + tail.slice(1))) return found;
    if (tail.length > 1 && consider(head + tail[1] + tail[0] + tail.slice(2))) return found;
    for (const letter of LETTERS) if (consider(head + letter + tail)) return found;
  }
  return found;
}

const suggestionMemos = new WeakMap<GermanData, (key: string) => string | undefined>();

function spellingFor(data: GermanData, token: Token, previous: Token | undefined): Finding | undefined {
  const word = token.text;
  if (word.length < 4 || word.includes("-") || /[A-Z].*[A-Z]/.test(word.slice(1))) return undefined;
  if (previous && NAME_TITLES.has(previous.lower)) return undefined;
  let memo = suggestionMemos.get(data);
  if (!memo) suggestionMemos.set(data, (memo = boundedMemo(5_000, (key) => suggestSpelling(data, key.slice(1), key.startsWith("1")))));
  const suggestion = memo(`${token.sentenceStart ? 1 : 0}${word}`);
  if (!suggestion) return undefined;
  return { start: token.start, end: token.end, original: word, suggestion, kind: "spelling", explanation: `Spelt ${suggestion}` };
}

/** The one spelling the data knows near an unknown word, or undefined when there are none or several. */
function suggestSpelling(data: GermanData, word: string, sentenceStart: boolean): string | undefined {
  const token = { sentenceStart, lower: word.toLowerCase() };
  if (known(data, word, token.sentenceStart) || CLOSED_WORDS.has(token.lower) || adjectiveLike(data, token.lower)) return undefined;
  const capitalised = !isLower(word);
  const umlauts = umlautVariants(word).filter((variant) => known(data, variant, token.sentenceStart));
  // A capitalised unknown word may be a name: only a missing umlaut, or a one-letter slip in a long word, is corrected.
  // "Portugiesisch" is the language, not a misspelt adjective: a capitalised adjective is left alone.
  if (capitalised && data.isAdjective(token.lower)) return undefined;
  // An edit at the very end would only swap an ending (Portugiesisch → Portugiesische): not a spelling.
  const inside = (edit: string) => !(edit.length === word.length + 1 && edit.startsWith(word)) && !(edit.length === word.length - 1 && word.startsWith(edit));
  const candidates = umlauts.length > 0 ? umlauts : word.length >= (capitalised ? 7 : 6) ? editsOne(word, (edit) => inside(edit) && inDictionary(data, edit, token.sentenceStart)) : [];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A known noun written lowercase mid-sentence, or a verb capitalised after its subject. */
function capitalisationFor(data: GermanData, token: Token, previous: Token | undefined): Finding | undefined {
  const word = token.text;
  if (token.sentenceStart) return undefined;
  if (isLower(word)) {
    // "Vielen dank", "Guten morgen": after such a greeting's adjective only the noun fits.
    const greeting = previous && GREETING_ADJECTIVES.has(previous.lower) && GREETING_NOUNS.has(word);
    if (!greeting && (knownLowercase(data, word) || CLOSED_WORDS.has(word) || adjectiveLike(data, word))) return undefined;
    const noun = nounFor(data, capitalise(word));
    if (!noun) return undefined;
    const suggestion = capitalise(word);
    return { start: token.start, end: token.end, original: word, suggestion, kind: "capitalisation", explanation: `Nouns start with a capital letter: ${suggestion}` };
  }
  // "Ich Möchte": a verb right after its subject pronoun, capitalised by mistake.
  if (!previous || !(previous.lower in SUBJECT_PERSONS) || NOMINALISERS.has(previous.lower)) return undefined;
  const lower = word.toLowerCase();
  if (nounFor(data, word) || !data.isVerbForm(lower)) return undefined;
  const persons = previous.text === "Sie" ? ["3P", "3S"] : SUBJECT_PERSONS[previous.lower]!;
  const agrees = finiteReadings(data, { ...token, text: lower, lower, sentenceStart: false }).some((reading) => persons.includes(reading.person));
  if (!agrees) return undefined;
  return { start: token.start, end: token.end, original: word, suggestion: lower, kind: "capitalisation", explanation: `Only nouns and sentence starts take a capital letter: ${lower}` };
}

/** English words that are no German words: a message with several is (partly) English and gets no spelling help. */
const ENGLISH = new Set("the is are my your you what does don't please would like from this that have has it's i'm can't thanks hello".split(" "));

/** Whether the learner writes with capitals as German does: all-lowercase or all-caps chat gets no capitalisation findings. */
function usesCapitals(words: Token[]): boolean {
  const letters = words.filter((token) => token.word).map((token) => token.text).join("");
  if (letters.length > 3 && letters === letters.toUpperCase()) return false;
  return words.some((token) => token.word && token.text !== token.lower && !token.sentenceStart) || words[0]?.text !== words[0]?.lower;
}

export function spellingFindings(data: GermanData, words: Token[]): Finding[] {
  const findings: Finding[] = [];
  if (new Set(words.map((token) => token.lower).filter((lower) => ENGLISH.has(lower))).size >= 2) return findings;
  const capitals = usesCapitals(words);
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!;
    if (!token.word) continue;
    const previous = index > 0 ? words[index - 1] : undefined;
    const found = (capitals ? capitalisationFor(data, token, previous) : undefined) ?? spellingFor(data, token, previous);
    if (found) findings.push(found);
  }
  return findings;
}
