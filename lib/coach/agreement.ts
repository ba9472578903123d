import { CLOSED_WORDS, SUBJECT_PERSONS } from "./closed-words";
import { determiner, type Determiner } from "./determiners";
import type { Finding } from "./finding";
import type { GermanData } from "./german-data";
import { CASE_ORDER, GENDER_NAMES, finiteReadings, isAdjective, matchCase, nounToken, type Case, type Gender, type NounReading } from "./lexicon";
import { clauseRest, type Token } from "./tokens";

const DATIVE_PREPOSITIONS = new Set(["mit", "zu", "bei", "von", "aus", "nach", "seit", "gegenüber", "außer"]);
const ACCUSATIVE_PREPOSITIONS = new Set(["für", "ohne", "durch", "gegen", "um"]);
/** Contractions a learner is expected to use: "zu dem" → "zum". */
const CONTRACTIONS: Record<string, Record<string, string>> = { zu: { dem: "zum", der: "zur" }, bei: { dem: "beim" }, von: { dem: "vom" } };
/** Verbs whose object is accusative; the ones with a dative person count only after mir, dir, uns… */
const TRANSITIVE = new Set(
  "haben mögen nehmen brauchen kaufen bestellen suchen essen trinken bekommen bezahlen sehen kennen finden lieben besuchen buchen reservieren mieten machen verstehen probieren vergessen verlieren holen öffnen besichtigen unterschreiben".split(" "),
);
const DITRANSITIVE = new Set("geben bringen zeigen empfehlen schicken reichen erklären leihen".split(" "));
const DATIVE_OF: Record<string, string> = { mich: "mir", dich: "dir" };
const DATIVE_PRONOUNS = new Set(["mir", "dir", "uns", "euch", "ihm", "ihnen"]);
const FILLERS = new Set("gern gerne bitte noch auch mal jetzt heute morgen dann lieber doch schon nur zuerst".split(" "));
const COPULA = new Set("ist sind bin bist seid war waren warst".split(" "));
const SINGULAR_COPULA = new Set(["ist", "war"]);
const NOMINATIVE_PRONOUNS = new Set(["ich", "du", "er", "wir", "ihr", "sie", "man"]);
const INTENSIFIERS = new Set(["sehr", "ganz", "besonders", "so", "zu"]);

type Required = { cases: Case[]; reason: string; singular?: boolean; preposition?: string };
type Phrase = { det: Token; detIndex: number; noun: NounReading; nounIndex: number; determiner: Determiner };

/** det (+ adjectives) + noun starting at `index`, or undefined. */
export function nounPhraseAt(data: GermanData, words: Token[], index: number): Phrase | undefined {
  const det = words[index];
  if (!det) return undefined;
  const parsed = determiner(det.lower);
  if (!parsed) return undefined;
  let cursor = index + 1;
  let adjectives = 0;
  while (adjectives < 3 && (isAdjective(data, words[cursor]) || /^ander(e|en|er|es|em)$/.test(words[cursor]?.text ?? "") || (INTENSIFIERS.has(words[cursor]?.lower ?? "") && isAdjective(data, words[cursor + 1])))) {
    cursor++;
    adjectives++;
  }
  const noun = nounToken(data, words[cursor]);
  if (!noun) return undefined;
  return { det, detIndex: index, noun, nounIndex: cursor, determiner: parsed };
}

const hasSubjectPronoun = (tokens: Token[]) => tokens.some((token) => token.lower in SUBJECT_PERSONS && token.lower !== "es" && (token.lower !== "sie" || token.text === "Sie" || token.text === "sie"));

/** The infinitives of a non-finite verb later in the clause (an infinitive or a participle): then the finite verb is an auxiliary or a modal. */
function laterVerb(data: GermanData, words: Token[], from: number): string[] | undefined {
  for (const token of clauseRest(words, from)) {
    if (token.text !== token.lower) continue;
    const lemmas = data.participles.get(token.lower);
    if (lemmas) return lemmas;
    if (data.infinitives.has(token.lower)) return [token.lower];
  }
  return undefined;
}

