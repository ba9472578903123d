// Parses pattern strings (the language is described at the top of objectives.ts) into a small
// tree, resolving $sets from the scene lexicon once so matching never re-reads strings.
import { foldStrict, foldWord, hasUmlaut, type Token } from "./fold";
import { verbForms } from "./verb-forms";

/** Stems of one length and their one-letter deletions. A list, not a Map by length: walked for every word tried. */
interface StemDeletions {
  length: number;
  stems: Set<string>;
  deletions: Set<string>;
}

interface Affixes {
  exact: Set<string>;
  /** Exact words written "@word": met as written only, never by a word with one letter more (typoMatches). */
  sure: Set<string>;
  /** Exact words of TYPO_MIN_LENGTH letters or more, each with one letter deleted: the typo index. */
  deletions: Set<string>;
  /** The same for stems ("apotheke*"), by stem length: a typo in the stem still opens the word. */
  stemDeletions: StemDeletions[];
  prefixes: string[];
  suffixes: string[];
  infixes: string[];
  /** The lengths a typed word must lie between to meet `deletions`, or an exact word with a letter added (typoMatches). */
  typoLengths: { min: number; max: number };
}

/**
 * Single-word alternatives of a group, checked together: a Set lookup and a few string tests.
 * Words written with an umlaut meet every spelling (`loose`, against Token.folded); words
 * written without one must not meet a typed umlaut (`strict`, against Token.strict).
 */
export interface WordChoice {
  loose: Affixes;
  strict: Affixes;
  /** "#noun": any word that looks like a noun (Token.noun), for names and brands no lexicon lists. */
  noun: boolean;
  /** "#word": any word at all, for answers such as a surname after "Auf welchen Namen?". */
  any: boolean;
  /** "#date": a date in digits ("21.3.97", "15.4", "07.03.1985"), which no word list can hold. */
  date: boolean;
  /** "#tag": a tag question closing the sentence ("…, richtig?", "…, oder?"), which makes a statement a question. */
  tag: boolean;
  /** The letters a word must open with to meet the choice (Gate): made on first use, once the choice is whole. */
  gate?: Gate;
}

/**
 * A short word (too short for a slip) meets a choice only as one of its words or stems, so it must open with one of
 * their first letters, unless an ending or a middle ("*schnitzel", "*brot*") is in the choice. Each half is a bit set
 * of first letters by character code mod 32: letters that share a bit only let a word through to the full test.
 */
interface Gate {
  loose: number;
  strict: number;
  /**
   * A long word may be a slip of one of the choice's words or stems (typoMatches), and one slip leaves the first letter
   * in place, or moves the second to the front, or the first to second place: either of its first two letters is one of
   * the first two of a word or stem of the choice.
   */
  looseTwo: number;
  strictTwo: number;
  /** The choice meets words by their ending or middle: no first letter tells. */
  open: boolean;
}

const letterBit = (word: string, at: number) => 1 << (word.charCodeAt(at) & 31);

function gateOf(choice: WordChoice): Gate {
  const initials = (affixes: Affixes, letters: number) => {
    let bits = 0;
    for (const word of [...affixes.exact, ...affixes.prefixes]) for (let at = 0; at < letters && at < word.length; at++) bits |= letterBit(word, at);
    return bits;
  };
  const open = [choice.loose, choice.strict].some((affixes) => affixes.suffixes.length > 0 || affixes.infixes.length > 0 || affixes.exact.has(""));
  return { loose: initials(choice.loose, 1), strict: initials(choice.strict, 1), looseTwo: initials(choice.loose, 2), strictTwo: initials(choice.strict, 2), open };
}

