import type { CefrLevel } from "@/db/scenarios/types";

/** What the character may say at a level: concrete numbers a 1B model can follow and the eval can check. */
export type LevelLimits = {
  maxSentences: number;
  maxWordsPerSentence: number;
  /** Questions per reply: A1 and A2 ask exactly one, to keep the learner talking. */
  questions: "exactly_one" | "at_most_one";
  /** The German rule lines for the character's prompt. */
  rules: string[];
};

export const LEVEL_LIMITS: Record<CefrLevel, LevelLimits> = {
  A1: {
    maxSentences: 2,
    maxWordsPerSentence: 8,
    questions: "exactly_one",
    rules: ["Höchstens 2 Sätze, jeder Satz höchstens 8 Wörter.", "Nur Präsens. Nur sehr häufige Wörter.", "Stelle genau eine Frage."],
  },
  A2: {
    maxSentences: 3,
    maxWordsPerSentence: 10,
    questions: "exactly_one",
    rules: ["Höchstens 3 Sätze, jeder Satz höchstens 10 Wörter.", "Präsens, selten Perfekt. Nur häufige Alltagswörter.", "Stelle genau eine Frage."],
  },
  B1: {
    maxSentences: 3,
    maxWordsPerSentence: 14,
    questions: "at_most_one",
    rules: ["Höchstens 3 Sätze, jeder Satz höchstens 14 Wörter.", "Präsens und Perfekt. Alltagswörter; Fachwörter erklärst du.", "Stelle höchstens eine Frage."],
  },
  B2: {
    maxSentences: 4,
    maxWordsPerSentence: 18,
    questions: "at_most_one",
    rules: ["Höchstens 4 Sätze, jeder Satz höchstens 18 Wörter.", "Natürliches, klares Deutsch.", "Stelle höchstens eine Frage."],
  },
};

const isLevel = (value: string): value is CefrLevel => value in LEVEL_LIMITS;

/** The scene's lowest level: a learner who only just fits the scene must still follow every reply. */
export function sceneLevel(scenario: { levelMin: string }): CefrLevel {
  return isLevel(scenario.levelMin) ? scenario.levelMin : "A1";
}

// A period after these, or after an ordinal ("am 1. Mai", "im 3. Stock"), does not end a sentence.
const ORDINAL_BEFORE = /(?:^|\s)(am|im|zum|vom|ab|der|den|dem|des)\s+\d+$/i;
const ABBREVIATIONS = new Set(["dr", "nr", "ca", "bzw", "usw", "str", "st", "frau", "hr", "fr", "z", "b", "u", "a", "d", "h", "evtl", "ggf", "inkl", "min", "std", "tel"]);

/** Splits German text into sentences at . ! ? … followed by a space or the end, keeping abbreviations and ordinals whole. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["“”»«')\]]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index).match(/([\p{L}\p{N}]+)$/u)?.[1] ?? "";
    const isPeriod = match[0].startsWith(".") && match[0].length === 1;
    const nextStartsLower = /^\s+\p{Ll}/u.test(text.slice(end));
    const ordinal = ORDINAL_BEFORE.test(text.slice(start, match.index));
    if (isPeriod && end < text.length && (ABBREVIATIONS.has(before.toLowerCase()) || ordinal || nextStartsLower)) continue;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Words as a reader counts them: "E-Mail", "14:10" and "1,80" are one word each. */
export function countWords(sentence: string): number {
  return sentence.match(/[\p{L}\p{N}]+(?:[-'’:,.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export type ReplyShape = { sentences: string[]; wordsPerSentence: number[]; questions: number };

export function replyShape(text: string): ReplyShape {
  const sentences = splitSentences(text);
  return { sentences, wordsPerSentence: sentences.map(countWords), questions: sentences.filter((sentence) => /\?["“”»«')\]]*$/.test(sentence)).length };
}

/** Where a reply breaks the level's limits; empty when it fits. */
export function levelBreaches(shape: ReplyShape, level: CefrLevel): string[] {
  const limits = LEVEL_LIMITS[level];
  const breaches: string[] = [];
  if (shape.sentences.length > limits.maxSentences) breaches.push(`${shape.sentences.length} sentences > ${limits.maxSentences}`);
  const longest = Math.max(0, ...shape.wordsPerSentence);
  if (longest > limits.maxWordsPerSentence) breaches.push(`${longest} words > ${limits.maxWordsPerSentence}`);
  if (limits.questions === "exactly_one" ? shape.questions !== 1 : shape.questions > 1) {
    breaches.push(`${shape.questions} questions, want ${limits.questions === "exactly_one" ? "1" : "≤ 1"}`);
  }
  return breaches;
}