/** The case the clause requires of the phrase, with the reason; undefined when it cannot tell, null when the phrase is no phrase. */
function requiredCase(data: GermanData, words: Token[], phrase: Phrase): Required | undefined | null {
  const index = phrase.detIndex;
  const before = words[index - 1];
  if (before && !phrase.det.afterBreak) {
    if (DATIVE_PREPOSITIONS.has(before.lower)) return { cases: ["DAT"], reason: `${before.lower} takes the dative`, preposition: before.lower };
    if (ACCUSATIVE_PREPOSITIONS.has(before.lower)) return { cases: ["AKK"], reason: `${before.lower} takes the accusative`, preposition: before.lower };
  }
  if (before && COPULA.has(before.lower) && !phrase.det.afterBreak) {
    // "Ist das Milch?": das is a pronoun there, not the article.
    if (phrase.det.lower === "das" && !phrase.noun.genders.includes("N")) return null;
    return { cases: ["NOM"], reason: `After ${before.lower} the noun is in the nominative`, singular: SINGULAR_COPULA.has(before.lower) };
  }
  if (index === 0 || phrase.det.sentenceStart) {
    const verb = words[phrase.nounIndex + 1];
    const followedByPronoun = hasSubjectPronoun(clauseRest(words, phrase.nounIndex + 2));
    const canBeSubject = phrase.determiner.readings.some((reading) => reading.grammaticalCase === "NOM");
    if (finiteReadings(data, verb).length > 0 && !followedByPronoun && canBeSubject) return { cases: ["NOM"], reason: "The subject is in the nominative" };
    return undefined;
  }
  return objectCase(data, words, index);
}

/** "Ich nehme einen …", "Haben Sie einen …", "Gibt es einen …": the accusative object of a known verb. */
function objectCase(data: GermanData, words: Token[], index: number): Required | undefined {
  const opensClause = (position: number) => words[position]!.sentenceStart || words[position]!.afterBreak;
  const between = (token: Token) => FILLERS.has(token.lower) || DATIVE_PRONOUNS.has(token.lower) || token.text === "Ihnen" || NOMINATIVE_PRONOUNS.has(token.lower) || token.lower === "es";
  let cursor = index - 1;
  let dativePerson = false;
  let subject = false;
  while (cursor >= 0 && !opensClause(cursor + 1) && between(words[cursor]!)) {
    const token = words[cursor]!;
    if (DATIVE_PRONOUNS.has(token.lower) || token.text === "Ihnen") dativePerson = true;
    if (NOMINATIVE_PRONOUNS.has(token.lower) || token.lower === "es") subject = true;
    cursor--;
  }
  if (cursor < 0 || opensClause(cursor + 1)) return undefined;
  const verb = words[cursor]!;
  if (!subject && cursor > 0 && !opensClause(cursor) && NOMINATIVE_PRONOUNS.has(words[cursor - 1]!.lower)) subject = true;
  if (!subject) return undefined;
  const readings = finiteReadings(data, verb);
  if (readings.length === 0) return undefined;
  const lemmas = laterVerb(data, words, index + 1) ?? readings.map((reading) => reading.lemma);
  if (lemmas.length === 0) return undefined;
  const transitive = lemmas.every((lemma) => TRANSITIVE.has(lemma) || (dativePerson && DITRANSITIVE.has(lemma)) || (lemma === "geben" && words[index - 1]?.lower === "es"));
  if (!transitive) return undefined;
  return { cases: ["AKK"], reason: `${lemmas[0]} takes an accusative object` };
}

function uniqueForm(phrase: Phrase, cases: Case[], genders: Gender[]): string | undefined {
  const forms = new Set<string>();
  for (const grammaticalCase of cases) {
    for (const gender of genders) {
      const form = phrase.determiner.formFor(grammaticalCase, gender);
      if (form) forms.add(form);
    }
  }
  return forms.size === 1 ? [...forms][0] : undefined;
}

function nounText(phrase: Phrase, words: Token[]): string {
  return words.slice(phrase.detIndex + 1, phrase.nounIndex + 1).map((token) => token.text).join(" ");
}

