/*
 * What a sentence must look like to do an objective's act now, for quotes the coach's second opinion proposes
 * (coach-credit.ts). The rules' patterns say this for the words they know; a model's quote brings words they
 * do not know, so its sentence is held to the shape every objective shares: the learner, speaking to the
 * character, now, about the objective's own topic. Each check refuses; none credits.
 */
import { CLOSED_WORDS } from "@/lib/coach/closed-words";
import { foldWord, type Token } from "./fold";
import { isHelpingVerb, isNegation, namesObjectiveWord, type CompiledObjectives } from "./objectives";
import { isSceneVerbForm } from "./verb-forms";

export type Span = { start: number; end: number };

export type ShapeRefusal =
  | "off_topic"
  | "not_asked"
  | "not_spoken"
  | "past"
  | "another_time"
  | "conditional"
  | "another_person"
  | "negated"
  | "asks_meaning"
  | "turned_down";

export interface ActShape {
  /** The message's words (tokenize), and the span the quote covers in it. */
  tokens: Token[];
  message: string;
  at: Span;
  compiled: CompiledObjectives;
  objectiveId: string;
  /** The objective's act is a question (every example of it asks): "Sind Haustiere erlaubt?" */
  asks: boolean;
}

/** Why the quote's sentence cannot do the objective's act, or undefined when its shape allows it. */
export function shapeRefusal(shape: ActShape): ShapeRefusal | undefined {
  const sentence = sentenceOf(shape.tokens, shape.at);
  const clauses = clausesOf(sentence, shape.at);
  if (!onTopic(shape)) return "off_topic";
  if (asksMeaning(sentence)) return "asks_meaning";
  if (shape.asks && !asked(sentence)) return "not_asked";
  if (!spokenToTheCharacter(sentence, shape.message)) return "not_spoken";
  if (toldInThePast(clauses, shape)) return "past";
  if (setAtAnotherTime(sentence)) return "another_time";
  if (conditional(sentence)) return "conditional";
  if (tellsOfAnother(sentence)) return "another_person";
  if (negated(clauses, shape.at)) return "negated";
  if (turnedDown(shape.tokens, sentence)) return "turned_down";
  return undefined;
}

const letters = (token: Token) => /\p{L}/u.test(token.folded);

/** The words of the sentences the quote stands in. */
function sentenceOf(tokens: Token[], at: Span): Token[] {
  const sentences = new Set(tokens.filter((token) => token.start < at.end && token.end > at.start).map((token) => token.sentence));
  return tokens.filter((token) => sentences.has(token.sentence));
}

/** The clauses (runs between commas and other breaks) of the sentence that the quote touches: "Ich war schon mal hier, ein Bier bitte." */
function clausesOf(sentence: Token[], at: Span): Token[] {
  let clause = 0;
  const numbered = sentence.map((token, index) => ({ token, clause: index > 0 && token.breakBefore ? ++clause : clause }));
  const touched = new Set(numbered.filter(({ token }) => token.start < at.end && token.end > at.start).map((entry) => entry.clause));
  return numbered.filter((entry) => touched.has(entry.clause)).map((entry) => entry.token);
}

// Words that greet, take leave or thank do their act alone, as a sentence of a word or two: "Hallo!", "Tschüss!", "Danke!".
const INTERJECTIONS = new Set(["hallo", "hi", "hey", "servus", "moin", "tschüss", "tschüs", "ciao", "danke", "dankeschön"].map(foldWord));
const INTERJECTION_WORDS = 2;

/**
 * The quote names the objective's topic: a word its patterns name that is neither a function word nor a verb
 * ("Wasser" for a drink, "Karte" for the bill; "Ich nehme den Bus" names a verb of ordering and no food), or, as a
 * whole sentence of a word or two, a greeting, farewell or thanks its patterns name ("Hallo!").
 */
function onTopic({ tokens, message, at, compiled, objectiveId }: ActShape): boolean {
  const quoted = tokens.filter((token) => token.start >= at.start && token.end <= at.end && letters(token));
  const named = quoted.filter((token) => namesObjectiveWord(compiled, objectiveId, token));
  const functional = (token: Token) => CLOSED_WORDS.has(message.slice(token.start, token.end).toLowerCase()) || isHelpingVerb(token.strict) || isSceneVerbForm(token.folded);
  if (named.some((token) => !functional(token))) return true;
  const sentences = new Set(quoted.map((token) => token.sentence));
  const whole = quoted.length > 0 && tokens.filter((token) => sentences.has(token.sentence) && letters(token)).length === quoted.length;
  return whole && quoted.length <= INTERJECTION_WORDS && named.some((token) => INTERJECTIONS.has(token.folded));
}

const QUESTION_WORDS = new Set(["wie", "was", "wo", "wann", "warum", "wieso", "weshalb", "woher", "wohin", "welche", "welcher", "welches", "welchen", "wer", "wen", "wem", "ob", "wieviel", "wieviele"].map(foldWord));

/** Asked with a question mark, or as an indirect question ("Ich wollte fragen, ob Haustiere erlaubt sind"). */
function asked(sentence: Token[]): boolean {
  return sentence.some((token) => token.asked || QUESTION_WORDS.has(token.folded));
}

