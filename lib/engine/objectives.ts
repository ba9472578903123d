/*
 * Deterministic objective matcher: judges one learner message against a scene's objectives.
 *
 * Pattern language (each objective lists several patterns; any one that matches meets it):
 *   bitte        a whole word
 *   bezahl*      a word starting with the stem (bezahlen, bezahle, bezahlt)
 *   *wasser      a word ending with it (Wasser, Mineralwasser); *schorle* = containing it
 *   (a|b c)      alternatives; the words of one alternative must be adjacent ("guten tag"),
 *                so "(ich hatte)" is a phrase without gaps
 *   $drink       any entry of the scene lexicon's set "drink" (entries are phrases like the above)
 *   a b c        top-level elements appear in this order within one sentence, with at most
 *                MAX_GAP other words between neighbours ("ich hätte sehr gern ein kaltes Bier")
 *   !pattern     a blocker: a match is dropped when a blocker match overlaps it or ends at most
 *                CONTEXT_WORDS words before it in the same clause ("was kostet | ein Bier")
 * Pattern and message words are folded alike (fold.ts): case, ä/ae/a, ß/ss, accents, punctuation.
 * A match is also dropped when a negation word lies inside it or at most CONTEXT_WORDS words
 * before it in the same clause ("ich möchte noch nicht zahlen", "kein Wasser"), or ends that clause
 * right after it ("Die Wohnung gefällt mir nicht."), unless the pattern names that negation itself
 * ("mir geht es nicht gut").
 * Only patterns decide: objective ids and titles never match anything.
 */
import { foldWord, tokenize, type Token } from "./fold";
import { newParseContext, parseSequence, wordChoiceMatches, type PatternNode, type Sequence } from "./objective-patterns";

export interface ObjectiveRule {
  id: string;
  patterns: string[];
}

export interface ObjectiveMatch {
  objectiveId: string;
  /** The learner's own words, exactly as typed, from the first to the last matched word. */
  evidence: string;
}

interface CompiledPattern {
  sequence: Sequence;
  /** A pattern such as "(nicht gut)" means its negation, so negations do not cancel it. */
  namesNegation: boolean;
}

