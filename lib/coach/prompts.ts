import type { ChatMessage } from "@/lib/llm/chat";
import type { FeedbackJson } from "./check-message";

type Level = "A1" | "A2" | "B1";

// Every coach request opens with this line: it is how the stand-in Ollama tells them from a character's turn.
export const COACH_OPENING = "You are Alltag's coach: a friendly tutor of German for English speakers.";

const LEVEL_GUIDE: Record<Level, string> = {
  A1: "The learner is a beginner (A1): use short, plain English sentences, no grammar terms; say the rule in everyday words, e.g. 'Schorle is a die word'.",
  A2: "The learner is at A2: use simple English; you may name the gender or the case, and give one more short example.",
  B1: "The learner is at B1: you may use grammar terms (nominative, accusative, dative, verb position) and give the rule behind each correction.",
};

/** Asks for the English of one line; the original stays on screen, so the answer is the English alone. */
export function translationMessages(text: string): ChatMessage[] {
  return [
    {
      role: "system",
      content: `${COACH_OPENING}\nTask: translate the German text the user sends into natural English. Keep names, numbers and the tone. Answer with the English translation only: no quotes, no notes, no German.`,
    },
    { role: "user", content: text },
  ];
}

/** The checker's findings go in as facts: the model explains them and adds no corrections of its own. */
export function explanationMessages(feedback: FeedbackJson, text: string, level: Level): ChatMessage[] {
  const facts = feedback.findings.map((finding) => `- "${finding.original}" → "${finding.suggestion}" (${finding.kind}): ${finding.explanation}`);
  return [
    {
      role: "system",
      content: [
        COACH_OPENING,
        "Task: explain the corrections of a learner's German sentence. The corrections come from a grammar checker and are right: explain each of them, add no others, and do not doubt them.",
        LEVEL_GUIDE[level],
        "Answer in English, in at most four short sentences, without lists or headings.",
      ].join("\n"),
    },
    { role: "user", content: [`Learner's sentence: ${text}`, `Corrected: ${feedback.corrected}`, "Corrections:", ...facts].join("\n") },
  ];
}
