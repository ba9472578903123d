/*
 * Deterministic objective matcher: judges one learner message against a scene's objectives.
 *
 * Pattern language (each objective lists several patterns; any one that matches meets it):
 *   bitte        a whole word
 *   bezahl*      a word starting with the stem (bezahlen, bezahle, bezahlt)
 *   *wasser      a word ending with it (Wasser, Mineralwasser); *schorle* = containing it
 *   (a|b c)      alternatives; the words of one alternative must be adjacent ("guten tag")
 *   $drink       any entry of the scene lexicon's set "drink" (entries are phrases like the above)
 *   a b c        top-level elements appear in this order within one sentence, with at most
 *                MAX_GAP other words between neighbours ("ich hätte sehr gern ein kaltes Bier")
 *   !pattern     a blocker: a match is dropped when a blocker match overlaps it or ends at most
 *                CONTEXT_WORDS words before it in the same clause ("was kostet | ein Bier")
 * Pattern and message words are folded alike (fold.ts): case, ä/ae/a, ß/ss, accents, punctuation.
 * A match is also dropped when a negation word lies inside it or at most CONTEXT_WORDS words
 * before it in the same clause ("ich möchte noch nicht zahlen", "kein Wasser").
 * Only patterns decide: objective ids and titles never match anything.
 */
import { foldWord, tokenize, type Token } from "./fold";

export interface ObjectiveRule {
  id: string;
  patterns: string[];
}

export interface ObjectiveMatch {
  objectiveId: string;
  /** The learner's own words, exactly as typed, from the first to the last matched word. */
  evidence: string;
}

type WordMode = "exact" | "prefix" | "suffix" | "infix";

type PatternNode =
  | { kind: "word"; key: number; mode: WordMode; text: string }
  | { kind: "group"; key: number; alternatives: PatternNode[][] };

type Sequence = PatternNode[];

interface CompiledRule {
  id: string;
  patterns: Sequence[];
  blockers: Sequence[];
}

/** Opaque: build with compileObjectives, pass to judgeMessage. */
export interface CompiledObjectives {
  readonly rules: readonly CompiledRule[];
}

