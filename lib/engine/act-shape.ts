/*
 * What a sentence must look like to do an objective's act now, for quotes the coach's second opinion proposes
 * (coach-credit.ts). The rules' patterns say this for the words they know; a model's quote brings words they
 * do not know, so its sentence is held to the shape every objective shares: the learner, speaking to the
 * character, now, about the objective's own topic. Each check refuses; none credits.
 */
import { CLOSED_WORDS } from "@/lib/coach/closed-words";
import { foldWord, tokenize, type Token } from "./fold";
import { CONTRASTS, dropsItsIch, HABITUAL, isHelpingVerb, isNegation, namesObjectiveWord, objectivesNaming, type CompiledObjectives } from "./objectives";
import { PEOPLE } from "./people";
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
  | "taste_or_habit"
  | "negated"
  | "asks_meaning"
  | "asks_about"
  | "turned_down";

export interface ActShape {
  /** The message's words (tokenize), and the span the quote covers in it. */
  tokens: Token[];
  message: string;
  at: Span;
  compiled: CompiledObjectives;
  objectiveId: string;
  kinds: ObjectiveKinds;
}

/**
 * What the scene's own examples say of each objective's act: a question (every example asks: "Sind Haustiere
 * erlaubt?"), a statement (none asks: "Ich habe Kopfschmerzen."), and told in the past (one at least: "Ich habe drei
 * Jahre im Lager gearbeitet.").
 */
export interface ObjectiveKinds {
  questions: ReadonlySet<string>;
  statements: ReadonlySet<string>;
  past: ReadonlySet<string>;
  /** The folded words of each objective's examples. */
  words: ReadonlyMap<string, ReadonlySet<string>>;
}

export function objectiveKinds(objectives: readonly { id: string; examples: readonly string[] }[]): ObjectiveKinds {
  const asks = (example: string) => example.trim().endsWith("?");
  const with_ = (test: (examples: readonly string[]) => boolean) => new Set(objectives.filter((objective) => objective.examples.length > 0 && test(objective.examples)).map((objective) => objective.id));
  return {
    questions: with_((examples) => examples.every(asks)),
    statements: with_((examples) => !examples.some(asks)),
    past: with_((examples) => examples.some((example) => pastWords(tokenize(example), example).length > 0)),
    words: new Map(objectives.map((objective) => [objective.id, new Set(objective.examples.flatMap((example) => tokenize(example).map((token) => token.folded)))])),
  };
}

/** Why the quote's sentence cannot do the objective's act, or undefined when its shape allows it. */
export function shapeRefusal(shape: ActShape): ShapeRefusal | undefined {
  const sentence = sentenceOf(shape.tokens, shape.at);
  const clauses = clausesOf(sentence, shape.at);
  const acting = actingClauses(sentence, clauses, shape);
  // After a contrast the clauses from it on do the act alone: "Ich hab kein Fieber, aber meine Frau hat Kopfschmerzen".
  const doing = acting.afterContrast ? acting.tokens : clauses;
  if (!onTopic(shape)) return "off_topic";
  if (asksMeaning(sentence)) return "asks_meaning";
  if (shape.kinds.questions.has(shape.objectiveId) && !asked(sentence)) return "not_asked";
  if (shape.kinds.statements.has(shape.objectiveId) && asksAbout(sentence, shape.message)) return "asks_about";
  // Where no contrast decides, a formula in the acting clause speaks too: "Vielen Dank für alles, Frau Doktor!".
  const spoken = spokenToTheCharacter(doing, sentence, shape) || (!acting.afterContrast && spokenToTheCharacter(acting.tokens, sentence, shape));
  if (!spoken) return "not_spoken";
  if (toldInThePast(clauses, shape)) return "past";
  if (setAtAnotherTime(sentence, shape)) return "another_time";
  if (conditional(sentence)) return "conditional";
  if (tellsOfAnother(doing, sentence, shape)) return "another_person";
  if (tellsOfTaste(clauses, sentence, shape)) return "taste_or_habit";
  if (negated(doing, sentence, shape.at)) return "negated";
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
  const numbered = numberClauses(sentence, COORDINATORS);
  const touched = new Set(numbered.filter(({ token }) => inSpan(token, at)).map((entry) => entry.clause));
  return numbered.filter((entry) => touched.has(entry.clause)).map((entry) => entry.token);
}