/** The gate lets the word through to the full test (gateOf): it opens with a letter that the choice's words may open with. */
function passesGate(gate: Gate, token: Pick<Token, "folded" | "strict">): boolean {
  const { folded, strict } = token;
  if (gate.open || folded.length === 0 || strict.length === 0) return true;
  if (folded.length < TYPO_MIN_LENGTH - 1 && strict.length < TYPO_MIN_LENGTH - 1) return (gate.loose & letterBit(folded, 0)) !== 0 || (gate.strict & letterBit(strict, 0)) !== 0;
  return (gate.looseTwo & (letterBit(folded, 0) | letterBit(folded, 1))) !== 0 || (gate.strictTwo & (letterBit(strict, 0) | letterBit(strict, 1))) !== 0;
}

/** A separable verb's finite form first, its particle later in the same clause: "Holen Sie mich bitte ab". */
export interface SplitVerb {
  stems: WordChoice;
  particle: string;
}

/** `far`: "a ... b", the element may stand anywhere later in the clause, as a participle closes it ("habe … gearbeitet"). */
export type PatternNode =
  | { kind: "word"; key: number; choice: WordChoice; far?: boolean }
  | { kind: "group"; key: number; words: WordChoice; phrases: Sequence[]; split?: SplitVerb; far?: boolean };

export type Sequence = PatternNode[];

export interface ParseContext {
  lexicon: Record<string, string[]>;
  sets: Map<string, PatternNode>;
  resolving: Set<string>;
  /** Every node gets a distinct key, so matching can memoise per node and position. */
  nextKey: number;
  /** Pattern text already parsed: scenes repeat blockers across objectives, and shared nodes share their memo. */
  parsed: Map<string, Sequence>;
  /** Elements already parsed, by their text: "bitte" in a hundred patterns is one node, matched once per message. */
  elements: Map<string, PatternNode>;
}

const PATTERN_WORD = /^(\*?)([^*]+)(\*?)$/;
const SURE = "@";
const FAR = "...";
const FOLDED_WORD = /^[\p{L}\p{N}]+$/u;
const DATE = /^\d{1,2}\.\d{1,2}(?:\.(?:\d{2}|\d{4}))?$/;

export function newParseContext(lexicon: Record<string, string[]>): ParseContext {
  return { lexicon, sets: new Map(), resolving: new Set(), nextKey: 0, parsed: new Map(), elements: new Map() };
}

// Long words forgive one slip ("Apoteke", "Rechnnung", "Frühstük"); short ones are too close to other words.
export const TYPO_MIN_LENGTH = 7;

/** Every way to delete one letter: one typo (a letter missing, added, swapped or wrong) leaves two words sharing one. */
export function deletions(word: string): string[] {
  const result: string[] = [];
  for (let index = 0; index < word.length; index++) result.push(word.slice(0, index) + word.slice(index + 1));
  return result;
}

// A message's words meet thousands of word choices: their deletions are made once, not once per choice.
const DELETIONS_KEPT = 4096;
const deletionsMade = new Map<string, string[]>();

function deletionsOf(word: string): string[] {
  let made = deletionsMade.get(word);
  if (made) return made;
  if (deletionsMade.size >= DELETIONS_KEPT) deletionsMade.clear();
  deletionsMade.set(word, (made = deletions(word)));
  return made;
}

/** The word, like the pattern word it meets, has TYPO_MIN_LENGTH letters or more: "Zimmer" is no slip of "immer". */
function typoMatches(affixes: Affixes, folded: string): boolean {
  if (folded.length < TYPO_MIN_LENGTH - 1 || affixes.deletions.size === 0) return false;
  // Only words of a few lengths can meet the index or, one letter added, an exact word: the loops below are for them.
  if (folded.length < affixes.typoLengths.min || folded.length > affixes.typoLengths.max) return false;
  if (affixes.deletions.has(folded)) return !tenseTwin(affixes, folded);
  if (folded.length < TYPO_MIN_LENGTH) return false;
  const added = folded.length > TYPO_MIN_LENGTH;
  for (const shorter of deletionsOf(folded)) if ((added && affixes.exact.has(shorter) && !affixes.sure.has(shorter)) || affixes.deletions.has(shorter)) return !tenseTwin(affixes, folded);
  return false;
}