// "Was ist Fieber?", "Was heißt Kaution?": asking what a word means does not ask for the thing.
const MEANING_VERBS = new Set(["ist", "sind", "heißt", "heisst", "bedeutet", "meint"].map(foldWord));

function asksMeaning(sentence: Token[]): boolean {
  const words = sentence.filter(letters);
  return words[0]?.folded === "was" && MEANING_VERBS.has(words[1]?.folded ?? "") && words.length <= 4;
}

const FIRST_PERSON = new Set(["ich", "ik", "wir", "mir", "mich", "uns", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer"].map(foldWord));
const POLITE_ADDRESS = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"]);
const REQUEST_WORDS = new Set(["bitte", "pls", "please", "danke", "gern", "gerne"].map(foldWord));
// A short sentence may leave the speaker out ("Wasser wäre schön", "Zwei Brötchen, bitte"), but not as a statement about
// the thing: "Fieber ist gefährlich", "Peter hat Kopfschmerzen".
const ELLIPSIS_WORDS = 3;
const FORMULA_WORDS = 5;
// The Konjunktiv of a wish asks politely: "Ein Wasser wäre schön", "Die Rechnung hätte ich gern". Typed as written, since
// without its umlaut "wurde" is the past.
const POLITE_WISHES = new Set(["wäre", "waere", "wären", "waeren", "hätte", "haette", "hätten", "haetten", "würde", "wuerde", "würden", "wuerden", "könnte", "koennte", "könnten", "koennten"]);
const HESITATIONS = new Set(["äh", "ähm", "öh", "ehm", "hm", "hmm", "also", "ok", "okay", "ja", "so"].map(foldWord));
const STATING_VERBS = new Set(["ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "gibt", "macht", "sieht", "schmeckt", "kostet"].map(foldWord));

/**
 * The sentence speaks to the character as the learner: it says "ich", "wir" or "mein", addresses the character
 * ("Sie", "Ihnen"), asks, asks politely ("bitte", "wäre schön"), or is a short request with no statement about the
 * thing in it.
 * "Die Miete in München ist hoch", "Das Schnitzel sieht lecker aus" and "Der Mann am Nachbartisch trinkt Bier" talk
 * about the world, and do nothing in the scene.
 */
function spokenToTheCharacter(sentence: Token[], message: string): boolean {
  if (sentence.some((token) => FIRST_PERSON.has(token.folded) || REQUEST_WORDS.has(token.folded) || token.asked)) return true;
  const typed = (token: Token) => message.slice(token.start, token.end);
  if (sentence.some((token) => POLITE_ADDRESS.has(typed(token)) || POLITE_WISHES.has(typed(token).toLowerCase()))) return true;
  const words = sentence.filter((token) => letters(token) && !HESITATIONS.has(token.folded));
  if (words.some((token) => STATING_VERBS.has(token.folded))) return false;
  if (words.length <= ELLIPSIS_WORDS) return true;
  // A formula without a verb does its act as it stands: "Einen wunderbaren Abend noch!", "Fieber seit drei Tagen".
  const verb = (token: Token) => isHelpingVerb(token.strict) || isSceneVerbForm(token.folded) || (!token.noun && /[^aeiouäöü]t$/.test(typed(token)));
  return words.length <= FORMULA_WORDS && !words.some(verb);
}

// "Meine alte Wohnung war viel teurer", "Ich war gestern beim Zahnarzt": the preterite of sein tells a story, and so
// does "hatte" unless a wish follows it ("hatte gern" is "hätte gern" typed without its umlaut). Not the modals: "Ich
// wollte fragen, wann …" asks now.
const PRETERITES = new Set(["war", "warst", "waren", "wart", "wurde", "wurden", "gewesen", "geworden"]);
const HATTE = new Set(["hatte", "hattest", "hatten", "hattet"]);
const WISHES = new Set(["gern", "gerne", "lieber", "am", "liebsten"].map(foldWord));
// The perfect with "haben" tells what was ("Ich habe 600 Euro Miete bezahlt"); with "sein" only for verbs of moving and
// becoming: "Ist die Wohnung frisch gestrichen?" asks about the flat now.
const HABEN = new Set(["habe", "hab", "hast", "hat", "haben", "habt"]);
const SEIN = new Set(["bin", "bist", "ist", "sind", "seid"]);
const PARTICIPLE = /^(?:ge\p{L}{3,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\p{L}{3,}t|\p{L}{3,}iert)$/u;
const SEIN_PARTICIPLE = /(?:gezogen|gekommen|gegangen|gefahren|geflogen|geblieben|gelaufen|gereist|gefallen|gestorben|passiert|verschwunden)$/;

/**
 * Every objective is something the learner does now, so a clause told in the past does none, unless the
 * objective's own patterns name its past with its auxiliary ("Ich habe acht Jahre als Ingenieur gearbeitet" tells
 * experience); a participle named alone is the present's word too ("Was bezahlt man?").
 */
function toldInThePast(clauses: Token[], { compiled, objectiveId }: ActShape): boolean {
  const withHaben = clauses.some((token) => HABEN.has(token.folded));
  const withSein = clauses.some((token) => SEIN.has(token.folded));
  const wish = clauses.some((token) => WISHES.has(token.folded));
  const past = (token: Token) =>
    PRETERITES.has(token.folded) ||
    (HATTE.has(token.folded) && !wish) ||
    (withHaben && PARTICIPLE.test(token.folded)) ||
    (withSein && SEIN_PARTICIPLE.test(token.folded));
  const named = (token: Token) => namesObjectiveWord(compiled, objectiveId, token);
  const auxiliaryNamed = clauses.some((token) => (HABEN.has(token.folded) || SEIN.has(token.folded)) && named(token));
  return clauses.some((token) => past(token) && !(named(token) && (PRETERITES.has(token.folded) || auxiliaryNamed)));
}

// "Nächste Woche fahre ich vielleicht nach München", "Nächsten Sommer möchte ich …": a plan for another time does
// nothing in the scene now. (Not "morgen": "Morgen reise ich ab" tells the hotel when.)
const NEXT = new Set(["nächste", "nächsten", "nächstes", "nächster", "kommende", "kommenden", "kommendes", "kommender"].map(foldWord));
const LATER_TIMES = new Set(["woche", "jahr", "monat", "sommer", "winter", "frühling", "herbst", "mal", "urlaub", "wochenende"].map(foldWord));
const SOMEDAY = new Set(["irgendwann", "später", "eines"].map(foldWord));

function setAtAnotherTime(sentence: Token[]): boolean {
  return sentence.some((token, index) => {
    const next = sentence[index + 1]?.folded ?? "";
    return (NEXT.has(token.folded) && LATER_TIMES.has(next)) || (token.folded === "irgendwann") || (SOMEDAY.has(token.folded) && next === "tages");
  });
}

// "Wenn ich reich bin, bestelle ich alles", "Wenn Sie mich nehmen, müsste ich …": a condition sets the act aside,
// unless it is politeness ("Wenn möglich, ein Fensterplatz", "wenn es geht").
const CONDITIONS = new Set(["wenn", "falls", "sofern"].map(foldWord));
const POLITE_CONDITIONS = new Set(["möglich", "geht", "gehts", "recht", "okay", "ok"].map(foldWord));

function conditional(sentence: Token[]): boolean {
  const words = sentence.filter(letters);
  const opener = words.findIndex((token) => CONDITIONS.has(token.folded));
  if (opener < 0) return false;
  const clause = words.slice(opener + 1, opener + 4);
  return !clause.some((token) => POLITE_CONDITIONS.has(token.folded));
}

// "Mein Sohn hat Fieber", "Meine kleine Tochter hat Fieber", "Mein Hund heißt Schnitzel": a sentence about a person (or
// a pet) of the learner's, with no "ich" or "wir" in it, tells of them; the learner does nothing in it ("Meine Frau und ich suchen eine Wohnung" does).
const PEOPLE = new Set(
  `mann frau sohn tochter kind kinder baby bruder schwester mutter vater mama papa eltern oma opa großmutter großvater onkel tante
  cousin cousine neffe nichte kollege kollegin kollegen freund freundin freunde nachbar nachbarin nachbarn chef chefin
  partner partnerin mitbewohner mitbewohnerin enkel enkelin schwiegermutter schwiegervater hund katze kater`.split(/\s+/).map(foldWord),
);
const SPEAKER = new Set(["ich", "ik", "wir", "mir", "mich", "uns"].map(foldWord));

function tellsOfAnother(sentence: Token[]): boolean {
  return sentence.some((token) => PEOPLE.has(token.folded)) && !sentence.some((token) => SPEAKER.has(token.folded));
}

// "keine Cola, sondern Wasser": a contrast ends the reach of a negation before it.
const CONTRASTS = new Set(["sondern", "aber", "lieber", "stattdessen"]);

/**
 * A negation in the quote's clause turns it down, before it or after it ("Schnitzel mag ich nicht so"), unless a
 * contrast stands between ("Kein Zucker, aber Milch" sets the milk apart by a comma already).
 */
function negated(clauses: Token[], at: Span): boolean {
  return clauses.some((token, index) => {
    if (!isNegation(token.folded)) return false;
    const between = token.end <= at.start ? clauses.slice(index + 1).filter((other) => other.end <= at.start) : clauses.slice(0, index).filter((other) => other.start >= at.end);
    return !between.some((other) => CONTRASTS.has(other.folded));
  });
}

const REFUSALS = new Set(["nein", "nee", "nö", "no", "nope", "never", "niemals"].map(foldWord));

/** A word asked, then turned down in the next sentence: "Schnitzel? Never!", "Zwei Brötchen? Nein, danke." */
function turnedDown(tokens: Token[], sentence: Token[]): boolean {
  const last = sentence.at(-1);
  if (!last?.asked) return false;
  const next = tokens.find((token) => token.sentence === last.sentence + 1);
  return next !== undefined && REFUSALS.has(next.folded);
}