interface CompiledRule {
  id: string;
  patterns: CompiledPattern[];
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
// "keine Cola, sondern Wasser": a contrast word ends the reach of the negation before it.
const CONTRASTS = new Set(["sondern", "aber", "lieber", "stattdessen"]);

export function compileObjectives(rules: ObjectiveRule[], lexicon: Record<string, string[]>): CompiledObjectives {
  const context = newParseContext(lexicon);
  const seen = new Set<string>();
  const compiled = rules.map((rule): CompiledRule => {
    if (seen.has(rule.id)) throw new Error(`Objective "${rule.id}" is listed twice.`);
    seen.add(rule.id);
    const result: CompiledRule = { id: rule.id, patterns: [], blockers: [] };
    for (const pattern of rule.patterns) {
      const isBlocker = pattern.trimStart().startsWith("!");
      const source = isBlocker ? pattern.trimStart().slice(1) : pattern;
      try {
        const sequence = parseSequence(source, context);
        if (isBlocker) result.blockers.push(sequence);
        else result.patterns.push({ sequence, namesNegation: sequence.some(namesNegation) });
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

function namesNegation(node: PatternNode): boolean {
  const words = node.kind === "word" ? node.choice : node.words;
  if ([...words.exact].some((word) => NEGATIONS.has(word))) return true;
  return node.kind === "group" && node.phrases.some((phrase) => phrase.some(namesNegation));
}

interface Span {
  start: number;
  end: number;
}

const NO_ENDS: readonly number[] = [];

class MessageMatcher {
  /** memo[node key][position]: filled lazily, since a message touches few of a scene's nodes. */
  private readonly memo: (readonly number[] | undefined)[][] = [];

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
  private matchNode(node: PatternNode, position: number): readonly number[] {
    const byPosition = (this.memo[node.key] ??= []);
    const cached = byPosition[position];
    if (cached) return cached;
    const token = this.tokens[position];
    let ends: number[] | undefined;
    if (token && wordChoiceMatches(node.kind === "word" ? node.choice : node.words, token.folded)) ends = [position + 1];
    if (node.kind === "group") {
      for (const phrase of node.phrases) {
        for (const end of this.matchAdjacent(phrase, position)) {
          ends ??= [];
          if (!ends.includes(end)) ends.push(end);
        }
      }
    }
    const result = ends ?? NO_ENDS;
    byPosition[position] = result;
    return result;
  }

  private matchAdjacent(sequence: Sequence, position: number): readonly number[] {
    let ends: readonly number[] = [position];
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

function isNegated(matcher: MessageMatcher, span: Span): boolean {
  const { tokens } = matcher;
  const isNegation = (index: number) => NEGATIONS.has(tokens[index]?.folded ?? "");
  for (let index = span.start; index < span.end; index++) if (isNegation(index)) return true;
  for (let index = span.start - 1; index >= Math.max(0, span.start - CONTEXT_WORDS); index--) {
    if (!matcher.sameClause(index, span.start) || CONTRASTS.has(tokens[index + 1]?.folded ?? "")) break;
    if (isNegation(index)) return true;
  }
  // A clause-final "nicht" negates the whole clause: "Die Wohnung gefällt mir leider nicht."
  for (let index = span.end; index < Math.min(tokens.length, span.end + CONTEXT_WORDS); index++) {
    if (!matcher.sameClause(span.end - 1, index)) break;
    const endsClause = index === tokens.length - 1 || tokens[index + 1]?.breakBefore === true;
    if (endsClause && isNegation(index)) return true;
  }
  return false;
}

/** Where blocker matches lie, indexed by token so each candidate is checked in a few steps. */
interface BlockerIndex {
  /** covered[i]: token i lies inside some blocker match. */
  covered: boolean[];
  /** endsAt[i]: some blocker match ends just before token i. */
  endsAt: boolean[];
}

function indexBlockers(matcher: MessageMatcher, blockers: readonly Sequence[]): BlockerIndex {
  const count = matcher.tokens.length;
  const index: BlockerIndex = { covered: new Array<boolean>(count).fill(false), endsAt: new Array<boolean>(count + 1).fill(false) };
  for (const sequence of blockers) {
    for (let start = 0; start < count; start++) {
      const span = matcher.findAt(sequence, start, () => true);
      if (!span) continue;
      for (let token = span.start; token < span.end; token++) index.covered[token] = true;
      index.endsAt[span.end] = true;
    }
  }
  return index;
}

function isBlocked(span: Span, blockers: BlockerIndex, matcher: MessageMatcher): boolean {
  for (let token = span.start; token < span.end; token++) if (blockers.covered[token]) return true;
  for (let end = span.start; end >= Math.max(1, span.start - CONTEXT_WORDS); end--) {
    if (blockers.endsAt[end] && matcher.sameClause(end - 1, span.start)) return true;
  }
  return false;
}

const EVIDENCE_MAX_WORDS = 7;

function evidenceScore(span: Span): number {
  const words = span.end - span.start;
  return words <= EVIDENCE_MAX_WORDS ? words : -words;
}

export function judgeMessage(message: string, compiled: CompiledObjectives): ObjectiveMatch[] {
  const tokens = tokenize(message);
  if (tokens.length === 0) return [];
  const matcher = new MessageMatcher(tokens);
  const matches: ObjectiveMatch[] = [];
  for (const rule of compiled.rules) {
    let blockers: BlockerIndex | undefined;
    const unblocked = (span: Span): boolean => {
      blockers ??= indexBlockers(matcher, rule.blockers);
      return !isBlocked(span, blockers, matcher);
    };
    const accept = (span: Span): boolean => !isNegated(matcher, span) && unblocked(span);
    // The fullest phrase teaches best ("Auf Wiedersehen", "hätte gern ein Wasser"), but never half the message.
    let best: Span | undefined;
    for (const pattern of rule.patterns) {
      const span = matcher.find(pattern.sequence, pattern.namesNegation ? unblocked : accept);
      if (span && (!best || evidenceScore(span) > evidenceScore(best))) best = span;
    }
    const first = best && tokens[best.start];
    const last = best && tokens[best.end - 1];
    if (first && last) matches.push({ objectiveId: rule.id, evidence: message.slice(first.start, last.end) });
  }
  return matches;
}