// The endings a past tense puts its "t" before: "wollten" is "wollen" in the past, "sagte" "sage", "bestelltest" "bestellst".
const PAST_ENDINGS = ["en", "e", "et", "est"];

/**
 * The word and an exact word of the choice differ only in the past tense's "t" or "e": "wollen" is no slip of "wollten",
 * "mussten" none of "müssen" (folded "mussen"), "braucht" none of "brauchte". A blocker of the past would silence the
 * present, a pattern of now meet a past.
 */
function tenseTwin(affixes: Affixes, folded: string): boolean {
  for (const ending of PAST_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    // The word is the present of an exact past…
    if (affixes.exact.has(`${stem}t${ending}`)) return true;
    // …or the past of an exact present.
    if (stem.endsWith("t") && affixes.exact.has(stem.slice(0, -1) + ending)) return true;
  }
  // "braucht" and "brauchte", "sagt" and "sagte": the present's "t" with the past's "e" after it.
  return (folded.endsWith("t") && affixes.exact.has(`${folded}e`)) || (folded.endsWith("te") && affixes.exact.has(folded.slice(0, -1)));
}

// A word's openings, by length, made once: stem typos test the same few words' openings thousands of times a message.
const openingsMade = new Map<string, string[]>();

function openingOf(word: string, length: number): string {
  let openings = openingsMade.get(word);
  if (!openings) {
    if (openingsMade.size >= DELETIONS_KEPT) openingsMade.clear();
    openingsMade.set(word, (openings = []));
  }
  return (openings[length] ??= word.slice(0, length));
}

function stemTypoMatches(affixes: Affixes, folded: string): boolean {
  for (const { length, stems, deletions } of affixes.stemDeletions) {
    if (folded.length < length - 1) continue;
    if (deletions.has(openingOf(folded, length - 1))) return true;
    if (folded.length < length) continue;
    for (const shorter of deletionsOf(openingOf(folded, length))) if (deletions.has(shorter)) return true;
    if (folded.length > length) for (const shorter of deletionsOf(openingOf(folded, length + 1))) if (stems.has(shorter)) return true;
  }
  return false;
}

// Plain loops: this runs for every word choice at every position of a message, the judge's hottest path.
function affixesMatch(affixes: Affixes, folded: string): boolean {
  if (affixes.exact.has(folded)) return true;
  for (const prefix of affixes.prefixes) if (folded.startsWith(prefix)) return true;
  for (const suffix of affixes.suffixes) if (folded.endsWith(suffix)) return true;
  for (const infix of affixes.infixes) if (folded.includes(infix)) return true;
  return false;
}

export function wordChoiceMatches(choice: WordChoice, token: Pick<Token, "folded" | "strict" | "noun">): boolean {
  if (choice.any || (choice.noun && token.noun) || (choice.date && DATE.test(token.folded))) return true;
  // Most words a message holds are short and open with a letter no word of the choice opens with: no need to look further.
  if (!passesGate((choice.gate ??= gateOf(choice)), token)) return false;
  return (
    affixesMatch(choice.loose, token.folded) ||
    affixesMatch(choice.strict, token.strict) ||
    typoMatches(choice.loose, token.folded) ||
    stemTypoMatches(choice.loose, token.folded) ||
    ((typoMatches(choice.strict, token.strict) || stemTypoMatches(choice.strict, token.strict)) && !umlautOnly(choice, token))
  );
}

/**
 * The words a choice meets, when it meets nothing else: no stem, affix, #noun, #word, #date or #tag. A long word that
 * forgives a slip is met by a word sharing it or one of its one-letter deletions (typoMatches), so its deletions are
 * listed too, and `slips` says the message's words must be looked up with their own deletions.
 */
