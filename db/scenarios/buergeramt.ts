import { greetPatterns, habitWordBlocker, othersBlockers, storyBlockers } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// An au pair's host family, whose errands are theirs, not the learner's: "Meine Gastfamilie möchte morgen die Kinder anmelden.",
// "Die Kinder von meiner Gastfamilie sind am 3. Mai geboren." (othersBlockers and the people the judge knows lack them).
const HOST_FAMILY = "gastfamilie|gastmutter|gastvater|gasteltern|gastkind|gastkinder|gastbruder|gastschwester|gastmama|gastpapa|gastsohn|gasttochter|gastgeschwister";

// A group of others as the subject tells their errand, not the learner's: "Meine Kollegen mussten für die Anmeldung drei
// Monate warten." (othersBlockers names single relatives; "Meine Freunde und ich wollen uns anmelden" still states it).
const groupBlockers: string[] = [
  "!!((mein|meine|unser|unsere) (kollegen|kolleginnen|freunde|freundinnen|nachbarn|geschwister|bekannten|mitbewohner|mitbewohnerinnen|brüder|schwestern|söhne|töchter|eltern|kinder|großeltern|schwiegereltern) (haben|hatten|mussten|müssen|konnten|können|sind|waren|wollten|wollen|möchten|sollen|brauchen|brauchten|melden|meldeten|bekommen|bekamen|kriegen))",
  // …and so does one flatmate, partner or acquaintance: "Mein Mitbewohner möchte sich auch anmelden."
  // (In that clause, up to the errand's words: "Ich möchte mich anmelden, mein Partner muss heute arbeiten." states it.)
  `!((mein|meine|unser|unsere) (mitbewohner|mitbewohnerin|partner|partnerin|verlobter|verlobte|bekannter|bekannte|freund|freundin|${HOST_FAMILY}) (hat|hatte|muss|musste|kann|konnte|ist|war|will|wollte|möchte|braucht|brauchte|meldet|bekommt|bekam|kriegt)) ... (anmeld*|ummeld*|anzumelden|umzumelden|melden|an|wohnsitz*|adresse|wohnung|geboren|geburtstag|$birthDate|$certificate)`,
];

// A time still to come, put first: "Nächstes Jahr ziehe ich um, dann melde ich mich an.", "In zwei Wochen ziehe ich um", "Im Sommer
// ziehe ich nach Köln", a weekday to come: "am montag will ich mich ummelden" (a time gone is not here: "Vor zwei Wochen bin ich umgezogen" states the move).
// The learner's own household, whose errand is theirs and not the learner's; and the verbs that ask whether they may or must.
const HOUSEHOLD = `(mann|frau|partner|partnerin|freund|freundin|sohn|tochter|kind|kinder|mutter|vater|eltern|bruder|schwester|${HOST_FAMILY})`;
const HOUSEHOLD_OR_LANDLORD = `(${HOUSEHOLD.slice(1, -1)}|vermieter|vermieterin)`;
const MAY_OR_MUST = "(muss|müssen|soll|sollen|kann|können|darf|dürfen)";
const LATER = "(morgen|übermorgen|später|nächste woche|nächsten monat|nächstes jahr|nächstes mal|nächsten sommer|nächsten winter|bald|im sommer|im herbst|im winter|im frühling|im frühjahr|in #word (tagen|wochen|monaten|jahren)|in ein paar (tagen|wochen|monaten)|(am|nächsten|nächste woche|diesen|kommenden) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende))";

// People in general, or a kind of them, whose papers and duties a learner asks about or tells of without doing the act:
// "Brauchen Studenten eigentlich auch eine Meldebescheinigung?", "Müssen Ausländer sich auch ummelden?"
const GROUPS = "(studenten|studentinnen|studierende|austauschstudenten|austauschstudentinnen|ausländer|ausländerinnen|touristen|touristinnen|leute|menschen|eu-bürger|eu bürger|nicht-eu-bürger|kanadier|amerikaner|flüchtlinge|rentner|rentnerinnen|expats|alle|die studenten|die ausländer|die leute|alle studenten|alle ausländer|internationale studenten|ausländische studenten)";
const GROUP_VERBS = "(braucht|brauchen|bekommt|bekommen|kriegt|kriegen|muss|müssen|können|dürfen|sollen|melden|haben)";
const GROUP_BLOCKERS = [
  `!!(${GROUP_VERBS} ${GROUPS})`,
  `!!(${GROUP_VERBS} (eigentlich|denn|auch|überhaupt|eigentlich auch) ${GROUPS})`,
  `!(${GROUPS} ${GROUP_VERBS})`,
  // …the errand further on in that clause: "Internationale Studenten müssen sich immer in zwei Wochen anmelden."
  `!(${GROUPS} ${GROUP_VERBS}) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|wohnsitz*|$certificate)`,
];

// The clerk's question about the move itself, which a told move answers: "Wann sind Sie eingezogen?", "Ziehen weitere Personen mit ein?"
const MOVE_ASKED = "(eingezogen|umgezogen|zugezogen|gezogen|einziehen|umziehen|ziehen|zieht|einzug*|umzug*)";

// The clerk's question about a date other than the birth, which a bare date answers: "Am 01.03.2024." after "Wann sind Sie
// eingezogen?", "Der 15.04.2023" after "Seit wann wohnen Sie dort?".
const OTHER_DATE_ASKED = "(seit wann|ab wann|bis wann|eingezogen|umgezogen|zugezogen|gezogen|gekommen|angekommen|eingereist|unterschrieben|ausgestellt|gültig|beginnt|begonnen)";

// The learner's own asking, which an indirect question hangs on: "Ich wollte fragen, ob …", "Können Sie mir sagen, ob …"
// A clause told of another town or country, put first or inside it, is a story or a comparison, not the act here: "In Köln
// ich habe nur Pass gebracht.", "Braucht man in München auch eine Wohnungsgeberbestätigung?", "Gibt es in Köln auch eine
// Meldebescheinigung?" (After a comma it leaves the act before it: "Bekomme ich sie sofort, wie in Hamburg?")
const ELSEWHERE = "!((in|bei uns in|damals in|früher in|vorher in|letztes mal in|auch in|wie in|als in) $elsewhere)";

// A what-if, put as a supposition or hung on a life event still to come, asks or does nothing now: "Angenommen, ich verliere die
// Meldebescheinigung, bekomme ich dann eine neue?", "Falls ich nächstes Jahr umziehe, muss ich dann wieder eine
// Wohnungsgeberbestätigung bringen?", "Wenn ich heirate, welche Unterlagen brauche ich dann?" (a condition of the visit itself is
// not here: "Wenn alles fertig ist, bekomme ich dann die Meldebescheinigung?")
const LIFE_EVENT = "(umziehe|umziehen|umzieht|ziehe|ziehen|zieht|wegziehe|wegziehen|zurückgehe|zurückgehen|zurückziehe|zurückziehen|ausziehe|ausziehen|auszieht|heirate|heiraten|heiratet|verliere|verlieren|verliert|verloren|vergesse|abläuft|ablaufen|abgelaufen|kündige|kündigt|gekündigt)";
const WHAT_IF = [
  "!!(angenommen|mal angenommen|nehmen wir an|gesetzt den fall|hypothetisch|theoretisch|rein theoretisch)",
  `!!((wenn|falls|sobald|und wenn|und falls) (ich|wir|man)) ... ${LIFE_EVENT}`,
  // …and the condition put by the verb first, as a formal writer puts it: "Sollte ich eines Tages nach München ziehen, müsste ich
  // mich dort erneut anmelden.", "Sollten wir heiraten, welche Unterlagen brauchen wir dann?" (not "würde ich", which is the
  // polite request: "Jetzt würde ich gern meine Wohnung anmelden, wir ziehen am Montag ein.")
  `!!((sollte|sollten) (ich|wir|man)) ... ${LIFE_EVENT}`,
];

// A habit told is no act now: "Normalerweise bekomme ich die Meldebescheinigung sofort.", "Meistens ich gebe nur den Pass."
// ("immer" after the verb is "still": "Ich brauche immer noch die Meldebescheinigung.")
const HABIT_WORDS = "(normalerweise|meistens|üblicherweise|gewöhnlich|immer|oft|sonst immer|jedes mal|jedesmal|in der regel)";
const HABIT_VERBS = "(bekomme|bekomm|kriege|krieg|brauche|brauch|melde|gebe|geb|zeige|zeig|bringe|bring|habe|hab|hole|hol|lege|bekommen|kriegen|brauchen|melden|geben|zeigen|bringen|haben|holen)";
const HABIT = [
  `!(${HABIT_WORDS} ${HABIT_VERBS} (ich|wir))`,
  `!(${HABIT_WORDS} (ich|wir) ${HABIT_VERBS})`,
  `!((ich|wir) ${HABIT_VERBS} (normalerweise|meistens|üblicherweise|gewöhnlich|oft|jedes mal|jedesmal|in der regel))`,
];

// A question or wish taken back in the same breath asks or states nothing: "Ich wollte eigentlich fragen, welche Unterlagen ich
// brauche, aber das steht schon auf der Webseite.", "…, aber hat sich erledigt." (only these closing words, not any "erledigt":
// "Ich möchte mich anmelden, aber die Abmeldung ist schon erledigt." states it)
const TAKEN_BACK = [
  "!!((aber|ach|ach so|okay|ok) (das|es|die frage|alles)) (hat sich|ist) (erledigt|schon erledigt|geklärt|schon geklärt|jetzt geklärt)",
  "!!((aber|ach|ach so|okay|ok) (hat sich|ist)) (erledigt|schon erledigt|geklärt|schon geklärt)",
  "!!((aber|ach|ach so) (das|es)) (steht|stand) (schon|ja|ja schon|doch|doch schon|alles) ... (webseite|website|internet|online|homepage|brief|liste|zettel|formular)",
  "!!((aber|ach|ach so) (das|es)) (weiß ich|wissen wir) (schon|ja|ja schon|jetzt|doch|inzwischen)",
  "!!((aber|ach|ach so) (das|es)) (haben sie|hat mir|hat man mir) (schon|ja|ja schon|mir schon|mir ja schon|doch) (gesagt|erklärt|beantwortet)",
];

const ASKING = "(ich bin mir nicht sicher|ich bin nicht sicher|ich war mir nicht sicher|ich war mir nicht ganz sicher|ich bin mir nicht ganz sicher|ich war nicht sicher|ich wollte fragen|ich wollte kurz fragen|ich wollte mal fragen|ich wollte noch fragen|wollte ich fragen|wollte ich kurz fragen|wollte ich mal fragen|wollte ich noch fragen|möchte ich fragen|möchte ich kurz fragen|ich möchte kurz fragen|ich möchte fragen|ich würde gern fragen|ich würde gerne fragen|darf ich fragen|kann ich fragen|ich frage mal|ich frage mich|können sie mir sagen|könnten sie mir sagen|sagen sie mir|"
  // …with the courtesy inside it: "Könnten Sie mir bitte sagen, ob …", "Würden Sie mir vielleicht sagen, …"
  + "können sie mir bitte sagen|könnten sie mir bitte sagen|können sie mir vielleicht sagen|könnten sie mir vielleicht sagen|würden sie mir sagen|würden sie mir bitte sagen|wissen sie|ich möchte wissen|ich wollte wissen|ich würde gern wissen|ich würde gerne wissen|"
  // …and the formal frames of a long letter-like message: "Ich wäre Ihnen dankbar, wenn Sie mir mitteilen könnten, ob …",
  // "Gestatten Sie mir die Frage, ob …", "Ich darf Sie fragen, ob …"
  + "mitteilen könnten|mitteilen können|mitteilen würden|ich darf sie fragen|ich darf fragen|darf ich sie fragen|ich frage sie|gestatten sie mir die frage|erlauben sie mir die frage|gestatten sie die frage|erlauben sie die frage|wären sie so freundlich|wären sie so nett|ich würde gern erfahren|ich würde gerne erfahren|ich möchte gern wissen|ich möchte gerne wissen|"
  // …and the wish to know in the Konjunktiv II of a formal writer: "Ich wüsste gern, ob …" (its perfect "Ich hätte gern gewusst"
  // sets no scene, being a perfect: see GEWUSST_OB)
  + "ich wüsste gern|ich wüsste gerne|ich möchte gern erfahren|ich möchte gerne erfahren)";

// The formal writer's "Ich hätte gern gewusst, ob …", which asks now though it reads as a perfect.
const GEWUSST_OB = "(hätte gern|hätte gerne|hätten gern|hätten gerne|hätte ich gern|hätte ich gerne) gewusst ob";

// A hedge, also as a learner who rarely writes hears it: "fileicht brauche ich meldebescheinigung" asks for nothing yet.
const MAYBE = "(vielleicht|eventuell|möglicherweise|vileicht|fileicht|filleicht|fieleicht|fielleicht|villeicht|vilaicht|vielaicht|filaicht|vieleich|vileich)";

// A denial typed as heard, which the shared negation words miss: "ich brauche kaine meldebescheinigung", "ich habe kain pass",
// "ich will mich nischt anmelden", "meldebescheinigung brauch ich nischt".
const MISSPELT_NO = [
  "!(kain|kaine|kainen|kainem|kainer|nischt|nichd|nichtt)",
  "!(ich|wir) ... (nischt|nichd|nichtt)",
];

// Another's act, the possessive typed as heard or turned English by a phone: "main mann möchte sich anmelden", "maine frau
// braucht eine meldebescheinigung", "my husband will sich auch anmelden".
const OTHERS_SPELT_WHO = `((main|maine|mainen|mainem|mainer|my) (${HOUSEHOLD.slice(1, -1)}|husband|wife|son|daughter|friend|kolege|kollege|kollegin|kolegin|chef|chefin|mitbewohner|mitbewohnerin|nachbar|nachbarin) (ist|sind|hat|haben|war|braucht|brauchen|möchte|möchten|will|wollen|muss|müssen|soll|kann|bekommt|meldet|wohnt|is|was|has|needs|wants))`;
// (In that clause only, up to the errand's words: "Ich möchte mich anmelden, main mann ist noch bei der arbeit." states it.)
const OTHERS_SPELT = [`!${OTHERS_SPELT_WHO}`,
  `!${OTHERS_SPELT_WHO} ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|wohnsitz*|adresse|wohnung|geboren|$birthDate|$certificate|$document|mitbring*|bringen|zeigen|geben|gebe)`];

// The verb and "ich" run together, as one who rarely writes types them: "musich noch etwas mitbringen?", "brauchich mitvertrag?",
// "bekomich meldebescheinigung?", "kanich bestetigung haben?"; and the clerk's "Sie" heard as "-se": "gebense mir …".
const MUST_I = "(@mussich|@musich|@sollich|@solich)";
const NEED_I = "(@brauchich|@braucheich|@brauchtich|@bräuchtich|@benötigich)";
const GET_I = "(@bekomich|@bekommich|@bekommeich|@bekomeich|@kriegich|@kriegeich)";
const CAN_I = "(@kanich|@kannich|@könntich|@könnich|@darfich)";
const GIVE_YOU = "(@gebense|@gebnse|@schickense|@druckense|@stellense)";

// The words themselves remarked on, in English or German, are no act: "Anmeldung, Meldebescheinigung, Wohnungsgeberbestätigung —
// so many long words!", "Wohnungsgeberbestätigung, what a word!", "Meldebescheinigung ist ein schweres Wort."
const WORD_TALK = "!!((so many|such|what a|what|these|those|all these|all those|long|difficult|hard|crazy|funny|so viele|so lange|lange|schwierige|schwere|komische|lustige|schwieriges|schweres|langes|komisches) (long words|long word|words|word|wörter|wort))";

// A what-if put in English before the German question, as one who code-switches puts it: "If I move again next year, muss ich
// dann wieder alle Unterlagen mitbringen?", "In case I lose it, bekomme ich eine neue Meldebescheinigung?"
const WHAT_IF_ENGLISH = `!!((if|in case|once|suppose|supposing|what if) (i|we|ich|wir|man|my)) ... (move|moving|marry|marrying|get married|lose|lost|leave|leaving|change|go back|divorce|${LIFE_EVENT.slice(1, -1)})`;

// What was done with a paper before or by another way tells a story, it hands nothing over now: "Ich habe eine Bestätigung vom
// Arbeitgeber bekommen.", "Ich habe die Unterlagen schon online hochgeladen.", "Den Mietvertrag habe ich per Mail geschickt."
const PAPER_DEALT = "(bekommen|gekriegt|erhalten|geschickt|geschrieben|gesehen|gefunden|verstanden|ausgedruckt|heruntergeladen|gelesen|beantragt|ausgefüllt|verlängert|bestellt|erneuert|ausgestellt|abgelaufen|kopiert|gescannt|eingescannt|fotografiert|übersetzt|beglaubigt|vorbereitet|sortiert|eingepackt|eingetragen|angegeben|notiert|angekreuzt|hochgeladen|hoch geladen|hochgeladet|upgeloadet|geuploadet|uploaded|gemailt|gemailed|gesendet|gesandt|versendet|versandt|verschickt|abgeschickt|weitergeleitet|gefaxt|eingeworfen|zugeschickt|zugesandt)";

