// Parses pattern strings (the language is described at the top of objectives.ts) into a small
// tree, resolving $sets from the scene lexicon once so matching never re-reads strings.
import { foldWord } from "./fold";

/** Single-word alternatives of a group, checked together: one Set lookup and a few string tests. */
export interface WordChoice {
  exact: Set<string>;
  prefixes: string[];
  suffixes: string[];
  infixes: string[];
}

export type PatternNode =
  | { kind: "word"; key: number; choice: WordChoice }
  | { kind: "group"; key: number; words: WordChoice; phrases: Sequence[] };

export type Sequence = PatternNode[];

export interface ParseContext {
  lexicon: Record<string, string[]>;
  sets: Map<string, PatternNode>;
  resolving: Set<string>;
  /** Every node gets a distinct key, so matching can memoise per node and position. */
  nextKey: number;
}

const PATTERN_WORD = /^(\*?)([^*]+)(\*?)$/;
const FOLDED_WORD = /^[\p{L}\p{N}]+$/u;

export function newParseContext(lexicon: Record<string, string[]>): ParseContext {
  return { lexicon, sets: new Map(), resolving: new Set(), nextKey: 0 };
}

export function wordChoiceMatches(choice: WordChoice, folded: string): boolean {
  return (
    choice.exact.has(folded) ||
    choice.prefixes.some((prefix) => folded.startsWith(prefix)) ||
    choice.suffixes.some((suffix) => folded.endsWith(suffix)) ||
    choice.infixes.some((infix) => folded.includes(infix))
  );
}

export function parseSequence(source: string, context: ParseContext): Sequence {
  const parts = source.match(/[()|]|[^\s()|]+/g) ?? [];
  let position = 0;

  function parseElements(stopAt: ReadonlySet<string>): Sequence {
    const nodes: Sequence = [];
    while (position < parts.length && !stopAt.has(parts[position] ?? "")) nodes.push(parseElement());
    return nodes;
  }

  function parseElement(): PatternNode {
    const part = parts[position] ?? "";
    position += 1;
    if (part === "(") return parseGroup();
    if (part === ")" || part === "|") throw new Error(`unexpected "${part}"`);
    if (part.startsWith("$")) return resolveSet(part.slice(1), context);
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

  const nodes = parseElements(new Set());
  if (nodes.length === 0) throw new Error("empty pattern");
  return nodes;
}

function emptyChoice(): WordChoice {
  return { exact: new Set(), prefixes: [], suffixes: [], infixes: [] };
}

function addWord(choice: WordChoice, part: string): WordChoice {
  const pieces = PATTERN_WORD.exec(part);
  const text = pieces ? foldWord(pieces[2] ?? "") : "";
  if (!pieces || !FOLDED_WORD.test(text)) {
    throw new Error(`"${part}" is not a word: use letters or digits, "*" only at either end, and spaces between words`);
  }
  const atStart = pieces[1] === "*";
  const atEnd = pieces[3] === "*";
  if (atStart && atEnd) choice.infixes.push(text);
  else if (atStart) choice.suffixes.push(text);
  else if (atEnd) choice.prefixes.push(text);
  else choice.exact.add(text);
  return choice;
}

function groupNode(alternatives: Sequence[], context: ParseContext): PatternNode {
  const words = emptyChoice();
  const phrases: Sequence[] = [];
  for (const alternative of alternatives) {
    const [only] = alternative;
    if (alternative.length === 1 && only?.kind === "word") mergeChoice(words, only.choice);
    else if (alternative.length === 1 && only?.kind === "group") {
      mergeChoice(words, only.words);
      phrases.push(...only.phrases);
    } else phrases.push(alternative);
  }
  return { kind: "group", key: context.nextKey++, words, phrases };
}

function mergeChoice(into: WordChoice, from: WordChoice): void {
  for (const word of from.exact) into.exact.add(word);
  into.prefixes.push(...from.prefixes);
  into.suffixes.push(...from.suffixes);
  into.infixes.push(...from.infixes);
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
