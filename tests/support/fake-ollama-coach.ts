// The stand-in Ollama's coach: translations and explanations with believable scripted English. A
// coach request is told from a character's turn by its system text, which opens with the coach's line.
import type { ChatRequestMessage } from "./fake-ollama-scenes";

const COACH_SYSTEM = /^You are Alltag's coach\b/;

// Whole sentences the scenes say most, and the learner lines the tests and the tour use.
const SENTENCES: Record<string, string> = {
  "guten abend und willkommen": "Good evening and welcome!",
  "ich bin hans": "I'm Hans.",
  "haben sie reserviert, oder möchten sie gleich platz nehmen": "Have you booked, or would you like to sit down right away?",
  "guten tag": "Hello!",
  "guten morgen": "Good morning!",
  "guten abend": "Good evening!",
  "was kann ich für sie tun": "What can I do for you?",
  "moin": "Hi there!",
  "was darf es sein": "What can I get you?",
  "wohin möchten sie fahren": "Where would you like to go?",
  "grüß gott": "Hello!",
  "suchen sie etwas": "Are you looking for something?",
  "kann ich ihnen helfen": "Can I help you?",
  "wie kann ich ihnen helfen": "How can I help you?",
  "bitte nehmen sie platz": "Please take a seat.",
  "worum geht es bei ihnen": "What brings you here?",
  "bitte setzen sie sich": "Please sit down.",
  "was fehlt ihnen denn": "So what seems to be the problem?",
  "ich bin frau doktor hartmann": "I'm Dr Hartmann.",
  "guten abend und herzlich willkommen im hotel seeblick": "Good evening and a warm welcome to the Hotel Seeblick!",
  "guten tag, schön, dass sie da sind": "Hello, nice to have you here!",
  "erzählen sie doch zuerst ein bisschen über sich": "Why don't you start by telling me a little about yourself?",
  "guten tag, kommen sie herein": "Hello, come in!",
  "das ist die wohnung: zwei zimmer, küche, bad und ein balkon zum hof": "This is the flat: two rooms, a kitchen, a bathroom and a balcony facing the courtyard.",
  "schauen sie sich ruhig um": "Feel free to have a look around.",
  "guten abend! bitte, hier ist ein tisch am fenster für sie": "Good evening! Here is a table by the window for you.",
  "möchten sie zuerst etwas trinken": "Would you like something to drink first?",
  "wir haben wasser, apfelschorle und bier vom fass": "We have water, apple spritzer and draught beer.",
  "was darf ich ihnen zu trinken bringen": "What can I bring you to drink?",
  "sehr gern, kommt sofort": "Certainly, coming right up.",
  "eine gute wahl": "A good choice!",
  "haben sie schon etwas zum essen gefunden": "Have you found something to eat yet?",
  "heute empfehle ich das schnitzel mit bratkartoffeln": "Today I recommend the schnitzel with fried potatoes.",
  "und was möchten sie essen": "And what would you like to eat?",
  "das gulasch ist heute sehr gut": "The goulash is very good today.",
  "gern, hier ist die rechnung": "Of course, here is the bill.",
  "das macht zusammen 24 euro 50": "That comes to 24 euros 50 altogether.",
  "hat es ihnen geschmeckt": "Did you enjoy your meal?",
  "darf ich ihnen noch etwas bringen": "Can I bring you anything else?",
  "zahlen sie bar oder mit karte": "Are you paying in cash or by card?",
  "vielen dank für ihren besuch": "Thank you very much for coming!",
  "auf wiedersehen und einen schönen abend noch": "Goodbye, and have a nice evening!",
  "ja, bitte": "Yes, please?",
  "was darf ich für sie tun": "What can I do for you?",
  "was darf ich ihnen bringen": "What can I bring you?",
  "willkommen im restaurant": "Welcome to the restaurant.",
  "ich hätte gern eine apfelschorle": "I'd like an apple spritzer.",
  "ich hätte gern ein apfelschorle": "I'd like an apple spritzer.",
  "ich hätte gern ein wasser, bitte": "I'd like a water, please.",
  "die rechnung, bitte": "The bill, please.",
  "vielen dank": "Thank you very much!",
  "auf wiedersehen": "Goodbye!",
};