export const buergeramt: ScenarioSeed = {
  id: "buergeramt",
  title: "Im Bürgeramt",
  subtitle: "Register your new address at a Berlin citizens' office",
  character: {
    name: "Beate Krüger",
    role: "Sachbearbeiterin",
    persona:
      "Du arbeitest am Schalter im Bürgeramt Berlin-Mitte. Du sagst „Sie“, sprichst förmlich und etwas trocken, erklärst Begriffe aber gern. Zur Anmeldung der neuen Adresse braucht man Ausweis oder Pass, Mietvertrag und Wohnungsgeberbestätigung; danach gibt es die Meldebescheinigung.",
  },
  setting:
    "A service desk at the Bürgeramt (citizens' office) in Berlin-Mitte. The learner has moved into a new flat and must register the address (Anmeldung) within two weeks; they have an appointment and a folder with passport, rental contract and the landlord's confirmation (Wohnungsgeberbestätigung).",
  level: { min: "B1", max: "B1" },
  openingLine: "Guten Morgen. Bitte nehmen Sie Platz. Worum geht es bei Ihnen?",
  keyWords: [
    { de: "sich anmelden", en: "to register your address" },
    { de: "die Unterlagen", en: "the documents" },
    { de: "der Reisepass", en: "the passport" },
    { de: "der Mietvertrag", en: "the tenancy agreement" },
    { de: "die Wohnungsgeberbestätigung", en: "the landlord's confirmation that you moved in" },
    { de: "das Geburtsdatum", en: "the date of birth" },
    { de: "die Meldebescheinigung", en: "the registration certificate" },
    { de: "der Wohnsitz", en: "the place of residence" },
  ],
  exchanges: [
    { learner: "Ich möchte meine neue Wohnung anmelden.", character: "Gut. Haben Sie Ihren Ausweis und die Wohnungsgeberbestätigung dabei?" },
    { learner: "Was ist eine Wohnungsgeberbestätigung?", character: "Das ist ein Formular von Ihrem Vermieter. Er bestätigt damit, dass Sie dort wohnen." },
    { learner: "Hier sind meine Unterlagen.", character: "Danke. Wie ist Ihr Geburtsdatum, bitte?" },
  ],
  lexicon: {
    document: [
      // "Perso" is the spoken Personalausweis.
      "pass", "passe", "perso",
      // The double s heard as one: "ich gebe ihnen pas", "hier is mein pas".
      "pas", "*reisepass", "*ausweis", "*ausweise", "mietvertrag*",
      // A couple's papers, in the plural with its umlaut: "Hier sind unsere Pässe.", "unsere Reisepässe", "beide Mietverträge".
      "pässe", "*reisepässe", "mietverträge", "*urkunden",
      // The landlord's confirmation in a beginner's words, who lacks the compound: "das mein ausweis und papier von vermieter".
      "(papier|zettel|formular|form|blatt) (von|vom|von meinem|von meiner|von dem|von der|von unserem|von unserer|from|from my|from the) (vermieter*|wohnungsgeber*|landlord*|hausverwaltung*)", "*bestätigung", "*bestätigungen",
      // The English "ID" for the identity card: "hier meine ID", "Das ist meine ID-Karte."
      "id", "id karte", "idkarte", "id-karte", "id card",
      // An Arabic speaker's b for p, who has no p: "Welche Babiere brauchen Sie?", "Hier ist mein Bass."
      "babiere", "bapiere", "bass", "*reisebass", "bässe",
      "*formular", "*formulare", "aufenthaltstitel*", "aufenthaltserlaubnis", "visum", "*urkunde", "dokument*",
      "unterlagen", "papiere", "docs", "*übersetzung", "*übersetzungen", "*nachweis", "*nachweise", "*kopie", "*kopien",
      // The folder they come in: "Hier ist meine Mappe."
      "*mappe",
      // Variant compounds and papers learners bring too: "Wohnungsgeberbescheinigung", "Führerschein", "ein Foto".
      "wohnungsgeberbescheinigung*", "vermieterbescheinigung*", "führerschein", "passfoto*", "foto", "fotos",
      // The contract without its compound, and the English words mixed in: "Hier ist der Vertrag.", "hier mein passport".
      "vertrag", "verträge", "passport*", "document", "documents",
      // The Italian words mixed in: "Ecco il passaporto", "hier documenti".
      "passaporto", "passaporti", "documenti", "contratto",
      // Speech-to-text splits the compound: "ich gebe ihnen meinen aus weis".
      "aus weis", "aus weiß",
    ],
    // The papers the learner brings of their own, not a form or a copy asked for: "bitte, reisepass, mietvertrag".
    ownPaper: ["pass", "pas", "pässe", "perso", "*reisepass", "*reisepässe", "*ausweis", "*ausweise", "mietvertrag*", "mietverträge", "vertrag", "wohnungsgeberbestätigung*", "wohnungsgeberbescheinigung*",
      "vermieterbescheinigung*", "aufenthaltstitel*", "aufenthaltserlaubnis", "visum", "unterlagen", "papiere", "dokumente", "passport*", "passaporto", "documenti", "aus weis", "aus weiß"],
    // A day, a month or a year that dates a birth: "am 3. Mai", "12.03.1985", "1994", "neunzehnhundertneunzig".
    birthDate: ["#date", "$month", "19*", "20*", "*19*", "*20*", "neunzehnhundert*", "zweitausend*"],
    month: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    // The anglicism too: "so ein Zertifikat von der Registrierung".
    // The certificate by a name no other paper shares (not "Kopie", "Ausdruck", "Beleg" or "Nachweis"): "Ich will eine Kopie."
    // answers "Soll ich Ihren Pass kopieren?".
    certificateNamed: ["meldebescheinigung*", "anmeldebescheinigung*", "anmeldebestätigung*", "meldebestätigung*", "bescheinigung*", "bestätigung*", "zertifikat*", "certificate*"],
    // …and needed, only the registration's own: "Brauche ich nicht eine Bestätigung?" asks about the landlord's.
    certificateOwn: ["meldebescheinigung*", "anmeldebescheinigung*", "anmeldebestätigung*", "meldebestätigung*", "certificate*"],
    certificate: ["meldebescheinigung*", "anmeldebescheinigung*", "anmeldebestätigung*", "meldebestätigung*", "bescheinigung*", "bestätigung*", "nachweis", "kopie", "zertifikat*",
      // A printout or proof of it: "Kann ich einen Ausdruck bekommen?", "… einen Beleg".
      "ausdruck", "beleg",
      // The English word mixed in: "ich brauche das certificate von der Anmeldung".
      "certificate*"],
    // Who gives the landlord's confirmation, in any language: "die Bestätigung von meinem Landlord".
    // Another town or country, where a registration once happened: "In Köln ich habe nur Pass gebracht.", "Braucht man in
    // Hamburg andere Unterlagen als in Berlin?" (Berlin, the learner's town now, is not here).
    elsewhere: ["hamburg", "köln", "münchen", "frankfurt", "bremen", "düsseldorf", "stuttgart", "leipzig", "dresden", "hannover",
      "nürnberg", "dortmund", "bonn", "mainz", "kiel", "potsdam", "freiburg", "heidelberg", "münster", "aachen", "karlsruhe",
      "mannheim", "augsburg", "rostock", "erfurt", "magdeburg", "wien", "zürich", "nigeria", "lagos", "abuja", "china", "peking",
      "beijing", "shanghai", "shenzhen", "indien", "syrien", "polen", "italien", "spanien", "griechenland", "frankreich",
      "der türkei", "amerika", "den usa", "england", "london", "paris",
      "meinem land", "meinem heimatland", "meiner heimat", "der heimat", "meiner alten stadt", "der alten stadt", "meiner heimatstadt", "der anderen stadt", "meiner letzten stadt"],
    landlord: ["vermieter*", "wohnungsgeber*", "landlord*", "hausverwaltung*", "verwaltung", "eigentümer*", "hausbesitzer*", "hauseigentümer*", "vermietung"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the clerk",
      points: 10,
      patterns: greetPatterns,
      examples: ["Guten Morgen!", "Guten Tag, Frau Krüger."],
      nudge: "Frau Krüger is waiting at her desk: greet her.",
    },
    {
      id: "state_purpose",
      title: "Say that you want to register your address",
      points: 20,
      patterns: [
        "(anmeld*|*anmeldung|ummeld*|wohnsitz*|hauptwohnsitz*|nebenwohnsitz*|zweitwohnsitz*|erstwohnsitz*)",
        // Which kind of residence it is answers the clerk's question about it: "Hauptwohnsitz." after "Ist das Ihr Haupt- oder Nebenwohnsitz?"
        "!![(hauptwohnsitz|nebenwohnsitz|zweitwohnsitz|weiteren wohnsitz|anderen wohnsitz)] (wohnsitz*|hauptwohnsitz*|nebenwohnsitz*|zweitwohnsitz*|erstwohnsitz*)",
        // The zu-infinitive splits the verb: "Ich bin hier, um mich anzumelden." (not "sich anzumelden", said of anyone).
        // (After "um", the purpose: "Ich habe versucht, mich online anzumelden" and "Ist es schwer, mich anzumelden?" state none.)
        "um (mich|uns) ... (anzumelden|umzumelden)",
        // …or the address, by another verb: "Ich bin hier, um meine Adressänderung offiziell zu registrieren."
        "um (meine|meinen|die|den|unsere|unseren) ... (adressänderung|adresse|neue adresse|wohnsitz|wohnung|neue wohnung|umzug) ... (zu registrieren|zu melden|zu ändern|einzutragen|zu aktualisieren|anzumelden|umzumelden)",
        // …the formal word for the address, or the doing left to the office: "Ich komme, um meine neue Wohnanschrift amtlich
        // eintragen zu lassen.", "…, um meine Adresse registrieren zu lassen."
        "um (meine|meinen|die|den|unsere|unseren) ... (anschrift|wohnanschrift|neue anschrift|neue wohnanschrift|meldeadresse|adresse|wohnsitz|wohnung) ... (eintragen|registrieren|anmelden|ummelden|melden) zu lassen",
        // …and after a modal, as learners mix the two: "Ich möchte mich umzumelden.", "will mich hier anzumelden"
        // (first person only: "Meine Frau möchte sich anzumelden" is hers).
        "(möchte|möchten|möcht|will|wollen|würde|würden|muss|müssen) (mich|uns) ... (anzumelden|umzumelden)",
        // The move as the errand: "Ich komme wegen meinem Umzug.", and "Umzug." answering "Worum geht es?"
        "wegen (meinem|meines|dem|des|einem|eines|unserem|unseres) (umzug|umzugs|wohnungswechsel|wohnungswechsels|adresswechsel|adresswechsels)",
        // …the article dropped, the learner here for it: "ich bin hier wegen umzug", "Ich komme wegen Umzug."
        // (A whole clause: "Ich bin wegen Umzug sehr müde." is no errand.)
        "=(ich|wir) (bin wegen|sind wegen|komme wegen|kommen wegen|bin hier wegen|sind hier wegen|komme hier wegen|bin heute wegen|bin heute hier wegen|komme heute wegen|kommen heute wegen) (umzug|wohnungswechsel|adresswechsel|adressänderung|neue adresse|neuer adresse|neue wohnung|neuer wohnung)",
        "wegen (meiner|der|einer|unserer) (adressänderung|neuen adresse|neuen wohnung|ummeldung)",
        "[(worum geht|was kann ich|anliegen|was führt sie|wie kann ich)] =(umzug|ein umzug|wohnungswechsel|adressänderung|adresswechsel|neue adresse|neue wohnung|umgezogen)",
        // Another address, as the learner's news: "Ich habe jetzt eine andere Adresse und muss das dem Amt sagen."
        "(ich|wir) (habe|hab|haben) ... (andere|neue) (adresse|anschrift|wohnadresse)",
        // The flat or the address registered, by other verbs: "Ich möchte meine Wohnung registrieren.", "… meine Adresse wechseln."
        "(wohnung|wohnadresse|meldeadresse) (registrieren|eintragen|ummelden|melden)",
        // The place of living by its form's word, which learners take for the address: "Ich möchte meinen neuen Wohnort melden."
        "(ich|wir) (will|möchte|möchten|muss|müssen|würde|würden) (meinen|den|unseren) (wohnort|neuen wohnort|wohnort hier|neuen wohnort hier|wohnort jetzt|neuen wohnort jetzt) (melden|anmelden|registrieren|eintragen)",
        "(adresse|anschrift|wohnadresse|meldeadresse) (wechseln|ummelden)",
        // The form and the certificate are documents, not the purpose: "das Anmeldeformular", "Bestätigung der Anmeldung".
        "!*formular*",
        // What the learner tried is no errand stated: "Ich habe versucht, meine Adresse online zu ändern, aber es ging nicht."
        // (In that clause and the next: "Ich habe versucht, es online zu machen, aber jetzt möchte ich mich hier anmelden.")
        "!((versucht|probiert|vergessen|geschafft) (meine|meinen|mich|die|den|unsere|unseren|uns)) ... (adresse|anschrift|wohnsitz|wohnort|wohnung|anzumelden|umzumelden|ändern|registrieren|aktualisieren|eintragen)",
        // …and the wish gone by, tried elsewhere: "Ich wollte mich eigentlich online anmelden, aber das ging nicht." (in its clause:
        // "Ich wollte fragen, ob ich mich hier anmelden kann" asks it).
        "!((ich wollte|wir wollten|wollte ich|wollten wir) (mich|uns) (eigentlich|schon|zuerst|erst)) ... (online|im internet|per post|per mail|per e-mail|digital|woanders)",
        // The word asked about, the article dropped: "ich nicht wissen was ist wohnsitz", "was ist wohnsitz?"
        "!((was ist|was sind|was heißt|was bedeutet|was meinen sie mit|wer ist|was ist das) (wohnsitz*|hauptwohnsitz*|nebenwohnsitz*|zweitwohnsitz*|anmeldung|ummeldung|meldeadresse))",
        // The reception desk and a car are registered too: "Wo ist die Anmeldung?", "Mein Auto muss ich auch ummelden."
        "!(wo ist die|wo finde ich die|wo ist hier die|an der|an die) anmeldung",
        "!!(auto|autos|wagen|fahrzeug*|kfz|motorrad|kennzeichen)",
        // A business or a dog is registered elsewhere: "Ich möchte ein Gewerbe anmelden, bin ich hier richtig?"
        // …and so are a postal vote and a mailing list: "Können Sie mich auch für die Briefwahl anmelden?"
        "!!(gewerbe*|firma|unternehmen|selbstständigkeit|hund|hunde|hundesteuer|briefwahl*|wahlschein*|wählerverzeichnis*|newsletter*)",
        // The registration talked about, the verb first: "Ist die Anmeldung kostenlos?", "In Köln ging die Anmeldung viel schneller."
        // ("ist" told only before what it is like: "Mein Anliegen ist die Ummeldung." states it, "Für mich ist die
        // Anmeldung sehr kompliziert." does not.)
        "!((war|ging|geht|dauert|dauerte|kostet|kostete|lief|läuft|gilt|galt) (die|meine|eine|der|unsere) (anmeldung|ummeldung))",
        "!?(ist (die|meine|eine|der|unsere) (anmeldung|ummeldung))",
        "!(ist (die|meine|eine|der|unsere) (anmeldung|ummeldung)) ... (schwer|schwierig|einfach|leicht|kompliziert|kostenlos|gratis|umsonst|teuer|billig|wichtig|nötig|notwendig|pflicht|schnell|langsam|bürokratisch|anstrengend|möglich|fertig|erledigt|vorbei|gültig|online|digital|neu|anders|schlimm|stressig|nervig|viel|sehr|so|ganz|zu|nicht|kein|keine)",
        // …or its deadline or another way to do it, asked: "Wie lange habe ich Zeit für die Anmeldung?", "Kann ich die Anmeldung
        // online machen?", "Geht die Ummeldung auch per Post?"
        "!!?((wie lange|bis wann|wie viel zeit|wieviel zeit) (habe|hab|hat|haben) (ich|man|wir))",
        // (In its clause: "Ich habe den Termin online gebucht, kann ich mich jetzt anmelden?" asks for it.)
        "!?(anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|registrier*) ... (online|internet|per post|per mail|per e-mail|per email|digital|elektronisch)",
        "!?(online|internet|per post|per mail|per e-mail|per email|digital|elektronisch) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|registrier*|eintragen)",
        // A registration of the past: "Früher musste ich mich in München auch anmelden, das war kompliziert."
        "!!(früher|damals|vor jahren)",
        "!!(musste|mussten) (ich|wir|man) (mich|uns|sich)",
        "!(anmeldebe*|anmeldungsbe*)",
        // The registration as a point in time states no errand: "…, ob ich nach der Anmeldung eine Meldebescheinigung bekomme?"
        "!(nach|vor|bei|seit) (der|meiner|einer|dieser|unserer) (anmeldung|ummeldung)",
        // Doubting or asking why it is needed states no errand: "Muss ich mich wirklich anmelden?", "Warum muss man sich anmelden?"
        "!!(muss|müssen|muß) (ich|man|wir) (mich|sich|uns) (wirklich|überhaupt|echt|denn|immer|unbedingt)",
        // …and put as an indirect question, the verb last: "Ich überlege, ob ich mich überhaupt anmelden muss, weil ich vielleicht nur
        // ein Jahr bleibe.", "ich weiß nicht ob ich mich wirklich ummelden muss" (in its clause: "Ich bin umgezogen und frage mich, ob
        // ich mich überhaupt anmelden muss" still tells the move)
        "!(ob (ich|man|wir) (mich|sich|uns) (wirklich|überhaupt|echt|denn|unbedingt|auch wirklich|eigentlich)) ... (anmeld*|ummeld*|registrier*|anzumelden|umzumelden|melden)",
        "!((überlege|überlegen|frage mich|fragen uns|weiß nicht|weiß noch nicht|wissen nicht|bin mir nicht sicher|bin nicht sicher|zweifle) ob (ich|man|wir)) ... (anmeld*|ummeld*|registrier*|anzumelden|umzumelden|melden)",
        // …and whether one must, asked indirectly with the modal last: "ich wollte fragen ob ich mich anmelden muss" (whether one may
        // asks for it: "Ich wollte fragen, ob ich mich hier anmelden kann.")
        "!(ob (ich|man|wir)) ... (anmeld*|ummeld*|registrier*|melden) (muss|müssen|muß|soll|sollen|müsste|sollte)",
        // Others asked about, "sie" for them: "Falls meine Eltern uns besuchen, müssen sie sich dann auch anmelden?", "Muss er sich auch ummelden?"
        "!((muss|müssen|soll|sollen|darf|dürfen|kann|können|müsste|müssten|sollte|sollten) (er|sie) sich) ... (anmeld*|ummeld*|registrier*|an)",
        // …and what it takes, asked with the time or words between: "was soll ich morgen für die anmeldung mitbringen"
        "!!((was|welch*) (muss|soll|müssen|sollen|müsste|sollte|brauche|bräuchte|benötige) (ich|man|wir)) ... (für die|für meine|für eine|zur|bei der|für) (anmeld*|*anmeldung|ummeld*)",
        // Not "weshalb": a one-letter slip of it is "deshalb", which gives the reason ("Deshalb muss ich mich anmelden.").
        "!!(warum|wieso|wozu) (muss|müssen|soll|sollen|muß) (ich|man|wir)",
        // Asking whether or where one must is no errand stated either: "Muss ich mich hier anmelden?", "Wo muss man sich anmelden?"
        // (told, it is: "Ich bin umgezogen, also muss ich mich hier anmelden.")
        "!?((muss|müssen|muß|müsste) (ich|man|wir)) ... (anmeld*|ummeld*|registrier*)",
        // …and so is what anyone must do, checked with a tag: "(Ich habe gehört,) man muss sich anmelden, stimmt das?"
        "!?(man (muss|müsse|muß|soll|sollte)) ... (anmeld*|ummeld*|registrier*)",
        // A visit of the past for it: "Ich war letzte Woche hier für die Anmeldung."
        // A wish of the past, dated, states no errand now: "Letzte Woche wollte ich mich online anmelden, aber es hat nicht
        // funktioniert." (undated, "Ich wollte mich anmelden" is the polite present)
        "!!((gestern|vorgestern|letzte woche|letzten monat|letztes jahr|letztes mal|damals|früher|vor einer woche|vor einem monat|vor einem jahr) (wollte|wollten|musste|mussten|sollte) (ich|wir))",
        "!!((ich|wir) (wollte|wollten|musste|mussten|sollte) (mich|uns) (gestern|vorgestern|letzte woche|letzten monat|letztes jahr|letztes mal|damals|früher))",
        // …the time further inside the bracket: "Ich wollte mich eigentlich schon letzte Woche anmelden, aber es gab keinen Termin."
        "!!((ich|wir) (wollte|wollten|musste|mussten|sollte) (mich|uns)) ... (gestern|vorgestern|letzte woche|letzten monat|letztes jahr|letztes mal|damals|früher|vor einer woche|vor einem monat|vor #word (tagen|wochen|monaten))",
        "!!((wollte|wollten|musste|mussten|sollte) (ich|wir) (mich|uns)) ... (gestern|vorgestern|letzte woche|letzten monat|letztes jahr|letztes mal|damals|früher|vor einer woche|vor einem monat|vor #word (tagen|wochen|monaten))",
        // A counterfactual with "ja" concedes, it states no errand: "Ich würde mich ja anmelden, aber ich habe keine Wohnung."
        "!!((ich|wir) (würde|würden) (mich ja|uns ja|ja|mich eigentlich ja|uns eigentlich ja))",
        "!!((würde|würden) (ich|wir) (mich ja|uns ja|ja))",
        // Another way wished for, rather than this one: "Am liebsten würde ich mich online anmelden."
        "!((am liebsten|lieber) (würde|würden|möchte|möchten|hätte|wollte) (ich|wir)) ... (online|im internet|per post|per mail|per e-mail|digital|elektronisch|von zu hause|von zuhause)",
        // …the article dropped, as beginners write it: "Gestern ich war hier für anmeldung".
        "!(war|waren) ... (für die|wegen der|zur|wegen meiner|für meine|für|wegen|fur) (anmeldung|ummeldung)",
        // Two others as the subject: "Meine Frau und die Kinder müssen sich auch anmelden." ("Meine Frau und ich …" still states it).
        "!!((mein|meine|unser|unsere) (frau|mann|partner|partnerin|freund|freundin|sohn|tochter|kind|kinder|mutter|vater|eltern|bruder|schwester) und (die|meine|unsere|mein|unser|der|das) #word (müssen|wollen|möchten|sollen|haben|sind|brauchen|melden|werden))",
        // …and so is asking what anyone may do: "Kann man sich auch online anmelden?" ("Kann ich mich hier anmelden?" asks for it).
        "!?((kann|könnte|darf|dürfte) man) ... (anmeld*|ummeld*|registrier*)",
        // …or change the address: "Kann man die Adresse auch online aktualisieren?"
        "!?((kann|könnte|darf|dürfte) man) ... (ändern|aktualisieren|umschreiben)",
        // …or in words for the paper: "Ich brauche noch was Schriftliches über die Anmeldung."
        "!($certificate|papier|dokument|zettel|nachweis|schriftliches|schriftlich) (der|über|für|zur|von|von der|vom) anmeld*",
        "!($certificate|papier|dokument|zettel|nachweis|schriftliches|schriftlich) (über die|über meine|für die|für meine|von meiner) anmeld*",
        "(melde|melden) an",
        // The particle further off than a gap allows: "Ich melde mich zum ersten Mal in Deutschland an." (Not "~anmelden", whose
        // forms forgive a slip and so meet "abmelden".)
        "(ich|wir) (melde|melden) (mich|uns) ... an",
        // The anglicism for it: "Ich will mich registrieren."
        "((mich|uns) (registrieren|registriere)|(registrieren|registriere) (mich|uns))",
        // …the verb bracket wider: "Ich möchte mich hier mit meiner neuen Adresse registrieren lassen."
        "(möchte|möchten|möcht|will|wollen|würde|würden|muss|müssen) (mich|uns) ... (registrieren|eintragen)",
        // The move told as the errand, not as the answer to the clerk's question about it: "Ich bin allein eingezogen." after
        // "Ziehen weitere Personen mit ein?", "Wir sind zu dritt eingezogen." after "Wie viele Personen ziehen ein?"
        `[!${MOVE_ASKED}] (ich|wir) (umgezogen|eingezogen)`,
        // …not a move of long ago or one of many, told as the learner's story: "Ich bin letztes Jahr schon einmal umgezogen, von
        // Vancouver nach Toronto.", "Als Kind bin ich oft umgezogen." (a move of days or weeks ago is the errand: "Vor zwei Wochen
        // bin ich umgezogen.")
        "!(schon einmal|schon mal|schon oft|schon öfter|oft|so oft|sehr oft|öfter|mehrmals|zweimal|dreimal|viermal|fünfmal|viele male|als kind|als student|als studentin|letztes jahr|vorletztes jahr|letzten sommer|letzten winter|vor einem jahr|vor #word jahren|vor vielen jahren|in meinem leben|im leben|19*|200*|201*) ... (umgezogen|eingezogen|gezogen)",
        // Moved, in other words: "Ich bin nach Berlin gezogen.", "Meine Adresse hat sich geändert.", "Ich möchte meinen Umzug melden."
        `[!${MOVE_ASKED}] (ich|wir) (bin|sind) ... (gezogen|hergezogen|zugezogen|hierhergezogen)`,
        "(adresse|anschrift|wohnsitz|wohnort) (hat sich|hat sich jetzt|hat sich gerade) geändert",
        "(umzug|wohnungswechsel|adressänderung|adresswechsel) (melden|anmelden|anzeigen|mitteilen|angeben|eintragen)",
        "(neuen|neuer|neues) (adresse|wohnung|anschrift)",
        // The new flat as the place where something is states no errand: "Ich habe viele Sachen in der neuen Wohnung."
        "!((in der|in meiner|in unserer|aus der|aus meiner) (neuen) (wohnung|adresse))",
        // A flat still sought, or another's bought, is no move to register: "Ich suche eine neue Wohnung.", "Wann haben Sie die
        // neue Wohnung gekauft?"
        "!(suche|suchen|sucht|kaufe|kaufen|gekauft|finden) ... (neue|neuen) (wohnung|adresse)",
        "!(neue|neuen) (wohnung|adresse) (suchen|finden|kaufen|gekauft)",
        // Knowing the procedure, or how many do it, states no errand: "Ich kenne die Anmeldung aus Spanien.", "Wie viele Leute
        // melden sich jeden Tag an?"
        "!((kenne|kennen|kannte) (die|eine|diese|so eine) (anmeldung|ummeldung))",
        "!((kenne|kennen|kannte) (anmeldung|ummeldung))",
        // (In that clause, up to the errand: "Guten Tag, viele Leute warten, aber ich möchte mich nur schnell ummelden." states it.)
        "!((wie viele|viele|alle|die meisten|manche) (leute|menschen|personen|ausländer)) ... (anmeld*|ummeld*|anzumelden|umzumelden|melden|an)",
        // The date of the move answers the clerk's question, it states no errand: "Ich bin am 1. Oktober eingezogen."
        "!(am|im|seit|zum) (#date|#word $month|$month)",
        // Asking what the errand needs names it, it does not state it: "…, welche Unterlagen für die Anmeldung erforderlich wären?"
        "!!(welch*|welsch*|was für) ... (für die|für meine|für eine|zur|bei der) (anmeld*|*anmeldung|ummeld*)",
        // …the article dropped, as beginners write it: "welche dokumente fur anmeldung?", "Für Anmeldung ich brauche was?"
        "!!(welch*|welsch*|was für) ... für (anmeld*|*anmeldung|ummeld*)",
        // …or as the goal of something else, in a clause of its own: "…, welche Papiere von mir gebraucht werden, damit die Anmeldung
        // gemacht werden kann?" (the learner's own wish before it still states it: "Ich möchte mich anmelden, damit die Anmeldung …")
        "!(damit|dass) (die|meine|unsere|eine) (anmeldung|ummeldung)",
        // …and a complaint why it takes so much names it too: "Ich verstehe nicht, warum so viele Dokumente für eine Anmeldung
        // gebraucht werden."
        "!!(warum|wieso|wozu) ... (für die|für eine|für meine|für unsere|zur|bei der|für) (anmeld*|*anmeldung|ummeld*)",
        "!?((für|für die|zur|für meine) (anmeld*|*anmeldung|ummeld*) (ich|man|wir) (brauche|brauch|bräuchte|benötige|muss|müssen|soll))",
        // …and in the indirect question, the subject first: "Ich würde gerne wissen, was ich für die Anmeldung mitbringen muss."
        "!((was|welch*) (ich|man|wir)) ... (für die|für meine|für eine|zur|bei der) (anmeld*|*anmeldung|ummeld*)",
        // …in the passive too: "Was wird für die Anmeldung benötigt?", "Was ist nötig für die Ummeldung?"
        "!(was (wird|werden|ist|sind)) ... (anmeld*|*anmeldung|ummeld*) ... (benötigt|gebraucht|verlangt|nötig|notwendig|erforderlich)",
        "!(was (wird|werden|ist|sind)) (benötigt|gebraucht|verlangt|nötig|notwendig|erforderlich) ... (anmeld*|*anmeldung|ummeld*)",
        // Asking how the errand goes names it, it does not state it: "Wie lange dauert die Anmeldung normalerweise?"
        "!!(wie lange|was|wie|wie viel|wieviel) (dauert|kostet|funktioniert|geht) ... (anmeld*|*anmeldung|ummeld*)",
        "(will|möcht*|muss|müss*|würd*|wollte) (das|mich|uns|meinen wohnsitz|die adresse|meine adresse|die wohnung|meine wohnung) melden",
        // Getting in touch with someone is no registering: "Ich muss mich bei meiner Mutter melden.", "Ich melde mich bei ihm."
        "!((mich|uns) (bei|beim) (meiner|meinem|meinen|meine|mein|unserer|unserem|unseren|ihm|ihr|dir|euch|mama|papa|mutter|vater|chef|chefin|arzt|ärztin|polizei|familie)) ... melden",
        // A pronoun for the address or flat named before: "Meine Adresse ist neu, ich muss sie melden."
        "[(adresse|anschrift|wohnung|wohnsitz)] (ich|wir) (will|möcht*|muss|müss*|würd*|wollte) ((sie|es|ihn|die|den) (melden|anmelden|ummelden))",
        // …the pronoun dropped, as beginners drop it: "Meine Adresse ist neu, ich muss melden."
        "[(adresse|anschrift|wohnung|wohnsitz)] .=((ich|wir) (will|möcht*|muss|müss*|wollte) (melden|hier melden|das melden))",
        // (The pronoun and the verb side by side: "Meine Adresse ist neu, ich muss sie meinem Chef melden." tells the boss.)
        "neue (adresse|wohnung|anschrift)",
        // Describing the new flat states no errand: "Die neue Wohnung ist in Neukölln."
        // …nor does naming it, as the answer to the clerk's question: "Torstraße 5, das ist meine neue Adresse."
        "!(das|dies) (ist|sind) (meine|unsere|die) (neue|neuen) (adresse|anschrift|wohnung)",
        // Thanks for the registration done: "Danke für die Anmeldung!", "Vielen Dank für Ihre Hilfe mit der Anmeldung."
        "!!(danke|dank|dankeschön|bedanke) (für|wegen) ... (anmeldung|ummeldung|anmelden)",
        "!(neue|neuen|neuer|neues) (adresse|wohnung|anschrift) (ist|liegt|hat|war)",
        // …or in the passive, as the learner's wish or need: "Ich möchte gerne, dass meine Adresse geändert wird.", "Mein Wohnsitz
        // muss umgemeldet werden."
        "(adresse|anschrift|wohnsitz|wohnort|wohnadresse|meldeadresse|hauptwohnsitz) ... (geändert|umgemeldet|angemeldet|eingetragen|registriert|aktualisiert) (wird|werden|werden muss|werden müsste|werden soll|werden sollte|werden kann|werden könnte)",
        // (Not wondered about: "Ich weiß nicht, ob meine Adresse automatisch geändert wird.")
        "!((weiß nicht|weiß noch nicht|wissen nicht|frage mich|fragen uns|bin mir nicht sicher|bin nicht sicher|überlege|zweifle) (ob|wann|wie)) ... (adresse|anschrift|wohnsitz|wohnort|wohnadresse|meldeadresse|hauptwohnsitz)",
        // The place of living too: "Ich will meinen Wohnort ändern."
        "(adresse|anschrift|wohnsitz|wohnort|wohnadresse|meldeadresse|hauptwohnsitz) (ändern|umschreiben|umschreiben lassen|eintragen|registrieren|aktualisieren|ändern lassen|aktualisieren lassen)",
        // The address changed with a bank or an insurer is another errand: "Muss ich meine Adresse auch bei der Bank aktualisieren?"
        "!!(bank|versicherung|krankenkasse|krankenversicherung|finanzamt|handyvertrag)",
        // …and with the employer, not the employer as the reason: "Mein Anliegen ist die Ummeldung, da mein Arbeitgeber mich nach
        // Berlin versetzt hat." states it; "Muss ich die Adresse auch beim Arbeitgeber ändern?" does not.
        "!!(bei|beim|für|für den|für meinen|dem|meinem|meinen|den) (arbeitgeber|arbeitgeberin)",
        "!!((mein|meine|der|die) (arbeitgeber|arbeitgeberin) (braucht|will|möchte|muss|fragt|verlangt|hat|kann|soll))",
        // Talking about the words names them, it states no errand: "Meldebescheinigung, Wohnungsgeberbestätigung, Anmeldung, diese
        // ganzen Begriffe sind für mich sehr confusing."
        "!!((diese|die|solche|all diese|diese ganzen|die ganzen|diese vielen|die vielen|so viele|viele) (begriffe|wörter|ausdrücke|fachbegriffe|fachwörter|wort))",
        // Another who will register, whoever it is, the verb with "sich": "Mein Teamlead möchte sich nächste Woche auch ummelden."
        // (In its clause: "Ich möchte mich anmelden, mein Kollege möchte sich später anmelden." states it.)
        "!((mein|meine|unser|unsere|sein|seine) #word (möchte|will|muss|soll|kann|wollte|musste|meldet|hat|möchten|wollen|müssen|sollen|melden) sich) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|registrieren)",
        "!((mein|meine|unser|unsere|sein|seine) #word #word (möchte|will|muss|soll|kann|wollte|musste|meldet|hat|möchten|wollen|müssen|sollen|melden) sich) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|registrieren)",
        // …or anyone named by a noun: "Der Herr vor mir wollte sich auch anmelden."
        "!((der|die|das|dieser|diese|dieses) #word) ... ((möchte|will|muss|soll|kann|wollte|musste|meldet|hat|hatte|möchten|wollen|müssen|sollen|wollten|mussten|melden|haben) sich) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|registrieren)",
        // The clerk's own words: "Sie möchten sich anmelden?", "Für die Anmeldung brauche ich Ihren Pass."
        "!sie (möcht*|wollen|müssen)",
        // (Told, only with the clerk's "Ihren": "deshalb brauche ich die Anmeldung" states it.)
        "!?(brauche|benötige) ich",
        // …nor a need of anyone's for it, asked: "Brauchen die Kinder auch einen Pass für die Anmeldung?"
        "!?(braucht|brauchen|benötigt|benötigen|brauche|benötige) ... (für die|für meine|für unsere|zur|für) (anmeld*|*anmeldung|ummeld*)",
        "!!((brauche|benötige) ich) ... (ihren|ihre|ihr|ihrem|noch ihren|noch ihre)",
        // Asking what it takes names the errand, it does not state it: "Was brauche ich alles für die Anmeldung?"
        "!(was|welch*) (brauch*|benötig*|muss|mitbring*) (für|zur|zum)",
        // Signing up for a course or a club is not registering a home.
        "!!(*kurs|kurs*|verein*|*verein|fitness*|bibliothek*)",
        // …nor a child's place at a school or a nursery, in the registering's clause or as where a child goes ("Meine Tochter kommt
        // in die Schule, ich will sie anmelden."); a school one works at, told in a clause of its own, leaves the errand after it
        // stated: "…, ich unterrichte jetzt an einer Schule in Wedding, und deshalb müsste ich mich hier anmelden."
        "!!(schule|kita|kindergarten|grundschule|hort) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|registrier*|melde|melden|eintragen)",
        "!!(anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|registrier*|melde|melden|eintragen) ... (schule|kita|kindergarten|grundschule|hort)",
        "!!(in die|in den|zur|zum|für die|für den|fürs|für meine|für meinen|für unsere|für unseren|für seine|für ihre|platz in der|platz im|einen platz) (schule|kita|kindergarten|grundschule|hort|neue schule|neue kita)",
        "!!(schule|kita|kindergarten|grundschule|hort) (anmeld*|*anmeldung|platz|platzes)",
        "!!(schulanmeld*|kitaanmeld*|kindergartenanmeld*|*schulplatz*|*kitaplatz*|*kindergartenplatz*|einschulung)",
        // A rule for some later move, or what someone else says, states no purpose now: "Wenn ich umziehe, muss ich mich ummelden."
        "!!(wenn|falls|sobald) (ich|man|wir) (umziehe|umzieht|umziehen|einziehe|einzieht|ziehe|zieht)",
        // Any future condition: "Wenn ich eine neue Wohnung finde, melde ich mich an."
        "!!(wenn|falls|sobald) (ich|man|wir) ... (finde|findet|finden|habe|hab|hat|haben|bekomme|bekommt|bekommen|kriege|kriegt|kriegen|bin|ist|sind|unterschreibt|unterschreibe)",
        // The address on a paper asked for is no purpose: "Bekomme ich ein Papier mit meiner neuen Adresse?"
        "!($certificate|papier|zettel|dokument|nachweis) (mit|über|für)",
        "!!(sagt|sagte|meint|meinte|hat gesagt)",
        // …nor what one was told or explained, in the active or the passive: "Man hat mir erklärt, dass die Anmeldung innerhalb von
        // zwei Wochen erfolgen muss.", "Mir wurde mitgeteilt, dass …"
        "!!(erklärt|erklärte|mitgeteilt|teilte mir mit|wurde gesagt|wurde mir gesagt)",
        // The rule for anyone's registration, in the official's verb, states no errand: "Die Anmeldung muss innerhalb von zwei
        // Wochen erfolgen." ("Ich muss mich innerhalb von zwei Wochen anmelden" still does.)
        "!((anmeldung|ummeldung) (muss|müsse|soll|sollte|hat)) ... (erfolgen|stattfinden|geschehen)",
        // What one needs or does for it, told of anyone, often in another country, states no errand: "In Griechenland braucht
        // man für die Anmeldung keine Unterlagen." (not "muss man", which a learner gives as the reason for coming).
        "!((braucht|brauchte|benötigt|benötigte|macht|machte|bekommt|bekam|kriegt|zahlt|zahlte) man) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|wohnsitz*)",
        "!(man (braucht|brauchte|benötigt|benötigte|macht|machte|bekommt|bekam|kriegt|zahlt|zahlte)) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|wohnsitz*)",
        // Refused in the same sentence: "Die Wohnung anmelden ist mir zu kompliziert, ich mache das nicht."
        "!!((ich|wir) (mache|mach|machen|will|möchte|wollen) (das|es) (nicht|heute nicht|jetzt nicht|lieber nicht))",
        // The desk, or a registration done or described, is no errand stated: "Ist hier die Anmeldung?", "Die Anmeldung war schwer zu finden."
        "!(ist hier|hier ist|ist das|ist da|ist dort) (die|der) anmeldung",
        // …and whether it works, as the goal of a paper asked for: "Was muss ich mitbringen, dass die Anmeldung funktioniert?"
        "!(die|meine|eine|der|unsere) (anmeldung|ummeldung) (war|ist|hat|wurde|dauert|dauerte|kostet|ging|geht|liegt|macht|funktioniert|funktionierte|klappt|klappte|gelingt|gelang)",
        // …and without the article, as beginners write it, before what it is like: "anmeldung ist sehr kompliziert in deutschland"
        // ("Anmeldung ist mein Anliegen." still states it)
        "!(anmeldung|ummeldung) (war|dauert|dauerte|kostet|kostete|ging|geht|lief|läuft|funktioniert|funktionierte|klappt|klappte)",
        "!((anmeldung|ummeldung) (ist|sind)) ... (schwer|schwierig|einfach|leicht|kompliziert|kostenlos|gratis|umsonst|teuer|billig|wichtig|nötig|notwendig|pflicht|schnell|langsam|bürokratisch|anstrengend|möglich|fertig|erledigt|vorbei|gültig|online|digital|anders|schlimm|stressig|nervig|viel|sehr|so|ganz|zu|nicht|kein|keine)",
        // Registered by another, told in the perfect or the passive: "Die Krankenschwester auf meiner Station hat ihren Wohnsitz auch
        // angemeldet.", "Die Wohnung wurde schon umgemeldet." (the learner's own "habe" is not here).
        "!(hat|hatte|hatten|wurde|wurden) ... (angemeldet|umgemeldet)",
        // Done already, by whoever: "Die Anmeldung hat mein Chef schon gemacht" (not "Ich habe einen Termin für die Anmeldung gemacht").
        "!!(anmeldung|ummeldung) (hat|haben|hatte|hatten|ist|war|wurde) ... (gemacht|erledigt)",
        "!!(schon|bereits) (gemacht|erledigt)",
        // …or told in the clipped style of a note: "Anmeldung abgeschlossen, Meldebescheinigung ausgestellt.", "Ummeldung erledigt?"
        // (not "gemacht": "Ich habe einen Termin für die Anmeldung gemacht."), or "fertig" as the game's claim: "Alle Ziele sind
        // erfüllt, Anmeldung fertig".
        "!((anmeldung|ummeldung) (abgeschlossen|erledigt|beendet|vorbei|durch|eingetragen|gespeichert|fertig|schon fertig))",
        // A registration put off to later states no errand now: "Morgen melde ich auch meine Frau an."
        // The time put first, the verb and the subject right behind it, as German orders them: so "guten Morgen also ich will
        // mich anmelden ich hab …" puts nothing off.
        // A move to come too: "Nächsten Monat ziehe ich wieder um, dann melde ich mich wieder an."
        `!!(${LATER} (melde|melden|komme|kommen|mache|machen|muss|müssen|will|wollen|möchte|gehe|ziehe|ziehen) (ich|wir))`,
        `!!(${LATER} (dann|also|erst|früh) (melde|melden|komme|kommen|mache|machen|muss|müssen|will|wollen|möchte|gehe|ziehe|ziehen) (ich|wir))`,
        `!!(melde|melden) (mich|uns) ${LATER}`,
        // …in the beginner's order, the subject before the verb: "vielleicht spater ich melde an", "nächste Woche ich komme
        // für Anmeldung" (not a bare "morgen", the greeting's: "Morgen, ich will mich anmelden"), or "mich" dropped: "ich melde
        // später an".
        // (In its clause: "Ich will mich anmelden, später ich komme mit Mietvertrag." states it.)
        `!(${LATER.replace("(morgen|", "(morgen früh|")} (ich|wir) (melde|melden|komme|kommen|mache|machen|muss|müssen|will|wollen|möchte|gehe|ziehe|ziehen)) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an|wohnsitz*)`,
        // …and a bare "morgen" too where a visit or the doing comes with it, "für" the errand: "morgen ich komme mit meine mutter für
        // anmeldung" (the greeting says why it came: "Morgen, ich komme wegen der Anmeldung.")
        "!((morgen) (ich|wir) (komme|kommen|mache|machen|gehe|gehen)) ... (für|fur|zur|zum) ... (anmeld*|*anmeldung|ummeld*)",
        `!(melde|melden) ${LATER} an`,
        // No time for it states none: "heute ich habe keine zeit fur anmeldung".
        "!((keine|kein) zeit) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden)",
        // Turned down for today after it is named: "Morgen ich möchte meine Tochter anmelden, aber heute nicht."
        "!!((aber|doch) (heute|jetzt) (nicht|noch nicht))",
        // …or put off to a later time: "Ich möchte mich ummelden, aber erst nächsten Monat, wenn die Wohnung fertig ist."
        `!!((aber|doch|und zwar) erst ${LATER})`,
        // …or "erst" a month or a time to come, after the modal and "mich": "Ummelden muss ich mich erst im Mai.", "Ich will mich
        // erst nächste Woche anmelden." (not the past "Ich bin erst im Mai umgezogen", which has no modal)
        `!!((muss|müssen|will|wollen|soll|sollen|kann|können|möchte|möchten) (ich|wir) (mich|uns) erst (im $month|ab $month|am|ab|${LATER.slice(1, -1)}))`,
        `!!((ich|wir) (muss|müssen|will|wollen|soll|sollen|kann|können|möchte|möchten) (mich|uns) erst (im $month|ab $month|am|ab|${LATER.slice(1, -1)}))`,
        // Here only to ask, said so: "…, jetzt bin ich nur zum Fragen hier."
        "!!(nur|bloß|nur mal) (zum|zur|für|fürs) (fragen|nachfragen|information|informieren|info|infos|auskunft)",
        "!!((aber|doch) (nicht heute|nicht jetzt|noch nicht heute|noch nicht jetzt))",
        // Only asking today, said so: "heute nur Information", "jetzt nur eine Frage".
        "!!((heute|jetzt|erstmal|erst mal) (nur|bloß|nur mal) (info|infos|information|informationen|eine frage|fragen))",
        // …or with the time inside the verb bracket: "Ich muss meine Wohnung morgen melden.", "Wir wollen uns nächste Woche anmelden."
        `!!(ich|wir) (muss|will|möchte|müssen|wollen|möchten|soll|sollen) ... ${LATER} ... (melden|anmelden|ummelden|anzumelden|umzumelden|an)`,
        // …or put off with "werden": "Ich werde mich später anmelden, heute nur Info."
        "!!(werde|werden) (mich|uns) (morgen|übermorgen|später|nächste woche|nächsten monat|bald|erst später|ein andermal)",
        // …or a visit to come for it, the verb first: "Vielleicht komme ich nächste Woche wieder, um mich anzumelden."
        `!!((komme|kommen) (ich|wir)) ... ${LATER}`,
        // …the subject first: "Sorry, ich meine nicht heute — ich komme morgen wieder wegen der Anmeldung."
        `!!((ich|wir) (komme|kommen)) ... ${LATER}`,
        // Another way hoped for, the could of a wish: "Ich hatte gehofft, ich könnte mich online anmelden, but the system was down."
        "!((könnte|könnten|hätte|hätten) (ich|wir) (mich|uns)) ... (online|im internet|per post|per mail|per e-mail|per email|digital|elektronisch|von zu hause|von zuhause)",
        "!((ich|wir) (könnte|könnten) (mich|uns)) ... (online|im internet|per post|per mail|per e-mail|per email|digital|elektronisch|von zu hause|von zuhause)",
        // The registration as the condition of a question states no errand: "Wenn ich mich anmelde, bekomme ich dann eine Steuer-ID?"
        // (its present or perfect only: "Wenn ich mich anmelden möchte, …" still wants to).
        "!!(wenn|falls|sobald|nachdem) (ich mich) (anmelde|ummelde|angemeldet|umgemeldet)",
        // …or made to wait on a paper another sends: "Wenn mein Vermieter die Bestätigung schickt, dann melde ich mich an."
        "!!(wenn|falls|sobald|nachdem) ... (schickt|schicken|gibt|geben|bringt|bringen|unterschreibt|unterschreiben|ausfüllt|schreibt)",
        // Liking the new flat is small talk, no errand: "Mitte ist schön, ich mag meine neue Wohnung sehr."
        "!(mag|liebe|mögen|lieben|finde|gefällt|gefallen) ... (neue|neuen|neuer|neues) (wohnung|adresse|anschrift|gegend)",
        "!(neue|neuen|neuer|neues) (wohnung|adresse|gegend) (gefällt|gefallen|mag|finde)",
        // An opinion of registering, or registrations counted, states no errand: "Ich finde die Anmeldung in Deutschland sehr
        // bürokratisch.", "Haben Sie heute viele Anmeldungen?"
        "!(finde|fand|finden|fanden) (die|eine|diese|meine|unsere) (anmeldung|ummeldung)",
        "!(viele|viel|wenig|wenige|alle|manche|mehrere|die meisten) (anmeldungen|ummeldungen)",
        // …and the clerk's work with them, small talk: "Mögen Sie Ihre Arbeit mit den ganzen Anmeldungen?"
        "!((den ganzen|die ganzen|all den|all die|so vielen|so viele|diesen vielen|den vielen|diese vielen) (anmeldungen|ummeldungen))",
        "!!((ihre|ihrer|ihren|ihrem) (arbeit|job|beruf|alltag|arbeitstag|pause|feierabend|kollegen|kolleginnen))",
        // Whether another must come or do it asks about them, it states no errand: "Muss mein Mann auch kommen, für die Anmeldung?"
        // (In its clause, or with the errand right after it, "Kann meine Frau das für mich machen, die Anmeldung?": "Ich möchte mich
        // anmelden, muss meine Frau auch kommen?" states it.)
        `!?(${MAY_OR_MUST} (mein|meine|unser|unsere) ${HOUSEHOLD_OR_LANDLORD})`,
        `!!?(${MAY_OR_MUST} (mein|meine|unser|unsere) ${HOUSEHOLD_OR_LANDLORD}) ... (kommen|mitkommen|dabei sein|da sein|hier sein|unterschreiben|mitmachen|machen|erledigen|übernehmen) (für die|zur|wegen der|bei der|für meine|für unsere|die|meine|unsere) (anmeld*|*anmeldung|ummeld*)`,
        // …or whether a relative may or must, however far the registering stands: "Kann meine Frau sich morgen allein anmelden?"
        // (Asked without its question mark too, as speech-to-text writes it: "kann meine frau sich auch anmelden".)
        `!(${MAY_OR_MUST} (mein|meine|unser|unsere) ${HOUSEHOLD}) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden)`,
        // Another's errand with a pronoun, the verb singular so that it is no formal "Sie": "Er braucht auch eine Anmeldung.",
        // "Sie will sich auch anmelden, meine Mitbewohnerin." (In that clause: "Ich möchte mich anmelden, er wartet draußen." states it.)
        "!((er|sie) (braucht|muss|will|möchte|kann|soll|darf|wird|meldet|hat|ist|wollte|musste|möchte auch|will auch|muss auch|braucht auch)) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an)",
        "!((muss|will|möchte|kann|soll|darf|braucht) (er|sie) (sich|auch|noch|auch eine|eine)) ... (anmeld*|*anmeldung|ummeld*|anzumelden|umzumelden|an)",
        // …or a third person's relative: "Seine Frau will sich auch anmelden."
        `!!((sein|seine|seinem|seiner) ${HOUSEHOLD} (braucht|brauchen|muss|müssen|will|wollen|möchte|möchten|kann|können|soll|sollen|hat|haben|ist|sind|meldet|melden))`,
        ...othersBlockers,
        ...groupBlockers,
        ...GROUP_BLOCKERS,
        ELSEWHERE,
        ...WHAT_IF,
        WHAT_IF_ENGLISH,
        ...TAKEN_BACK,
        ...HABIT,
        ...MISSPELT_NO,
        ...OTHERS_SPELT,
        WORD_TALK,
        // Registering as the condition, in the present, the negation or a time between: "Was passiert, wenn ich mich nicht
        // innerhalb von zwei Wochen anmelde?" ("Wenn ich mich anmelden möchte, …" still wants to).
        "!((wenn|falls|sobald) (ich|wir)) ... (anmelde|ummelde|angemeldet|umgemeldet)",
      ],
      examples: [
        "Ich möchte mich anmelden.",
        "Ich bin umgezogen und möchte meine neue Adresse anmelden.",
        "Ich möchte meinen Wohnsitz ummelden.",
      ],
      nudge: "Tell Frau Krüger that you want to register your new address.",
    },
    {
      id: "ask_documents",
      title: "Ask which documents you need",
      points: 15,
      patterns: [
        // Only fillers between, so "Welche Nummer brauche ich?" asks no documents (the papers named: see below).
        "((welch*|welsch*|was|wass) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)|(welch*|welsch*|was|wass) (genau|alles|denn|noch|eigentlich|sonst|dann|jetzt|so|sonst noch|ist) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)|(welch*|welsch*|was|wass) (ist|wäre|sind) (noch|sonst|denn|alles|genau) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*))",
        "(welch*|welsch*|was für) $document (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)",
        // The modal between, or the indirect question with the verb last: "Was muss ich alles vorlegen?", "…, was ich mitbringen müsste?"
        "((welch*|welsch*|was|wass) (muss|soll|müssen|sollen|müsste|sollte|müssten) (ich|man|wir) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)|(welch*|welsch*|was|wass) (muss|soll|müssen|sollen|müsste|sollte|müssten) (ich|man|wir) (alles|noch|denn|genau|eigentlich|sonst|dann|jetzt|so|da|dafür|noch alles|alles noch|denn alles|da alles|dafür alles) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)|(welch*|welsch*|was|wass) (ich|man|wir) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*)|(welch*|welsch*|was|wass) (ich|man|wir) (alles|noch|denn|genau|eigentlich|sonst|dann|jetzt|dafür|noch alles|alles noch|dafür alles) (bräuch*|mitbring*|benötig*|nötig|notwendig|erforderlich|vorleg*|vorzeig*))",
        // …and with the errand or a time between, the bringing verb last: "Was muss ich für die Anmeldung mitbringen?", "Was genau
        // muss ich für meine Anmeldung vorlegen?" (a course, a party or another errand between is blocked below)
        "(welch*|welsch*|was|wass) (muss|soll|müssen|sollen|müsste|sollte|müssten) (ich|man|wir) ... (mitbring*|mitnehmen|vorleg*|vorzeig*|einreichen|dabeihaben|dabei haben)",
        "(welch*|welsch*|was|wass) (genau|alles|denn|eigentlich|noch|sonst) (muss|soll|müssen|sollen|müsste|sollte|müssten) (ich|man|wir) ... (mitbring*|mitnehmen|vorleg*|vorzeig*|einreichen|dabeihaben|dabei haben)",
        // "Was muss ich Ihnen zeigen?": the verb at the end, after a modal.
        "(welch*|welsch*|was|wass) (muss|soll|müssen|sollen) (ich|man|wir) (zeigen|geben|dabeihaben|abgeben|einreichen)",
        // The subject dropped, as chat drops it: "was muss mitbringen", "Welche soll vorlegen?"
        "((welch*|welsch*|was|wass) (muss|soll) (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|dabeihaben))",
        // …not with another subject after the verb: "Was muss mitbringen mein Bruder?"
        "!((muss|soll) (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|dabeihaben) (mein|meine|unser|unsere|sein|seine|ihr|ihre|der|die|das|er|sie))",
        // A particle before the modal: "Was genau soll ich vorlegen?", "Was alles muss ich mitbringen?"
        // (Adjacent, as one group: "Was genau soll ich für den Deutschkurs mitbringen?" asks for a course; not "müsste", which meets "musste".)
        "((welch*|welsch*|was|wass) (genau|alles|denn|eigentlich|noch|sonst|denn genau|noch alles) (muss|soll|müssen|sollen|sollte) (ich|man|wir) (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|dabeihaben|dabei haben))",
        // Which form to fill in, adjacent: "Welches Feld muss ich hier ausfüllen?", "Was muss ich bei Beruf ausfüllen?" ask about the form's lines.
        "((was|welche formulare|welches formular|welche formular|welche papiere|welche dokumente|welche unterlagen) (muss|soll|müssen|sollen) (ich|man|wir) ausfüllen)",
        // The passive asks it too: "Was wird für die Anmeldung benötigt?", "Welche Papiere werden verlangt?", "…, was noch gebraucht wird?"
        "was (wird|werden|ist|sind) ... (benötigt|gebraucht|verlangt|nötig|notwendig|erforderlich)",
        "(welch*|welsch*|was für) $document (wird|werden|ist|sind) ... (benötigt|gebraucht|verlangt|nötig|notwendig|erforderlich)",
        "?was ... (benötigt|gebraucht|verlangt) (wird|werden)",
        // Whether the clerk wants a paper: "Wollen Sie den Mietvertrag sehen?", "Möchten Sie auch die Bestätigung haben?"
        "?(wollen|möchten|müssen) sie ... $document (sehen|haben|anschauen|prüfen)",
        // The paper first, the clerk's need asked after it, as beginners ask: "mietvertrag brauchen sie?", "Pass auch brauchen Sie?"
        "?$document (brauchen|benötigen|wollen|möchten) sie",
        "?$document (auch|noch|auch noch) (brauchen|benötigen|wollen|möchten|sehen) sie",
        // The verb before the paper, in the beginner's order: "muss ich zeigen pass?", "Soll ich mitbringen Mietvertrag?"
        "?(muss|soll|müssen|sollen) (ich|man|wir) (zeigen|mitbringen|bringen|vorlegen|vorzeigen|haben|abgeben|einreichen) ... $document",
        // …or the statement asked, the subject first: "ich muss zeigen aufenthaltstitel?", "Ich muss den Mietvertrag auch vorlegen?"
        "?(ich|man|wir) (muss|soll|müssen|sollen) (zeigen|mitbringen|bringen|vorlegen|vorzeigen|abgeben|einreichen) ... $document",
        "?(ich|man|wir) (muss|soll|müssen|sollen) ... $document ... (zeigen|mitbringen|vorlegen|vorzeigen|abgeben|einreichen)",
        // Other verbs and split spellings: "Was muss ich mitnehmen?", "… dabei haben?", "… mit bringen?", "Welche Dokumente muss ich haben?"
        "(welch*|welsch*|was|wass) (muss|soll|müssen|sollen|müsste|sollte) (ich|man|wir) (mitnehmen|dabei haben|mit bringen|haben|bringen|vorweisen)",
        // What matters, or what the clerk wants to see: "Welche Papiere sind wichtig?", "Welche Unterlagen möchten Sie sehen?"
        "(welch*|welsch*|was für) $document (sind|ist) (wichtig|nötig|notwendig|erforderlich)",
        "(welch*|welsch*|was für) $document (möchten|wollen|müssen|brauchen|benötigen) sie",
        // Asked by its word order, opening the sentence, or with a question mark: "Brauche ich einen Pass", "Entschuldigung, benötige
        // ich den Mietvertrag?"; a phrase put first makes it a statement ("Für die Bank brauche ich einen Nachweis."), and
        // "bräuch*" meets the plain "brauche" too.
        "^(bräuch*|benötig*) (ich|man) $document",
        "=(bräuch*|benötig*) (ich|man) $document",
        "?(bräuch*|benötig*) (ich|man) $document",
        "(ist|sind|wird|werden) $document (nötig|notwendig|erforderlich|benötigt|gebraucht|pflicht)",
        "(muss|soll|müssen|sollen) (ich|man|wir) (etwas|was|irgendwas|irgendetwas) (mitbring*|vorleg*|vorzeig*|zeigen|abgeben|einreichen|dabeihaben)",
        "(muss|soll) (ich|man) $document (mitbring*|vorleg*|zeigen|haben|ausfüll*|geben|abgeben|einreichen|vorzeigen)",
        "(brauchen|benötigen) sie $document",
        // …in the polite Konjunktiv: "Bräuchten Sie eventuell auch meine Aufenthaltserlaubnis?"
        "(bräuchten|benötigten) sie $document",
        // The statement asked: "Sie brauchen auch den Mietvertrag?"
        "?sie (brauchen|benötigen|wollen|möchten) (auch|noch|auch noch|wirklich|dann|dann auch|dann noch) $document",
        // …not why: "Warum brauchen Sie meinen Pass?", "Wozu wollen Sie den Mietvertrag sehen?" (not "weshalb": see state_purpose).
        "!!((warum|wieso|wozu|wofür) (brauchen|benötigen|wollen|möchten|müssen|brauche|benötige|muss|soll) (sie|ich|man|wir))",
        // …or why asked after the paper named: "Sie haben gesagt, ich brauche den Mietvertrag, aber wieso eigentlich?"
        "!!((aber|und|doch|nur) (warum|wieso|wozu|wofür) (eigentlich|denn|überhaupt|genau|das))",
        "!!?((aber|doch) (warum|wieso|wozu|wofür))",
        // …or sighed over as too many, which asks for no list: "Brauchen Sie wirklich so viele Papiere? In Griechenland ist alles einfacher."
        "!((so viele|so viel|soviele|soviel|so viel*|so eine menge|diese ganzen|die ganzen|all die|all diese) ($document|sachen|dinge|zettel|formulare))",
        // The clerk asked what to see: "Was wollen Sie sehen?", "Welche möchten Sie von mir sehen?" (not "… von mir wissen?")
        "((was|welche|welches|welchen) (wollen|möchten|müssen|brauchen) sie (sehen|von mir sehen|von mir haben|noch sehen|alles sehen|genau sehen))",
        "(brauchen|benötigen) sie (noch|sonst noch|sonst) (was|etwas|mehr|andere*|weitere*)",
        "welche $document (brauchen|benötigen) sie",
        // …the statement asked, the question word after the verb: "Sie brauchen welche Dokumente?"
        "?sie (brauchen|benötigen|wollen|möchten) (welch*|welsch*|was für) $document",
        // The errand's papers asked for without a verb, the article dropped: "welche dokumente fur anmeldung?"
        "?(welch*|welsch*|was für) $document (für|für die|zur|für meine) (anmeld*|*anmeldung|ummeld*)",
        // …or the errand put first, the question word last: "Für Anmeldung ich brauche was?"
        "?(für|für die|zur|für meine) (anmeld*|*anmeldung|ummeld*) (ich|man|wir) (brauche|brauch|bräuchte|benötige|muss|müssen|soll) (was|welch*)",
        // …the verb last, as beginners order it: "welche papiere sie wollen?"
        "?(welch*|welsch*|was für) $document sie (brauchen|benötigen|wollen|möchten|sehen wollen|sehen möchten)",
        "reicht (mein|meine|der|die|das) $document",
        // The verb and "ich" run together, asked: "musich noch etwas mitbringen?", "brauchich mitvertrag?", "was mussich mitbringen"
        `?${MUST_I} ... (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|bringen|dabeihaben|dabei haben|$document)`,
        `^${MUST_I} ... (mitbring*|mitnehmen|vorleg*|vorzeig*|abgeben|einreichen|dabeihaben|dabei haben)`,
        `(welch*|welsch*|was|wass) ${MUST_I} ... (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|bringen|dabeihaben|dabei haben|haben)`,
        `(welch*|welsch*|was|wass) (genau|alles|noch|denn|sonst) ${MUST_I} ... (mitbring*|mitnehmen|vorleg*|vorzeig*|zeigen|abgeben|einreichen|bringen|dabeihaben|dabei haben|haben)`,
        `?${NEED_I} ... $document`,
        `?${NEED_I} (noch|auch|sonst|sonst noch) (etwas|was)`,
        "(bräuch*|brauche|benötige) (ich|man) noch (etwas|was)",
        // …the chat's "brauch", or "irgendwas" with "anderes": "ähm brauch ich noch irgendwas anderes außer dem ausweis"
        "(brauch|brauche|bräuchte|benötige) (ich|man|wir) noch (irgendwas|irgendetwas|was anderes|etwas anderes|irgendwas anderes|irgendetwas anderes)",
        // Papers for another errand ask nothing about this one: "Was ist nötig, um einen Parkausweis zu bekommen?"
        "!!(*parkausweis*|parkausweis*|kindergeld*|steuernummer|steuer id|bibliotheksausweis*|wohngeld*|elterngeld*)",
        // …nor for a child's place or a business, asked in the passive: "Was ist eigentlich für die Kita-Anmeldung nötig?"
        "!!(kita*|kindergarten*|gewerbe*|kfz*|schulanmeldung*|hundeanmeldung*|autoanmeldung*)",
        // …nor for a course: "Welche Unterlagen brauche ich für den Integrationskurs?", "Was muss ich zum Sprachkurs mitbringen?"
        "!!((für den|für einen|für meinen|für unseren|für die|zum|zur) (*kurs|kurs*|*kurse|*prüfung|prüfung*))",
        // Papers one had to show once are a story: "Musste ich den Pass letztes Mal auch zeigen?" ("musste" is also how a keyboard
        // without umlauts types "müsste", so only beside a past time).
        "!!((musste|mussten) (ich|wir|man)) ... (letztes mal|damals|früher|gestern|vorgestern|letzte woche|letztes jahr|beim letzten mal)",
        "!!(letztes mal|damals|früher|gestern|vorgestern|letzte woche|letztes jahr|beim letzten mal) ... (musste|mussten) (ich|wir|man)",
        // Or the bank's: "Was brauche ich, um ein Konto bei der Bank zu eröffnen?"
        "!!(konto|bankkonto|kontoeröffnung|eröffnen|handyvertrag|kredit|beantragen)",
        // What a paper must be like, asked: "Muss die Wohnungsgeberbestätigung unterschrieben sein?"
        "?(muss|müssen|soll|sollen) ... $document ... (unterschrieben|beglaubigt|übersetzt|original|kopiert|aktuell|gültig|ausgefüllt)",
        // …dictated without the question mark, the modal opening it and an "oder" choice after: "muss der vermieter das formular
        // selbst unterschreiben oder geht auch die hausverwaltung"
        ".^(muss|müssen|soll|sollen) (der|die|mein|meine|unser|unsere) ... $document ... (unterschreiben|unterschrieben|beglaubigen|beglaubigt|ausfüllen|ausgefüllt) oder",
        // A question announced, or whether a paper will do: "Ich hätte eine Frage zu den Unterlagen.", "Genügt der Reisepass?"
        "(frage|fragen) (zu|zur|zum|wegen|über|bezüglich) $document",
        // The papers needed, asked by their list or their kind: "Gibt es eine Liste mit den erforderlichen Unterlagen?", "Habe ich alle
        // nötigen Papiere?"
        "?(erforderlichen|nötigen|notwendigen|benötigten|geforderten) $document",
        "?((eine|ne|einen) (liste|checkliste|übersicht|aufstellung)) ... $document",
        "?(genügt|genügen|reicht|reichen|geht|gehen|zählt|gilt|passt) ... $document",
        "?(braucht|brauchen|benötigt|benötigen) (man|ich|wir) ... $document",
        // Knowing what it takes asks nothing: "Keine Sorge, ich weiß, was nötig ist."
        // (The learner's own wish to know asks: "Ich möchte wissen, welche Unterlagen ich für die Anmeldung brauche."; another's does not.)
        "!(weiß|weiss) (was|welche*)",
        // …nor seeing or reading it: "Ich habe schon gesehen, was ich mitbringen muss."
        "!(gesehen|gelesen|verstanden|gehört|notiert|aufgeschrieben|nachgeschaut|nachgelesen|kenne|kennen) (was|welche*)",
        "!!((mein|meine|unser|unsere|sein|seine|die|der) #word (wissen|will wissen|wollte wissen|möchte wissen|wollen wissen|wollten wissen|möchten wissen))",
        // …nor another's not knowing: "Mein Vermieter weiß nicht, welche Papiere fehlen."
        "!!((mein|meine|unser|unsere|sein|seine|die|der) #word (weiß|weiss) (nicht|es nicht|auch nicht|leider nicht|nicht genau))",
        "!!((er|sie) (will wissen|wollte wissen|möchte wissen|wollen wissen|wollten wissen|möchten wissen))",
        // Knowing it already, said after: "Welche Unterlagen ich für die Anmeldung brauche, weiß ich schon."
        "!!((weiß|weiss) (ich|wir) (schon|bereits|ja|genau|jetzt))",
        // Asked, not told: "Fehlt noch etwas?" (not "Es fehlt noch mein Mann.")
        "?(fehlt|fehlen) (noch|etwas|was|$document)",
        // …which paper is missing, asked without its question mark: "welche unterlagen fehlen noch" after "Leider ist das nicht vollständig."
        "(welch*|welsch*|was für) $document (fehlt|fehlen)",
        // …or the verb last, as beginners ask: "Was noch fehlt?"
        "?(was|welche|welches) (noch|sonst|sonst noch|denn|denn noch|jetzt|jetzt noch) (fehlt|fehlen)",
        // After the clerk names a paper: "Was noch?", "Noch etwas?"
        "[$document] ?=(was noch|und was noch|noch etwas|noch was|sonst noch etwas|sonst noch was|und sonst|sonst noch)",
        // …or with what is needed, the verb dropped: "noch etwas notig?", "Sonst noch was erforderlich?"
        "[$document] ?=(noch etwas|noch was|sonst noch etwas|sonst noch was|sonst etwas|sonst was|und noch etwas|und noch was) (nötig|notwendig|benötigt|gebraucht|erforderlich)",
        "?=(unterlagen|dokumente|papiere|welche unterlagen|welche dokumente|welche papiere)",
        "?=(was für|welch*) $document",
        // The indirect question, verb last: "…, welche Unterlagen erforderlich sind."
        "(welch*|welsch*|was für) $document (erforderlich|nötig|notwendig|benötigt|gebraucht|brauche|benötige|mitbringen|vorlegen)",
        // With the subject and more between, the verb last: "…, welche Unterlagen ich für die Anmeldung bräuchte?"
        "(welch*|welsch*|was für) $document (ich|man|wir) ... (brauche|brauchen|bräuchte|bräuchten|benötige|benötigen|mitbringen|mitbringe|vorlegen|vorlege|zeigen|abgeben|einreichen|muss|müsste|soll|sollte)",
        // …or with no paper named, the modal last: "Ich würde gerne wissen, was ich für die Anmeldung mitbringen muss."
        "was (ich|wir) ... (mitbringen|mitnehmen|vorlegen|vorzeigen|zeigen|abgeben|einreichen|dabeihaben|dabei haben) (muss|soll|müsste|sollte|müssen|sollen)",
        "was (ich|wir) ... (für die|zur|für meine|für unsere) (anmeldung|ummeldung) (brauche|brauchen|bräuchte|bräuchten|benötige|benötigen)",
        // (…not all one brought: "Hier ist alles, was ich mitbringen sollte.")
        "!(alles|das|etwas) was (ich|wir)",
        // The indirect yes/no question, the verb last: "Ich wollte fragen, ob Sie den Mietvertrag brauchen.", "…, ob ich die
        // Geburtsurkunde auch mitbringen muss."
        // (Only after the learner's own asking: "Egal, ob Sie den Pass brauchen, …", "Der Vermieter fragt, ob …" ask nothing.)
        `[${ASKING}] ob (ich|wir|man) ... $document ... (brauche|brauchen|bräuchte|bräuchten|benötige|benötigen|mitbringen|vorlegen|vorzeigen|zeigen|abgeben|einreichen)`,
        `[${ASKING}] ob sie ... $document ... (brauchen|benötigen|bräuchten|sehen|sehen möchten|sehen wollen|sehen müssen)`,
        // …or whether the paper is needed or enough: "Ich war mir nicht ganz sicher, ob die Wohnungsgeberbestätigung zwingend
        // erforderlich ist oder ob der Mietvertrag reicht."
        `[${ASKING}] ob (der|die|das|mein|meine|ein|eine) $document ... (erforderlich|nötig|notwendig|pflicht|reicht|genügt|ausreicht|reichen|genügen|ausreichen)`,
        // …the paper with its adjective: "Gestatten Sie mir die Frage, ob eine beglaubigte Übersetzung notwendig ist."
        `[${ASKING}] ob (der|die|das|mein|meine|ein|eine|meinen) #word $document ... (erforderlich|nötig|notwendig|pflicht|reicht|genügt|ausreicht|reichen|genügen|ausreichen)`,
        // …or whether further papers are, however far they stand: "Gestatten Sie mir die Frage, ob neben dem Reisepass noch weitere
        // Nachweise erforderlich sind?"
        `[${ASKING}] ob ... (weitere|andere|zusätzliche|sonstige) $document ... (erforderlich|nötig|notwendig|pflicht|benötigt|gebraucht|vorzulegen|mitzubringen)`,
        // …or hung on the asking's perfect: "Ich hätte gern gewusst, ob die Wohnungsgeberbestätigung zwingend erforderlich ist."
        `${GEWUSST_OB} ... $document ... (erforderlich|nötig|notwendig|pflicht|reicht|genügt|ausreicht|reichen|genügen|ausreichen|brauche|brauchen|bräuchte|bräuchten|benötige|benötigen|mitbringen|vorlegen)`,
        // Whether a paper is enough, as a question: "Pass ist genug?", "Ist mein Ausweis okay?"
        "?$document (ist|sind) (genug|ausreichend|ok|okay|in ordnung)",
        // …the verb dropped: "pass genug?", "Mietvertrag okay?"
        "?=($document (genug|enough|ausreichend|ok|okay|in ordnung|reicht|reichen|auch genug|auch ok|auch okay))",
        // …"is" and "enough" as the English speaker mixes them in: "is Mietvertrag enough?"
        "?(ist|is|sind) $document (genug|enough|ausreichend|ok|okay|in ordnung)",
        "?$document (reicht|reichen|genügt|genügen)",
        // …not "reichen" as handing, offered: "Darf ich Ihnen meine Unterlagen reichen?", "Soll ich Ihnen den Pass reichen?"
        "!((darf|kann|soll|dürfte|könnte|sollte) (ich|wir) (ihnen|dir)) ... reichen",
        // The registration's own certificate needed is asked for, not a paper to bring: "Da mein Arbeitgeber einen Nachweis
        // verlangt, bräuchte ich eine Meldebestätigung." (ask_certificate; "Brauche ich für die Anmeldebestätigung meinen Pass?" asks)
        "!((bräuch*|brauch*|benötig*) (ich|man|wir) (eine|die|ne|noch eine|noch die|auch eine|auch die|dann eine|dann die|bitte eine|bitte die|auch noch eine|dann noch eine|noch) $certificateOwn)",
        // The bare infinitive asked, as beginners ask: "Mietvertrag auch brauchen?", "Pass mitbringen?"
        "?=$document (brauchen|nötig|mitbringen|bringen|zeigen|vorlegen|abgeben)",
        "?=$document (auch|noch|auch noch) (brauchen|nötig|mitbringen|bringen|zeigen|vorlegen|abgeben)",
        // …with "oder nicht" closing it: "Geburtsurkunde auch brauchen oder nicht?"
        "?=$document (auch|noch|auch noch) (brauchen|nötig|mitbringen|bringen|zeigen|vorlegen|abgeben) oder (nicht|nein|was)",
        // The "ich" chat drops, put back: "Brauche Pass?"
        // Whether a paper must be shown, asked with a zu-infinitive: "Ist es nötig, den Pass vorzulegen?"
        "?$document (vorzulegen|mitzubringen|vorzuzeigen|abzugeben|einzureichen)",
        "?(ich|wir) (brauche|brauch|bräuchte|benötige) (pass|perso|*ausweis|*reisepass|mietvertrag*|*formular|unterlagen|papiere|dokumente|visum|*urkunde|wohnungsgeber*)",
        // A yes/no question whether a paper is needed, however far the paper stands: "Benötige ich zusätzlich eine beglaubigte Übersetzung?"
        "?(brauche|bräuchte|brauch|benötige|benötigt) (ich|man|wir) ... $document",
        "(muss|müsste|soll|müssen|sollen) (ich|man|wir) ... $document (mitbring*|bringen|vorleg*|vorzeig*|zeigen|einreichen|dabeihaben|haben)",
        // …handed in, or with a particle before the verb: "Muss ich die Wohnungsgeberbestätigung auch abgeben?", "Soll ich den
        // Mietvertrag auch vorlegen?"
        "?(muss|soll|müssen|sollen) (ich|man|wir) ... $document (abgeben|mitnehmen)",
        "?(muss|soll|müssen|sollen) (ich|man|wir) ... $document (auch|noch|auch noch|alle|wirklich|unbedingt|auch alle) (mitbring*|bringen|vorleg*|vorzeig*|zeigen|einreichen|dabeihaben|haben|abgeben|mitnehmen)",
        "(muss|soll|müssen|sollen) (ich|man|wir) (etwas|was|noch|andere*|weitere*) (bringen|ausfüllen|mitnehmen)",
        // A pronoun for the paper named before, asked: "Ich habe keine Geburtsurkunde dabei. Brauche ich die?"
        "[$document] ?=(brauche|bräuchte|brauch|benötige) (ich|man|wir) (die|den|das|sie|ihn|es|diese|diesen|dieses)",
        "[$document] ?=(brauche|bräuchte|brauch|benötige) (ich|man|wir) (die|den|das|sie|ihn|es|diese|diesen|dieses) (auch|noch|wirklich|denn|unbedingt|auch noch)",
        // Balking at handing over the paper the clerk just asked for asks for no list: "Muss ich den Ausweis wirklich abgeben?" after
        // "Geben Sie mir bitte Ihren Ausweis." (unasked, "Muss ich den Pass abgeben?" still asks whether it is needed)
        "!![(geben sie|ihren|ihre|ihr|brauche ich|bräuchte ich) ... $document] (wirklich|echt|unbedingt) (abgeben|hierlassen|hier lassen|dalassen|da lassen|aus der hand geben)",
        // Saying what one lacks asks nothing: "Mir fehlt noch die Bestätigung."
        "!(mir|uns) (fehlt|fehlen)",
        // The clerk's needs asked indirectly, the verb last: "Können Sie mir sagen, was Sie alles brauchen?", "…, was Sie noch benötigen."
        "(welch*|welsch*|was|wass) sie (brauchen|benötigen|sehen möchten|sehen wollen|sehen müssen)",
        "(welch*|welsch*|was|wass) sie (alles|noch|genau|denn|eigentlich|so|dann|jetzt|noch alles|alles noch|von mir) (brauchen|benötigen|sehen möchten|sehen wollen|sehen müssen)",
        // …not the relative clause after "alles": "Ich gebe Ihnen alles, was Sie brauchen."
        "!((alles|das) (was|welche) sie)",
        // …or after the papers or things themselves: "Ich habe alle Dokumente, welche Sie brauchen.", "Hier sind die Sachen, was Sie brauchen."
        "!(($document|sachen|dinge) (was|welche|welches|welchen|die) sie)",
        // Things to bring, named so: "Welche Sachen muss ich mitbringen?" (not "Ich habe viele Sachen.").
        "(welch*|welsch*|was für) (sachen|dinge) (muss|soll|müssen|sollen|müsste|sollte|brauche|bräuchte|benötige) (ich|man|wir) ... (mitbring*|mitnehmen|dabeihaben|dabei haben|zeigen|vorleg*|vorzeig*|geben|abgeben)",
        "(welch*|welsch*|was für) (sachen|dinge) (ich|man|wir) (brauche|brauchen|bräuchte|benötige|mitbringen|mitbringe|vorlegen|zeigen)",
        // Things for the move, a flat or a trip are no papers: "Welche Sachen muss ich morgen für den Umzug mitbringen?", "Ich überlege,
        // welche Dinge wir brauchen für die neue Wohnung."
        "!!(sachen|dinge) ... (umzug|ausflug|wohnung|küche|reise|urlaub|party|feier|picknick)",
        // What the clerk wants to see in her free time is small talk: "Was möchten Sie sehen, einen Film oder ein Theaterstück?"
        "!!(film|filme|kino|theater|theaterstück|serie|serien|museum|konzert|ausstellung|fernsehen)",
        // The modal after the subject, as beginners order it: "was ich muss bringen?", "Welche Papiere ich muss zeigen?"
        // (The question word next to the subject, or a paper between: "Welche Nummer ich muss haben?" asks for a ticket.)
        "?((welch*|welsch*|was|wass) (ich|man|wir) (muss|soll|müssen|sollen)) (bringen|mitbring*|mitnehmen|zeigen|vorleg*|vorzeig*|haben|geben|dabeihaben|abgeben)",
        "?((welch*|welsch*|was für) $document (ich|man|wir) (muss|soll|müssen|sollen)) (bringen|mitbring*|mitnehmen|zeigen|vorleg*|vorzeig*|haben|geben|dabeihaben|abgeben)",
        // Offering a paper, asked: "Soll ich Ihnen meinen Ausweis geben?"
        // (Verb first, a question: "Ich muss Ihnen noch den Pass geben." tells; "Darf ich Ihnen meinen Pass geben?" hands it over.)
        "^(muss|soll|müssen|sollen) (ich|wir) (ihnen|dir) ... $document (geben|abgeben|zeigen|vorlegen|vorzeigen)",
        // What another told, run on without a comma, asks nothing: "mein freund hat gesagt welche dokumente ich brauche".
        "!((hat|hatte) (gesagt|gemeint|erklärt|geschrieben))",
        // …and told to the learner, the question hung on it after a comma: "Meine Kollegin hat mir erklärt, welche Unterlagen man braucht."
        "!!((hat|hatte|haben|hatten) (mir|uns|mir schon|uns schon|mir genau|uns genau|mir gestern|uns gestern) (gesagt|erklärt|erzählt|geschrieben|gezeigt))",
        // Another's needs: "Meine Freundin fragt, welche Unterlagen sie braucht.", "Welche Unterlagen brauchen meine Kinder?"
        "!((er|sie) (braucht|benötigt))",
        "!((braucht|benötigt) er)",
        // …and a relative's, the verb last: "Können Sie mir sagen, welche Unterlagen mein Mann braucht?"
        "!!((mein|meine|unser|unsere) (frau|mann|sohn|tochter|kind|kinder|eltern|mutter|vater|bruder|schwester|freund|freundin|kollege|kollegin|mitbewohner*|partner|partnerin) (braucht|brauchen|benötigt|benötigen|muss|müssen|soll|sollen|mitbringen|mitbringt|vorlegen|vorlegt))",
        "!!((braucht|brauchen|benötigt|benötigen|brauchte|brauchten) (mein|meine|unser|unsere|sein|seine|ihr|ihre) (frau|mann|sohn|tochter|kind|kinder|eltern|mutter|vater|bruder|schwester|freund|freundin|kollege|kollegin|kollegen|mitbewohner*))",
        // "Need to", as learners carry it over, asks what to do, not which papers: "Was brauche ich noch zu tun?", "Was brauchen wir
        // noch zu unterschreiben?"
        "!!(was|welch*) ... (brauche|brauch|bräuchte|brauchen|bräuchten) (ich|man|wir) ... (zu tun|tun|zu erledigen|zu unterschreiben|zu bezahlen|zu zahlen)",
        // A datum guessed as what the clerk needs is no paper: "Was brauchen Sie noch, mein Geburtsdatum?", "Brauchen Sie auch
        // meine Telefonnummer?"
        // (Guessed, so after the verb, its subject or a particle, not opening a clause that gives it: "Mein Geburtsdatum ist der
        // 2.9.1975 — brauchen Sie auch meine Geburtsurkunde?" asks for a paper.)
        "!!(sie|noch|auch|was|denn|nur|wirklich|dann|mir|und|oder|jetzt|eventuell|vielleicht|sonst|etwa|brauchen|benötigen|wollen|möchten|bräuchten) (mein|meine|meinen|meiner) (geburtsdatum|geburtstag|geburtsort|unterschrift|telefonnummer|handynummer|e-mail-adresse|e-mail|email|mailadresse|namen|vornamen|nachnamen|fingerabdruck|fingerabdrücke)",
        // What the clerk needs for a meal or a party is small talk: "Was brauchen Sie heute zum Mittagessen?"
        "!!(zum|zur|fürs) (mittagessen|essen|frühstück|abendessen|kaffee|geburtstag|urlaub|feier|party|kochen|backen)",
        // …and so are papers needed last time, in the simple past ("bräuch*" meets "brauchte"): "welche dokumente brauchte ich letztes mal"
        // (One group, so its words stand adjacent: "ich war gestern hier welche dokumente brauche ich" still asks.)
        "!(brauchte ich letztes mal|brauchte ich damals|brauchte ich früher|brauchte ich gestern|brauchte ich letzte woche|brauchte ich letztes jahr|brauchten wir letztes mal|brauchten wir damals|brauchten wir früher|brauchten wir gestern|brauchten wir letzte woche|brauchten wir letztes jahr|musste ich letztes mal|musste ich damals|musste ich früher|musste ich gestern|musste ich letzte woche|musste ich letztes jahr)",
        // Papers someone needed once are a story: "Welche Unterlagen hat mein Mann gebraucht?"
        "!(hat|haben|hatte|hatten) ... (gebraucht|benötigt)",
        // …the relative named after the auxiliary, the question before it: "Welche Dokumente fur Anmeldung hat mein Freund gebraucht?"
        "!!((hat|hatte|haben|hatten) (mein|meine|unser|unsere|sein|seine) #word) ... (gebraucht|benötigt|mitgebracht|gezeigt|vorgelegt)",
        // Papers for another errand or occasion ask nothing about this one: "Welche Unterlagen braucht man für ein Visum?",
        // "Was brauchen Sie für Ihren Urlaub?" ("Welche Unterlagen brauche ich für die Anmeldung?" still asks).
        // (Side by side: "Brauche ich für die Anmeldung einen Pass?" still asks.)
        "!!(für (ein|einen|eine|das|den|die|mein|meinen|meine|ihr|ihren|ihre|sein|seinen|seine) (visum|urlaub|ferien|reise|führerschein|reisepass|personalausweis|ausweis|pass|hochzeit|heirat|eheschließung|einbürgerung|aufenthaltstitel|aufenthaltserlaubnis|job|arbeit|studium|uni|universität|kita|schule|geburtstag|party|feier|bank))",
        "!!(für (ein|einen|eine|das|den|die|mein|meinen|meine|ihr|ihren|ihre|sein|seinen|seine) (neues|neuen|neue|nächsten|nächste) (visum|urlaub|reise|führerschein|reisepass|personalausweis|ausweis|pass|job|arbeit))",
        ELSEWHERE,
        ...WHAT_IF,
        WHAT_IF_ENGLISH,
        ...TAKEN_BACK,
        ...MISSPELT_NO,
        ...OTHERS_SPELT,
        WORD_TALK,
      ],
      examples: ["Welche Unterlagen brauche ich?", "Was muss ich mitbringen?", "Brauche ich auch meinen Mietvertrag?"],
      nudge: "Ask Frau Krüger which documents you need.",
    },
    {
      id: "hand_documents",
      title: "Hand over your documents",
      points: 20,
      patterns: [
        // (The English "here" mixed in: "here is my Reisepass".)
        "(hier|here) (ist|is|sind|bitte|haben sie) $document",
        // …run together, as one who rarely writes types it: "hieris mein pass", "hiersind meine papire"
        "(hieris|hierist|hiris|hirist|hieriss|hiersind|hirsind|hierbitte|hierbite|hirbite|hiabitte) $document",
        // …but an English frame round an English paper is English alone: "Here is my passport.", "here is my ID"
        "!((here|this) (is|ist|are|sind) (my|the|our|his|her)) (passport*|id|id card|document|documents|docs|papers|form|forms)",
        // The chat's "nich" denies as "nicht" does: "ich hab den pass nich dabei", "pass hab ich nich".
        "!nich",
        "!$document ... nich",
        // "Da haben Sie meinen Pass."
        "da haben sie $document",
        // Laid before the clerk: "Ich lege Ihnen die Unterlagen hin."
        "(ich|wir) (lege|leg|legen) ... $document (hin|vor|hierhin|auf den tisch)",
        "=da (ist|sind) $document",
        "(ich|wir) (hab*|habe|bring*) $document",
        "(das|dies) (ist|sind) (mein|meine|der|die|das) $document",
        // …the article dropped, told: "das ist pass und mietvertrag"
        ".((das|dies) (ist|sind) $ownPaper)",
        // The copula dropped, as beginners write: "das mein pass" (told, not asked).
        ".=(das|dies) (mein|meine|unser|unsere) $document",
        // …the list going on after it: "das mein ausweis und papier von vermieter", "Das unsere Pässe und der Mietvertrag."
        ".^(das|dies|und das|so das) (mein|meine|unser|unsere) $document (und|plus)",
        // Everything given: "Ich gebe Ihnen alles."
        "(ich|wir) (gebe|geb|geben) (ihnen|ihnen hier|ihnen jetzt|ihnen mal) alles",
        // …now, not later, on a condition, or as a wish: "Ich gebe Ihnen alles, wenn ich die Bestätigung habe.", "Ich gebe Ihnen alles Gute!"
        "!alles (gute|liebe|morgen|später|nachher|nächste|nächsten|wenn|sobald|falls)",
        // The verb last, as beginners place it: "Das meine Papiere sind." Told, not asked.
        ".=(das|dies|hier) (mein|meine|meinen|der|die|das) $document (ist|sind)",
        "(ich|wir) ~geben $document",
        "(ich|wir) (zeige|zeig|zeigen) $document",
        // The formal zu-infinitive: "Erlauben Sie mir, Ihnen meinen Reisepass zu überreichen."
        "$document (zu überreichen|zu übergeben)",
        // The infinitive last: "Ich Pass geben."
        "(ich|wir) $document (geben|abgeben|zeigen)",
        // Asking whether to show it hands nothing over: "Muss ich den Mietvertrag zeigen?"
        "!(muss|soll|kann|müssen|sollen|brauche|brauchen) (ich|wir)",
        // (Not the polite offer that hands it: "Darf ich Ihnen gleich meinen Pass und den Mietvertrag geben?")
        "!((darf|dürfen|dürfte) (ich|wir) (den|die|das|dem|der|meinen|meine|mein|meinem|unsere|unseren|unser|auch|noch|hier|dann|schon|später|erst|einfach|nur|eine|einen|ein|$document|sie|es|ihn|fragen|wissen|mal|bitte|stattdessen|lieber|trotzdem|vielleicht|morgen|heute|nachher|euch|dir|#noun))",
        // …nor a paper the learner needs: "Ich bräuchte bitte noch die Bestätigung der Anmeldung." (not "möchte": "Ich möchte
        // Ihnen meinen Pass zeigen" may hand it over)
        "!((ich|wir) (brauche|brauch|bräuchte|bräuchten|benötige|benötigen|brauchen)) ... $document",
        // …or whether one had to once: "Musste ich den Pass letztes Mal auch abgeben?"
        "!?(musste|mussten) (ich|wir)",
        // …nor an obligation told, the modal after the subject: "Ich muss den Mietvertrag auch noch abgeben."
        "!((ich|wir) (muss|soll|müssen|sollen|musste|mussten|sollte|sollten)) ... (abgeben|geben|zeigen|vorzeigen|vorlegen)",
        "(ich|wir) (hole|hol|nehme|such*) $document (raus|heraus|hervor)",
        // A past day put first, in the beginner's present, tells a story: "gestern ich geben pass an polizei"
        "!((gestern|vorgestern|letzte woche|letzten monat|letztes jahr|letztes mal|damals|früher) (ich|wir)) ... $document",
        // …and so does a paper given to another office: "ich gebe pass an die polizei"
        "!$document (an|bei|zu|zur|zum) (polizei|botschaft|konsulat|bank|arbeitgeber*|chef*|ausländerbehörde|jobcenter|vermieter*|firma|schule|uni)",
        "!$document (an|bei|zu) (die|der|den|dem|meinen|meine|meinem|meiner) (polizei|botschaft|konsulat|bank|arbeitgeber*|chef*|ausländerbehörde|jobcenter|vermieter*|firma|schule|uni)",
        // The French and Italian words for "hier" too: "Voilà, mein Pass.", "Ecco, mein Ausweis."
        "(bitte schön|bitte sehr|bitteschön|bittesehr|hier|bitte|voilà|ecco|eccolo|eccola|eccoli) (mein|meine|meinen|der|die|das) $document",
        "(ecco|eccolo|eccola|eccoli|ecco qui|ecco qua) (il|la|i|le|il mio|la mia|i miei|le mie|mio|mia) $document",
        // …not a relative's: "ecco mio marito, il suo passaporto", "il passaporto di mia moglie".
        "!(mio marito|mia moglie|mio figlio|mia figlia|di mio|di mia|suo|sua)",
        // "All the papers", in the beginner's words: "hier, alles papiere", "Hier alle Dokumente."
        ".(hier|da|bitte) (alles|alle|all|alle meine|alle die) $document",
        "=(hier ist alles drin|hier ist alles dabei|da ist alles drin|hier drin ist alles|da drin ist alles|hier drinnen ist alles|hier ist alles|hier haben sie alles|hier sind alle unterlagen|hier sind die unterlagen|hier alles|alles hier|hier bitte alles)",
        // The paper named after the pronoun that hands it: "Moment, hier ist er, mein Pass.", "Da sind sie, die Unterlagen."
        "[(hier ist er|hier ist sie|hier ist es|hier sind sie|da ist er|da ist sie|da ist es|da sind sie|hier haben sie ihn|hier haben sie sie)] .=(mein|meine|meinen|der|die|das|unsere) $document",
        // (…not where it is not: "Hier ist er nicht, mein Pass.")
        "!!(hier|da) (ist|sind) (er|sie|es) (nicht|leider nicht|auch nicht)",
        // Where the papers lie, handed over: "Hier befinden sich sämtliche Dokumente."
        "hier (befinden|befindet|liegen|liegt) ... $document",
        // "So, bitte: Pass, Vertrag und …" after the clerk asks for the papers.
        "[$document] =(bitte|hier bitte|so bitte) $document",
        // Everything with one: "Ich habe alles dabei: Pass, Mietvertrag und Formular."
        "(ich habe|ich hab|wir haben|habe ich) alles (dabei|mit|hier|mitgebracht)",
        // …the participle first, as beginners order it: "ich habe mitgebracht alles"
        ".(ich habe|ich hab|wir haben) (mitgebracht|dabei) (alles|alle papiere|alle dokumente|alle unterlagen)",
        // A pronoun for the paper the clerk asked for: "Ja, ich habe ihn hier." after "Haben Sie Ihren Ausweis dabei?"
        "[$document] (ich habe|ich hab|habe ich|hab ich|wir haben) (ihn|sie|es|den|die|das) (hier|dabei|mit|mitgebracht)",
        // …or the yes with the handing word: "ja, habe ich, bitte" after "Haben Sie die Wohnungsgeberbestätigung dabei?"
        "[$document] .^(ja habe ich|ja hab ich|habe ich|hab ich|ja ich habe|ja ich hab|ja haben wir|haben wir) (bitte|hier|hier bitte|bitte schön|bitteschön|bitte sehr|hier ist er|hier ist sie|hier ist es)",
        // The paper named as the answer: "Mein Pass, bitte." after "Ihren Ausweis, bitte."
        // (Told, not echoed back asked: "mein pass?" after "Ich brauche Ihren Pass.")
        "[$document] .=(mein|meine|meinen|hier mein|hier meine|hier meinen) $document",
        // Named one by one, without a verb: "So, hier Pass, hier Vertrag."
        "=hier $document",
        // …a dictated run going on without a comma to the next act: "hier ausweis und ich bin am 3 4 1990 geboren".
        ".^(hier|hier bitte|bitte hier|so hier) $document und",
        // After a contrast or a link, without a comma: "kein Ausweis aber hier Reisepass", "und hier Mietvertrag".
        "(aber|und|so|dann|ja) hier $document",
        // The formal letter's words: "Anbei finden Sie meinen Ausweis", "Ich überreiche Ihnen den Mietvertrag."
        "(anbei|hiermit|hier) (finden|erhalten|bekommen) sie $document",
        "(anbei|beiliegend) $document",
        // The papers put first, had with the learner: "Die Unterlagen habe ich alle dabei.", "Den Mietvertrag hab ich mitgebracht."
        ".$document (habe ich|hab ich|haben wir) (dabei|mit|mitgebracht|hier|alle dabei|alle hier|alle mit|alle mitgebracht|auch dabei|beide dabei|auch mitgebracht)",
        // …and given by a pronoun: "…, einen Moment, ich gebe sie Ihnen."
        "[$document] (ich|wir) (gebe|geb|geben|reiche|reichen|zeige|zeigen|überreiche) (sie|ihn|es|die|den|das) (ihnen|ihnen jetzt|ihnen gleich|ihnen hier|ihnen mal)",
        // The office English for it: "Please find attached mein Reisepass und den Mietvertrag."
        "^(please find attached|find attached|attached|anbei finden sie|anbei erhalten sie) (mein|meine|meinen|der|die|den|das|unsere|unseren) $document",
        "(ich|wir) (überreiche|übergebe|überreichen|übergeben|reiche|reichen) $document",
        // The polite offer made as it hands them: "Darf ich Ihnen gleich meinen Pass und den Mietvertrag geben?"
        "(darf|dürfte) (ich|wir) ihnen ... $document (geben|überreichen|übergeben|reichen|zeigen|vorlegen)",
        "(überreiche|übergebe|überreichen|übergeben|reiche|reichen|gebe) (ich|wir) $document",
        // Handing over what the clerk just asked for: "Hier, bitte."
        // …with a courtesy of course: "Selbstverständlich, bitte." after "Haben Sie die Wohnungsgeberbestätigung?" (only after the
        // paper asked for, not offered: "Natürlich, bitte." after "Möchten Sie eine Meldebestätigung?" wants it).
        // (Not "Hätten Sie gern eine Anmeldebestätigung?" or "Kann ich Ihnen eine Kopie machen?": the learner's own paper asked for.)
        "[(haben sie|zeigen sie|geben sie|können sie mir|könnten sie mir) ... $document] =(selbstverständlich|natürlich|gewiss|sicher|aber sicher|aber natürlich|aber gern|aber gerne|ja natürlich|ja selbstverständlich|ja sicher|klar|ja klar|na klar) (bitte|bitte schön|bitte sehr|bitteschön|bittesehr|hier|hier bitte|hier ist er|hier ist sie|hier sind sie|da|da bitte)",
        "[(ihren|ihre|ihr) $document] =(selbstverständlich|natürlich|gewiss|sicher|aber sicher|aber natürlich|aber gern|aber gerne|ja natürlich|ja selbstverständlich|ja sicher|klar|ja klar|na klar) (bitte|bitte schön|bitte sehr|bitteschön|bittesehr|hier|hier bitte|hier ist er|hier ist sie|hier sind sie|da|da bitte)",
        "[$document] =(hier|bitte schön|hier bitte|hier ist er|hier ist sie|hier sind sie|ja hier|ja hier bitte|ja bitte schön|hier bitteschön|moment hier|bitte sehr|bitteschön|bittesehr|ja bitte sehr|da|ja da|da bitte|da ist er|da ist sie|da sind sie)",
        // …by a pronoun with "haben Sie", or with a particle after it: "Da haben Sie ihn." after "Ihren Reisepass bitte.",
        // "Brauchen Sie den Mietvertrag? Hier ist er jedenfalls."
        "[$document] =(da|hier|so da|so hier|ja da|ja hier) haben sie (ihn|sie|es|die|den|das|alles)",
        "[$document] =(hier|da) (ist|sind) (er|sie|es) (jedenfalls|schon mal|schon|übrigens|auch|ja|doch|eh|sowieso|trotzdem|auf jeden fall)",
        // "Here we are" as the papers come out: "So, da wären wir: Pass, Mietvertrag, Bestätigung."
        "[$document] =(so da wären wir|da wären wir|so hier wären wir|hier wären wir|so da haben wir es|da haben wir es)",
        // The paper named first, then "hier": "Mietvertrag hier.", "Der Pass hier, bitte schön."
        "=$document (hier|hier bitte|bitte schön|bitte sehr|bitteschön)",
        "=(mein|meine|meinen|der|die|den|das) $document (hier|hier bitte|bitte schön|bitte sehr|bitteschön)",
        // The imperative that hands over: "Nehmen Sie.", "Alles drin: Pass, Vertrag, Formular."
        "=(nehmen sie|nehmen sie bitte|bitte nehmen sie|hier nehmen sie|bitte sehr nehmen sie)",
        // …with the paper named, told: "Hier, nehmen Sie meinen Ausweis." (not asked: "Nehmen Sie auch den Führerschein?")
        ".^(nehmen sie|nehmen sie bitte|bitte nehmen sie|hier nehmen sie|nehmen sie hier) (mein|meinen|meine|den|die|das|unsere|unseren) $document",
        "=(alles drin|alles dabei|alles ist drin|alles ist dabei|alles hier drin|alles hier|alles da drin|bitte alles hier drin) $document",
        // All of it in the folder handed across, told: "Alles in dieser Mappe: Pässe, Mietvertrag, …", "Hier, alle Unterlagen in meinem Ordner."
        ".=((alles|alles ist|alles hier|hier alles|hier ist alles|alle unterlagen|alle papiere|alle dokumente|hier alle unterlagen|hier alle papiere|hier sind alle unterlagen) (in|in der|in dieser|in meiner|in unserer|im|in dem|in diesem|in meinem|in unserem) (mappe|ordner|hülle|klarsichthülle|umschlag|kuvert|tasche|folie))",
        // "bitte" opening the papers one brought, told: "bitte, reisepass, wohnungsgeberbestatigung" (not a form or a copy, which
        // "Bitte ein Formular." asks for).
        ".^((bitte|bitte hier|hier bitte|da|da bitte|so|so bitte) $ownPaper)",
        // …with the owner's word, set off on its own: "So, mein Pass, da steht auch mein Geburtsdatum." (not told of: "So, mein Pass ist abgelaufen.")
        ".=(so|so bitte|so hier|so da) (mein|meine|meinen|unser|unsere|unseren) $ownPaper",
        // …not a paper for someone wanted: "bitte auch papier fur arbeitgeber, meldebescheinigung"
        "!((papier|papiere|dokument|dokumente|zettel) (für|fürs|für die|für den|für das|für meine|für meinen|für mein|fur) (arbeitgeber*|bank|chef*|job|arbeit|jobcenter|versicherung|krankenkasse|uni|schule|firma))",
        // The courtesy word, then the papers without an article: "Bitteschön, Reisepass und Mietvertrag."
        "(bitte schön|bitte sehr|bitteschön|bittesehr) $document",
        // All of it laid down: "Ich lege Ihnen alles auf den Tisch." (as "Ich gebe Ihnen alles.")
        "(ich|wir) (lege|leg|legen) (ihnen|ihnen hier|ihnen jetzt|ihnen mal) alles (hin|vor|hierhin|auf den tisch)",
        // What a form says names a paper, it hands none: "Hier steht Wohnungsgeberbestätigung, aber mein Vermieter hat mir nur den
        // Mietvertrag gegeben."
        "!((hier|da|dort) (steht|stehen|heißt es))",
        // …nor one in another language, asked whether it will do: "Ich habe die Heiratsurkunde auf Griechisch, brauchen Sie eine Übersetzung?"
        "!?$document (auf|in) (griechisch|englisch|türkisch|arabisch|russisch|spanisch|französisch|italienisch|polnisch|ukrainisch|portugiesisch|chinesisch|vietnamesisch|persisch|farsi|rumänisch|bulgarisch|kroatisch|serbisch|albanisch|indisch|hindi|urdu|koreanisch|japanisch|thai|ungarisch|tschechisch|niederländisch|schwedisch)",
        // Asking whether the little one has is enough hands nothing yet: "Ich habe nur eine Kopie dabei, geht das?"
        "!!?((ich habe|ich hab|habe ich|hab ich|wir haben) nur)",
        // "Ich habe meinen Pass nicht dabei" or "leider vergessen" hands nothing over.
        "!$document (nicht|vergessen|verloren|zuhause|zu hause|vergesse|fehlen|fehlt|fehlen noch|fehlt noch)",
        // …typed as heard: "ich hab mein pass fergesen", "pass is zuhaus", "pas ferloren"
        "!$document (fergessen|fergesen|fergässen|vergesn|ferloren|verlorn|zuhaus|zu haus|zuhauze|nachause)",
        "!$document (ist|is|sind|liegt|ligt) (zuhaus|zu haus|zuhauze|zuhause|zu hause|daheim|dahaim)",
        // …nor one left somewhere, told with where and the verb last: "Ich habe meinen Reisepass leider im Büro liegen lassen.",
        // "ich hab den pass im auto gelassen" (a paper handed before "und" in a dictated run stays handed: "hier ist mein pass und
        // den mietvertrag habe ich im büro liegen lassen").
        "!((ich habe|ich hab|habe ich|hab ich|wir haben|haben wir) (meinen|meine|mein|den|die|das|unsere|unseren|unser) $document) ... (liegen lassen|liegenlassen|liegengelassen|liegen gelassen|gelassen|vergessen|verlegt|verloren|nicht dabei|nicht mit|nicht mitgebracht)",
        "!$document (liegen lassen|liegenlassen|liegengelassen|liegen gelassen|verlegt)",
        // …nor one gone: "Hier, mein Pass ist weg.", "Voilà, mein Ausweis wurde gestohlen."
        "!$document (ist|sind|wurde|wurden) (weg|verloren|gestohlen|geklaut|verschwunden)",
        // A paper left elsewhere, or brought later, is not handed over now: "Ich habe den Pass im Auto.", "Ich bringe den Mietvertrag morgen."
        "!$document (im auto|im hotel|daheim|in der wohnung|bei meinem|bei meiner|noch nicht)",
        "!!(ist|sind|liegt|liegen|hat|haben) (bei meinem|bei meiner|noch bei meinem|noch bei meiner) (bruder|schwester|mann|frau|vater|mutter|freund|freundin|sohn|tochter)",
        "!!(finde|finden) (ihn|sie|es|den|die|das) nicht",
        // …nor papers one of the learner's own people holds: "Mein Mann hat meine Papiere, er parkt noch das Auto.", "Die Unterlagen
        // hat meine Frau." (In its clause: "Hier ist mein Pass, meine Frau hat den Mietvertrag." hands the pass.)
        `!((mein|meine|unser|unsere) ${HOUSEHOLD} (hat|haben|hatte|hält|trägt|behält)) ... $document`,
        `!($document (hat|haben|hatte|hält|trägt) (mein|meine|unser|unsere) ${HOUSEHOLD})`,
        // …nor one said to be elsewhere, taken up by a pronoun: "Ich habe eine Kopie vom Pass gemacht, aber die ist zu Hause."
        // (Another paper named there still leaves the first handed: "Hier ist mein Pass, aber der Mietvertrag ist zu Hause.")
        "!!((aber|nur|doch) (der|die|das|er|sie|es) (ist|sind|liegt|liegen) (zu hause|zuhause|daheim|im auto|noch zu hause|noch zuhause|noch daheim|noch im auto|leider zu hause|leider zuhause|leider im auto))",
        // …or said left there by the learner: "Ich würde Ihnen gerne meinen Pass geben, aber ich habe ihn bei meinem Kollegen im
        // Auto gelassen.", "Hier mein Pass, aber den hab ich vergessen" (another paper named still leaves the first handed: "Hier ist
        // der Mietvertrag, aber den Pass habe ich zu Hause gelassen.")
        "!!((aber|nur|doch|leider) (ich habe|ich hab|hab ich|habe ich) (ihn|sie|es)) ... (gelassen|vergessen|liegen lassen|liegenlassen|liegengelassen|verloren|nicht dabei|nicht mit|nicht mitgebracht)",
        "!!((aber|nur|doch|leider) (ich habe|ich hab|hab ich|habe ich) (den|die|das) (leider|hier|dort|da|im|in|bei|beim|zu|zuhause|daheim|noch|nicht|vergessen|verloren|liegen|gestern|heute)) ... (gelassen|vergessen|liegen lassen|liegenlassen|liegengelassen|verloren|nicht dabei|nicht mit|nicht mitgebracht)",
        "!!((aber|nur|doch|leider) (den|die|das|ihn) (habe ich|hab ich|hab|habe)) ... (gelassen|vergessen|liegen lassen|liegenlassen|liegengelassen|verloren|nicht dabei|nicht mit|nicht mitgebracht)",
        // A handing taken back in the same breath, the paper another's or left at home: "Hier ist mein Pass, nein sorry, das ist der
        // Pass von meiner Frau.", "Ich gebe Ihnen meinen Pass, oh wait, den habe ich zu Hause."
        `!!((nein|nee|sorry|oops|ups|oh|ach|wait|moment|warte|mist|entschuldigung|oh nein|ach nein|sorry nein|nein sorry) (das ist|das sind|das war|der ist|die ist|es ist|this is|that is|thats)) ... (von meinem|von meiner|vom|nicht mein|nicht meine|nicht meiner|nicht meiner|falsch|falsche|falscher|falsches|wrong|${HOUSEHOLD.slice(1, -1)})`,
        "!!((nein|nee|sorry|oops|ups|oh|ach|wait|oh wait|moment|warte|mist|oh nein|ach nein) (den|die|das|ihn|er|sie|es) (habe ich|hab ich|hab|habe|ist|liegt|sind|liegen|is)) ... (zu hause|zuhause|daheim|zuhaus|zu haus|im auto|im hotel|im büro|at home|vergessen|nicht dabei|nicht mit|gelassen|liegen lassen|liegengelassen)",
        // Handing on a condition hands nothing yet: "Ich gebe Ihnen den Pass, wenn Sie mir sagen, warum.", "Ich zeige Ihnen den
        // Ausweis, sobald ich ihn finde." (not a courtesy: "Hier ist mein Pass, falls Sie ihn brauchen.")
        "!!((wenn|sobald|falls|nachdem) (ich|wir)) ... (finde|finden|gefunden|habe|haben|hab|bekomme|bekommen|kriege|kriegen|weiß|wissen)",
        "!!((wenn|sobald|falls|nachdem) (sie mir|sie uns)) ... (sagen|erklären|zeigen|geben|sagt|erklärt)",
        // …or on another's coming or doing: "Ich gebe Ihnen den Pass erst, wenn mein Mann kommt.", "…, wenn mein Vermieter unterschreibt." (not a courtesy to the clerk: "…, falls Sie ihn brauchen")
        "!!((wenn|sobald|falls|nachdem|bis) (er|mein|meine|unser|unsere|der|die)) ... (kommt|kommen|da ist|hier ist|zurück|zurückkommt|zurück ist|anruft|ankommt|unterschreibt|unterschrieben hat|schickt|bringt|gibt|ausfüllt|ausgefüllt hat)",
        "!!(soll|muss|kann) (ich|wir) (ihn|sie|es|den|die|das) (holen|suchen)",
        // …or still to be found first, said beside it: "Ich zeige Ihnen gleich meinen Pass, ich muss ihn nur finden."
        "!!(muss|müssen) (ich|wir) (ihn|sie|es|den|die|das) (nur|erst|noch|nur noch|erst noch|kurz) (finden|suchen|raussuchen|heraussuchen|holen)",
        "!!(ich|wir) (muss|müssen) (ihn|sie|es|den|die|das) (nur|erst|noch|nur noch|erst noch|kurz) (finden|suchen|raussuchen|heraussuchen|holen)",
        // "Guten Morgen" greets: only a later time tied to the verb puts the handing off.
        // (In its clause: "Hier sind Pass und Mietvertrag, die Bestätigung bringe ich morgen." hands two over.)
        "!(bringe|bring|bringen|schicke|schicken|reiche|reichen|zeige|zeigen|gebe|geben|kann|könnte|werde|komme|hole|hol) ... (morgen|übermorgen|nachher|später|nächste woche|nächstes mal|nächsten|kommenden|vorbei|nachreichen)",
        "!(morgen|übermorgen|nachher|später|nächste woche|nächstes mal) (bringe|bring|bringen|schicke|schicken|reiche|reichen|zeige|zeigen|gebe|geben|kann|könnte|werde|komme|hole|hol)",
        // A relative's paper is not the learner's: "das ist der Pass von meinem Sohn".
        // (The paper and its "von" side by side: a list with the learner's own first still hands that one: "Bitte schön, mein
        // Reiseausweis und die Pässe von meiner Frau.")
        "!($document (von|vom)) (meinem|meiner|meinen|mein|meine|seinem|seiner|ihrem|ihrer|sein|seine) (sohn|tochter|kind|kinder|mann|frau|bruder|schwester|vater|mutter|eltern|freund|freundin|kollege|kollegin)",
        // A paper received or sent is a story: "Ich habe eine Bestätigung vom Arbeitgeber bekommen."
        // …and so is one copied or prepared: "Ich habe gestern alle Dokumente kopiert."
        // (Told in the perfect or passive, not a participle set before another paper as its adjective: "Ich gebe Ihnen meinen Pass
        // und das ausgefüllte Anmeldeformular." hands both.)
        // …and so is one asked or looked for: "Ich war gestern hier und habe nach Unterlagen gefragt.", "Ich habe nach dem Pass gesucht."
        "!(habe|hab|haben|hat|hatte|hatten) ... (nach|um) $document ... (gefragt|gesucht|geschaut)",
        "!(habe|hab|haben|hat|hatte|hatten) ... (nach|um) (dem|den|der|meinem|meinen|meiner|unserem|unseren|unserer|einem|einer|allen|alle) $document ... (gefragt|gesucht|geschaut)",
        `!(habe|hab|haben|hat|hatte|hatten|wurde|wurden|wird|werden) ... $document ... ${PAPER_DEALT}`,
        `!$document (habe|hab|haben|hat|hatte|hatten|wurde|wurden|ist|sind|war|waren|wird|werden) ... ${PAPER_DEALT}`,
        `!($document ${PAPER_DEALT})`,
        // …and so is one made somewhere once: "Ich habe meinen Führerschein in Spanien gemacht."
        // (The paper itself, then where or when: "Ich habe meinen Pass und ich habe Kopien gemacht." still hands the pass.)
        "!((habe|hab|haben|hat|hatte) (meinen|meine|mein|den|die|das|einen|eine|ein) $document (in|im|aus|bei|beim|vor|schon|erst|letztes|letzte|letzten|mit)) ... gemacht",
        "!((habe|hab|haben|hat|hatte) (meinen|meine|mein|den|die|das|einen|eine|ein) $document gemacht)",
        // Photos of a place are no passport photo: "Ich habe Fotos von der Wohnung."
        "!((foto|fotos) (von der|vom|von meiner|von meinem|von unserer|von unserem))",
        // …and so is one handed in before, here or elsewhere: "Ich habe den Pass schon letzte Woche abgegeben."
        "!$document ... (abgegeben|gegeben|gezeigt|vorgezeigt|vorgelegt|eingereicht|überreicht)",
        // …and so is a contract one signed or ended: "Ich habe den Mietvertrag letzte Woche unterschrieben." (a paper handed
        // over as signed still hands it: "Hier die Wohnungsgeberbestätigung, unterschrieben vom Vermieter").
        "!(habe|hab|haben|hat|hatte|hatten) ... $document ... (unterschrieben|unterzeichnet|gekündigt|abgeschlossen)",
        // A contract with a firm or a bank is no paper of this errand: "Ich habe einen Vertrag mit der Firma."
        "!(vertrag|verträge) (mit|bei|von) (der|dem|einer|einem|meiner|meinem) (firma|arbeitgeber*|chef*|bank|uni|universität|schule|handy*|versicherung|fitness*|job|arbeit)",
        // …or one named by the firm: "Ich habe einen neuen Vertrag bei Siemens."
        "!((vertrag|verträge) (bei|mit) #noun)",
        // A contract one has, told with "ein", is a job or a phone, not this paper: "Ich habe einen unbefristeten Vertrag."
        "!((ein|einen|keinen) vertrag)",
        "!((ein|einen|keinen) #word vertrag)",
        // A problem with a paper hands nothing over: "Ich habe ein Problem mit der Wohnungsgeberbestätigung."
        "!!(problem|probleme|schwierigkeiten|ärger|frage|fragen) (mit|bei|wegen|zu|zur|zum)",
        // Holding the papers back for a question hands nothing over yet: "Ich habe die Papiere, aber ich möchte erst eine Frage stellen."
        "!!(erst|zuerst|vorher) ... (frage|fragen|wissen|klären)",
        // …or for anything else to come first, said after "aber": "Ich habe die Unterlagen, aber zuerst muss ich meine Brille finden."
        "!!((aber|doch) (erst|zuerst|vorher|zunächst|erstmal|erst mal) (muss|müssen|möchte|möchten|will|wollen) (ich|wir))",
        "!!((aber|doch) (ich|wir) (muss|müssen|möchte|möchten|will|wollen) (erst|zuerst|vorher|zunächst|erstmal|erst mal))",
        // Hoping one has it hands nothing over yet: "Ich habe alles in der Mappe, hoffe ich."
        "!!(hoffe|hoffentlich|glaube ich|ich glaube)",
        // Asking to be given a paper hands nothing over: "Geben Sie mir bitte eine Kopie?"
        // (In its clause, up to the paper: a paper handed before "und" stays handed: "hier mein pass und bekomme ich die
        // meldebescheinigung heute")
        "!(geben sie mir|gib mir|geben sie uns|bekomme ich|bekomm ich|kriege ich|krieg ich|bekommen wir)",
        "!(geben sie mir|gib mir|geben sie uns|bekomme ich|bekomm ich|kriege ich|krieg ich|bekommen wir) ... $document",
        // …or to show, explain or send one: "Zeigen Sie mir bitte das Formular.", "Erklären Sie mir die Bestätigung?"
        // (In its clause: "Hier ist mein Pass, zeigen Sie mir bitte, wo ich unterschreiben muss." hands it over.)
        "!((zeigen|erklären|schicken|reichen|drucken|kopieren|mailen|senden) sie (mir|uns)|(zeig|erklär|schick) (mir|uns))",
        // Asking the clerk to do something with a paper hands nothing over: "Können Sie mir die Bestätigung ausdrucken?"
        "!!(könnten sie|können sie|könnt ihr|kannst du|könntest du|würden sie) (mir|uns)",
        // Yes to the clerk's question whether a paper in her hands is the learner's confirms it, it hands nothing over: "Ja, das
        // ist mein Pass." after "Ist das Ihr Pass?", "Ja, das sind alle meine Unterlagen." after "Sind das alle Ihre Unterlagen?"
        "!![(ist das|sind das|ist dies|sind dies|gehört|gehören) (ihr|ihre|ihren|alle ihre|wirklich ihr|wirklich ihre)] (das|dies) (ist|sind)",
        // A fault pointed at in a paper hands nothing over: "Hier ist ein Fehler im Formular.", "Hier ist ein Tippfehler in
        // meinem Mietvertrag."
        "!(fehler|tippfehler|problem|stempel|lücke) (im|in der|in dem|in meinem|in meiner|auf dem|auf der|auf meinem|auf meiner|beim|bei der)",
        // A paper someone named, run on without a comma, hands nothing over: "…, mein Freund hat gesagt Pass."
        "!(hat|hatte|haben|hatten) (gesagt|gemeint)",
        ELSEWHERE,
        ...WHAT_IF,
        WHAT_IF_ENGLISH,
        ...HABIT,
        ...MISSPELT_NO,
        ...OTHERS_SPELT,
        WORD_TALK,
      ],
      examples: [
        "Hier sind mein Pass und die Wohnungsgeberbestätigung.",
        "Ich habe meinen Reisepass und den Mietvertrag dabei.",
        "Hier, bitte: mein Personalausweis.",
      ],
      nudge: "Hand over your papers and say what they are.",
    },
    {
      id: "give_birth_date",
      title: "Give your date of birth",
      points: 15,
      patterns: [
        // The keyword gives a date only beside one: "Mein Geburtsdatum steht im Pass" gives none.
        // (The forms' "geb." too: "geb. 3.3.1993")
        "(geboren|geb|geburtsdatum|geburtstag) ... $birthDate",
        // Born, in other words: "Ich bin am 3. Mai 1994 auf die Welt gekommen.", "Ich kam am 5. Juni 1988 in Porto zur Welt.",
        // "Auf die Welt gekommen bin ich am 12. März 1990."
        "$birthDate ... (auf die welt|zur welt)",
        "(auf die welt|zur welt) ... $birthDate",
        // The year of birth by its name: "Ich bin Jahrgang 1994, am 3. Mai."
        "jahrgang ... $birthDate",
        "(geboren|geburtsdatum|geburtstag) $birthDate",
        "$birthDate ... (geboren|geburtsdatum|geburtstag)",
        // A short answer to "Wann sind Sie geboren?": "Am 3. Mai 1994.", "14.02.1999"
        // …the year spelled out, as speech-to-text writes it: "fünfzehn, drei, neunzehnhundertachtundachtzig"
        "[(geboren|geburts*)] ($month|19*|20*|*19*|*20*|neunzehnhundert*)",
        "[(geboren|geburts*)] #date",
        // The forms' "geb." before digits closes a sentence of its own: "geb. 07.07.1979", "Geb.: 12.03.1990" (opening the message:
        // "Mein Sohn, geb. 04.05.2015." dates another).
        "[^geb] =#date",
        // The month by its number spoken as an ordinal, as a date is read out: "Am dritten fünften neunzig." after "Wann sind Sie geboren?"
        "[(geboren|geburts*)] =(am|den|der) #word (ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|siebenten|achten|neunten|zehnten|elften|zwölften) (*zig|*ßig|19*|20*|neunzehnhundert*|zweitausend*)",
        // A day, a month and a year of the last century as a clause of its own is a birth date here, even spoken:
        // "zweiter Juni neunzehnhundertneunundneunzig" (not "Ich war im Januar 1999 in Berlin").
        `[!${OTHER_DATE_ASKED}] =(am|den|der) #word $month (19*|neunzehnhundert*)`,
        `[!${OTHER_DATE_ASKED}] =#word $month (19*|neunzehnhundert*)`,
        // A year since or until which one lived somewhere is no birth date: "Ich bin in Kiew geboren. Seit 2015 bin ich in
        // Deutschland." (a place beside the date is no bar: "Ich bin am 8. November 2001 in Osaka geboren.", "Geboren in Kiew 1990").
        "!(seit|ab|bis|seit dem|ab dem|bis zum) (#date|#word $month|$month|19*|20*|*19*|*20*)",
        `[!${OTHER_DATE_ASKED}] (am|den|der) #date`,
        // The clerk's question echoed is no answer: "Wo ich geboren bin? In Syrien."
        "!(wo|wann) (ich|bin ich|sind sie) geboren",
        // A date after the clerk asks for another's gives theirs: "1990." after "Wann ist Ihre Frau geboren?", "12.03.1988" after
        // "Und das Geburtsdatum Ihrer Frau?"
        "!![((wann|wo) (ist|sind|wurde|wurden) (ihre|ihr) (frau|mann|sohn|tochter|kind|kinder|partner|partnerin|mutter|vater|eltern|ehefrau|ehemann)|(geburtsdatum|geburtstag) (ihrer|ihres|von ihrer|von ihrem|ihrer kinder))] #word",
        // A date of moving or of an appointment is not a birth date: "Ich bin am 1.3. eingezogen."
        "!!(umgezogen|eingezogen|einzug*|termin*|wohne|gewohnt|gezogen|hergezogen|zugezogen)",
        // Nor is a date of arrival or of a contract's start: "Ich bin am 15.4. angekommen.", "Der Mietvertrag beginnt am 1.5."
        // Come somewhere, not into the world: "Ich bin am 3. Mai nach Berlin gekommen." (a bare "gekommen" would refuse
        // "Ich bin am 3. Mai 1994 in Porto auf die Welt gekommen").
        "!!(angekommen|hergekommen|hierhergekommen|zurückgekommen|hingekommen|mitgekommen|ankunft|eingereist|einreise|beginnt|beginn|anfängt|angefangen|startet|mietvertrag*|vertrag*|arbeitsvertrag*)",
        "!!(nach|hierher|hierhin|her|hin|zurück|in die|ins|in den|zu|zum|aus) ... gekommen",
        // Nor a paper's expiry: "Am 30.06. läuft mein Visum ab."
        "!!(läuft|abläuft|ablaufen|abgelaufen|gültig|verlängert|ausgestellt)",
        // Nor a visit of the past: "Ich war am 2.2.2024 schon einmal hier." ("Ich war am 3.3.1985 geboren", as learners say "I
        // was born", stays a birth).
        "!!(ich|wir) (war|waren) ... (hier|dort|schon einmal|schon mal|beim|bei ihnen|im amt|auf dem amt)",
        // An age is no year: "Ich bin 20 Jahre alt."
        "!(1*|2*|3*|4*|5*|6*|7*|8*|9*|#word) (jahre|jahr|jährig) alt",
        // A month alone dates a birthday, not a birth: "Mein Geburtstag ist im Mai."
        "!geburtstag (ist|war) im $month",
        // …and so does a month alone, born in it, with no day or year: "Ich bin im Mai geboren." ("Ich bin im Mai 1990 geboren"
        // and "Ich bin 1990 geboren" still give it).
        "!((im|in|anfang|mitte|ende) $month geboren)",
        "!sind sie",
        // Asking why the date is needed gives none: "Warum brauchen Sie mein Geburtsdatum?"
        // Not "weshalb", whose slip is "deshalb": "Deshalb: geboren am 3. Mai 1994."
        "!!(warum|wieso|wofür|wozu)",
        "!(ihr|ihre|ihren) geburts*",
        "!(sein|seine|seinem|seines|deren|dessen) (geburts*|geburtstag)",
        // Someone else's date is not the learner's: "das Geburtsdatum von meiner Mutter", "der Geburtstag meines Sohnes".
        // (Side by side: "Das Geburtsdatum von mir ist der 3.5.1994." gives the learner's, its "der" no relative's article.)
        "!((geburts*|geburtstag) (von|vom) (meiner|meinem|meinen|seiner|seinem|ihrer|ihrem|unserer|unserem|der|dem))",
        "!(geburts*|geburtstag) (meiner|meines|seiner|seines|ihrer|ihres|unserer|unseres)",
        // …and a relative named before the birth, the verb dropped as beginners drop it: "mein sohn geboren 2015", "meine schwester
        // geburtstag ist 3 mai", "Meine Tochter 2019 geboren." (the learner's own after a comma still gives it: "Mein Mann ist
        // Deutscher, ich bin am 3.5.1990 geboren.")
        `!((mein|meine|meinem|meiner|meinen|unser|unsere) (${HOUSEHOLD.slice(1, -1)}|oma|opa|enkel|enkelin|baby|kollege|kollegin) (geboren|geb|geburtstag|geburtsdatum|$birthDate|am|im|in|auch|ist|hat|war))`,
        // …the whole sentence where the relative's birth is named, since its date may follow in a clause of its own: "meine
        // mutter auch geboren in odessa, 1960"
        `!!((mein|meine|unser|unsere) (${HOUSEHOLD.slice(1, -1)}|oma|opa|enkel|enkelin|baby) (geboren|geb|geburtstag|geburtsdatum|auch geboren|ist geboren|wurde geboren|auch geb))`,
        // …and with words between the relative and the birth, in that clause: "Meine Schwester in Hamburg ist am 3. Mai 1992
        // geboren." ("Mein Mann ist Deutscher, ich bin am 3.5.1990 geboren." still gives the learner's.)
        `!((mein|meine|unser|unsere) (${HOUSEHOLD.slice(1, -1)}|oma|opa|enkel|enkelin|baby|kollege|kollegin|cousin|cousine|tante|onkel)) ... (ist|war|wurde|sind|waren|kam|kamen) ... (geboren|geb|zur welt|auf die welt)`,
        // …and someone named by "ein" or "jemand", in that clause: "Ein Freund von mir ist am 1. Januar 1990 geboren.", "Jemand in
        // meinem Team ist am selben Tag geboren, am 8.8.1991."
        "!!(((ein|eine|einer) (freund|freundin|kollege|kollegin|bekannter|bekannte|nachbar|nachbarin|cousin|cousine|mitbewohner|mitbewohnerin|kommilitone|kommilitonin|teamkollege|teamkollegin|mann|frau|kind|junge|mädchen|person|mensch))|jemand|niemand|keiner) ... (ist|war|wurde|sind|waren|kam) ... (geboren|geb|zur welt|auf die welt)",
        // …and without the possessive, as beginners drop it: "kinder geboren 2015 und 2018", "Sohn geboren 2015"
        "!!((kinder|kind|sohn|tochter|söhne|töchter|baby|mann|ehemann|ehefrau|mutter|vater|eltern|bruder|schwester) (geboren|geb|sind geboren|ist geboren|auch geboren|wurde geboren|wurden geboren))",
        "!((geburts*|geburtstag) (von|vom) (mein|meine|unser|unsere))",
        // Not knowing a date gives none: "Das Geburtsdatum weiß ich nicht genau."
        "!!(weiß ich nicht|ich weiß nicht|weiß ich leider nicht|ich weiß es nicht|keine ahnung)",
        "!(hat|habe|hab|haben|hatte|feiere|feiert|feiern) geburtstag",
        // A birthday coming up is not a date of birth: "Mein Geburtstag ist nächste Woche."
        "!!(nächst*|feier*|werde)",
        // A birthday today or tomorrow, not the greeting "Guten Morgen": "Mein Geburtstag ist morgen."
        "!!(ist|wäre|war|ist ja|ist schon|ist erst) (morgen|heute|übermorgen)",
        "!!(morgen|heute|übermorgen) (ist|habe|hab|hat|feiere|feiern|werde|wird)",
        // Nor is a past birthday: "Mein Geburtstag war letzte Woche."
        "!geburtstag (war|ist gewesen)",
        // "er" or "sie" born gives another's date (the clerk is "Sie sind"): "Er ist am 1.1.1980 geboren."
        "!(er|sie) (ist|war|wurde)",
        // …the date between too: "Er ist am 5. Mai 1980 geboren.", "Sie ist 1985 geboren."
        "!!((er|sie) (ist|war|wurde) (am|im|in|den|der|erst|schon|$birthDate))",
        // …and so does one who came into the world, which "kam" tells as "ist" does, the date between: "Er kam am 3. Juni
        // 1985 zur Welt.", "Meine Tochter kam am 12. Dezember 2019 auf die Welt." ("Ich kam am 5. Juni 1988 in Porto zur
        // Welt." still gives the learner's).
        "!!((mein|meine|unser|unsere) (frau|mann|sohn|tochter|kind|kinder|bruder|schwester|vater|mutter|enkel|enkelin|baby|freund|freundin) (kam|kamen|kommt))",
        "!!((er|sie) (kam|kamen|kommt))",
        // Anyone named by a noun, born: "Das Kind ist am 4. Juni 2019 geboren.", "Die Dame vor mir ist auch 1990 geboren."
        "!((der|die|das|dieser|diese|dieses) #word (ist|sind|wurde|wurden|war|waren)) ... geboren",
        "!((der|die|das|dieser|diese|dieses) #word #word #word (ist|sind|wurde|wurden|war|waren)) ... geboren",
        // …and one named by whose they are, however long the name: "Die Kinder von meiner Gastfamilie sind am 3. Mai geboren."
        "!((der|die|das|dieser|diese|dieses) #word (von|vom)) ... (ist|sind|wurde|wurden|war|waren) ... geboren",
        // …and so does another's, named by "sein", "ihr" or "dein": "Seine Frau ist 1990 geboren."
        "!!((sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer|dein|deine|deinem|deiner) (frau|mann|freund|freundin|sohn|tochter|kind|kinder|bruder|schwester|vater|mutter|eltern|oma|opa|kollege|kollegin) (ist|war|wurde|sind|waren|hat))",
        // A habit bars only its own clause: "Meine Frau sagt immer, ich bin zu jung, aber ich bin am 3. Juli 1975 geboren."
        ...storyBlockers.filter((p) => p !== habitWordBlocker),
        "!(normalerweise|immer|meistens|oft)",
        // Another person's birth, in the English speaker's words: "my brother was born 3. Mai 1990".
        "!!(my|mein|meine) (brother|sister|wife|husband|son|daughter|mother|mom|mum|father|dad|friend|child|kid|boyfriend|girlfriend|partner)",
        ...othersBlockers,
        ...groupBlockers,
        ...MISSPELT_NO,
        ...OTHERS_SPELT,
        WORD_TALK,
      ],
      examples: ["Ich bin am 3. Mai 1994 geboren.", "Mein Geburtsdatum ist der 12.07.1990.", "Ich bin in Porto geboren, am ersten Juni 1988."],
      nudge: "Frau Krüger needs your date of birth.",
    },
    {
      id: "ask_certificate",
      title: "Ask for the registration certificate",
      points: 20,
      patterns: [
        "(bekomm*|krieg*|bräuch*|benötig*|hätt*|möcht*|kann|könn*|könnt*|geben|gibt es) $certificate",
        // …the wish and the certificate further apart than a gap allows: "Ich hätte gerne für jedes Familienmitglied eine Meldebescheinigung."
        "(ich|wir) (hätte gern|hätte gerne|hätten gern|hätten gerne|möchte gern|möchte gerne|möchten gern|möchten gerne) ... $certificateOwn",
        // The verb bracket with more between than a gap allows: "Könnte ich bitte im Anschluss eine Meldebescheinigung erhalten?",
        // "Bekomme ich danach dann auch noch eine Meldebescheinigung?"
        "(kann|könnte|könnten|darf|dürfte) (ich|wir) ... $certificate ... (bekommen|erhalten|haben|kriegen|mitnehmen|abholen)",
        "(bekomme|bekomm|bekommen|kriege|krieg|kriegen|erhalte|erhalten) (ich|wir) ... $certificate",
        // …the verb and "ich" run together, the clerk's "Sie" heard as "-se": "bekomich meldebescheinigung?", "kanich bestetigung
        // haben?", "gebense mir bite die meldebescheinigung"
        `${GET_I} ... $certificate`,
        `${CAN_I} ... $certificate ... (bekommen|bekomen|erhalten|haben|kriegen|mitnehmen|abholen)`,
        `${GIVE_YOU} (mir|uns) ... $certificate`,
        `${GIVE_YOU} ... $certificate (aus|zu)`,
        // …in the polite Konjunktiv: "Bekäme ich danach gleich die Meldebescheinigung?", "Erhielte ich dann eine Bescheinigung?"
        "(bekäme|bekämen|kriegte|kriegten|erhielte|erhielten) (ich|wir) ... $certificate",
        // …and hung on the learner's asking, the verb last: "Ich wollte fragen, ob Sie mir eine Meldebescheinigung ausstellen
        // könnten", "Könnten Sie mir sagen, ob ich heute schon die Meldebescheinigung bekomme?"
        `[${ASKING}] ob sie (mir|uns) ... $certificate ... (ausstellen|ausdrucken|drucken|geben|mitgeben|schicken|zuschicken|machen)`,
        `[${ASKING}] ob (ich|wir) ... $certificate ... (bekomme|bekommen|bekäme|bekämen|kriege|kriegen|erhalte|erhalten|erhielte|mitnehmen|haben|abholen)`,
        // "Wollen" for it, the whole clause: "Ich will Meldebescheinigung haben.", "Ich will eine Meldebescheinigung, bitte."
        "=(ich|wir) (will|wollen) $certificateNamed (haben|bekommen|kriegen|mitnehmen)",
        "=(ich|wir) (will|wollen) (eine|die|ne|noch eine|auch eine|bitte eine|bitte die) $certificateNamed",
        "=(ich|wir) (will|wollen) (eine|die|ne|noch eine|auch eine|bitte eine|bitte die) $certificateNamed (haben|bekommen|kriegen|mitnehmen)",
        "=(ich|wir) (will|wollen) $certificateNamed",
        // The paper described by its form: "Ich bräuchte noch etwas Schriftliches für die Bank."
        "(brauche|bräuchte|benötige|hätte|möchte) ... (etwas|was) (schriftliches|schriftlich)",
        "$certificate bitte",
        // "bitte" first, as an answer: "Ja, bitte eine Meldebescheinigung." after "Brauchen Sie noch etwas?" (only the registration's own
        // paper: "Hier, bitte die Bestätigung vom Vermieter" hands the landlord's over)
        // (Stated: "Bitte die Meldebescheinigung? Was ist das?" asks what it is.)
        ".=(bitte|ja bitte|und bitte|dann bitte|noch bitte|und dann bitte) (eine|die|ne|noch eine|noch die|auch eine|auch die) $certificateOwn",
        // …without the article, opening the sentence and told what it is for: "bitte meldebescheinigung fur jobcenter"
        ".^(bitte|ja bitte|und bitte|dann bitte|und dann bitte|noch bitte) $certificateOwn",
        // …or "gerne" first: "Ja, gerne eine Meldebescheinigung.", "Gern noch die Meldebescheinigung, bitte."
        ".=(gerne|gern|ja gerne|ja gern|dann gerne|dann gern|und gerne) (eine|die|ne|noch eine|noch die|auch eine|auch die) $certificateOwn",
        "?=$certificate",
        "?(ich|wir) (bekomm*|krieg*) ($certificate|papier|zettel|dokument)",
        // The verb first, the paper described: "bekomme ich ein papier mit meiner neuen adresse"
        "(bekomm*|krieg*) (ich|wir) (papier|zettel|dokument|nachweis|schein)",
        // …or the clerk asked to give it in writing: "Können Sie mir das bitte schriftlich geben, dass ich angemeldet bin?"
        "(mir|uns) ... schriftlich (geben|bestätigen|mitgeben|ausstellen|ausdrucken|geben lassen)",
        // The certificate put first, taken along now: "Die Meldebescheinigung nehme ich gern gleich mit."
        ".$certificateOwn (nehme|nehm|nehmen) (ich|wir) (gern|gerne|gleich|sofort|jetzt|dann|direkt|bitte|gern gleich|gerne gleich|gleich heute|heute gleich|dann gleich|auch|auch gleich|dann auch|gern auch|gerne auch|gern sofort|gerne sofort) mit",
        // The registration in writing: "Bekomme ich das schriftlich?"
        "(bekomm*|krieg*) (ich|wir) (das|es|etwas|was|die anmeldung) schriftlich",
        "?(ich|wir) $certificate (bekommen|kriegen|haben|brauchen)",
        // The time until one gets it, asked, asks how long, not for it: "Wie lange dauert es, bis wir die Bescheinigung bekommen?"
        "!((bis|bevor|ehe) (ich|wir|man)) ... $certificate",
        // The bare infinitive asked, as beginners ask: "meldebescheinigung bekommen? bitte" (not the clerk's words echoed).
        "?=$certificate (bekommen|kriegen|erhalten|mitnehmen)",
        // The bare infinitive as a blunt imperative: "Bescheinigung geben."
        "=$certificate (geben|ausstellen|drucken|ausdrucken)",
        // Getting one's own papers back asks for no certificate: "Bekomme ich das Dokument zurück?"
        "!!(zurück|wieder|behalt*)",
        // What the landlord does, or what the learner sends, asks for nothing: "Mein Vermieter kann die Bestätigung erst morgen schicken.",
        // "Kann ich die Bestätigung auch per E-Mail schicken?"
        "!!$landlord (kann|könnte|will|muss|soll|schickt|hat|gibt|bringt|wird|schreibt)",
        "!!(kann|könnte|darf|soll|muss) (ich|wir) ... (schicken|senden|mailen|nachreichen|bringen|abgeben|zeigen|vorbeibringen)",
        // An appointment's confirmation, or a paper from someone else: "Gibt es eine Bestätigung per E-Mail für den Termin?",
        // "Brauche ich eine Bestätigung vom Arbeitgeber?"
        "!!termin*",
        // (Adjacent, as one group: "eine Bestätigung von der Anmeldung für meinen Arbeitgeber" asks for the registration's, for the employer.)
        "!($certificate (vom|von der|von meinem|von meiner|von dem|von) (arbeitgeber*|chef*|firma|uni|universität|bank|schule|botschaft|konsulat|ausländerbehörde|jobcenter|arzt))",
        "!($certificate (vom|von der|von meinem|von meiner|von dem|von) (neuen|alten|jetzigen|zukünftigen) (arbeitgeber*|chef*|firma|uni|universität|bank|schule|botschaft|konsulat|ausländerbehörde|jobcenter|arzt))",
        // The separable imperative, and the paper described: "Stellen Sie mir bitte eine Meldebescheinigung aus.", "Bekomme ich etwas Schriftliches?"
        "(stellen|drucken|schicken) sie ... $certificate (aus|zu)",
        // Sent or given, asked: "Schicken Sie mir die Meldebescheinigung per Post?"
        "(schicken|senden|geben|mailen|drucken) sie (mir|uns) ... $certificate",
        // …as a "dass" clause after an English frame or a "möglich": "Would it be possible, dass Sie mir die Meldebescheinigung direkt mitgeben?"
        "?dass sie (mir|uns) ... $certificate ... (mitgeben|geben|ausstellen|ausdrucken|drucken|schicken|zuschicken|mailen|aushändigen|übergeben)",
        // The same with the "du" learners slip into: "gibst du mir bitte die bescheinigung?", "Kannst du mir die Meldebescheinigung geben?"
        "^(gib|gibst du|schick|schickst du|druck|druckst du) (mir|uns) ... $certificate",
        "(kannst|könntest|würdest) du (mir|uns) ... $certificate ... (ausstellen|ausdrucken|drucken|geben|mitgeben|schicken|zuschicken|machen)",
        // In writing: "Kann ich das schriftlich haben?"
        "(kann|könnte|darf|dürfte) (ich|wir) (das|es|die anmeldung|etwas|das auch) schriftlich (haben|bekommen|kriegen)",
        // The paper described by what it shows: "Ich brauche ein Dokument für meine Bank, dass ich hier wohne."
        "[(brauche|bräuchte|brauchen|benötige|bekomme|bekommen|möchte|hätte|kann ich|könnte ich|können sie mir|könnten sie mir|geben sie mir)] =dass (ich|wir) (hier|da|dort|jetzt hier|in berlin) (wohne|wohnen|gemeldet bin|angemeldet bin|gemeldet sind|angemeldet sind)",
        "(bekomm*|krieg*) (ich|wir) (etwas|was) schriftlich*",
        // …or asked in the passive: "Wird mir heute auch eine Bestätigung ausgestellt, dass ich angemeldet bin?", "Werden die
        // Meldebescheinigungen gleich ausgedruckt?"
        "(wird|werden) (mir|uns) ... $certificate ... (ausgestellt|ausgedruckt|gedruckt|gegeben|mitgegeben|zugeschickt|geschickt)",
        "?(wird|werden) ... $certificateNamed ... (ausgestellt|ausgedruckt|gedruckt|mitgegeben|zugeschickt)",
        // The formal zu-infinitive: "Wäre es möglich, eine Meldebescheinigung zu erhalten?"
        "$certificate (zu erhalten|zu bekommen|zu kriegen|zu haben|mitzunehmen|abzuholen|auszustellen|auszudrucken|zu drucken|zuzuschicken|zu schicken|mitzugeben)",
        // Asking the clerk to make it out: "Würden Sie mir bitte eine Meldebescheinigung ausstellen?"
        "(kann|könn*|würd*) sie $certificate (ausstellen|ausdrucken|drucken|geben|mitgeben|schicken|zuschicken)",
        // The infinitive before its object, as learners order it: "Können Sie mir geben eine Meldebescheinigung?"
        "(kann|könn*|würd*) sie (mir|uns) (ausstellen|ausdrucken|drucken|geben|mitgeben|schicken|zuschicken|machen) ... $certificate",
        // The verb bracket with more between: "Könnten Sie mir bitte am Ende eine Meldebescheinigung ausdrucken?"
        "(kann|könn*|würd*) sie (mir|uns) ... $certificate ... (ausstellen|ausdrucken|drucken|geben|mitgeben|schicken|zuschicken|machen|aushändigen)",
        "$certificate (krieg*|bekomm*) (ich|wir)",
        // The statement asked: "Meldebescheinigung gibt es heute?"
        "?$certificateNamed (gibt es|gibts|gibt's)",
        // …not where it is given, checked: "Meldebescheinigung gibt es doch nur online, oder?"
        "!?($certificateNamed (gibt es|gibts|gibt's) (doch|nur|doch nur|eigentlich|eigentlich nur|online|nicht|nicht mehr|schon|immer))",
        // Asking what it is for, or why, asks for none: "Wofür brauche ich eine Meldebescheinigung?" (not "weshalb": see state_purpose).
        "!!(wofür|wozu|warum|wieso)",
        // Telling the papers' names apart asks for none: "Bescheinigung, Bestätigung, was ist der Unterschied?"
        // (The difference asked for itself: "Ich brauche eine Meldebescheinigung, gibt es einen Unterschied zur Bestätigung?" still asks for one.)
        "!!((was ist|was sind|wo ist|wo liegt|welcher ist|gibt es) (der|die|einen|ein) (unterschied|unterschiede)|unterschied zwischen|unterschiede zwischen|unterscheiden)",
        // What anyone gets, told and not asked, asks for none: "Bei uns in Kreta bekommt man die Meldebescheinigung sofort.", "In
        // Griechenland kriegt man so ein Papier gleich mit."
        // (The subject first, a place put first, or the past; the verb first still asks: "Bekommt man hier eine Bescheinigung?")
        "!(man (bekommt|bekam|kriegt|kriegte|erhält|erhielt))",
        "!((bekam|kriegte|erhielt) man)",
        "!(in|bei) ... ((bekommt|kriegt|erhält) man)",
        // The impersonal question asks for it too: "Bekommt man hier auch so eine Bescheinigung?"
        "?(bekommt|kriegt|erhält) man ... $certificateNamed",
        // Asked with "nicht", expecting yes: "Bekomme ich nicht eine Bestätigung?", "Gibt es nicht eine Bescheinigung für mich?"
        "?(bekomme|bekomm|kriege|krieg) (ich|wir) (nicht|denn nicht|nicht auch|nicht noch) ... $certificateNamed",
        // (Needing one, only the registration's own: "Brauche ich nicht einen Nachweis?" asks which papers to bring.)
        "?(brauche|brauch|bräuchte|benötige) (ich|wir) (nicht|denn nicht|nicht auch|nicht noch) ... $certificateOwn",
        "?gibt es (nicht|denn nicht|nicht auch|nicht noch) ... $certificateNamed",
        // A paper described instead of named: "Krieg ich ein Papier, dass ich angemeldet bin?"
        "(papier|dokument|nachweis|zettel|bestätigung|bescheinigung) dass (ich|wir) (angemeldet|gemeldet)",
        // …needed, "dass" typed as "das", where one lives: "ich brauche papier das ich hier wohne"
        "(brauche|brauch|bräuchte|benötige|möchte|will|bekomme|bekomm|kriege|krieg) ... (papier|dokument|nachweis|zettel|bestätigung|bescheinigung|schein) (dass|das) (ich|wir) ... (wohne|wohnen|angemeldet|gemeldet)",
        // Asked on its own, not one of the papers listed: "Und die Meldebescheinigung?" (not "… und die Bestätigung von meinem Vermieter").
        "=und (die|eine) $certificate",
        // …after an "ok" run on without a comma: "ok und die bescheinigung?"
        "?=(ok|okay|gut|super|prima) und (die|eine) $certificate",
        // …not a paper pointed at in a list of those handed over: "Hier ist der Mietvertrag, und hier die Bestätigung.", "So, das ist
        // der Pass, und das die Bestätigung."
        "!(und hier|und das|und da|und dies|und hier ist|und das ist|und da ist) (die|eine|meine) $certificate",
        // With what it is for: "Und die Bescheinigung für die Bank?"
        "?=und (die|eine) $certificate (für|fürs) #word",
        // …the article dropped: "und bescheinigung fur mich?", "Und Meldebescheinigung?"
        "?=und $certificateNamed",
        "?=und $certificateNamed (für|fürs) #word",
        "?=und (die|eine) $certificate für (die|den|das|meine|meinen|mein) #word",
        // The paper asked for once the registration is done: "Und das Papier?"
        "[(anmeldung|angemeldet|fertig|erledigt)] ?=und (das|die|ein|eine) (papier|zettel|dokument|bestätigung|nachweis)",
        // The formal request by noun: "Ich bitte um Aushändigung einer Meldebescheinigung."
        "(ich bitte|wir bitten|bitte ich) um ... $certificate",
        "um $certificate (bitten|zu bitten)",
        // A modal question taking up the paper named before: "Ich brauche ein Papier für die Bank. Kann ich das bekommen?"
        "[($certificate|papier|dokument|zettel|nachweis|beweis)] (kann|könnte|darf|dürfte) (ich|wir) (das|die|den|es|sie|ihn|so eins|so eine|so einen) (bekommen|kriegen|haben|mitnehmen)",
        // …or "eine" for one of them, named as the registration's own: "Die Bank braucht eine Meldebescheinigung, kann ich bitte eine
        // bekommen?" (not the landlord's: "Ich habe keine Bestätigung vom Vermieter. Kann ich eine bekommen?")
        "[$certificateOwn] (kann|könnte|darf|dürfte) (ich|wir) (eine|einen|eins|auch eine) (bekommen|kriegen|haben|mitnehmen)",
        // …or the clerk asked to issue "one": "Hier brauche ich für das Konto eine Meldebescheinigung. Könnten Sie mir bitte eine ausstellen?"
        "[$certificateOwn] (können|könnten|würden) sie (mir|uns) ... (eine|einen|eins|die|sie|so eine|zwei) (ausstellen|ausdrucken|geben|mitgeben|schicken|zuschicken)",
        // The formal request by "bitten" with the zu-infinitive: "Ich würde Sie bitten, mir zwei Exemplare der Meldebescheinigung zu geben."
        "[(würde|möchte|darf|dürfte|wollte|würden|möchten|dürfen) (ich|wir|sie) ... bitten] (mir|uns) ... $certificate ... (auszustellen|zu geben|mitzugeben|zu schicken|zuzuschicken|auszudrucken)",
        "[(ich|wir) (bitte|bitten) sie] (mir|uns) ... $certificate ... (auszustellen|zu geben|mitzugeben|zu schicken|zuzuschicken|auszudrucken)",
        // The indirect question puts the verb last: "…, ob ich die Anmeldebestätigung gleich mitnehmen kann."
        "(ob|wann|wo) (ich|wir|man) $certificate (bekomm*|krieg*|mitnehm*|mitzunehmen|abhol*|abzuholen|erhalt*)",
        // The same with words between, or asked with "dass": "Ist es möglich, dass ich eine Bestätigung der Anmeldung mitnehme?"
        "(ob|wann|wo) (ich|wir|man) ... $certificate ... (bekomm*|krieg*|mitnehm*|mitzunehmen|abhol*|abzuholen|erhalt*)",
        "?dass (ich|wir) ... $certificate ... (bekomm*|krieg*|mitnehm*|mitzunehmen|abhol*|abzuholen|erhalt*)",
        // …and without the question mark, after the asking: "Ist es möglich, dass ich heute direkt eine Meldebescheinigung mitnehme."
        "[(ist es möglich|wäre es möglich|ist das möglich|geht es|ginge es|klappt es)] =dass (ich|wir) ... $certificate ... (bekomm*|krieg*|mitnehm*|mitzunehmen|abhol*|abzuholen|erhalt*)",
        // The paper named ahead and taken up by a pronoun: "Die Bestätigung, bekomme ich die gleich?"
        "[($certificate|papier|dokument|zettel|nachweis)] (krieg*|bekomm*) (ich|wir) (das|die|den|es|sie|ihn)",
        // Yes to the clerk's offer: "Möchten Sie eine Meldebescheinigung?" "Ja, bitte, die brauche ich."
        "[(möchten|brauchen|wollen|benötigen|hätten) sie $certificate] =(ja|ja bitte|ja gerne|ja gern|gerne|gern)",
        // Adjacent: "Für die Bank brauche ich keine" is no "die brauche ich".
        "[(möchten|brauchen|wollen|benötigen|hätten) sie $certificate] ((die|eine) (brauche|bräuchte|hätte|möchte|nehme) ich)",
        // …or yes and what it is for: "ja bitte eine für die bank", "Gerne zwei, für die Bank und den Arbeitgeber."
        "[(möchten|brauchen|wollen|benötigen|hätten) sie $certificate] .^(ja bitte|ja gerne|ja gern|bitte|gerne|gern|ja) (eine|zwei|eins|die|sie) (für|fürs|zur|zum)",
        // How many, answered: "Zwei, bitte." after "Wie viele Meldebescheinigungen möchten Sie?"
        "[(wie viele|wieviele) $certificate] .=(eine|einen|eins|zwei|drei|vier|1|2|3|4)",
        "[(wie viele|wieviele) $certificate] .=(eine|einen|eins|zwei|drei|vier|1|2|3|4) (exemplar|exemplare|stück|kopien|mal|bescheinigungen|meldebescheinigungen)",
        // The paper named first, the verb after it, or last as beginners place it: "Die Meldebescheinigung brauche ich für die Bank.",
        // "Meldebescheinigung für Rente ich brauchen."
        "($certificate (brauche|bräuchte|benötige|hätte|möchte) (ich|wir))",
        // …or the subject next, before the verb: "Meldebescheinigung ich brauche für Arbeit."
        "($certificateNamed (ich|wir) (brauche|brauchen|bräuchte|benötige|möchte|will))",
        // …"ich" dropped: "meldebescheinigung brauche fur bank"
        ".($certificateOwn (brauche|bräuchte|benötige|möchte|will) (für|fürs|zur|zum|heute|bitte|auch|noch|dringend|jetzt))",
        // A paper for the employer or the bank, wanted: "bitte auch papier fur arbeitgeber", "Ich brauche ein Papier für die Bank.",
        // "bitte bescheinigung fur chef" (a confirmation for the employer is no landlord's)
        ".(bitte|brauche|brauch|bräuchte|benötige|möchte) ... ((papier|zettel|nachweis|schein|bescheinigung|bestätigung) (für|fürs|für die|für den|für das|für meine|für meinen|für mein|fur) (arbeitgeber*|bank|chef*|job|arbeit|jobcenter|versicherung|krankenkasse|uni|firma))",
        // A pronoun for the certificate named before: "Was kostet die Meldebescheinigung? Ich brauche eine für die Bank."
        "[$certificateOwn] =(ich|wir) (brauche|brauch|bräuchte|benötige|möchte|hätte gern|hätte gerne) (eine|die|sie|zwei|auch eine|noch eine|doch eine)",
        "[$certificateOwn] (ich|wir) (brauche|brauch|bräuchte|benötige|möchte|hätte gern|hätte gerne) (eine|die|sie|zwei|auch eine|noch eine|doch eine) (für|fürs|zur|zum)",
        "$certificate (für|zur|zum) ... (ich|wir) (brauche|brauchen|bräuchte|benötige|möchte|will)",
        // A need denied after the verb: "Für die Bank brauche ich keine Bescheinigung."
        "!!(brauche|brauch|bräuchte|benötige|möchte|will|brauchen|benötigen) (ich|wir) (keine|keinen|kein)",
        // A need for later is no request now: "Später brauche ich vielleicht eine Meldebescheinigung für die Bank."
        "!!(später|irgendwann|nächste woche|nächsten monat) (brauche|brauch|bräuchte|benötige) ich",
        // …in the beginner's order: "vielleicht später ich brauche meldebescheinigung"
        "!!(später|irgendwann|nächste woche|nächsten monat) (ich|wir) (brauche|brauch|bräuchte|benötige|brauchen|benötigen)",
        // …or with the time after the verb: "Vielleicht brauche ich später eine Meldebescheinigung, jetzt noch nicht."
        "!!(brauche|brauch|bräuchte|benötige) (ich|wir) (später|vielleicht später|erst später|irgendwann|vielleicht irgendwann|nächste woche|nächsten monat|erst nächste woche|erst nächsten monat)",
        // A need on a condition is no request now: "Wo kann ich die Meldebescheinigung später abholen, wenn ich sie brauche?"
        "!!((wenn|falls|sobald) (ich|wir)) ... (brauche|brauchen|benötige|benötigen)",
        // A need hedged is no request: "Später, wenn ich ein Konto eröffne, brauche ich vielleicht eine Meldebescheinigung."
        // (The polite "vielleicht" of a request still asks: "Kann ich vielleicht eine Meldebescheinigung bekommen?")
        `!((brauche|brauch|bräuchte|benötige) (ich|wir) ${MAYBE})`,
        `!(${MAYBE} (brauche|brauch|bräuchte|benötige) (ich|wir))`,
        `!((ich|wir) (brauche|brauch|bräuchte|benötige|brauchen|benötigen) ${MAYBE})`,
        // A copy of one's own papers, or a proof of attendance, is no registration certificate.
        // (Adjacent, one group: "eine Kopie der Meldebescheinigung für meine Unterlagen" asks for it.)
        "!((kopie|kopien|ausdruck|beleg) (von|vom|von meinem|von meiner|von dem|von der|meines|meiner|des|der) (pass|*ausweis|*reisepass|*formular|formular|mietvertrag*|visum|dokument*|unterlagen|papiere))",
        "!((kopie|kopien|ausdruck|beleg) (von|vom|von meinem|von meiner|von dem|von der|meines|meiner|des|der) (alten|neuen|ganzen|anderen) (pass|*ausweis|*reisepass|*formular|formular|mietvertrag*|visum|dokument*|unterlagen|papiere))",
        "!!(kopie|kopien) ... machen",
        "!!(heute hier war|hier war|hier gewesen|heute da war|da war|hier bin)",
        // The landlord's confirmation is a document the learner hands over.
        "!$certificate (vom|von der|von meinem|von meiner|des|der) $landlord",
        // …and asking about it asks for no certificate: "Bekomme ich vom Vermieter auch eine Bestätigung?"
        "!!(vom|von meinem|von meiner|von dem|von der|beim|bei meinem|bei meiner) $landlord",
        "!(bekommen|kriegen|brauchen|benötigen|wollen|möchten) sie",
        // What another said one needs, reported, asks for nothing: "mein chef sagt ich brauche eine meldebescheinigung", "Die Bank hat
        // gesagt, ich brauche eine Bescheinigung." (The learner's own request beside it still asks: "Mein Chef sagt, das ist wichtig.
        // Kann ich eine Meldebescheinigung bekommen?", and the saying after it: "ich brauche meldebescheinigung mein chef sagt das ist wichtig")
        "!!(sagt|sagte|meint|meinte|hat gesagt|hat gemeint|hatte gesagt|haben gesagt|hat geschrieben|schreibt) ... $certificate",
        // Someone else's need asks for nothing: "Mein Kollege braucht eine Meldebescheinigung.", "Er braucht eine Meldebescheinigung."
        "!((er|sie) (braucht|benötigt|bekommt|kriegt|möchte|will))",
        // …and so is an office's or a firm's, told ("bräuch*" meets "braucht"): "Das Institut braucht von mir eine
        // Meldebescheinigung, aber das ist nicht dringend.", "Für das Visum verlangt die Ausländerbehörde eine Bescheinigung."
        // (The learner's own need for it still asks: "Ich brauche die Meldebescheinigung für die Bank.")
        // (The verb's object right after it: a slip away, "Für die Bank brauche ich eine Meldebescheinigung" would meet "braucht".)
        "!((der|die|das|mein|meine|unser|unsere) #word (braucht|benötigt|verlangt|fordert|will|möchte|bekommt|kriegt) (von mir|von uns|eine|einen|ein|die|den|das|noch|auch|unbedingt|dringend|so eine|so einen|meine|unsere))",
        // (Not "braucht" first, which a slip away from "brauche" would meet: "Ich brauche die Meldebescheinigung für die Bank.")
        "!((verlangt|fordert) (der|die|das|mein|meine|unser|unsere) #word)",
        ...othersBlockers,
        ...groupBlockers,
        ...GROUP_BLOCKERS,
        ELSEWHERE,
        ...WHAT_IF,
        WHAT_IF_ENGLISH,
        ...TAKEN_BACK,
        ...HABIT,
        ...MISSPELT_NO,
        ...OTHERS_SPELT,
        WORD_TALK,
        // …asked with the verb first too: "Brauchen meine Kinder auch eine Bescheinigung?"
        "!!((braucht|brauchen|bekommt|bekommen|kriegt|kriegen) (mein|meine|unser|unsere) (frau|mann|sohn|tochter|kind|kinder|eltern|mutter|vater|bruder|schwester|freund|freundin|kollege|kollegin|kollegen|mitbewohner*))",
        // …or with a modal first: "Kann mein Mann die Meldebescheinigung abholen?", "Darf meine Frau die Bescheinigung mitnehmen?"
        "!!((kann|können|darf|dürfen|soll|sollen|muss|müssen|könnte|könnten) (mein|meine|unser|unsere) (frau|mann|sohn|tochter|kind|kinder|eltern|mutter|vater|bruder|schwester|freund|freundin|kollege|kollegin|kollegen|mitbewohner*|partner|partnerin))",
        // One had before ("hatte" meets "hätt*"): "Früher in Hamburg hatte ich eine Meldebescheinigung, aber die ist weg."
        // ("ich hatte gern eine Meldebescheinigung", typed without its umlaut, still asks.)
        "!!(früher|damals|gestern|vorgestern|letztes mal|letztes jahr)",
        "!(ich hatte|hatte ich|wir hatten|hatten wir) (schon|mal|früher|damals|letzte*|auch|in)",
        // A wish taken back in the same breath asks for nothing: "ich hätte gern eine Bescheinigung, aber egal".
        "!!(aber egal|ach egal|vergessen sie es|vergiss es)",
        // Whether it came already asks for none: "Habe ich die Meldebescheinigung schon bekommen?" ("Kann ich sie schon bekommen?" asks).
        "!((habe|hab|haben|hast) (ich|wir)) ... (schon|bereits) ... (bekommen|erhalten|gekriegt|abgeholt)",
        "!((ich|wir) (habe|hab|haben)) ... (schon|bereits) ... (bekommen|erhalten|gekriegt|abgeholt)",
        // The chat's "nich" denies as "nicht" does: "ich brauch nich meldebescheinigung".
        "!nich",
        // Not needed now, said after the paper: "Ich brauche die Meldebescheinigung nicht sofort, das hat Zeit.", "Die
        // Meldebescheinigung brauche ich erst später."
        "!(brauche|brauch|bräuchte|benötige|brauchen|benötigen) ... $certificate (nicht|noch nicht|jetzt nicht|heute nicht|nicht sofort|nicht jetzt|nicht heute|nicht gleich|nicht dringend|erst später|erst nächste woche|erst nächsten monat)",
        "!$certificate (brauche|brauch|bräuchte|benötige|brauchen|benötigen) (ich|wir) (nicht|noch nicht|jetzt nicht|heute nicht|nicht sofort|nicht jetzt|nicht heute|nicht gleich|nicht dringend|erst später|erst nächste woche|erst nächsten monat)",
      ],
      examples: [
        "Bekomme ich eine Meldebescheinigung?",
        "Könnte ich bitte eine Bestätigung der Anmeldung bekommen?",
        "Ich brauche die Meldebescheinigung für meine Bank.",
      ],
      nudge: "Ask for the registration certificate before you go.",
    },
  ],
};
