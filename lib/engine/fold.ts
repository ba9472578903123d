// Learners type umlauts as ä, ae or a, ß as ss, and ignore case and accents; folding both
// the pattern words and the message words the same way lets every spelling meet.

const PLAIN_ASCII = /^[a-z0-9]*$/;
const UMLAUT = /[äöü]/;

// Cyrillic letters that look like Latin ones, typed on a Cyrillic keyboard layout or pasted in the middle of a
// German word: "Wіe viel ist Miete?" (Cyrillic "і"), "kleine Kаtze" (Cyrillic "а"). Only inside a word that also has
// Latin letters, so a Russian word stays Russian.
const CYRILLIC_LOOKALIKE: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "ë", і: "i", ї: "ï", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", ѕ: "s", т: "t", у: "y", х: "x", ԁ: "d",
};
const CYRILLIC = /[\u0400-\u04ff\u0500-\u052f]/;
const LATIN_LETTER = /[a-zäöüß]/;

// A word stretched for feeling ("Guten Aaabend", "Hallooo", "Tschüüüss", "Neeein") is the word: German never writes a, i,
// o or u three times running, e three times only across a compound's seam ("Kaffeeersatz", rare in a scene), an umlaut
// twice, or a consonant four times ("Schifffahrt" has three). A stretched consonant keeps two ("Tschüssss", "Hallllo");
// digits are no letters ("10000").
const STRETCHED = /([aiou])\1\1|eee|([äöü])\2|([b-df-hj-np-tv-zß])\3\3\3/;
const STRETCHED_VOWEL = /([aiou])\1{2,}|e{3,}|([äöü])\2+/g;
const STRETCHED_CONSONANT = /([b-df-hj-np-tv-zß])\1{3,}/g;

function unstretched(lower: string): string {
  if (!STRETCHED.test(lower)) return lower;
  return lower.replace(STRETCHED_VOWEL, (run) => run.slice(0, 1)).replace(STRETCHED_CONSONANT, (run) => run.slice(0, 2));
}

