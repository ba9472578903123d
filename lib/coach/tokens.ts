export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters, maybe with hyphens) as opposed to a number or punctuation. */
  word: boolean;
  /** The first word of a sentence: its capital letter says nothing. */
  sentenceStart: boolean;
  /** Directly after a comma, colon or dash: a new clause may start here. */
  afterBreak: boolean;
};

const TOKEN = /\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,:]\d+)*\.?|[^\s\p{L}\d]/gu;
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "–", "-", "(", ")", '"', "„", "“", "”"]);

/** Words, numbers and punctuation with their UTF-16 offsets into the text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let afterBreak = false;
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const word = /^\p{L}/u.test(value);
    const number = /^\d/.test(value);
    if (!word && !number) {
      if (SENTENCE_END.has(value)) sentenceStart = true;
      else if (CLAUSE_BREAK.has(value)) afterBreak = true;
      tokens.push({ text: value, lower: value, start, end: start + value.length, word: false, sentenceStart: false, afterBreak: false });
      continue;
    }
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word, sentenceStart, afterBreak });
    // "am 1. Juni": a number's own full stop ends no sentence.
    sentenceStart = false;
    afterBreak = false;
  }
  return tokens;
}

const COORDINATORS = new Set(["und", "oder", "aber", "sondern", "denn"]);

/** The words from `from` to the end of their clause: a comma, a sentence end or "und"/"aber"… */
export function clauseRest(words: Token[], from: number): Token[] {
  const rest: Token[] = [];
  for (let index = from; index < words.length; index++) {
    const token = words[index]!;
    if (token.sentenceStart || token.afterBreak || COORDINATORS.has(token.lower)) break;
    rest.push(token);
  }
  return rest;
}

/** A coordinating conjunction: "und ich hat" starts a new main clause after it. */
export const isCoordinator = (token: Token | undefined) => !!token && COORDINATORS.has(token.lower);

/** The tokens of each clause: split at sentence ends and clause breaks (commas, colons). */
export function clauses(tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (!token.word && !/^\d/.test(token.text)) {
      if (current.length > 0) result.push(current);
      current = [];
      continue;
    }
    current.push(token);
  }
  if (current.length > 0) result.push(current);
  return result;
}