// "Ich bin erkältet und habe Schnupfen": "und", "aber", "oder" join clauses of their own too.
const COORDINATORS = new Set(["und", "aber", "oder", "sondern", "denn"]);
// "aber" without a comma before it is as often a particle: "Heute ist es aber voll hier".
const JOINING = new Set([...COORDINATORS].filter((word) => word !== "aber"));

/** Each word of the sentence with the number of its clause: a break or one of the joining words opens the next. */
function numberClauses(sentence: Token[], joining: ReadonlySet<string>): { token: Token; clause: number }[] {
  let clause = 0;
  return sentence.map((token, index) => ({ token, clause: index > 0 && (token.breakBefore || joining.has(token.folded)) ? ++clause : clause }));
}

const inSpan = (token: Token, at: Span) => token.start < at.end && token.end > at.start;

/**
 * Where a quote of a whole sentence does its act: the clauses that name the objective's topic ("Vielen Dank für alles,
 * Frau Doktor!" thanks in its first clause), and whether a contrast sets what comes before it aside. It does so only for
 * a negation of a thing ("Kein Fieber, aber mein Kopf tut weh"; "Nicht das Schnitzel, sondern die Spaghetti"), never for
 * an undecided "Ich weiß nicht, aber …", a "nicht jetzt", or the past. After a contrast, every clause from it to the
 * end of the sentence is read ("…, aber die Suppe, oder doch nicht"). The clauses are those the quote touches
 * (clausesOf), so an "aber" read as a particle lends no "ich" from the clause before it.
 */
function actingClauses(sentence: Token[], clauses: Token[], { message, at, compiled, objectiveId }: ActShape): { tokens: Token[]; afterContrast: boolean } {
  const numbered = numberClauses(sentence, JOINING);
  const topical = new Set(numbered.filter(({ token }) => inSpan(token, at) && namesTopic(token, message, compiled, objectiveId)).map((entry) => entry.clause));
  const touched = new Set(numbered.filter(({ token }) => inSpan(token, at)).map((entry) => entry.clause));
  const inClauses = new Set(clauses);
  const within = (entries: typeof numbered) => entries.map((entry) => entry.token).filter((token) => inClauses.has(token));
  const contrast = Math.max(-1, ...numbered.filter(({ token, clause }) => topical.has(clause) && CONTRASTS.has(token.folded)).map((entry) => entry.clause));
  const setAside = numbered.filter((entry) => touched.has(entry.clause) && entry.clause < contrast).map((entry) => entry.token);
  const negations = setAside.flatMap((token, index) => (isNegation(token.folded) ? [{ token, next: setAside[index + 1] }] : []));
  if (contrast >= 0 && negations.length > 0 && negations.every(({ token, next }) => negatesAThing(token, next))) {
    return { tokens: within(numbered.filter((entry) => entry.clause >= contrast)), afterContrast: true };
  }
  const acting = within(numbered.filter((entry) => topical.has(entry.clause)));
  return { tokens: acting.length > 0 ? acting : clauses, afterContrast: false };
}

/** "kein Fieber", "nicht das Schnitzel", "nicht Bier": a negation of a thing, which a contrast can set right. */
function negatesAThing(negation: Token, next: Token | undefined): boolean {
  return negation.folded.startsWith("kein") || (next !== undefined && (ARTICLES.has(next.folded) || next.noun || /^\d/.test(next.folded)));
}

// Words that greet, take leave or thank do their act alone, in a short formula: "Hallo!", "Tschüss!", "Danke schön!".
const INTERJECTIONS = new Set(["hallo", "hi", "hey", "servus", "moin", "mahlzeit", "tschüss", "tschüs", "ciao", "danke", "dankeschön"].map(foldWord));
const FORMULA_WORDS = 5;

/**
 * The quote names the objective's topic: a word its patterns name that says something of its own ("Wasser" for a
 * drink, "Karte" for the bill; not a name or place, which the patterns only take as "#noun"), or a function word or verb that only this
 * objective names ("Dank" for thanks, "zurück" for a return ticket, "bezahlen" for the bill). "Ich nehme den Bus"
 * names a verb that orders food and drink alike, and no food. A short formula may greet, take leave or thank with
 * a word its patterns name ("Hallo!").
 */
