// The hint ladder's content and prices: pure functions of an objective, so the scene detail can show
// the next step's cost and the API can write the step's text the same way.

export const HINT_STEPS = 3;

type Level = "A1" | "A2" | "B1";
export type HintObjective = { id: string; title: string; points: number; examples: string[]; nudge: string; after?: readonly string[] };

/** Each step lowers what the objective still pays by a quarter of its points: 20 → 15 → 10 → 5. */
export function hintCost(points: number): number {
  return Math.round(points / 4);
}

/** The first open objective, in scene order, whose prerequisite (if it has one) is met. */
export function nextHintObjective(objectives: readonly HintObjective[], done: ReadonlySet<string>): HintObjective | undefined {
  return objectives.find((objective) => !done.has(objective.id) && (!objective.after?.length || objective.after.some((id) => done.has(id))));
}

/** The example that fits the level: the shortest for A1, the longest for B1, one between for A2. */
export function exampleForLevel(examples: readonly string[], level: Level): string | undefined {
  const byLength = [...examples].sort((a, b) => a.length - b.length);
  if (level === "A1") return byLength[0];
  if (level === "B1") return byLength.at(-1);
  return byLength[Math.floor((byLength.length - 1) / 2)];
}

// Capitalised for politeness or as the pronoun, not because they are nouns.
const NOT_NOUNS = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ich"]);
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * An example with its content words left out, and the words themselves: nouns (capitalised inside
 * the sentence), else its last word. "Ich hätte gern ein Wasser, bitte." → "Ich hätte gern ein …, bitte."
 */
export function fragmentOf(example: string): { fragment: string; words: string[] } {
  const words = [...example.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  if (words.length === 1) {
    const only = words[0]!;
    return { fragment: `${example.slice(0, only.start + 2)}…${example.slice(only.end)}`, words: [only.text] };
  }
  const startsSentence = (start: number) => /(^|[.!?:]\s*)$/.test(example.slice(0, start).trimEnd() === "" ? "" : example.slice(0, start));
  let blanks = words.filter((word) => /^\p{Lu}/u.test(word.text) && !NOT_NOUNS.has(word.text) && !startsSentence(word.start));
  if (blanks.length === 0) blanks = words.slice(-1);
  let fragment = "";
  let cursor = 0;
  for (const word of blanks) {
    const between = example.slice(cursor, word.start);
    // Neighbouring blanks ("Frau Doktor Hartmann") become one gap.
    fragment += fragment.endsWith("…") && between.trim() === "" ? "" : `${between}…`;
    cursor = word.end;
  }
  return { fragment: fragment + example.slice(cursor), words: blanks.map((word) => word.text) };
}

/** The text of one step: 1 the nudge, 2 a fragment with key words, 3 a whole example sentence. */
export function hintText(objective: HintObjective, step: number, level: Level): string {
  const example = exampleForLevel(objective.examples, level);
  if (step === 1 || !example) return objective.nudge || `Next step: ${objective.title.toLowerCase()}.`;
  if (step === 2) {
    const { fragment } = fragmentOf(example);
    const keyWords = [...new Set(objective.examples.flatMap((each) => fragmentOf(each).words))].slice(0, 6);
    return `Try: "${fragment}" Key words: ${keyWords.join(", ")}.`;
  }
  return `You could say: "${example}"`;
}