function requiredOf(choice: WordChoice): RequiredWords[number] | undefined {
  const plain = (affixes: Affixes) => affixes.stemDeletions.length === 0 && affixes.prefixes.length === 0 && affixes.suffixes.length === 0 && affixes.infixes.length === 0;
  if (choice.any || choice.noun || choice.date || choice.tag || !plain(choice.loose) || !plain(choice.strict)) return undefined;
  const slips = choice.loose.deletions.size > 0 || choice.strict.deletions.size > 0;
  if (!slips) return { loose: choice.loose.exact, strict: choice.strict.exact, slips };
  return { loose: new Set([...choice.loose.exact, ...choice.loose.deletions]), strict: new Set([...choice.strict.exact, ...choice.strict.deletions]), slips };
}

/**
 * What any alternative of a group needs: its single words, and for each phrase the words one of its elements needs
 * ("(hätte gern|ich möchte)" needs "hätte", "gern", "ich" or "möchte"). Undefined where an alternative needs none.
 */
function groupRequired(node: PatternNode & { kind: "group" }): RequiredWords[number] | undefined {
  if (node.split) return undefined;
  const own = requiredOf(node.words);
  if (!own) return undefined;
  // A group of phrases alone holds no single words: then only its phrases need any.
  const parts = own.loose.size + own.strict.size > 0 || node.phrases.length === 0 ? [own] : [];
  for (const phrase of node.phrases) {
    let found: RequiredWords[number] | undefined;
    for (const element of phrase) if ((found = element.kind === "word" ? requiredOf(element.choice) : groupRequired(element))) break;
    if (!found) return undefined;
    parts.push(found);
  }
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const slips = parts.some((part) => part.slips);
  // One kind of lookup for the union: exact words are looked up among the slips too, which only lets more messages by.
  return { loose: new Set(parts.flatMap((part) => [...part.loose])), strict: new Set(parts.flatMap((part) => [...part.strict])), slips };
}

const startWordsMade = new WeakMap<PatternNode, RequiredWords[number] | null>();

/**
 * The words a node can open its match with, where it opens with listed words only: a word's own, and a group's single
 * words with its phrases' first elements' (requiredOf). Undefined where the node may open with other words too.
 */
export function startWordsOf(node: PatternNode): RequiredWords[number] | undefined {
  const made = startWordsMade.get(node);
  if (made !== undefined) return made ?? undefined;
  let words: RequiredWords[number] | undefined;
  if (node.kind === "word") words = requiredOf(node.choice);
  else if (!node.split) {
    const parts = [requiredOf(node.words)];
    for (const phrase of node.phrases) parts.push(phrase[0] && startWordsOf(phrase[0]));
    if (parts.every((part) => part !== undefined)) {
      const [only] = parts;
      words = parts.length === 1 ? only : { loose: new Set(parts.flatMap((part) => [...part.loose])), strict: new Set(parts.flatMap((part) => [...part.strict])), slips: parts.some((part) => part.slips) };
    }
  }
  startWordsMade.set(node, words ?? null);
  return words;
}

/**
 * Word sets of which a message needs one word each for the sequence to match anywhere in it; with `slips`, one of the
 * message's words or of their one-letter deletions (messageSlips).
 */
export type RequiredWords = { loose: Set<string>; strict: Set<string>; slips: boolean }[];

/** A message's words with, for those long enough to hold a slip, their one-letter deletions: what `slips` sets are met by. */
export function messageSlips(words: readonly string[]): Set<string> {
  const slips = new Set(words);
  for (const word of words) if (word.length >= TYPO_MIN_LENGTH) for (const shorter of deletionsOf(word)) slips.add(shorter);
  return slips;
}

/**
 * A scene's required word sets (wordsRequiredBy), numbered, with the sets each word is in. A message looks its words up
 * once and so learns every set it meets: before, each of the thousand sequences a judgement asks about walked its own
 * sets against the message, a quarter of judging a long message. Sets alike in content share a number.
 */
