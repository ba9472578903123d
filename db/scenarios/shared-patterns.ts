// Greetings, farewells and thanks sound the same in every scene, so scenes share these
// patterns (lib/engine/objectives.ts explains the language). They use no lexicon sets.

export const greetPatterns: string[] = [
  "(hallo*|halo|hi|hey|servus|moin*|tach|nabend|gruzi|grutzi|griass di)",
  "grus* (gott|dich|sie|euch)",
  "(guten|gute|gutn|gutten|gudn) (tag|tach|morgen|abend|abent|mittag|nachmittag)",
  "(gutentag|gutenmorgen|gutenabend)",
  // "Einen guten Abend noch!" is a farewell, not a greeting.
  "!(guten|gute) (tag|abend) noch",
  "!einen (guten|gute)",
];

const DAY_PARTS = "(abend|tag|wochenende|sonntag|feierabend|aufenthalt|urlaub|nachmittag|tag noch)";

export const goodbyePatterns: string[] = [
  "auf (wiederseh*|widerseh*|wiedersen|wiederschau*|widerschau*|wiederhor*)",
  "(wiederseh*|widerseh*|wiedersen|wiederschau*|widerschau*|wiederhor*|aufwieder*)",
  "auf wieder (sehen|schauen)",
  "(tschus*|tscho|tschau|ciao|ade|adieu|bye|pfiat*)",
  "gute nacht",
  `(schonen|schone|schones) ${DAY_PARTS}`,
  `einen (schonen|guten|gute) ${DAY_PARTS}`,
  `(guten|gute|gutes) ${DAY_PARTS} noch`,
  "(bis bald|bis spater|bis dann|bis morgen|bis nachst*|bis zum nachst*|bis demnachst)",
  "(machs|mach|machen|macht) gut",
  "wir sehen uns",
  // "Ich hatte einen schönen Abend" tells, it does not take leave.
  "!(hatt*|hab*|war|waren|wars)",
];

export const thankPatterns: string[] = [
  "(danke*|dank|dankeschon|merci)",
  "bedank*",
];