const MAX_GAP = 4;
const CONTEXT_WORDS = 2;
const NEGATIONS = new Set(
  ["nicht", "nich", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nichts", "nie", "niemals"].map(foldWord),
);
const PATTERN_WORD = /^(\*?)([^*]+)(\*?)$/;
const FOLDED_WORD = /^[\p{L}\p{N}]+$/u;

interface ParseContext {
  lexicon: Record<string, string[]>;
  sets: Map<string, PatternNode>;
  resolving: Set<string>;
  nextKey: number;
}

export function compileObjectives(rules: ObjectiveRule[], lexicon: Record<string, string[]>): CompiledObjectives {
  const context: ParseContext = { lexicon, sets: new Map(), resolving: new Set(), nextKey: 0 };
  const seen = new Set<string>();
  const compiled = rules.map((rule): CompiledRule => {
    if (seen.has(rule.id)) throw new Error(`Objective "${rule.id}" is listed twice.`);
    seen.add(rule.id);
    const result: CompiledRule = { id: rule.id, patterns: [], blockers: [] };
    for (const pattern of rule.patterns) {
      const isBlocker = pattern.trimStart().startsWith("!");
      const source = isBlocker ? pattern.trimStart().slice(1) : pattern;
      try {
        (isBlocker ? result.blockers : result.patterns).push(parseSequence(source, context));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Objective "${rule.id}", pattern "${pattern}": ${reason}`);
      }
    }
    if (result.patterns.length === 0) throw new Error(`Objective "${rule.id}" has no pattern that can meet it.`);
    return result;
  });
  return { rules: compiled };
}

function parseSequence(source: string, context: ParseContext): Sequence {
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
    return parseWord(part, context);
  }

  function parseGroup(): PatternNode {
    const alternatives: Sequence[] = [];
    for (;;) {
      const alternative = parseElements(new Set(["|", ")"]));
      if (alternative.length === 0) throw new Error("empty alternative in ( )");
      alternatives.push(alternative);
      const closer = parts[position];
      position += 1;
      if (closer === ")") return { kind: "group", key: context.nextKey++, alternatives };
      if (closer !== "|") throw new Error('missing ")"');
    }
  }

  const nodes = parseElements(new Set());
  if (nodes.length === 0) throw new Error("empty pattern");
  return nodes;
}

function parseWord(part: string, context: ParseContext): PatternNode {
  const pieces = PATTERN_WORD.exec(part);
  const text = pieces ? foldWord(pieces[2] ?? "") : "";
  if (!pieces || !FOLDED_WORD.test(text)) {
    throw new Error(`"${part}" is not a word: use letters or digits, "*" only at either end, and spaces between words`);
  }
  const atStart = pieces[1] === "*";
  const atEnd = pieces[3] === "*";
  const mode: WordMode = atStart && atEnd ? "infix" : atStart ? "suffix" : atEnd ? "prefix" : "exact";
  return { kind: "word", key: context.nextKey++, mode, text };
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
    if (entry.trimStart().startsWith("!")) throw new Error(`set "$${name}": a blocker cannot be a set entry`);
    try {
      return parseSequence(entry, context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`set "$${name}", entry "${entry}": ${reason}`);
    }
  });
  context.resolving.delete(name);
  const node: PatternNode = { kind: "group", key: context.nextKey++, alternatives };
  context.sets.set(name, node);
  return node;
}

interface Span {
  start: number;
  end: number;
}

class MessageMatcher {
  private readonly memo = new Map<number, number[]>();

  constructor(readonly tokens: Token[]) {}

  /** The first span where the whole sequence matches and `accept` agrees, searching left to right, tightest first. */
  find(sequence: Sequence, accept: (span: Span) => boolean): Span | undefined {
    for (let start = 0; start < this.tokens.length; start++) {
      const span = this.findAt(sequence, start, accept);
      if (span) return span;
    }
    return undefined;
  }

  findAt(sequence: Sequence, start: number, accept: (span: Span) => boolean): Span | undefined {
    return this.extend(sequence, 0, start, start, accept);
  }

  private extend(sequence: Sequence, index: number, from: number, start: number, accept: (span: Span) => boolean): Span | undefined {
    const node = sequence[index];
    if (!node) return undefined;
    const isLast = index === sequence.length - 1;
    const last = index === 0 ? from : Math.min(from + MAX_GAP, this.tokens.length - 1);
    for (let position = from; position <= last; position++) {
      if (!this.sameSentence(start, position)) break;
      for (const end of this.matchNode(node, position)) {
        const span = isLast ? { start, end } : this.extend(sequence, index + 1, end, start, accept);
        if (span && (!isLast || accept(span))) return span;
      }
    }
    return undefined;
  }

  /** End positions (exclusive) of every way `node` matches starting at token `position`. */
  private matchNode(node: PatternNode, position: number): number[] {
    const memoKey = node.key * (this.tokens.length + 1) + position;
    const cached = this.memo.get(memoKey);
    if (cached) return cached;
    let ends: number[] = [];
    if (node.kind === "word") {
      const token = this.tokens[position];
      if (token && wordMatches(node.mode, node.text, token.folded)) ends = [position + 1];
    } else {
      for (const alternative of node.alternatives) {
        for (const end of this.matchAdjacent(alternative, position)) if (!ends.includes(end)) ends.push(end);
      }
    }
    this.memo.set(memoKey, ends);
    return ends;
  }

  private matchAdjacent(sequence: Sequence, position: number): number[] {
    let ends = [position];
    for (const node of sequence) {
      const next: number[] = [];
      for (const end of ends) {
        if (end >= this.tokens.length || !this.sameSentence(position, end)) continue;
        for (const after of this.matchNode(node, end)) if (!next.includes(after)) next.push(after);
      }
      ends = next;
      if (ends.length === 0) break;
    }
    return ends;
  }

  sameSentence(first: number, second: number): boolean {
    return this.tokens[first]?.sentence === this.tokens[second]?.sentence;
  }

  /** True when no punctuation separates token `from` from token `to` (from < to). */
  sameClause(from: number, to: number): boolean {
    for (let index = from + 1; index <= to; index++) if (this.tokens[index]?.breakBefore) return false;
    return true;
  }

}

function wordMatches(mode: WordMode, text: string, folded: string): boolean {
  switch (mode) {
    case "exact":
      return folded === text;
    case "prefix":
      return folded.startsWith(text);
    case "suffix":
      return folded.endsWith(text);
    case "infix":
      return folded.includes(text);
  }
}

function isNegated(matcher: MessageMatcher, span: Span): boolean {
  for (let index = span.start; index < span.end; index++) {
    if (NEGATIONS.has(matcher.tokens[index]?.folded ?? "")) return true;
  }
  for (let index = span.start - 1; index >= Math.max(0, span.start - CONTEXT_WORDS); index--) {
    if (!matcher.sameClause(index, span.start)) break;
    if (NEGATIONS.has(matcher.tokens[index]?.folded ?? "")) return true;
  }
  return false;
}

function isBlocked(span: Span, blockerSpans: readonly Span[], matcher: MessageMatcher): boolean {
  return blockerSpans.some((blocker) => {
    const overlaps = blocker.start < span.end && span.start < blocker.end;
    const justBefore =
      blocker.end <= span.start && span.start - blocker.end <= CONTEXT_WORDS && matcher.sameClause(blocker.end - 1, span.start);
    return overlaps || justBefore;
  });
}

function allSpans(matcher: MessageMatcher, sequences: readonly Sequence[]): Span[] {
  const spans: Span[] = [];
  for (const sequence of sequences) {
    for (let start = 0; start < matcher.tokens.length; start++) {
      const span = matcher.findAt(sequence, start, () => true);
      if (span) spans.push(span);
    }
  }
  return spans;
}

export function judgeMessage(message: string, compiled: CompiledObjectives): ObjectiveMatch[] {
  const tokens = tokenize(message);
  if (tokens.length === 0) return [];
  const matcher = new MessageMatcher(tokens);
  const matches: ObjectiveMatch[] = [];
  for (const rule of compiled.rules) {
    let blockerSpans: Span[] | undefined;
    const accept = (span: Span): boolean => {
      if (isNegated(matcher, span)) return false;
      blockerSpans ??= allSpans(matcher, rule.blockers);
      return !isBlocked(span, blockerSpans, matcher);
    };
    for (const pattern of rule.patterns) {
      const span = matcher.find(pattern, accept);
      if (!span) continue;
      const first = tokens[span.start];
      const last = tokens[span.end - 1];
      if (first && last) matches.push({ objectiveId: rule.id, evidence: message.slice(first.start, last.end) });
      break;
    }
  }
  return matches;
}