export class RequiredIndex {
  private readonly numbers = new Map<string, number>();
  private readonly numbered = new WeakMap<RequiredWords[number], number>();
  // The sets holding a word: exact sets by folded and by strict word, then sets met with slips (messageSlips).
  private readonly exact = { loose: new Map<string, number[]>(), strict: new Map<string, number[]>() };
  private readonly slipped = { loose: new Map<string, number[]>(), strict: new Map<string, number[]>() };
  size = 0;

  numberOf(required: RequiredWords[number]): number {
    let number = this.numbered.get(required);
    if (number !== undefined) return number;
    const key = `${required.slips}|${[...required.loose].sort().join(" ")}|${[...required.strict].sort().join(" ")}`;
    number = this.numbers.get(key);
    if (number === undefined) {
      this.numbers.set(key, (number = this.size++));
      const postings = required.slips ? this.slipped : this.exact;
      for (const [words, map] of [[required.loose, postings.loose], [required.strict, postings.strict]] as const) {
        for (const word of words) {
          const sets = map.get(word);
          if (sets) sets.push(number);
          else map.set(word, [number]);
        }
      }
    }
    this.numbered.set(required, number);
    return number;
  }

  /** The sets' numbers, in order. */
  numbersOf(sets: RequiredWords): number[] {
    return sets.map((required) => this.numberOf(required));
  }

  /**
   * Which of the sets numbered so far hold a word of the message, and in which sentences: at each set's number, a bit
   * for each sentence holding one of its words (sentenceBit). A sequence matches inside one sentence, so its sets must
   * share a bit: in a long message of several sentences, most sequences whose words are all there are not in one.
   */
  met(tokens: readonly Pick<Token, "folded" | "strict" | "sentence">[], lent?: Uint32Array): Uint32Array {
    // A table lent back by an earlier message (MessageMatcher.release) is cleared rather than made anew for each message.
    const met = lent?.length === this.size ? lent.fill(0) : new Uint32Array(this.size);
    let bit = 0;
    const mark = (sets: number[] | undefined) => {
      if (sets) for (const number of sets) met[number] = (met[number] ?? 0) | bit;
    };
    const { exact, slipped } = this;
    const slips = slipped.loose.size > 0 || slipped.strict.size > 0;
    // Each word's deletions are looked up as they come (messageSlips, without building its two sets).
    for (const { folded, strict, sentence } of tokens) {
      bit = sentenceBit(sentence);
      mark(exact.loose.get(folded));
      mark(exact.strict.get(strict));
      if (!slips) continue;
      mark(slipped.loose.get(folded));
      mark(slipped.strict.get(strict));
      if (folded.length >= TYPO_MIN_LENGTH) for (const shorter of deletionsOf(folded)) mark(slipped.loose.get(shorter));
      if (strict.length >= TYPO_MIN_LENGTH) for (const shorter of deletionsOf(strict)) mark(slipped.strict.get(shorter));
    }
    return met;
  }
}

// Thirty bits: a mask of them is a small integer to V8, which a property holds without allocating a number for it.
export const SENTENCE_BITS = 30;

/** A sentence's bit in RequiredIndex.met: the 30th and later sentences share the last bit, which only lets more through. */
export function sentenceBit(sentence: number): number {
  return 1 << Math.min(sentence, SENTENCE_BITS - 1);
}

const requiredWords = new WeakMap<Sequence, RequiredWords>();

/**
 * The sequence's top-level elements that meet listed words only (with their slips): a message holding none of one
 * element's words cannot match, so the judge skips the sequence without trying it at every position.
 */
export function wordsRequiredBy(sequence: Sequence): RequiredWords {
  let required = requiredWords.get(sequence);
  if (required) return required;
  required = [];
  for (const node of sequence) {
    const words = node.kind === "word" ? requiredOf(node.choice) : groupRequired(node);
    if (words) required.push(words);
  }
  requiredWords.set(sequence, required);
  return required;
}