/** Articles and determiners that do not fit the noun's gender, or the case the clause requires. */
export function agreementFindings(data: GermanData, words: Token[]): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < words.length; index++) {
    const phrase = nounPhraseAt(data, words, index);
    if (!phrase || !phrase.noun.sure) continue;
    // "…, die Kaffee mag": after a comma der/die/das may be a relative pronoun.
    if (phrase.det.afterBreak && ["der", "die", "das", "den", "dem"].includes(phrase.det.lower)) continue;
    if (CLOSED_WORDS.has(words[phrase.nounIndex]!.lower) && words[phrase.nounIndex]!.text === words[phrase.nounIndex]!.lower) continue;
    const genders = phrase.noun.genders;
    const required = requiredCase(data, words, phrase);
    if (required === null) continue;
    const fits = phrase.determiner.readings.some((reading) => genders.includes(reading.gender) && (!required || required.cases.includes(reading.grammaticalCase)));
    if (fits) continue;
    const cases = required?.cases ?? CASE_ORDER.filter((grammaticalCase) => grammaticalCase !== "GEN" && phrase.determiner.readings.some((reading) => reading.grammaticalCase === grammaticalCase));
    // The genders the learner's article points to (genitive aside): "der Apfelkuchen" means one cake, not many.
    // After "ist" the noun is singular: "Ist der Zimmer ruhig?" means das Zimmer.
    const numbered = required?.singular ? genders.filter((gender) => gender !== "P") : genders;
    const meant = numbered.filter((gender) => phrase.determiner.readings.some((reading) => reading.gender === gender && reading.grammaticalCase !== "GEN"));
    const form = uniqueForm(phrase, cases, meant.length > 0 ? meant : numbered);
    if (!form || form === phrase.det.lower) continue;
    // Wrong case when the article fits the noun's gender in another case (genitive aside), else wrong gender.
    const fitsGender = meant.length > 0;
    const kind = fitsGender ? "case" : "gender";
    const singular = genders.filter((gender) => gender !== "P");
    const genderNote = singular.length === 1 ? `${phrase.noun.head} is ${GENDER_NAMES[singular[0]!]}` : `${phrase.noun.head} is plural here`;
    const before = words[index - 1];
    const contraction = before && !phrase.det.afterBreak ? CONTRACTIONS[before.lower]?.[form] : undefined;
    const start = contraction ? before! : phrase.det;
    const suggestion = contraction ? matchCase(before!.text, contraction) : matchCase(phrase.det.text, form);
    // "mit takes the dative: mit dem Bus"; a contraction already holds its preposition (zum Arzt).
    const example = `${required?.preposition && !contraction ? `${required.preposition} ` : ""}${suggestion.toLowerCase() === suggestion || !required?.preposition ? suggestion : suggestion.toLowerCase()} ${nounText(phrase, words)}`;
    const explanation = kind === "case" && required ? `${required.reason}: ${example}` : `${genderNote}: ${example}`;
    findings.push({ start: start.start, end: phrase.det.end, original: "", suggestion, kind, explanation });
  }
  return findings;
}

/** The verbs of the clause around `index`, finite or not, as infinitives. */
function clauseLemmas(data: GermanData, words: Token[], index: number): string[] {
  let start = index;
  while (start > 0 && !words[start]!.sentenceStart && !words[start]!.afterBreak) start--;
  const tokens = [words[start]!, ...clauseRest(words, start + 1)];
  return tokens.flatMap((token) => [
    ...finiteReadings(data, token).map((reading) => reading.lemma),
    ...(data.infinitives.has(token.lower) && token.text === token.lower ? [token.lower] : []),
    ...(data.participles.get(token.lower) ?? []),
  ]);
}

/** "Können Sie mich das Zimmer zeigen?": the person one gives or shows something to is dative. */
export function pronounCaseFindings(data: GermanData, words: Token[]): Finding[] {
  const findings: Finding[] = [];
  words.forEach((token, index) => {
    const dative = DATIVE_OF[token.text];
    if (!dative) return;
    const phrase = nounPhraseAt(data, words, index + 1);
    if (!phrase || phrase.det.afterBreak || !phrase.determiner.readings.some((reading) => reading.grammaticalCase === "AKK")) return;
    const verb = clauseLemmas(data, words, index).find((lemma) => DITRANSITIVE.has(lemma));
    if (!verb) return;
    findings.push({ start: token.start, end: token.end, original: token.text, suggestion: dative, kind: "case", explanation: `${verb} takes the person in the dative: ${dative} ${nounText(phrase, words).length > 0 ? `${phrase.det.text} ${nounText(phrase, words)}` : ""}`.trim() });
  });
  return findings;
}
