// Learners type umlauts as ä, ae or a, ß as ss, and ignore case and accents; folding both
// the pattern words and the message words the same way lets every spelling meet.

const PLAIN_ASCII = /^[a-z0-9]*$/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII; they skip the Unicode normalisation.
  const plain = PLAIN_ASCII.test(lower)
    ? lower
    : lower
        .normalize("NFC")
        .replace(/ß/g, "ss")
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/['’‘`´]/g, "");
  return plain.replace(/([aou])e/g, "$1");
}

export interface Token {
  /** The folded word, as patterns see it. */
  folded: string;
  /** Offsets into the original text, so evidence can quote the learner exactly. */
  start: number;
  end: number;
  /** Index of the sentence the word belongs to; matches never cross sentences. */
  sentence: number;
  /** True when punctuation (a comma, a full stop, a dash…) separates this word from the previous one. */
  breakBefore: boolean;
}

// Decimal numbers stay one token ("3,50"); an apostrophe inside a word keeps it whole ("geht's").
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?;…]/;
// The dot of a German ordinal ("am 3. Mai") ends no sentence.
const ORDINAL_DOT = /^\.\s+$/;
const DIGITS = /^\p{N}+$/u;
const CLAUSE_BREAK = /[.,!?;:…()"„“”«»–—]|\s-\s/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const between = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    const isOrdinal = previous !== undefined && ORDINAL_DOT.test(between) && DIGITS.test(previous.folded);
    if (previous && !isOrdinal && SENTENCE_END.test(between)) sentence += 1;
    tokens.push({
      folded: foldWord(found[0]),
      start,
      end: start + found[0].length,
      sentence,
      breakBefore: previous !== undefined && !isOrdinal && CLAUSE_BREAK.test(between),
    });
    previousEnd = start + found[0].length;
  }
  return tokens;
}