/**
 * A group's phrases by their first word, where that word is one of a few exact words: "(hätte gern|ich möchte|…)" in a
 * lexicon set of a hundred phrases is tried at a word only for the phrases that open with it. `rest` opens otherwise
 * (a stem, a set, a slip allowed). Each list holds phrase indexes in ascending order, so the phrases are tried in the
 * order they were written, as before.
 */
export interface PhraseIndex {
  loose: Map<string, number[]>;
  strict: Map<string, number[]>;
  rest: number[];
}

const phraseIndexes = new WeakMap<PatternNode, PhraseIndex>();

export function phraseIndexOf(node: PatternNode & { kind: "group" }): PhraseIndex {
  let index = phraseIndexes.get(node);
  if (!index) phraseIndexes.set(node, (index = newPhraseIndex(node)));
  return index;
}

// Apart from phraseIndexOf, which runs at most positions of a message: a closure there holding the index made a scope
// at each call, the index known or not.
function newPhraseIndex(node: PatternNode & { kind: "group" }): PhraseIndex {
  const index: PhraseIndex = { loose: new Map(), strict: new Map(), rest: [] };
  node.phrases.forEach((phrase, at) => {
    const head = phrase[0];
    const required = head?.kind === "word" ? requiredOf(head.choice) : undefined;
    const words = required && !required.slips ? required : undefined;
    if (!words) return index.rest.push(at);
    for (const [half, map] of [[words.loose, index.loose], [words.strict, index.strict]] as const) {
      for (const word of half) map.set(word, [...(map.get(word) ?? []), at]);
    }
  });
  return index;
}

/** The typed umlaut is the only difference, which is another word, not a slip: "abfährt" is no "Abfahrt". */
function umlautOnly(choice: WordChoice, token: Pick<Token, "folded" | "strict">): boolean {
  return token.strict !== token.folded && affixesMatch(choice.strict, token.folded);
}

/** Every exact word of a choice, folded: for checks such as "does this pattern name a negation". */
export function exactWords(choice: WordChoice): string[] {
  return [...choice.loose.exact, ...[...choice.strict.exact].map(foldWord)];
}

export function parseSequence(source: string, context: ParseContext): Sequence {
  const known = context.parsed.get(source);
  if (known) return known;
  const parsed = parseFresh(source, context);
  context.parsed.set(source, parsed);
  return parsed;
}

function parseFresh(source: string, context: ParseContext): Sequence {
  const parts = source.match(/[()|]|[^\s()|]+/g) ?? [];
  let position = 0;

  function parseElements(stopAt: ReadonlySet<string>, topLevel = false): Sequence {
    const nodes: Sequence = [];
    while (position < parts.length && !stopAt.has(parts[position] ?? "")) {
      if (parts[position] !== FAR) {
        nodes.push(parseElement());
        continue;
      }
      position += 1;
      if (!topLevel || nodes.length === 0 || position >= parts.length) throw new Error('"..." stands only between two top-level elements');
      // A copy with the same key: the memo of where a node matches does not depend on how far it may stand.
      nodes.push({ ...parseElement(), far: true });
    }
    return nodes;
  }

  function parseElement(): PatternNode {
    const from = position;
    const part = parts[position] ?? "";
    position += 1;
    if (part.startsWith("$") || part.startsWith("~")) return parseWord(part);
    if (part === "(") {
      const group = parseGroup();
      const text = parts.slice(from, position).join(" ");
      const known = context.elements.get(text);
      if (known) return known;
      context.elements.set(text, group);
      return group;
    }
    const known = context.elements.get(part);
    if (known) return known;
    const node = parseWord(part);
    context.elements.set(part, node);
    return node;
  }

  function parseWord(part: string): PatternNode {
    if (part === ")" || part === "|") throw new Error(`unexpected "${part}"`);
    if (part.startsWith("$")) return resolveSet(part.slice(1), context);
    if (part.startsWith("~")) return verbNode(part.slice(1), context);
    if (part === "#noun") return { kind: "word", key: context.nextKey++, choice: { ...emptyChoice(), noun: true } };
    if (part === "#word") return { kind: "word", key: context.nextKey++, choice: { ...emptyChoice(), any: true } };
    if (part === "#tag") return { kind: "word", key: context.nextKey++, choice: { ...emptyChoice(), tag: true } };
    if (part === "#date") return { kind: "word", key: context.nextKey++, choice: { ...emptyChoice(), date: true } };
    return { kind: "word", key: context.nextKey++, choice: addWord(emptyChoice(), part) };
  }

  function parseGroup(): PatternNode {
    const alternatives: Sequence[] = [];
    for (;;) {
      const alternative = parseElements(new Set(["|", ")"]));
      if (alternative.length === 0) throw new Error("empty alternative in ( )");
      alternatives.push(alternative);
      const closer = parts[position];
      position += 1;
      if (closer === ")") return groupNode(alternatives, context);
      if (closer !== "|") throw new Error('missing ")"');
    }
  }

  const nodes = parseElements(new Set(), true);
  if (nodes.length === 0) throw new Error("empty pattern");
  return nodes;
}

