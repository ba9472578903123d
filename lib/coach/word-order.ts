import { nounPhraseAt } from "./agreement";
import { CLOSED_WORDS, SUBJECT_PERSONS } from "./closed-words";
import type { Finding } from "./finding";
import type { GermanData } from "./german-data";
import { finiteReadings, isAdjective, nounToken } from "./lexicon";
import type { Token } from "./tokens";

const FRONT_ADVERBS = new Set("jetzt heute morgen gestern dann danach später zuerst hier dort manchmal oft immer normalerweise leider bald nun deshalb trotzdem außerdem abends morgens".split(" "));
const FRONT_PREPOSITIONS = new Set("am im um seit nach in an vor bei mit ab".split(" "));
const SUBORDINATORS = new Set("dass weil ob obwohl wenn damit bevor nachdem".split(" "));
const INDIRECT_QUESTIONS = new Set("wann wo was wie warum woher wohin".split(" "));
const MODALS = new Set("mögen können müssen dürfen wollen sollen werden".split(" "));
const AUXILIARIES = new Set([...MODALS, "sein", "haben"]);
const END_ADVERBS = new Set("jetzt heute morgen bald sofort später gleich hier dort zusammen".split(" "));
const PARTICLES = new Set("an auf aus ein mit zu ab zurück weg vor nach mit fest los her hin".split(" "));
const SUBJECTS = new Set(["ich", "du", "er", "sie", "es", "wir", "ihr", "man"]);

const opensClause = (token: Token | undefined) => !!token && (token.sentenceStart || token.afterBreak);
const span = (tokens: Token[]) => tokens.map((token) => token.text).join(" ");

function finding(first: Token, last: Token, text: string, suggestion: string, explanation: string): Finding {
  return { start: first.start, end: last.end, original: text.slice(first.start, last.end), suggestion, kind: "word_order", explanation };
}

/** The clause that starts at `index`, up to the next comma or sentence end. */
function clauseAt(words: Token[], index: number): Token[] {
  const clause = [words[index]!];
  for (let cursor = index + 1; cursor < words.length && !opensClause(words[cursor]); cursor++) clause.push(words[cursor]!);
  return clause;
}

const isFinite = (data: GermanData, token: Token | undefined, persons?: readonly string[]) =>
  finiteReadings(data, token).some((reading) => reading.tense !== "IMP" && (!persons || persons.includes(reading.person)));

/** "Morgen ich fahre" → "fahre ich": after a fronted adverbial the verb comes second. */
function verbSecond(data: GermanData, clause: Token[], text: string): Finding | undefined {
  const first = clause[0]!;
  if (!first.sentenceStart) return undefined;
  let subjectIndex: number | undefined;
  if (FRONT_ADVERBS.has(first.lower)) subjectIndex = 1;
  else if (FRONT_PREPOSITIONS.has(first.lower)) {
    for (let index = 2; index <= 4 && index < clause.length; index++) {
      if (SUBJECTS.has(clause[index]!.lower) && clause[index]!.text === clause[index]!.lower) {
        subjectIndex = index;
        break;
      }
      if (isFinite(data, clause[index - 1]) && clause[index - 1]!.text === clause[index - 1]!.lower) return undefined;
    }
  }
  if (subjectIndex === undefined) return undefined;
  const subject = clause[subjectIndex];
  const verb = clause[subjectIndex + 1];
  if (!subject || !verb || !SUBJECTS.has(subject.text) || subject.lower === "es") return undefined;
  if (!isFinite(data, verb, SUBJECT_PERSONS[subject.lower])) return undefined;
  return finding(subject, verb, text, `${verb.text} ${subject.text}`, `After "${span(clause.slice(0, subjectIndex))}" the verb comes second, before the subject: ${verb.text} ${subject.text}`);
}

