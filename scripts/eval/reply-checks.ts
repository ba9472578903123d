// What the character eval measures in one reply: language, shape against the level, and whether it stays in character.
import type { CefrLevel } from "@/db/scenarios/types";
import { levelBreaches, replyShape, type ReplyShape } from "@/lib/engine/level-limits";

type Detector = (typeof import("eld/small"))["eld"];
let detector: Detector | undefined;

/** eld ships as ES modules only and tsx runs the project's scripts as CommonJS, so it is loaded once, dynamically. */
export async function loadLanguageDetector(): Promise<void> {
  detector ??= (await import("eld/small")).eld;
}

/** `language` is an ISO 639-1 code, "?" when none; `reliable` is false for texts too short to tell ("Ja."). */
export type LanguageVerdict = { language: string; reliable: boolean };

export function detectLanguage(text: string): LanguageVerdict {
  if (!detector) throw new Error("Call loadLanguageDetector() before detecting languages.");
  const result = detector.detect(text);
  return { language: result.language || "?", reliable: result.isReliable() };
}

const AI_TALK = /\b(as an ai|an ai|language model|assistant|als (eine )?ki|ki-(assistent|modell)|sprachmodell|chatbot)\b/i;
// The game's bookkeeping and the stage direction: the character never names them.
const GAME_TALK = /\b(punkte|punktzahl|points?|scores?|objectives?|lernziele?|regie\w*|stage (note|direction)|rollenspiel|role-?play|niveau [abc][12])\b/i;
const SPEAKER_LABEL = /^\s*[\p{Lu}][\p{L}. ]{0,30}:\s/u;

export type CharacterVerdict = { inCharacter: boolean; reasons: string[] };

/**
 * Out of character: an English sentence, talk about being an AI, about points, objectives or the stage
 * direction (also an objective's English title), or a "Name:" label before the reply.
 */
export function characterVerdict(text: string, sentences: string[], objectiveTitles: string[] = []): CharacterVerdict {
  const reasons: string[] = [];
  const english = sentences.filter((sentence) => {
    const verdict = detectLanguage(sentence);
    return verdict.language === "en" && verdict.reliable;
  });
  if (english.length > 0) reasons.push(`English: "${english[0]}"`);
  if (AI_TALK.test(text)) reasons.push("talks about being an AI");
  const lower = text.toLowerCase();
  const title = objectiveTitles.find((candidate) => lower.includes(candidate.toLowerCase()));
  if (GAME_TALK.test(text) || title) reasons.push(`talks about the game${title ? ` ("${title}")` : ""}`);
  if (SPEAKER_LABEL.test(text)) reasons.push("starts with a speaker label");
  return { inCharacter: reasons.length === 0, reasons };
}

export type ReplyMeasure = {
  language: LanguageVerdict;
  german: boolean;
  shape: ReplyShape;
  breaches: string[];
  character: CharacterVerdict;
};

export function measureReply(text: string, level: CefrLevel, objectiveTitles: string[] = []): ReplyMeasure {
  const language = detectLanguage(text);
  const shape = replyShape(text);
  return {
    language,
    german: language.language === "de",
    shape,
    breaches: levelBreaches(shape, level),
    character: characterVerdict(text, shape.sentences, objectiveTitles),
  };
}