function emptyAffixes(): Affixes {
  return { exact: new Set(), sure: new Set(), deletions: new Set(), stemDeletions: [], prefixes: [], suffixes: [], infixes: [], typoLengths: { min: Infinity, max: 0 } };
}

function emptyChoice(): WordChoice {
  return { loose: emptyAffixes(), strict: emptyAffixes(), noun: false, any: false, date: false, tag: false, gate: undefined };
}

function addWord(choice: WordChoice, written: string, umlautTyped = false): WordChoice {
  // "@bekomme": this word as written, its umlaut typed and no slip forgiven, where a slip or a lost umlaut is another
  // word ("bekommen", "wurde").
  const sure = written.startsWith(SURE);
  const part = sure ? written.slice(SURE.length) : written;
  const pieces = PATTERN_WORD.exec(part);
  const raw = pieces?.[2] ?? "";
  const loose = !umlautTyped && !sure && hasUmlaut(raw);
  const text = loose ? foldWord(raw) : foldStrict(raw);
  if (!pieces || !FOLDED_WORD.test(text) || (sure && (pieces[1] === "*" || pieces[3] === "*"))) {
    throw new Error(`"${written}" is not a word: use letters or digits, "*" only at either end (never after "@"), and spaces between words`);
  }
  const affixes = loose ? choice.loose : choice.strict;
  const atStart = pieces[1] === "*";
  const atEnd = pieces[3] === "*";
  if (atStart && atEnd) affixes.infixes.push(text);
  else if (atStart) {
    affixes.suffixes.push(text);
    // "*schnitzel" stands for the bare word too, and a bare long word forgives one slip: "Shnitzel".
    if (text.length >= TYPO_MIN_LENGTH && !/\d/.test(text)) for (const shorter of [text, ...deletions(text)]) addDeletion(affixes, shorter);
  }
  else if (atEnd) {
    affixes.prefixes.push(text);
    if (text.length >= TYPO_MIN_LENGTH) addStem(affixes, text);
  }
  else if (sure) {
    addExact(affixes, text);
    affixes.sure.add(text);
  }
  else {
    addExact(affixes, text);
    if (text.length >= TYPO_MIN_LENGTH && !/\d/.test(text)) for (const shorter of deletions(text)) addDeletion(affixes, shorter);
  }
  return choice;
}

// typoMatches meets a word of length n that is in `deletions` (n), or that loses a letter to be in it (n - 1) or to be an
// exact word (n - 1): each word added widens the lengths that can.
function addDeletion(affixes: Affixes, word: string): void {
  affixes.deletions.add(word);
  widenTypoLengths(affixes, word.length, word.length + 1);
}