/** "Wir möchten zahlen jetzt" → "jetzt zahlen": with a modal the infinitive goes to the end. */
function infinitiveLast(data: GermanData, clause: Token[], text: string): Finding | undefined {
  const last = clause.at(-1);
  const infinitive = clause.at(-2);
  if (!last || !infinitive || clause.length < 4 || !END_ADVERBS.has(last.lower)) return undefined;
  if (!data.infinitives.has(infinitive.text)) return undefined;
  const modal = clause.slice(0, -2).some((token) => finiteReadings(data, token).some((reading) => MODALS.has(reading.lemma) && reading.lemma !== "werden"));
  if (!modal) return undefined;
  return finding(infinitive, last, text, `${last.text} ${infinitive.text}`, `With a modal verb the infinitive goes to the end: ${last.text} ${infinitive.text}`);
}

/** "…, weil ich bin müde" → "müde bin": in a subordinate clause the finite verb goes last. */
function verbLast(data: GermanData, clause: Token[], text: string, mainHasVerb: boolean): Finding | undefined {
  const opener = clause[0]!;
  const subordinate = SUBORDINATORS.has(opener.lower) || (INDIRECT_QUESTIONS.has(opener.lower) && opener.afterBreak && mainHasVerb);
  if (!subordinate) return undefined;
  let cursor = 1;
  let persons: readonly string[] | undefined;
  if (INDIRECT_QUESTIONS.has(opener.lower) && !SUBORDINATORS.has(opener.lower)) {
    persons = undefined;
  } else if (clause[1] && SUBJECTS.has(clause[1].lower) && clause[1].lower !== "es") {
    persons = clause[1].text === "Sie" ? ["3P"] : SUBJECT_PERSONS[clause[1].lower];
    cursor = 2;
  } else {
    const phrase = nounPhraseAt(data, clause, 1);
    if (!phrase) return undefined;
    persons = phrase.noun.genders.includes("P") ? ["3P", "3S"] : ["3S"];
    cursor = phrase.nounIndex + 1;
  }
  while (clause[cursor] && CLOSED_WORDS.has(clause[cursor]!.lower) && !isFinite(data, clause[cursor])) cursor++;
  const verb = clause[cursor];
  if (!verb || !isFinite(data, verb, persons)) return undefined;
  const rest = clause.slice(cursor + 1);
  if (rest.length === 0 || rest.length > 3) return undefined;
  const lastRest = rest.at(-1)!;
  if (PARTICLES.has(lastRest.lower)) return undefined;
  const auxiliary = finiteReadings(data, verb).some((reading) => AUXILIARIES.has(reading.lemma));
  const verbsInRest = rest.filter((token) => token.text === token.lower && (data.isVerbForm(token.lower) || data.infinitives.has(token.lower) || data.participles.has(token.lower)) && !isAdjective(data, token) && !CLOSED_WORDS.has(token.lower));
  const restIsNonFinite = verbsInRest.length === 1 && verbsInRest[0] === lastRest && auxiliary && (data.participles.has(lastRest.lower) || data.infinitives.has(lastRest.lower));
  if (verbsInRest.length > 0 && !restIsNonFinite) return undefined;
  if (persons === undefined && !rest.every((token, index) => index === 0 ? !!nounPhraseAt(data, rest, 0) || SUBJECTS.has(token.lower) : true)) return undefined;
  if (persons === undefined && !nounToken(data, lastRest) && !SUBJECTS.has(lastRest.lower)) return undefined;
  const moved = `${span(rest)} ${verb.text}`;
  return finding(verb, lastRest, text, moved, `In a clause with "${opener.lower}" the verb goes to the end: ${moved}`);
}

/** Verb position: second in a main clause, last in a subordinate clause, infinitive at the end. */
export function wordOrderFindings(data: GermanData, words: Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  let mainHasVerb = false;
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!;
    if (!(index === 0 || opensClause(token))) continue;
    if (token.sentenceStart) mainHasVerb = false;
    const clause = clauseAt(words, index);
    const found = verbSecond(data, clause, text) ?? verbLast(data, clause, text, mainHasVerb) ?? infinitiveLast(data, clause, text);
    if (found) findings.push(found);
    if (clause.some((word) => isFinite(data, word))) mainHasVerb = true;
  }
  return findings;
}