function onTopic({ tokens, message, at, compiled, objectiveId }: ActShape): boolean {
  const quoted = tokens.filter((token) => token.start >= at.start && token.end <= at.end && letters(token));
  if (quoted.some((token) => namesTopic(token, message, compiled, objectiveId))) return true;
  const sentences = new Set(quoted.map((token) => token.sentence));
  const whole = quoted.length > 0 && tokens.filter((token) => sentences.has(token.sentence) && letters(token)).length === quoted.length;
  return whole && quoted.length <= FORMULA_WORDS && quoted.some((token) => INTERJECTIONS.has(token.folded) && namesObjectiveWord(compiled, objectiveId, token));
}

/** A word the objective's patterns name that says something of its own: not a helping verb, nor a closed word or verb other objectives name too. */
export function namesTopic(token: Token, message: string, compiled: CompiledObjectives, objectiveId: string): boolean {
  // Words in quotation marks are someone's words reported: "mein freund sagt 'geh zum arzt'".
  if (token.quoted) return false;
  const general = isHelpingVerb(token.strict) || ((CLOSED_WORDS.has(typed(message, token).toLowerCase()) || isSceneVerbForm(token.folded)) && objectivesNaming(compiled, token) !== 1);
  return !general && namesObjectiveWord(compiled, objectiveId, token);
}

const typed = (message: string, token: Token) => message.slice(token.start, token.end);

const QUESTION_WORDS = new Set(["wie", "was", "wo", "wann", "warum", "wieso", "weshalb", "woher", "wohin", "welche", "welcher", "welches", "welchen", "wer", "wen", "wem", "ob", "wieviel", "wieviele"].map(foldWord));

/** Asked with a question mark, or as an indirect question ("Ich wollte fragen, ob Haustiere erlaubt sind"). */
function asked(sentence: Token[]): boolean {
  return sentence.some((token) => token.asked || QUESTION_WORDS.has(token.folded)) || opensAQuestion(sentence);
}

/**
 * Chat drops the question mark, not the question: a sentence opened by a question word and then its verb ("wann ist
 * checkout", "ab wann ist fruehstueck", "Welche Tabletten helfen da") or by a finite verb before its subject ("braucht
 * man rezept", "ist das weit weg") asks. Not a clause with its verb last ("Wo ich arbeite, haben alle Grippe", "Wie
 * lecker das Frühstück ist"), a string of words after a question word ("was bier schnitzel pommes"), nor a condition
 * with its verb first ("Hätte ich mehr Geld, würde ich die Kaution zahlen").
 */
export function opensAQuestion(sentence: readonly Token[]): boolean {
  const words = leadingWords(sentence);
  const at = PREPOSITIONS.has(words[0]?.folded ?? "") && QUESTION_WORDS.has(words[1]?.folded ?? "") ? 1 : 0;
  const first = words[at];
  if (!first) return false;
  if (QUESTION_WORDS.has(first.folded) && first.folded !== "ob") {
    // "Wie hoch ist …", "Welche Tabletten helfen …", "Wie viele Tabletten nehme ich": one word may stand between.
    const next = words[at + 1];
    const after = words[at + 2];
    return (next !== undefined && finite(next)) || (QUALIFIED.has(first.folded) && next !== undefined && !SUBJECTS.has(next.folded) && after !== undefined && finite(after));
  }
  const second = words[at + 1];
  return finite(first) && second !== undefined && SUBJECTS.has(second.folded) && !verbFirstCondition(sentence);
}

/** A finite verb as the judge knows them: a helping verb, a form of a scene's verb, or an asking "kostet", "gibt". */
const finite = (token: Token) => isHelpingVerb(token.strict) || isSceneVerbForm(token.folded) || THING_QUESTION_VERBS.has(token.folded) || ASKED_VERBS.has(token.folded);
// Verbs learners ask with that the scenes' patterns need not name.
const ASKED_VERBS = new Set(["helfen", "hilft", "dauert", "fährt", "fahrt", "geht", "gehts", "kommt", "nimmt", "zahlt", "bekomme", "bekommt", "brauche", "braucht"].map(foldWord));
const QUALIFIED = new Set(["wie", "welche", "welcher", "welches", "welchen", "wieviel", "wieviele"].map(foldWord));