function addExact(affixes: Affixes, word: string): void {
  affixes.exact.add(word);
  widenTypoLengths(affixes, word.length + 1, word.length + 1);
}

function widenTypoLengths(affixes: Affixes, min: number, max: number): void {
  affixes.typoLengths.min = Math.min(affixes.typoLengths.min, min);
  affixes.typoLengths.max = Math.max(affixes.typoLengths.max, max);
}

function addStem(affixes: Affixes, stem: string): void {
  let index = affixes.stemDeletions.find((known) => known.length === stem.length);
  if (!index) affixes.stemDeletions.push((index = { length: stem.length, stems: new Set(), deletions: new Set() }));
  index.stems.add(stem);
  for (const shorter of deletions(stem)) index.deletions.add(shorter);
}

function verbNode(lemma: string, context: ParseContext): PatternNode {
  const name = `~${lemma.toLowerCase().normalize("NFC")}`;
  const cached = context.sets.get(name);
  if (cached) return cached;
  const forms = verbForms(name.slice(1));
  if (!forms) throw new Error(`unknown verb "${name}": add it to a scene and run npm run verbs:generate`);
  const words = emptyChoice();
  for (const form of forms.forms) addWord(words, form);
  for (const form of forms.typedUmlaut ?? []) addWord(words, form, true);
  let split: SplitVerb | undefined;
  if (forms.particle && forms.stems) {
    const stems = emptyChoice();
    for (const stem of forms.stems) addWord(stems, stem);
    split = { stems, particle: foldWord(forms.particle) };
  }
  const node: PatternNode = { kind: "group", key: context.nextKey++, words, phrases: [], split };
  context.sets.set(name, node);
  return node;
}

function groupNode(alternatives: Sequence[], context: ParseContext): PatternNode {
  const words = emptyChoice();
  const phrases: Sequence[] = [];
  for (const alternative of alternatives) {
    const [only] = alternative;
    if (alternative.length === 1 && only?.kind === "word") mergeChoice(words, only.choice);
    else if (alternative.length === 1 && only?.kind === "group" && !only.split) {
      mergeChoice(words, only.words);
      phrases.push(...only.phrases);
    } else phrases.push(alternative);
  }
  return { kind: "group", key: context.nextKey++, words, phrases };
}

function mergeChoice(into: WordChoice, from: WordChoice): void {
  into.noun ||= from.noun;
  into.any ||= from.any;
  into.date ||= from.date;
  into.tag ||= from.tag;
  for (const half of ["loose", "strict"] as const) {
    for (const word of from[half].exact) addExact(into[half], word);
    for (const word of from[half].deletions) addDeletion(into[half], word);
    for (const stem of from[half].stemDeletions) for (const word of stem.stems) addStem(into[half], word);
    into[half].prefixes.push(...from[half].prefixes);
    into[half].suffixes.push(...from[half].suffixes);
    into[half].infixes.push(...from[half].infixes);
  }
}

function resolveSet(name: string, context: ParseContext): PatternNode {
  const cached = context.sets.get(name);
  if (cached) return cached;
  const entries = Object.hasOwn(context.lexicon, name) ? context.lexicon[name] : undefined;
  if (!entries) throw new Error(`unknown set "$${name}"`);
  if (entries.length === 0) throw new Error(`set "$${name}" is empty`);
  if (context.resolving.has(name)) throw new Error(`set "$${name}" refers to itself`);
  context.resolving.add(name);
  const alternatives = entries.map((entry) => {
    try {
      if (entry.trimStart().startsWith("!")) throw new Error("a blocker cannot be a set entry");
      return parseSequence(entry, context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`set "$${name}", entry "${entry}": ${reason}`);
    }
  });
  context.resolving.delete(name);
  const node = groupNode(alternatives, context);
  context.sets.set(name, node);
  return node;
}