// For sentences not in the table: a word-by-word gloss, as a small model's rough translation reads.
const WORDS: Record<string, string> = {
  ich: "I", sie: "you", wir: "we", er: "he", es: "it", du: "you", und: "and", oder: "or", aber: "but", bitte: "please", danke: "thanks",
  ja: "yes", nein: "no", nicht: "not", ein: "a", eine: "a", einen: "a", der: "the", die: "the", das: "the", den: "the", dem: "the",
  hätte: "would like", gern: "", gerne: "", möchte: "would like", nehme: "will have", habe: "have", haben: "have", ist: "is", sind: "are",
  bin: "am", wasser: "water", bier: "beer", wein: "wine", kaffee: "coffee", tee: "tea", schnitzel: "schnitzel", suppe: "soup",
  rechnung: "bill", karte: "card", tisch: "table", zimmer: "room", brötchen: "bread rolls", kuchen: "cake", zug: "train", fahrkarte: "ticket",
  heute: "today", morgen: "tomorrow", hier: "here", mit: "with", für: "for", mich: "me", noch: "still", sehr: "very", gut: "good",
  was: "what", wie: "how", wo: "where", wann: "when", kostet: "costs", zahlen: "pay", trinken: "drink", essen: "eat",
};

/** The coach's answer to a coach request, or undefined for any other chat request. */
export function coachLine(messages: ChatRequestMessage[]): string | undefined {
  const system = messages.find((message) => message.role === "system")?.content;
  if (typeof system !== "string" || !COACH_SYSTEM.test(system)) return undefined;
  const question = [...messages].reverse().find((message) => message.role === "user")?.content;
  const text = typeof question === "string" ? question : "";
  if (/Task: judge/.test(system)) return judgement(text);
  return /Task: explain/.test(system) ? explanation(text, system) : translation(text);
}

/**
 * The second opinion, as an eager small model gives it: it credits the open objective whose examples
 * share the most words of four letters or more with the learner's message, quoting the sentence that
 * shares them, and credits nothing when none does. It never looks at tense, negation or quotes, so the
 * app's own checks (lib/engine/coach-credit.ts) must refuse what the rules rule out.
 */
export function judgement(request: string): string {
  const message = /The learner's message[^\n]*\n<<<([\s\S]*)>>>\s*$/.exec(request)?.[1] ?? "";
  const words = (text: string) => new Set((text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((word) => !COMMON.has(word)));
  const said = words(message);
  let best: { id: string; shared: string[] } | undefined;
  for (const [, id, examples] of request.matchAll(/^- ([\w-]+): .*\(for example: (.*)\)$/gm)) {
    const shared = [...words(examples ?? "")].filter((word) => said.has(word));
    if (id && shared.length > 0 && shared.length > (best?.shared.length ?? 0)) best = { id, shared };
  }
  if (!best) return JSON.stringify({ awards: [] });
  const sentence = (message.match(/[^.!?]+[.!?]*/g) ?? [message]).find((part) => best.shared.some((word) => part.toLowerCase().includes(word))) ?? message;
  return JSON.stringify({ awards: [{ objective: best.id, quote: sentence.trim() }] });
}

const COMMON = new Set(["bitte", "danke", "gern", "gerne", "ich", "möchte", "hätte", "haben", "habe", "sie", "eine", "einen", "noch", "auch", "aber", "dann"]);

export function translation(german: string): string {
  const sentences = german.match(/[^.!?]+[.!?]*/g) ?? [];
  return sentences
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) => SENTENCES[normalise(sentence)] ?? gloss(sentence))
    .join(" ");
}

function normalise(sentence: string): string {
  return sentence.toLowerCase().replace(/[.!?]+$/, "").trim();
}

function gloss(sentence: string): string {
  const end = /[.!?]$/.test(sentence) ? sentence.slice(-1) : ".";
  const words = (sentence.match(/[\p{L}\p{N}-]+/gu) ?? []).map((word) => WORDS[word.toLowerCase()] ?? word).filter(Boolean);
  const english = words.join(" ");
  return english.charAt(0).toUpperCase() + english.slice(1) + end;
}

/** Explains the corrections the request lists as facts ("- "ein" → "eine" (gender): …"), at the stated level. */
function explanation(request: string, system: string): string {
  const facts = [...request.matchAll(/^- "(.*)" → "(.*)" \((\w+)\): (.*)$/gm)];
  const corrected = /^Corrected: (.*)$/m.exec(request)?.[1];
  const beginner = /\(A1\)/.test(system);
  const lines = facts.map(([, original, suggestion, kind, reason]) => {
    if (kind === "gender") return `You wrote "${original}", but it should be "${suggestion}". ${reason}. ${beginner ? "Learn each noun together with its article." : "The article takes the gender of the last part of a compound noun."}`;
    if (kind === "conjugation") return `The verb must match its subject: "${suggestion}", not "${original}". ${reason}.`;
    if (kind === "capitalisation") return `German writes every noun with a capital letter: "${suggestion}". ${reason}.`;
    return `Write "${suggestion}" instead of "${original}". ${reason}.`;
  });
  return [...lines, corrected ? `So the whole sentence is: "${corrected}"` : ""].filter(Boolean).join(" ");
}