/**
 * "Hätte ich mehr Geld, würde ich …", "Wäre die Kaution kleiner, wäre es einfacher", "Gäbe es hier WLAN, wäre alles
 * super": a verb first and a second clause opened by its own verb (or "dann", "so") is a condition, not a question.
 */
function verbFirstCondition(sentence: readonly Token[]): boolean {
  const words = leadingWords(sentence);
  const first = words[0];
  if (!first || !(finite(first) || UNREAL.has(first.folded))) return false;
  return words.some((token, index) => index > 1 && token.breakBefore && (finite(token) || THEN.has(token.folded)));
}
const UNREAL = new Set(["gäbe", "gaebe", "käme", "kaeme", "ginge", "wüsste", "müsste", "dürfte", "sollte"].map(foldWord));
const THEN = new Set(["dann", "so"]);

/** The sentence's words past a greeting or a hesitation: what opens it as a question or a condition. */
const leadingWords = (sentence: readonly Token[]) => sentence.filter((token) => letters(token) && !HESITATIONS.has(token.folded) && !GREETING_WORDS.has(token.folded));
const GREETING_WORDS = new Set(["hallo", "hi", "hey", "moin", "servus", "entschuldigung", "sorry", "bitte", "und"].map(foldWord));
const PREPOSITIONS = new Set(["ab", "bis", "seit", "für", "fur", "fuer", "um", "von", "aus", "in", "an", "mit", "nach", "zu"].map(foldWord));
const SUBJECTS = new Set(["ich", "ik", "wir", "man", "es", "das", "der", "die", "dies", "sie", "er", "ihr", "du", "ein", "eine", "einen", "da", "hier"].map(foldWord));

// "Was ist Fieber?", "Was heißt Kaution?": asking what a word means does not ask for the thing.
const MEANING_VERBS = new Set(["ist", "sind", "heißt", "heisst", "bedeutet", "meint"].map(foldWord));

function asksMeaning(sentence: Token[]): boolean {
  const words = sentence.filter(letters);
  return words[0]?.folded === "was" && MEANING_VERBS.has(words[1]?.folded ?? "") && words.length <= 4;
}

// "Ist das Zimmer ruhig?", "Hat das Zimmer Seeblick?", "Seit wann arbeiten Sie hier?": a question about a thing, or one for
// information, does not do an act the scene's examples do by saying something ("Ich habe ein Zimmer reserviert").
const THING_QUESTION_VERBS = new Set(["ist", "sind", "hat", "haben", "gibt", "war", "kostet"].map(foldWord));
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "ein", "eine", "einen", "dieser", "diese", "dieses", "es"].map(foldWord));

function asksAbout(sentence: Token[], message: string): boolean {
  if (sentence.at(-1)?.asked !== true) return false;
  const words = sentence.filter(letters);
  const [first, second] = words;
  if (!first) return false;
  // "Seit wann …?", "Für wie viele …?": the question word may follow a preposition.
  if ([first, second].some((token) => token !== undefined && QUESTION_WORDS.has(token.folded) && token.folded !== "ob")) return true;
  return THING_QUESTION_VERBS.has(first.folded) && ARTICLES.has(second?.folded ?? "") && !words.some((token) => POLITE_ADDRESS.has(typed(message, token)));
}