export function foldWord(word: string): string {
  const typed = unstretched(word.toLowerCase());
  const lower = CYRILLIC.test(typed) && LATIN_LETTER.test(typed) ? typed.replace(/[\u0400-\u052f]/g, (letter) => CYRILLIC_LOOKALIKE[letter] ?? letter) : typed;
  // Most words are plain ASCII; they skip the Unicode normalisation.
  const plain = PLAIN_ASCII.test(lower)
    ? lower
    : lower
        .normalize("NFC")
        .replace(/ß/g, "ss")
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/['’‘`´-]/g, "");
  return plain.replace(/([aou])e/g, "$1");
}

/**
 * Like foldWord, but an umlaut typed as ä/ö/ü stays an umlaut: "Zähl" is "zähl", not "zahl".
 * Pattern words written without an umlaut are compared with this form, so they never meet a
 * different word that the learner typed with one; pattern words with an umlaut use foldWord.
 */
export function foldStrict(word: string): string {
  const lower = unstretched(word.toLowerCase().normalize("NFC"));
  if (!UMLAUT.test(lower)) return foldWord(word);
  return foldWord(lower.replace(/[äöü]/g, (umlaut) => UMLAUT_KEEP[umlaut] ?? umlaut)).replace(/[\u0001-\u0003]/g, (kept) => UMLAUT_BACK[kept] ?? kept);
}

// Placeholders survive foldWord untouched, then turn back into the umlaut.
const UMLAUT_KEEP: Record<string, string> = { ä: "\u0001", ö: "\u0002", ü: "\u0003" };
const UMLAUT_BACK: Record<string, string> = { "\u0001": "ä", "\u0002": "ö", "\u0003": "ü" };

/** True when a word is written with an umlaut, as ä/ö/ü or as ae/oe/ue. */
export function hasUmlaut(word: string): boolean {
  const lower = word.toLowerCase().normalize("NFC");
  return UMLAUT.test(lower) || /[aou]e/.test(lower);
}

export interface Token {
  /** The folded word, as patterns see it. */
  folded: string;
  /** The folded word with typed umlauts kept (foldStrict); the same string as `folded` for most words. */
  strict: string;
  /** Offsets into the original text, so evidence can quote the learner exactly. */
  start: number;
  end: number;
  /** Index of the sentence the word belongs to; matches never cross sentences. */
  sentence: number;
  /** True when punctuation (a comma, a full stop, a dash…) separates this word from the previous one. */
  breakBefore: boolean;
  /**
   * Looks like a noun the lexicon may not know: capitalised inside a sentence ("Haben Sie Aspirin?")
   * or an abbreviation anywhere ("AU", "ICE"); never the polite pronoun "Sie".
   */
  noun: boolean;
  /** Inside quotation marks: "Er sagt: 'Zwei Brötchen, bitte!'" reports words, it does not say them. */
  quoted: boolean;
  /** The word's sentence closes with a question mark: "Kaution ist 2340?" asks, though its words state. */
  asked: boolean;
  /** The word's sentence closes with an exclamation mark and none of a question: "Wie teuer das ist!" */
  exclaimed?: boolean;
}

// Decimal numbers stay one token ("3,50"); an apostrophe inside a word keeps it whole ("geht's"),
// and so does a hyphen: "E-Mail", "WLAN-Passwort" and "W-LAN" are one word each ("email", "wlanpasswort").
// A "+" or "&" between words is the word "und" (SHORTHAND): "husten + schnupfen".
// A word opens with a letter or digit: an emoji's variation selector ("❤️" is a heart and U+FE0F) is a mark, not a word.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|(?<=[\p{L}\s])[+&](?=[\s\p{L}])/gu;
const SENTENCE_END = /[.!?;…]/;
// The dot of a German ordinal ("am 3. Mai") ends no sentence.
const ORDINAL_DOT = /^\.\s+$/;
// "am 3. Mai", "ab 15.4. kann ich": the dot after a day or a day.month is an ordinal; after a year ("1985.") it ends the sentence.
const ORDINAL_NUMBER = /^\p{N}{1,2}(?:\.\p{N}{1,2})?$/u;
// …unless the capital after it opens a sentence, where an ordinal's noun would stand: "Kwame. 34. Aus Ghana.", "Zimmer? 2.
// Für drei Nächte." (written as typed: "am 3. und 4. Mai" goes on).
const NEVER_AFTER_ORDINAL = new Set(
  ["Aus", "Für", "Ich", "Wir", "Mit", "Und", "Aber", "Danke", "Bitte", "Ja", "Nein", "Seit", "Wo", "Wie", "Was", "Wann", "Warum", "Können", "Kann", "Haben", "Hallo", "Mein", "Meine", "Oder", "Vielen", "Gut", "Okay", "Ok"],
);
const ORDINAL_COMMA = /^\.\s*,\s*$/;
// The dot of a title before a name ends no sentence either (ORDINAL_DOT after it): "Hallo, Dr. Weber hier.", "Prof. Dr.
// Klaus Weber, angenehm."
const TITLES = new Set(["dr", "prof", "hr", "fr", "dipl", "ing"]);

// Composed or decomposed (a + U+0308): only such words need foldStrict.
const MAYBE_UMLAUT = /[äöüÄÖÜ\u0308]/;
// Learners without a German keyboard spell ä, ö and ü as ae, oe and ue. Folding drops that "e" with the plain vowel, as
// it must ("neue", "aktuell", "zuerst"), but in these words the umlaut is all that tells two words apart, the wish from
// the past ("koennte" is "könnte", never "konnte"; "haette", "wuerde", "moechte") and counting from paying ("zaehlen"):
// so they keep it.
const SPELLED_UMLAUTS = new Map(
  [
    ...["koennt", "haett", "wuerd", "moecht", "muesst", "duerft"].flatMap((stem) => ["e", "en", "est", "et"].map((ending) => stem + ending)),
    ...["waere", "waeren", "waerst", "waert"],
    ...["zaehl", "zaehle", "zaehlen", "zaehlt", "zaehlst"],
  ].map((spelled) => [spelled, spelled.replace(/ae/g, "ä").replace(/oe/g, "ö").replace(/ue/g, "ü")]),
);
const CLAUSE_BREAK = /[.,!?;:…()"„“”«»–—]|\s-\s/;

// A straight or curly single quote opens or closes a quotation only where it does not sit inside a word.
const QUOTE = /["„“”«»‚]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;

// "'n Abend", "'ne Frage": the apostrophe of a clipped article opens no quotation.
const ELIDED = /^(n|ne|nen|nem|ner|s)$/i;
const ELISION = /(?:^|[^\p{L}\p{N}])['’]$/u;
const CLIPPED_END = /^['’](?:\s|$)/u;
const CLIPPED_S = /^[sS]$/;

const CAPITALISED = /^\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const POLITE_PRONOUNS = new Set(["sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ich"]);

function looksLikeNoun(word: string, folded: string, opensSentence: boolean): boolean {
  if (ABBREVIATION.test(word)) return true;
  return !opensSentence && CAPITALISED.test(word) && !POLITE_PRONOUNS.has(folded);
}

// "gibt's", "geht's", "dauert's" and the unmarked "gibts", "gehts": the clitic is the pronoun "es", read as its own word.
const CLITIC = /^([\p{L}]{2,})['’]s$/u;
const UNMARKED_CLITIC = /^(gibt|geht|dauert|klappt|passt|stimmt|kostet|reicht|macht)s$/i;

// Chat shorthand for a courtesy word reads as the word: "zahlen pls" is "zahlen bitte".
const SHORTHAND: Record<string, string> = {
  pls: "bitte", plz: "bitte", bitti: "bitte", bite: "bitte", bidde: "bitte",
  // An Indian English "kindly" is a courtesy word: "Kindly zwei Brötchen".
  kindly: "bitte",
  // Short words written as they sound, which German has in no other sense: "hir mein Ausweis", "wan fährt zug", "wi hoch".
  hir: "hier", wan: "wann", wi: "wie", fil: "viel", welshe: "welche", welshes: "welches", komt: "kommt", papire: "papiere",
  "+": "und", "&": "und",
  // A Dutch speaker's function words, which German never uses: "Ik heb een Katze", "wat kost die Miete", "ik wil graag".
  // "How much" in the learner's Romance language, which German never spells: "¿Cuánto kostet die Wohnung im Monat?".
  cuánto: "wieviel", cuanto: "wieviel", quanto: "wieviel", combien: "wieviel",
  ik: "ich", wat: "was", heb: "habe", wil: "will", een: "ein", graag: "gern", gewerkt: "gearbeitet", alstublieft: "bitte", alsjeblieft: "bitte",
  // …and its negations: "Ik heb geen reservering", "niet vergessen".
  geen: "kein", niet: "nicht",
  // Chat's and dialect's "is" is "ist": "wo is der Bahnhof", "is das weit?".
  is: "ist",
  // Bavarian function words, which no other German word spells: "Wia vui macht des zam?". Its "i" and "a" are English
  // words too: objectives.ts reads them as "ich" and "ein" only in sentences with no English word ("I hätt gern a Halbe").
  mi: "mich", wia: "wie", vui: "viel", wos: "was", zam: "zusammen", zwoa: "zwei", oans: "eins", jo: "ja",
  kriag: "krieg", kriagn: "kriegen", kriagt: "kriegt", scho: "schon", ham: "haben",
  // …and its negations: "I mog koa Bier", "koan Zucker".
  koa: "kein", koan: "keinen", koane: "keine", nia: "nie",
  bittschön: "bitte", bittschoen: "bitte", bittschon: "bitte", bittschen: "bitte", bittscheen: "bitte",
};
// Phonetic spellings of a lost "h" or "v", which no German word shares: "was nemen", "wie fil".
// Likewise a lost double consonant or "r": "wan mus ich", "was sol ich", "seit gestan".
const PHONETIC: Record<string, string> = {
  nemen: "nehmen", neme: "nehme", nimt: "nimmt", fil: "viel", rezep: "rezept", wan: "wann", mus: "muss", sol: "soll", kan: "kann", gestan: "gestern",
  // A lengthening "h" where German has none: "mein Nahme ist Olga".
  nahme: "name",
  // A lost "e" of "ie", which no German word shares: "wie vil kostet die Wohnung", "wievil".
  vil: "viel", wievil: "wieviel",
  // Numbers and thanks written as heard, which no German word shares: "drai tage", "zwai Fahrkarten", "dange schön".
  zwai: "zwei", drai: "drei", fier: "vier", dange: "danke", dangke: "danke",
};
// Dutch "ben" is German "bin" only after "ik": "Ben" alone is a name ("Ich heiße Ben").
const AFTER_IK: Record<string, string> = { ben: "bin" };
// Bavarian "net" is "nicht" ("I hob net reserviert"), but after a degree word it is a slip of "nett" ("sehr net").
const DEGREE = new Set(["sehr", "so", "echt", "voll", "total", "ganz", "super", "wirklich", "ziemlich", "richtig", "recht", "zu"]);

// The dialect's clipped article before a noun is a word of its own: "kriagn ma d'Rechnung?" is "… die Rechnung".
const ELIDED_ARTICLE = /^[dD]['’]\p{L}{2,}/u;

// Bavarian "i" is "ich" before a first-person verb ("i hob a Zimmer", "i brauch was"); "hob" there is "hab".
const AFTER_I: Record<string, string> = {
  hob: "hab", hab: "hab", habe: "habe", brauch: "brauch", brauche: "brauche", möcht: "möcht", möchte: "möchte", hätt: "hätt", hätte: "hätte",
  bin: "bin", wui: "will", muass: "muss", muss: "muss", kann: "kann", nehm: "nehm", nehme: "nehme", such: "such", suche: "suche",
};

// A spoken "isch" (Rhenish, Hessian, the street's German) is "ich" beside a first-person verb: "isch bin Ahmad", "muss isch
// auch samstag arbeiten"; alone it may be Swiss "ist" ("Wo isch de Bahnhof?").
const ISCH = "isch";
const BEFORE_ISCH = new Set(["bin", "hab", "habe", "muss", "kann", "darf", "soll", "will", "möchte", "brauche", "hätte", "würde", "könnte", "werde"].map(foldWord));

// Swiss "ich ha", "ich han" is "ich habe": "Ich ha Fieber."
const AFTER_ICH: Record<string, string> = { ha: "habe", han: "habe", hob: "hab" };

/** Where a word ends before its clitic "es", or undefined where it has none. */
function cliticAt(word: string): number | undefined {
  const marked = CLITIC.exec(word);
  if (marked) return marked[1]?.length;
  return UNMARKED_CLITIC.test(word) ? word.length - 1 : undefined;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const asked = new Set<number>();
  const exclaimed = new Set<number>();
  let sentence = 0;
  let previousEnd = 0;
  let quoted = false;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const between = text.slice(previousEnd, start);
    // An apostrophe clipped onto the word before, with no quotation open, marks a dropped letter and opens none: Austrian and
    // Bavarian "Bringen S' ma bitte …", "ham S' net?", "Ich hab' Hunger" (one that closes an open quotation still closes it).
    const clipped = !quoted && tokens.length > 0 && CLIPPED_END.test(between) ? 1 : 0;
    const quotes = (between.match(QUOTE)?.length ?? 0) - (ELIDED.test(found[0]) && ELISION.test(between) ? 1 : 0) - clipped;
    if (quotes % 2 === 1) quoted = !quoted;
    const previous = tokens[tokens.length - 1];
    // "Booking.com", "z.B.": a dot inside a word ends nothing.
    const dotEndsNothing =
      previous !== undefined &&
      ((ORDINAL_DOT.test(between) && ORDINAL_NUMBER.test(previous.folded) && !NEVER_AFTER_ORDINAL.has(found[0])) || between === "." || (ORDINAL_DOT.test(between) && TITLES.has(previous.folded) && CAPITALISED.test(found[0])));
    // "zum 15., weil …": a day's dot before a comma is the ordinal's; the comma still breaks the clause.
    const ordinalComma = previous !== undefined && ORDINAL_COMMA.test(between) && ORDINAL_NUMBER.test(previous.folded);
    if (previous && !dotEndsNothing && !ordinalComma && SENTENCE_END.test(between)) {
      if (between.includes("?")) asked.add(sentence);
      else if (between.includes("!")) exclaimed.add(sentence);
      sentence += 1;
    }
    const clitic = cliticAt(found[0]);
    const elided = ELIDED_ARTICLE.test(found[0]);
    const word = (clitic === undefined ? found[0] : found[0].slice(0, clitic)).slice(elided ? 2 : 0);
    const lower = word.toLowerCase();
    const before = previous && text.slice(previous.start, previous.end).toLowerCase();
    const dialect = (previous?.folded === "i" || previous?.folded === ISCH) && previous.sentence === sentence ? AFTER_I[lower] : previous?.folded === "ich" && previous.sentence === sentence ? AFTER_ICH[lower] : undefined;
    // Austrian and Bavarian "S'" after the verb is the polite "Sie": "Bringen S' ma bitte …", "Ham S' a Weißbier?"
    const clippedSie = CLIPPED_S.test(found[0]) && CLIPPED_END.test(text.slice(start + 1));
    const shorthand = (clippedSie ? "sie" : undefined) ?? SHORTHAND[lower] ?? (before === "ik" ? AFTER_IK[lower] : undefined) ?? (lower === "net" && !DEGREE.has(before ?? "") ? "nicht" : undefined);
    const folded = shorthand ?? (lower === ISCH && previous?.sentence === sentence && BEFORE_ISCH.has(previous.folded) ? "ich" : foldWord(dialect ?? PHONETIC[lower] ?? word));
    if (dialect !== undefined && previous) previous.folded = previous.strict = "ich";
    const token: Token = {
      folded,
      strict: shorthand === undefined && (MAYBE_UMLAUT.test(word) || SPELLED_UMLAUTS.has(lower)) ? foldStrict(SPELLED_UMLAUTS.get(lower) ?? word) : folded,
      start: start + (elided ? 2 : 0),
      end: start + (elided ? 2 : 0) + word.length,
      sentence,
      breakBefore: previous !== undefined && !dotEndsNothing && CLAUSE_BREAK.test(between),
      quoted,
      asked: false,
      noun: looksLikeNoun(word, folded, previous === undefined || previous.sentence !== sentence),
    };
    if (elided) tokens.push({ ...token, folded: "die", strict: "die", start, end: start + 1, noun: false });
    tokens.push(elided ? { ...token, breakBefore: false, noun: looksLikeNoun(word, folded, false) } : token);
    if (clitic !== undefined) tokens.push({ ...token, folded: "es", strict: "es", start: token.end, end: start + found[0].length, breakBefore: false, noun: false });
    previousEnd = start + found[0].length;
  }
  const tail = text.slice(previousEnd);
  if (tail.includes("?")) asked.add(sentence);
  else if (tail.includes("!")) exclaimed.add(sentence);
  // A closing "oder" is German's tag question with or without its mark, as speech-to-text and chat leave it out:
  // "kaution muss ich zahlen oder", "Die Nebenkosten sind dabei, oder."
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    const closes = next === undefined || next.sentence !== token.sentence;
    if (closes && token.folded === "oder" && index > 0 && tokens[index - 1]?.sentence === token.sentence && !exclaimed.has(token.sentence)) asked.add(token.sentence);
  }
  for (const token of tokens) {
    token.asked = asked.has(token.sentence);
    if (exclaimed.has(token.sentence)) token.exclaimed = true;
  }
  return tokens;
}