const FIRST_PERSON = new Set(["ich", "ik", "wir", "mir", "mich", "uns", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer"].map(foldWord));
const POLITE_ADDRESS = new Set(["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"]);
const REQUEST_WORDS = new Set(["bitte", "pls", "please", "danke", "gern", "gerne"].map(foldWord));
// A short sentence may leave the speaker out ("Wasser wäre schön", "Zwei Brötchen, bitte"), but not as a statement about
// the thing: "Fieber ist gefährlich", "Peter hat Kopfschmerzen".
const ELLIPSIS_WORDS = 3;
// The Konjunktiv of a wish asks politely: "Ein Wasser wäre schön", "Die Rechnung hätte ich gern". Typed as written, since
// without its umlaut "wurde" is the past.
const POLITE_WISHES = new Set(["wär", "wäre", "waere", "wären", "waeren", "hätte", "haette", "hätten", "haetten", "würde", "wuerde", "würden", "wuerden", "könnte", "koennte", "könnten", "koennten"]);
const HESITATIONS = new Set(["äh", "ähm", "öh", "ehm", "hm", "hmm", "also", "ok", "okay", "ja", "so"].map(foldWord));
const STATING_VERBS = new Set(["ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "gibt", "macht", "sieht", "schmeckt", "kostet"].map(foldWord));

/**
 * The clause speaks to the character as the learner: it says "ich", "wir" or "mein", addresses the character
 * ("Sie", "Ihnen"), asks politely ("bitte", "wäre schön"), the sentence asks, or it is a short request or formula with
 * no statement about the thing in it. "Die Miete in München ist hoch", "Das Schnitzel sieht lecker aus" and "Ich sehe,
 * der Tisch da trinkt Bier" talk about the world, and do nothing in the scene. "Hier ist mein Pass" hands it over.
 */
function spokenToTheCharacter(clauses: Token[], sentence: Token[], { message, compiled, objectiveId }: ActShape): boolean {
  if (sentence.some((token) => REQUEST_WORDS.has(token.folded) || token.asked) || opensAQuestion(sentence)) return true;
  if (clauses.some((token) => FIRST_PERSON.has(token.folded) || POLITE_ADDRESS.has(typed(message, token)) || POLITE_WISHES.has(typed(message, token).toLowerCase()))) return true;
  // Chat drops the "ich" before its verb: "brauch n attest", "bin total erkältet, nase zu".
  if (clauses.some((token, index) => (index === 0 || token.breakBefore) && dropsItsIch(token, clauses[index + 1]))) return true;
  const words = clauses.filter((token) => letters(token) && !HESITATIONS.has(token.folded));
  if (DEICTIC.has(words[0]?.folded ?? "")) return true;
  // A statement the objective itself makes, with a name or a number in it, gives information: "Die Buchung ist auf
  // Müller", "Die Nummer ist 4711". Without one it talks about the world: "Fieber ist gefährlich".
  const informs = clauses.some((token) => token.noun || /\d/.test(token.folded));
  const copula = (token: Token) => token.folded === "ist" || token.folded === "sind";
  const stating = (token: Token) => STATING_VERBS.has(token.folded) && !(informs && copula(token) && namesObjectiveWord(compiled, objectiveId, token));
  if (words.some(stating)) return false;
  if (words.length <= ELLIPSIS_WORDS) return true;
  // A formula without a verb does its act as it stands: "Einen wunderbaren Abend noch!", "Jetzt fast zwei Wochen."
  const closed = (token: Token) => CLOSED_WORDS.has(typed(message, token).toLowerCase());
  const verb = (token: Token) => isHelpingVerb(token.strict) || isSceneVerbForm(token.folded) || (!token.noun && !closed(token) && /[^aeiouäöü]t$/.test(typed(message, token)));
  return words.length <= FORMULA_WORDS && !words.some(verb);
}

// "Hier ist mein Pass", "Hier sind zehn Euro": handing something over ("bitte" already counts as a request).
const DEICTIC = new Set(["hier", "bitteschön"].map(foldWord));

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
// "gemacht", "angemeldet" (a separable verb's particle first), "bezahlt", "telefoniert".
const PARTICIPLE = /^(?:(?:an|ab|auf|aus|ein|mit|vor|zu|zurück|um|nach|weg|los|fest|hin|her)?ge\p{L}{3,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\p{L}{3,}t|\p{L}{3,}iert)$/u;
const SEIN_PARTICIPLE = /(?:gezogen|gekommen|gegangen|gefahren|geflogen|geblieben|gelaufen|gereist|gefallen|gestorben|passiert|verschwunden)$/;

/**
 * Every objective is something the learner does now, so a clause told in the past does none, unless the
 * objective's own examples tell the past and its patterns name the word ("Ich habe acht Jahre als Ingenieur
 * gearbeitet" tells experience; "Ich habe mich 2019 in Hamburg angemeldet" states no errand).
 */
function toldInThePast(clauses: Token[], { message, compiled, objectiveId, kinds }: ActShape): boolean {
  const told = (token: Token) => kinds.past.has(objectiveId) && namesObjectiveWord(compiled, objectiveId, token);
  return pastWords(clauses, message).some((token) => !told(token));
}

/** The words that set these clauses in the past, read as typed: "hätte" and "würde" are wishes, "hatte" and "wurde" the past. */
function pastWords(clauses: Token[], message: string): Token[] {
  const withHaben = clauses.some((token) => HABEN.has(token.folded));
  const withSein = clauses.some((token) => SEIN.has(token.folded));
  const wish = clauses.some((token) => WISHES.has(token.folded));
  const as = (token: Token) => typed(message, token).toLowerCase();
  return clauses.filter(
    (token) =>
      PRETERITES.has(as(token)) ||
      (HATTE.has(as(token)) && !wish) ||
      (withHaben && PARTICIPLE.test(token.folded)) ||
      (withSein && SEIN_PARTICIPLE.test(token.folded)),
  );
}

// "Nächste Woche fahre ich vielleicht nach München", "Nächsten Sommer möchte ich …": a plan for another time does
// nothing in the scene now. (Not "morgen": "Morgen reise ich ab" tells the hotel when.)
const NEXT = new Set(["nächste", "nächsten", "nächstes", "nächster", "kommende", "kommenden", "kommendes", "kommender"].map(foldWord));
const LATER_TIMES = new Set(["woche", "jahr", "monat", "sommer", "winter", "frühling", "herbst", "mal", "urlaub", "wochenende"].map(foldWord));
// "irgendwann", "Ich zahle später", "die Wohnung nehme ich vielleicht später": not now; "eines Tages" neither.
const SOMETIME = new Set(["irgendwann", "später"].map(foldWord));

function setAtAnotherTime(sentence: Token[], { compiled, objectiveId }: ActShape): boolean {
  return sentence.some((token, index) => {
    const next = sentence[index + 1];
    const later = (NEXT.has(token.folded) && LATER_TIMES.has(next?.folded ?? "")) || SOMETIME.has(token.folded) || (token.folded === "eines" && next?.folded === "tages");
    if (!later) return false;
    // "bis zum nächsten Mal" takes leave, "ab nächstem Monat" states a start, and a time the objective names is its act.
    if (TIME_LEADS.has(sentence[index - 1]?.folded ?? "") || TIME_LEADS.has(sentence[index - 2]?.folded ?? "")) return false;
    return ![token, next].some((word) => word !== undefined && namesObjectiveWord(compiled, objectiveId, word));
  });
}
const TIME_LEADS = new Set(["bis", "ab", "zum", "zur", "seit"].map(foldWord));

// "Wenn ich reich bin, bestelle ich alles", "Wenn Sie mich nehmen, müsste ich …": a condition sets the act aside,
// unless it is politeness ("Wenn möglich, ein Fensterplatz", "wenn es geht").
const CONDITIONS = new Set(["wenn", "falls", "sofern"].map(foldWord));
const POLITE_CONDITIONS = new Set(["möglich", "geht", "gehts", "recht", "okay", "ok", "passt", "möchten", "wollen", "mögen", "einverstanden"].map(foldWord));

function conditional(sentence: Token[]): boolean {
  if (verbFirstCondition(sentence)) return true;
  const words = sentence.filter(letters);
  const opener = words.findIndex((token) => CONDITIONS.has(token.folded));
  if (opener < 0) return false;
  const clause = words.slice(opener + 1, opener + 4);
  return !clause.some((token) => POLITE_CONDITIONS.has(token.folded));
}

// "Mein Sohn hat Fieber", "Meine kleine Tochter hat Fieber", "Mein Hund heißt Schnitzel": a sentence about a person (or
// a pet) of the learner's, with no "ich" or "wir" in it, tells of them; the learner does nothing in it ("Meine Frau und ich suchen eine Wohnung" does).
const SPEAKER = new Set(["ich", "ik", "wir", "mir", "mich", "uns"].map(foldWord));

function tellsOfAnother(clauses: Token[], sentence: Token[], { message, objectiveId, kinds }: ActShape): boolean {
  // Asking or ordering for them is the learner's act: "Für meine Frau ein Rotwein, bitte", "Haben Sie etwas für Kinder?",
  // "Was kann mein Sohn nehmen?", and so is asking what the scene asks about them: "Ist ein kleiner Hund erlaubt?" (a
  // tag does not make a story a question: "Mein Hund heißt Schnitzel, lustig oder?").
  const asked = sentence.at(-1)?.asked === true;
  const asksForThem = asked && (QUESTION_WORDS.has(sentence[0]?.folded ?? "") || (kinds.questions.has(objectiveId) && !TAGS.has(sentence.at(-1)?.folded ?? "")));
  if (asksForThem || sentence.some((token) => REQUEST_WORDS.has(token.folded) || POLITE_ADDRESS.has(typed(message, token)))) return false;
  // With a possessive or an article before it: "Frau Doktor" addresses the character, "meine Frau" is someone else.
  const determined = (index: number) => [clauses[index - 1], clauses[index - 2], clauses[index - 3]].some((token) => DETERMINERS.has(token?.folded ?? ""));
  const person = clauses.findIndex((token, index) => PEOPLE.has(token.folded) && determined(index));
  if (person < 0 || clauses[person - 1]?.folded === "fur" || clauses[person - 2]?.folded === "fur") return false;
  return !clauses.some((token) => SPEAKER.has(token.folded));
}
const DETERMINERS = new Set(
  ["mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere", "unserem", "unseren", "unserer", "dein", "deine", "sein", "seine", "seinem", "seiner", "ihr", "ihre", "ihrem", "ihrer",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer"].map(foldWord),
);
const TAGS = new Set(["oder", "ne", "nicht", "gell", "ja", "richtig", "wahr", "stimmts"].map(foldWord));

// "Ich liebe Bier", "Ich mag Schnitzel sehr", "Im Urlaub bekomme ich immer Kopfschmerzen": a taste or a habit tells
// about the learner, it orders or reports nothing now ("wie immer" orders as always).
const TASTES = new Set(["mag", "magst", "mögen", "liebe", "liebst", "lieben", "hasse"].map(foldWord));

function tellsOfTaste(clauses: Token[], sentence: Token[], { objectiveId, kinds }: ActShape): boolean {
  if (sentence.some((token) => REQUEST_WORDS.has(token.folded) || token.asked)) return false;
  // An objective whose examples say the word does its act with it: "Man kann sich immer auf mich verlassen" names a strength.
  const own = (token: Token) => kinds.words.get(objectiveId)?.has(token.folded) === true;
  return clauses.some((token, index) => (TASTES.has(token.folded) || (HABITUAL.has(token.folded) && clauses[index - 1]?.folded !== "wie")) && !own(token));
}

/**
 * A negation in the quote's clause turns it down, before it or after it ("Schnitzel mag ich nicht so"), unless a
 * contrast stands between ("Kein Zucker, aber Milch" sets the milk apart by a comma already).
 */
function negated(clauses: Token[], sentence: Token[], at: Span): boolean {
  const inClause = clauses.some((token, index) => {
    if (!isNegation(token.folded)) return false;
    const between = token.end <= at.start ? clauses.slice(index + 1).filter((other) => other.end <= at.start) : clauses.slice(0, index).filter((other) => other.start >= at.end);
    return !between.some((other) => CONTRASTS.has(other.folded));
  });
  if (inClause) return true;
  // "Das Schnitzel, das nehme ich nicht.": the next clause takes the thing up with a pronoun and turns it down.
  const last = clauses.at(-1);
  const rest = last ? sentence.filter((token) => token.start > last.end) : [];
  const end = rest.findIndex((token, index) => index > 0 && token.breakBefore);
  const nextClause = end < 0 ? rest : rest.slice(0, end);
  return RESUMING.has(nextClause[0]?.folded ?? "") && nextClause.some((token) => isNegation(token.folded));
}
const RESUMING = new Set(["das", "den", "die", "der", "es", "ihn", "sie"].map(foldWord));

const REFUSALS = new Set(["nein", "nee", "nö", "no", "nope", "never", "niemals"].map(foldWord));

/** A word asked, then turned down in the next sentence: "Schnitzel? Never!", "Zwei Brötchen? Nein, danke." */
function turnedDown(tokens: Token[], sentence: Token[]): boolean {
  const last = sentence.at(-1);
  if (!last?.asked) return false;
  const next = tokens.find((token) => token.sentence === last.sentence + 1);
  return next !== undefined && REFUSALS.has(next.folded);
}
