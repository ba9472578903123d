import { describeSymptomPatterns, greetPatterns, medicineNames, othersBesideEmployerBlockers, othersBlockers, symptomLexicon, symptomSpanPatterns, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// What is wrong, or the doctor asking since when: a time dates the illness only beside one of these.
// A feeling named as a noun is the complaint too: "Ich habe seit einer Woche so ein Stechen in der Brust."
const ILLNESS =
  "(körpertemperatur|seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|fehlt|beschwerde*|symptom*|$symptom|weh|we|krank|erkältet|schlecht|übel|schwindelig|schwindlig|müde|angefangen|begonnen|losgegangen|los|husten|hustet|huste|niese|geschwollen|entzündet|verletzt|fühle|fühl|gut|schwach|schlapp|kaputt|schlafe|schlafen|geschlafen|appetit|erbrochen|übergeben|blut*|bett|liege|lag|stechen|ziehen|brennen|kribbeln|pochen|jucken|juckreiz|nase)";

// The doctor asking since when of a life, not of the illness: a bare "Seit drei Jahren." answers "Wie lange wohnen Sie schon
// in Leipzig?", "Seit wann arbeiten Sie dort?", "Wie lange nehmen Sie das schon?"; and "Am Montag." answers "Wann haben Sie Ihren
// nächsten Termin?", "Gestern." answers "Wann haben Sie zuletzt etwas genommen?", of a time that is no start of the illness;
// "Zwei Tage vielleicht." answers "Wie lange soll ich Sie krankschreiben?", the note's length.
const LIFE_ASKED =
  "(wohnen sie|wohnst du|leben sie|lebst du|arbeiten sie|arbeitest du|studieren sie|rauchen sie|nehmen sie|in deutschland|in leipzig|verheiratet|bei uns|in der praxis|beim arbeitgeber|in der firma|termin|urlaub|geburtstag|zuletzt|das letzte mal|letztes jahr|letztes mal|gekauft|genommen|eingenommen|geimpft|krankschreib*|kranksreib*|krankmeld*)";

// Well again now: what the sentence tells of an illness is over ("Ich hatte vor einem Monat eine Erkältung, jetzt ist alles gut.").
// Not one complaint gone, which leaves others: "Das Fieber ist weg, aber jetzt habe ich Husten." The verb may be dropped, as
// in a list of what was: "Vor einem Jahr zuerst Husten, dann Fieber, jetzt alles gut."
const RECOVERED =
  "(jetzt|inzwischen|mittlerweile|heute|nun) (ist alles gut|ist alles wieder gut|bin ich wieder gesund|bin ich gesund|ist alles weg|geht es mir gut|geht es mir wieder gut|bin ich wieder fit|ist es gut|ist es wieder gut|ist es wieder ok|ist es wieder okay|ist es vorbei|ist alles vorbei|alles gut|alles wieder gut|alles weg|alles vorbei|wieder gesund)";

// …or well again back then, the illness told as over before now: "Vor zwei Jahren hatte ich Rückenschmerzen, aber dann war alles
// gut.", "Vor zwei Jahren hatte ich Migräne, aber seitdem war alles gut.", "Letzten Winter Husten, danach ging es wieder weg." (past verbs only: "Wenn ich liege, dann ist es gut" still tells one now)
const RECOVERED_THEN =
  "(dann|danach|später|bald|schnell|irgendwann|seitdem|seither) (war alles gut|war alles wieder gut|war es gut|war es wieder gut|war es weg|war es wieder weg|war alles weg|war es vorbei|war alles vorbei|war ich wieder gesund|war ich gesund|war ich wieder fit|ging es weg|ging es wieder weg|ging es vorbei|ging es mir besser|ging es mir wieder besser|ging es mir gut|ging es mir wieder gut|wurde es besser|wurde es wieder besser|wurde es gut|wurde alles gut|wurde alles wieder gut)";

// Another's body in the dative aches, with words between the verb and "weh": "Meinem Sohn tut seit Sonntag der Hals weh" tells
// the son's complaint and its start, not the learner's.
// Parts of the body an A1 learner names first when the verb is dropped (see describe_symptom).
const TELE_BODY =
  "(kopf|bauch|magen|hals|rücken|brust|ohr|ohren|auge|augen|nase|zahn|knie|fuss|füsse|bein|beine|arm|hand|hände|nacken|schulter|haut|finger|knöchel|hüfte|gesicht|lippe|zunge|wade|" +
  // …and the less named ones a complaint sits in: "Ich habe so einen Druck hinter der Stirn.", "Herz klopft schnell."
  "stirn|schläfe|schläfen|kiefer|zähne|herz|lunge|rippen|handgelenk|ellbogen|ellenbogen|zeh|zehen|unterleib|unterbauch|oberbauch|leiste)";

// A complaint dated back and well again in the next clause, in any tense the learner has: "letzte jahr ich habe schmerz bein,
// jetzt gut", "Vor zwei Wochen Fieber, aber jetzt wieder gut." The time stands in the first clause, the complaint's last word
// right before the comma ("Kopf jetzt gut, aber Bauch weh" dates nothing and still tells the belly).
const WELL_NOW = "(#word (jetzt|inzwischen|nun|heute|aber jetzt|jetzt wieder|heute wieder|aber heute) (gut|wieder gut|alles gut|gesund|wieder gesund|wieder fit|alles weg|wieder ok|wieder okay|alles ok|alles okay|alles wieder gut))";
const WELL_AGAIN_SINCE = [
  `!(letzte|letzten|letztes|vorige|vorigen|voriges|vorletzte|vorletzten|vorletztes) (jahr|monat|woche|winter|sommer|herbst|frühling|mal) ... ${WELL_NOW}`,
  `!(früher|damals|als kind) ... ${WELL_NOW}`,
  `!vor (ein|einem|einer|eine|zwei|drei|vier|paar|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (jahr*|monat*|woche*|tag*) ... ${WELL_NOW}`,
];

// People of the learner's life the shared list of relatives leaves out, an exchange student's host family first, the patients
// a nurse cares for ("Meine Patientin hat seit drei Tagen hohes Fieber.") and the pupils a teacher has ("Meine Schüler husten
// alle seit Wochen."): what they have,
// or have since Monday, is theirs ("meine gastschwester hat krass kopfschmerzen seit gestern", "Mein Mitbewohner Fieber seit Montag").
const OTHER_PEOPLE =
  "(gastmutter|gastvater|gastschwester|gastbruder|gasteltern|gastfamilie|gastkind|mitbewohner*|kumpel|kumpels|enkel|enkelin|enkelinnen|enkelkind|enkelkinder|enkelsohn|enkeltochter|lehrer|lehrerin|mitschüler*|klassenkamerad*|partner|partnerin|freunde|schwiegermutter|schwiegervater|schwager|schwägerin|patient|patientin|patienten|patientinnen|bewohner|bewohnerin|kommilitone|kommilitonin|kommilitonen|betreuer|betreuerin|professor|professorin|doktorvater|doktormutter|@schüler|@schülerin|@schülerinnen|studenten|studentin|studentinnen|azubi|azubis)";
// …and the plural of a group one of them is picked from, or the singular of one "von mir".
const OTHER_PLURALS =
  "(patienten|patientinnen|kollegen|kolleginnen|freunde|freundinnen|kinder|söhne|töchter|geschwister|brüder|schwestern|bewohner|bewohnerinnen|nachbarn|mitbewohner|mitbewohnerinnen|kommilitonen|mitschüler|enkel|enkelkinder|kunden|kundinnen|mitarbeiter|mitarbeiterinnen)";
const OTHER_PEOPLE_ONE =
  "(patient|patientin|kollege|kollegin|freund|freundin|bewohner|bewohnerin|nachbar|nachbarin|mitbewohner|mitbewohnerin|kommilitone|kommilitonin|kunde|kundin|mitarbeiter|mitarbeiterin|bekannter|bekannte|verwandter|verwandte)";
// As a blocker of the words right after for the complaint ("Ich habe Fieber und meine Gastmutter auch." still tells the
// learner's), of the whole sentence for its time, as the shared list of relatives does.
const OTHER_PEOPLE_SUBJECT = [
  `((mein|meine|unser|unsere) ${OTHER_PEOPLE} (hat|hatte|haben|hatten|ist|war|sind|waren|auch|hustet|fühlt|$symptom|seit|seid|krank|erkältet))`,
  // …a plural's own verb, or all of them: "Meine Schüler husten alle seit Wochen.", "Meine Studenten alle krank."
  `((mein|meine|unser|unsere) ${OTHER_PEOPLE} (husten|niesen|fühlen|fiebern|liegen|alle|beide|auch alle))`,
  `((mein|meine|unser|unsere) #word ${OTHER_PEOPLE} (hat|hatte|haben|hatten|ist|war|sind|waren|hustet))`,
  `((meinem|meiner|unserem|unserer) ${OTHER_PEOPLE} (tut|tun|ist|wird|geht))`,
  // One of a group of the learner's people: "Einer meiner Patienten hat seit gestern hohes Fieber.", "Ein Kollege von mir ist seit Montag krank."
  `((einer|eine|eines|eins) (meiner|unserer) ${OTHER_PLURALS} (hat|hatte|ist|war|hustet|fühlt|$symptom|seit|seid|krank|erkältet))`,
  `((einer|eine|eines|eins) (von meinen|von unseren) ${OTHER_PLURALS} (hat|hatte|ist|war|hustet|fühlt|$symptom|seit|seid|krank|erkältet))`,
  `((ein|eine) ${OTHER_PEOPLE_ONE} von (mir|uns) (hat|hatte|ist|war|hustet|fühlt|$symptom|seit|seid|krank|erkältet))`,
];

// The same people less those who ask the learner for a paper, as an employer does ("Meine Professorin will ein Attest sehen."):
// what a flatmate, a fellow student or a patient gets or needs is theirs ("Meine Kommilitonin bekommt immer ein Attest.").
const PEERS =
  "(gastmutter|gastvater|gastschwester|gastbruder|gasteltern|gastfamilie|gastkind|mitbewohner*|kumpel|kumpels|enkel|enkelin|enkelkind|mitschüler*|klassenkamerad*|partner|partnerin|freunde|schwiegermutter|schwiegervater|schwager|schwägerin|patient|patientin|patienten|patientinnen|bewohner|bewohnerin|kommilitone|kommilitonin|kommilitonen)";

// The people of the learner's life named most, singular and plural, as another's medicine is asked about.
const OTHERS_NAMED =
  "bruder|schwester|vater|mutter|sohn|tochter|kind|kinder|baby|eltern|kollege|kollegin|kollegen|kolleginnen|chef|chefin|nachbar|nachbarin|oma|opa|mann|frau|freund|freundin|freunde";

// …and those whose question the learner passes on (the employer who asks for a paper asks it of the learner).
const OTHERS_ASKING =
  "kollege|kollegin|kollegen|kolleginnen|freund|freundin|freunde|mann|frau|bruder|schwester|mutter|vater|nachbar|nachbarin|sohn|tochter|eltern|oma|opa|mitbewohner|mitbewohnerin";

// Asking someone other than the doctor, the learner's own "ich frage" with the person after it: "ich frage dolmetscher, was ich
// nehmen soll", "Frag ich meinen Mann, ob ich Krankschreibung brauche." ("Sie" and "Frau Doktor" are the doctor: no "frau" alone.)
const THIRD_ASKED =
  "(ich frage|ich frag|frage ich|frag ich|ich fragen|ich werde fragen) ... (dolmetscher*|übersetzer*|apotheke|apotheker|apothekerin|sozialarbeiter*|betreuer|betreuerin|hausarzt|google|internet|meinen mann|meinem mann|mein mann|meine frau|meiner frau|meinen freund|meine freundin|meine mutter|meinen vater|meine schwester|meinen bruder|meinen nachbarn|meine nachbarin)";

// People named by the article, not the possessive, who are someone else: "Die Kinder sind seit gestern krank.", "Die Enkelkinder
// haben seit Tagen Fieber."; and the verbs of a complaint in the third person that tell theirs ("Die Kinder husten seit Tagen.").
const ARTICLE_OTHERS =
  "(sohn|tochter|kind|kinder|kleine|kleinen|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|kollegen|nachbar|nachbarin|nachbarn|oma|opa|chef|chefin|hund|katze|patient|patientin|patienten|patientinnen|enkel|enkelin|enkelinnen|enkelkind|enkelkinder|enkelsohn|enkeltochter|jungs|mädchen)";
const OTHERS_COMPLAINT_VERBS =
  "(hustet|husten|niest|niesen|fiebert|fiebern|erbricht|erbrechen|spuckt|spucken|schnieft|schniefen|liegt|liegen|klagt|klagen|jammert|jammern|weint|weinen)";

// Where such a person is from, right after them: "der Kollege vom Bau", "die Kollegin aus dem Büro", "der Nachbar im dritten Stock".
const OTHERS_PLACE = "(von|vom|aus|im|in|bei|beim|auf|nebenan|von nebenan|gegenüber)";

const DATIVE_OTHER_ACHES =
  "!(meinem|meiner|unserem|unserer) (sohn|tochter|kind|baby|mann|frau|bruder|schwester|mutter|vater|kollegen|kollegin|freund|freundin|nachbarn|nachbarin|oma|opa|chef|chefin) (tut|tun) ... (weh|we)";

// A request taken back after a word of self-correction, the thing a bare "keine" now or the act called off: "Ich möchte eine
// Krankschreibung, nein sorry, ich brauche keine, ich kann arbeiten.", "Tabletten, äh nein, doch nicht." (sentence blockers, so
// the correction word must stand right before: "Ich brauche keine Tabletten, aber eine Krankschreibung" still asks)
const TAKEN_BACK = [
  "!!(sorry|entschuldigung|äh nein|ähm nein|ach nein|oh nein|nein nein|nein sorry|ne sorry|nee sorry) (ich brauche|ich brauch|brauche ich|brauch ich|ich möchte|ich will|ich benötige) (keine|keins|keinen|doch keine|doch keins|doch keinen|doch nicht|nicht|gar keine|lieber keine|lieber nicht)",
  "!!(sorry|äh nein|ähm nein|ach nein|oh nein|nein nein|nein sorry) (doch nicht|lieber nicht|doch keine|doch keins|lieber doch nicht|vergessen sie das)",
];

// A thought had at a past time, which what follows it reports: "gestern habe ich gedacht ich brauche …", "Ich dachte letzte Woche, …".
const PAST_TIME = "(gestern|vorgestern|damals|früher|letzte|letzten|letztes|vorige|vorigen|voriges|am wochenende|heute morgen|heute früh|vorhin)";
const PAST_THOUGHT = [
  `${PAST_TIME} ... (gedacht|überlegt|geglaubt|dachte|glaubte|überlegte)`,
  `(gedacht|überlegt|geglaubt|dachte|glaubte|überlegte) ${PAST_TIME}`,
];

// Events a complaint dates from: "seit dem letzten Release", "seit der Reise", "seit meinem Umzug".
const SINCE_EVENT =
  "(dem|der|meinem|meiner|unserem|unserer|dem letzten|der letzten|meinem letzten|meiner letzten) (release|umzug|urlaub|flug|rückflug|reise|essen|abendessen|teamessen|team essen|training|unfall|sturz|impfung|operation|op|party|feier|firmenfeier|weihnachtsfeier|geburt|wanderung|ausflug|hochzeit|festival|konzert|marathon|fussballspiel|spiel|deadline|umbau|schwimmbad|sauna)";

// A part of the body in a state that is the complaint: blocked, swollen, numb ("Die Ohren sind zu.", "Das Knie ist dick.").
const BODY_STATE = "(zu|dicht|verstopft|dick|taub|blockiert|steif|rot)";
// …the verb first, after a time or an event, the words adjacent: "Seit dem Sturz ist das Knie dick.", "Seit gestern sind meine Ohren total zu."
const BODY_STATE_AFTER_VERB =
  `((ist|sind) (mein|meine|die|der|das) ${TELE_BODY} ${BODY_STATE}|(ist|sind) (mein|meine|die|der|das) ${TELE_BODY} (ganz|sehr|so|total|etwas|ein bisschen|immer noch|noch) ${BODY_STATE})`;

const EVENT_ILLNESS =
  "($symptom|weh|we|krank|erkältet|schlecht|übel|schwindelig|schwindlig|husten|hustet|huste|geschwollen|entzündet|brennen|brennt|stechen|sticht|jucken|juckt|trocken|verspannt|steif)";

// A clause that tells a fact of the learner's with its verb last, as B1 writers embed the complaint in a reason or a
// clause of "dass": "…, weil ich seit Samstag starke Bauchschmerzen habe.", "Da mir seit heute früh übel ist, …", "Ich habe den
// Eindruck, dass mein Hals entzündet ist.", "Ich weiß nicht, warum ich ständig Kopfschmerzen habe." (not "wenn"/"falls", a
// condition, nor "ob", a question).
const TOLD_CLAUSE = "(weil|da|dass|zumal|sodass|warum|wieso|weshalb)";
// …its closing verb, and the thoughts of another, or one's own back then, that make it no complaint now: "Meine Mutter denkt
// immer, dass ich erkältet bin.", "Früher dachte ich, dass ich Migräne habe."; and what one has long known, a condition of
// old: "Ich habe es schon lange gewusst, dass ich eine Allergie habe."
const TOLD_VERB = "(habe|hab|haben|bin|sind|ist|wird|fühle|fühlen|tut|tun|wehtut|wehtun|schmerzt|schmerzen|muss|müssen)";
const OTHERS_THOUGHT = "(denkt|glaubt|meint|findet|behauptet|vermutet|befürchtet|dachte|glaubte|meinte|vermutete|befürchtete|fürchtete|hatte angst|hatte sorge|hatte befürchtet|gewusst|wusste)";

// The frame of a polite indirect question right before its "ob", as the Konjunktiv II puts it: "Ich wollte fragen, ob …", "Ich
// hätte gern gewusst, ob …", "Ich wüsste gern, ob …" (the perfect of "gewusst" sets no scene for a [ctx], so it stands in the pattern).
// Languages a word of the scene is said to be in, as learners compare: "Danke ist auf Türkisch 'teşekkürler'.",
// "Hallo ist auf Rumänisch 'salut'."
const LANGUAGE_NAMES = "(deutsch|englisch|türkisch|arabisch|russisch|polnisch|ukrainisch|spanisch|italienisch|französisch|rumänisch|portugiesisch)";

// The paper the doctor offers by any of its names, a yes to which asks for it: "Brauchen Sie eine Bescheinigung?" "Ja, für die Schule."
const OFFERED_PAPER = "(krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au|*bescheinigung*|krankschein*|krankenschein*|gelben schein)";

const ASK_FRAME = "(fragen|frage|frag|gewusst|wüsste|wüssten)";

export const arzt: ScenarioSeed = {
  id: "arzt",
  title: "Beim Arzt",
  subtitle: "Describe your symptoms to a family doctor in Leipzig",
  character: {
    name: "Dr. Leonie Hartmann",
    role: "Ärztin",
    persona:
      "Du bist Hausärztin in einer Praxis in Leipzig. Du sagst „Sie“ zu den Patienten, bist ruhig, stellst immer nur eine Frage und erklärst alles mit einfachen Wörtern, ohne Latein. Wenn nötig, schreibst du eine Krankschreibung für die Arbeit.",
  },
  setting:
    "A consultation room in a family practice (Hausarztpraxis) in Leipzig on a Monday morning. The learner has felt unwell for a few days, needs to know what to take and may need a sick note for work.",
  level: { min: "A2", max: "B1" },
  openingLine: "Guten Morgen! Ich bin Frau Doktor Hartmann. Bitte setzen Sie sich. Was fehlt Ihnen denn?",
  keyWords: [
    { de: "das Fieber", en: "the fever" },
    { de: "wehtun", en: "to hurt" },
    { de: "seit gestern", en: "since yesterday" },
    { de: "die Erkältung", en: "the cold" },
    { de: "verschreiben", en: "to prescribe" },
    { de: "die Krankschreibung", en: "the sick note" },
    { de: "sich ausruhen", en: "to rest" },
    { de: "Mir ist schlecht.", en: "I feel sick." },
  ],
  exchanges: [
    { learner: "Ich habe seit drei Tagen Kopfschmerzen.", character: "Das tut mir leid. Haben Sie auch Fieber?" },
    { learner: "Was soll ich nehmen?", character: "Nehmen Sie zweimal am Tag Ibuprofen. Vertragen Sie das gut?" },
    { learner: "Brauche ich eine Krankschreibung?", character: "Ja, ich schreibe Sie drei Tage krank. Ist das in Ordnung?" },
  ],
  lexicon: {
    ...symptomLexicon,
    // Tense muscles, the complaint of desk and warehouse work: "Ich habe Verspannungen im Nacken."
    // …and the back's and ear's everyday names: "Ich habe einen Hexenschuss.", "Ischias", "Tinnitus".
    symptom: [...(symptomLexicon.symptom ?? []), "verspannung*", "hexenschuss", "ischias", "tinnitus",
      // A raised temperature, as nurses name it: "Ich habe seit zwei Tagen erhöhte Körpertemperatur."
      "erhöhte temperatur", "erhöhte körpertemperatur", "erhöhter temperatur", "erhöhter körpertemperatur",
      // The heart felt beating: "Ich habe seit zwei Wochen Herzklopfen."
      "herzklopfen", "herzstolpern",
      // "sch" typed "sh" or "s", as learners whose script has one letter for it write it: "bauchshmerzen", "kopfsmerz";
      // and the cough clipped: "ich habe fiber und hust".
      "*shmerzen", "*shmerz", "*shmerzn", "*smerzen", "*smerz", "hust",
      // The fever's "f" heard and typed as the "v" that sounds the same: "vieber und kopfweh".
      "vieber", "viber",
      // Spelt as heard: "tz" for "z", and the "-er" spoken as "-a": "kopfschmertzen", "ich hab fieba".
      "*schmertzen", "*schmertz", "fieba", "fiba",
      // "s" for "sch", as Greek speakers write it: "ich habe swindel seit ein Woche".
      "swindel*",
      // The itch named as a noun, as a rash is told: "Was tu ich gegen das Jucken?"
      "jucken",
      // A cramp in a compound, and an organ's problem as one word or two: "Ich habe Bauchkrampf.", "Ich habe Bauch Problem."
      "*krampf", "bauchproblem*",
      // A cough named by its kind, and wind: "Ich habe so einen trockenen Reizhusten.", "Blähungen und Verstopfung."
      "reizhusten", "raucherhusten", "keuchhusten", "blähung", "blähungen", "darmproblem*", "bauch problem", "bauch probleme", "magen problem", "magen probleme", "darm problem", "darm probleme"],
    when: [
      // A day and its part as one word: "am Donnerstagabend".
      "gestern", "vorgestern", "heute", "montag*", "dienstag*", "mittwoch*", "donnerstag*", "freitag*", "samstag*", "sonntag*",
      "wochenende", "woche*", "tag*", "monat*", "stund*", "jahr*", "nacht", "nächte", "nächten", "kurzem", "langem",
      // Months and feasts date it too: "seit dem 3. Mai", "schon seit Weihnachten".
      "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
      "weihnachten", "ostern", "silvester", "neujahr", "pfingsten", "fasching", "karneval",
      // And the seasons: "Rücken auch weh, seit Winter."
      "winter", "sommer", "herbst", "frühling", "frühjahr",
      // And the study year: "seit Anfang des Semesters", "seit Semesterbeginn".
      "semester*", "semesterbeginn",
      // And a while not counted: "Schon seit einiger Zeit.", "seit einer Weile".
      "einiger zeit", "längerer zeit", "geraumer zeit", "einer weile", "ewigkeiten",
      // Chat's abbreviations of the day and the hour: "seit ca. 5 tg", "seit 3 std".
      "tg", "tge", "tgn", "std",
      // A Spanish or Italian speaker's own time word inside the German: "Seit drei días.", "seit el lunes", "Seit una semana."
      "dia", "dias", "día", "días", "semana", "semanas", "mes", "meses", "ayer", "anteayer", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
      "giorni", "settimana", "settimane",
    ],
    medicine: [
      // "recept" as Dutch, Czech, Polish and Scandinavian speakers spell it: "Brauche ich ein Recept?"
      "rezept*", "recept", "recepte", "recepta", "recepty", "arznei*", "medikament*",
      // "b" for "p", as speakers of a language without "p" (Somali, Arabic) write it: "Brauche ich ein Rezebt?"
      "rezebt*", "rezeb",
      // …and the tablet with one "t", as learners spell it: "welche tablete ich nehmen?"
      "*tablet*", "medizin", "antibiotik*", "salbe", "tropfen", "*spray", "sirup", "mittel",
      // Spanish and Italian: "Können Sie mir eine receta geben?"
      "receta", "recetas", "ricetta", "medicamento*", "medicina", "pastilla*",
      // Turkish and Polish spell it so: "Ist Antibiyotik nötig?", "antybiotyk".
      "antibiyotik*", "antybiotyk*",
      "pille*", "kapsel*", "zäpfchen", "spritze", "hustensaft", "*mittel",
      // The written word of pharmacists and formal patients: "Welches Präparat würden Sie mir empfehlen?"
      "präparat*",
      // A cream for the skin, on its own or in a compound: "Gibt's da eine Creme?", "Brauche ich eine Kortisoncreme?"
      "creme", "*creme",
      // Metamizole by the names Eastern European and German patients know: "Mein Arzt in Kiew hat mir immer Analgin gegeben."
      "analgin*", "novalgin*", "metamizol*",
      ...medicineNames,
    ],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the doctor",
      points: 10,
      // Chat stretches "hi" as it does "hey": "hii frau doktor" (folding reads "hiii" and longer as "hi").
      patterns: [...greetPatterns, "hii",
        // The greeting word as the topic, put beside its name in another language: "Hallo ist auf Rumänisch 'salut', lustig,
        // oder?", "Auf Polnisch heißt Guten Morgen 'dzień dobry'." ("Hallo! Ich spreche nur ein bisschen Deutsch." still greets.)
        `!!(hallo|hi|moin|servus|guten morgen|guten tag|guten abend|grüss gott) (ist|heisst|sagt man|bedeutet) ... auf ${LANGUAGE_NAMES}`,
        `!!auf ${LANGUAGE_NAMES} (ist|heisst|sagt man|bedeutet) ... (hallo|hi|moin|servus|guten morgen|guten tag|guten abend|grüss gott)`],
      examples: ["Guten Morgen!", "Guten Tag, Frau Doktor Hartmann."],
      nudge: "Dr. Hartmann has just come in: greet her.",
    },
    {
      id: "describe_symptom",
      title: "Say what is wrong",
      points: 25,
      patterns: [
        ...describeSymptomPatterns,
        // "habe" as an English phone's autocorrect turns it, "have", and "ich" turned "itch": "halo doktor, ich have kopfschmerzen"
        // ("I have Kopfschmerzen", the frame English, practises no German).
        "(ich have|have ich|itch have|itch habe|itch hab|ich hav|hav ich) ... $symptom",
        // Dizzy with "ch" for the "g" it sounds like, or sick and dizzy with "s" for "sch", as Greek has no such sound: "mir ist
        // schwindlich", "mir ist slecht".
        "(mir ist|ist mir|mir is|mir|mir ist so|mir ist sehr|mir ist immer|mir ist auch|mir ist ganz|mir ist oft) (schwindlich|schwindelich|schwindlick|schwindelick|swindlich|swindelig|swindlig|slecht|slect|so slecht|sehr slecht)",
        // …and the everyday words for feeling faint or queasy: "Mir ist immer so schwummrig.", "Mir ist ganz flau im Magen."
        "(mir ist|ist mir|mir is|mir ist so|mir ist sehr|mir ist immer|mir ist auch|mir ist ganz|mir ist oft|mir ist immer so|mir ist ständig|mir ist dauernd) (schwummrig|schwummerig|schummrig|schummerig|duselig|dusselig|flau|blümerant|komisch|mulmig|elend)",
        // Strength gone, its negation its own: "Ich hab keine Kraft.", "Ich habe überhaupt keine Energie mehr."
        "(ich habe|ich hab|habe ich|hab ich|habe|hab) (keine|gar keine|überhaupt keine|null|kaum) (kraft|energie)",
        // The complaint the subject, coming back or growing, in the present: "Die Kopfschmerzen kommen jeden Tag.", "Der Husten wird
        // immer schlimmer." (opening the sentence: "Meine Frau hat Migräne, die Kopfschmerzen kommen jeden Tag." is hers; nor at
        // another's: "Die Kopfschmerzen kommen bei meiner Frau jeden Tag.")
        "^(der|die|das|mein|meine) $symptom (kommt|kommen) (jeden|jede|immer|oft|ständig|dauernd|morgens|abends|nachts|täglich|plötzlich|wieder|immer wieder|nach dem|nach jedem|beim)",
        "^(der|die|das|mein|meine) $symptom (wird|werden) (immer schlimmer|schlimmer|stärker|immer stärker|jeden tag schlimmer|jeden tag stärker)",
        "!$symptom (kommt|kommen|wird|werden) (bei|beim) (meinem|meiner|unserem|unserer|ihm|ihr|ihnen|den|der|dem)",
        // Whether the doctor's act will hurt asks, it complains of nothing: "Tut es weh, wenn Sie Blut abnehmen?", "Tut das weh, die Spritze?"
        "!!(tut|tun|wird) (es|das) weh (wenn sie|wenn man|die spritze|die impfung|die untersuchung|der test|die nadel)",
        // The complaint came, the day before it: "Am Samstag war ich noch gesund, am Sonntag kam das Fieber."
        "(kam|kamen) (das|der|die|mein|meine|dann das|dann der|dann die) $symptom",
        // …or appeared, in the written word: "Das Fieber trat am Sonntag auf.", "Die Kopfschmerzen sind plötzlich aufgetreten."
        "(das|der|die|mein|meine) $symptom (trat|traten|tauchte|tauchten) ... auf",
        "(das|der|die|mein|meine) $symptom (ist|sind) ... (aufgetreten|aufgetaucht)",
        // The complaint told in steps, each a clause of its own with the time word before it, opening the sentence or after its
        // start is told: "Zuerst nur Schnupfen, jetzt auch Husten.", "Erst Halsschmerzen, jetzt Fieber.", "Es hat am Samstag
        // angefangen, zuerst nur Schnupfen, jetzt auch Husten.", "Schnupfen und Husten." Asked, "Jetzt auch Fieber?", it is the
        // doctor's echo; going on with another's sentence, it is theirs ("Mein Mann hat zuerst Schnupfen gehabt, jetzt auch Husten").
        "^=.(zuerst|erst|zuerst nur|erst nur|am anfang|am anfang nur|jetzt|jetzt auch|jetzt noch|und jetzt|und jetzt auch|jetzt dazu|dann auch|und dann|danach|später|später auch|inzwischen|inzwischen auch|mittlerweile|mittlerweile auch|heute|heute auch|auch noch|dazu noch|ausserdem|und auch) $symptom",
        "[(angefangen|begonnen|losgegangen|anfing|begann|fing|angefangen hat)] =.(zuerst|erst|zuerst nur|erst nur|am anfang|am anfang nur|jetzt|jetzt auch|jetzt noch|und jetzt|und jetzt auch|jetzt dazu|dann auch|und dann|danach|später|später auch|inzwischen|inzwischen auch|mittlerweile|mittlerweile auch|heute|heute auch|auch noch|dazu noch|ausserdem|und auch) $symptom",
        "^=.$symptom (und|und auch|und ein bisschen|und etwas) $symptom",
        // Chat's answer weighed, the verb and the article dropped: "Bisschen Schwindel und Kopf auch." after "Was fehlt Ihnen denn?",
        // "Etwas Fieber.", "Viel Husten in der Nacht." (asked back, "Etwas Fieber?", it is the doctor's echo)
        // Not the answer about another ("Bisschen Fieber." after "Hat Ihr Sohn auch Fieber?"), nor theirs: "Etwas Fieber hat meine Tochter."
        "[!(ihr sohn|ihre tochter|ihr kind|ihre kinder|ihr mann|ihre frau|ihr baby|ihre mutter|ihr vater|ihr partner|ihre partnerin|ihr enkel|ihre enkel*)] ^.(bisschen|ein bisschen|bissl|etwas|leichtes|leichte|leichten|viel|viele|starker|starkes|starke|starken|hohes|hohe|immer noch|noch immer) $symptom",
        `!$symptom (hat|hatte|haben|hatten) (mein|meine|unser|unsere|der|die|das) (${OTHERS_NAMED}|${OTHER_PEOPLE})`,
        // …and a part of the body beside a complaint, after the doctor asked what is wrong: "Husten und Kopf.", "Schwindel, Kopf auch."
        `[(fehlt|beschwerde*|was haben sie|was ist los|was ist passiert|tut ihnen weh|tut es weh|wo tut|probleme)] ^.=$symptom (und|und auch|und der|und mein|und meine) ${TELE_BODY}`,
        `[(fehlt|beschwerde*|was haben sie|was ist los|was ist passiert|tut ihnen weh|tut es weh|wo tut|probleme)] ^.=$symptom (und|und auch|und der|und mein|und meine) ${TELE_BODY} (auch|auch noch|auch ein bisschen|ein bisschen)`,
        // The complaint that will not go, the negation its own: "Der Husten geht nicht weg.", "Die Kopfschmerzen hören nicht auf."
        "$symptom (geht|gehen|will|wollen|wird|werden) (nicht|einfach nicht|immer noch nicht|gar nicht|überhaupt nicht|trotzdem nicht) (weg|vorbei|besser|weggehen)",
        "$symptom (hört|hören) (nicht|einfach nicht|immer noch nicht|gar nicht|überhaupt nicht|trotzdem nicht) (auf)",
        // A medicine that does not help, dictated straight on into the complaint, the "nicht" of the one clause before the "ich" of
        // the next: "die tabletten helfen nicht ich habe immer noch husten", "ibuprofen hilft nicht ich habe kopfschmerzen".
        // Adjacent words only, as the pattern names the negation ("…hilft nicht, ich habe keine Schmerzen mehr" tells none).
        "((hilft|helfen|wirkt|wirken|bringt|bringen) (nicht|nichts|gar nicht|leider nicht|nicht viel|nicht mehr|überhaupt nicht) (ich|und ich|aber ich|also ich) (habe|hab) $symptom)",
        "((hilft|helfen|wirkt|wirken|bringt|bringen) (nicht|nichts|gar nicht|leider nicht|nicht viel|nicht mehr|überhaupt nicht) (ich|und ich|aber ich|also ich) (habe|hab) (immer noch|noch immer|noch|trotzdem|immer|auch|jetzt|wieder|so|starke|starken|viel) $symptom)",
        // …and the verb of the complaint before its subject: "Seit zwei Wochen huste ich die ganze Zeit." (asked, "Muss ich husten?", it is none)
        ".(huste|niese|schwitze|friere|zittere) ich",
        // …and chills in the impersonal, the learner in the accusative: "Mich friert die ganze Zeit.", "Es fröstelt mich."
        ".(mich friert|mich frierts|friert mich|friert es mich|mich fröstelt|fröstelt mich|fröstelt es mich)",
        // …and how it began, the separable verb split: "Am Montag fing es mit Kopfschmerzen an.", "Es ging mit Husten los."
        "(fing|fängt|ging|geht|begann|beginnt) (es|das|alles) ... mit ... $symptom",
        // …not at another's: "Bei meiner Tochter ging es mit Bauchschmerzen los.", "Bei meinem Sohn hat es mit Fieber angefangen."
        "!(bei|beim) (meinem|meiner|unserem|unserer|meinen|unseren) (sohn|tochter|kind|kindern|baby|mann|frau|bruder|schwester|mutter|vater|kollegen|kollegin|freund|freundin|nachbarn|nachbarin|oma|opa|chef|chefin|eltern) (fing|fängt|ging|geht|begann|beginnt|hat|hatte|war|ist)",
        // The learner is the patient here (the scene's setting): another's complaint, a child's too, tells of theirs, also after
        // a contrast with one's own ("Meine kleine Tochter hat Fieber seit gestern.", "Ich hab kein Fieber, aber meine Frau hat
        // Kopfschmerzen."). Learners writing blind label a child's fever so; a plural "meine Frau und ich haben" is ours.
        "!(mein|meine|unser|unsere) (sohn|tochter|kind|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin|nachbar|nachbarin|oma|opa|chef|chefin) (hat|hatte|ist|war)",
        ...OTHER_PEOPLE_SUBJECT.map((p) => `!${p}`),
        "!(mein|meine|unser|unsere) #word (sohn|tochter|kind|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin) (hat|hatte|ist|war)",
        // A grown-up of the learner's, who is not here, having had the same trouble tells of theirs, now or before: "Mein Mann
        // hatte letzten Monat dasselbe Problem mit dem Rücken." ("Mein Mann ist krank und ich habe Husten" still tells the learner's.)
        "!(mein|meine|unser|unsere) (mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin|nachbar|nachbarin|oma|opa|eltern|chef|chefin) (hat|hatte|haben|hatten|ist|war|sind|waren) ... (dasselbe|das gleiche|das selbe|die gleichen|dieselben|ähnliche|so ein|solche) (problem|probleme|beschwerden|schmerzen|symptome|$symptom)",
        // "er" or "sie" with a verb of the third person is someone else, never the learner (nor the doctor, who is "Sie haben"):
        // "Meine Frau auch krank, sie hat Fieber seit gestern." The symptom said without a verb takes its subject from it.
        "!(er|sie) (hat|hatte|hustet|niest|spuckt|erbricht|fiebert)",
        "!(hat|hatte|hustet) (er|sie)",
        // …and "er"/"sie" ill: "Er ist seit Montag krank." A body part may be "er" ("Der Fuß, er ist geschwollen"), but it is never ill.
        "!!((er|sie) (ist|war|wird)) ... (krank|erkältet|krankgeschrieben|grippe)",
        // A season's or a year's illness is a habit, no complaint now: "Ich bin jeden Winter krank.", "Ich bin jedes Jahr erkältet."
        "!!((jeden|jedes|jede) (winter|sommer|herbst|frühling|jahr))",
        // Someone named by the article, not the possessive, is someone else too: "Die Kinder sind seit gestern krank.", "Die Nachbarin hat seit einer Woche Fieber."
        "!!((der|die|das|ein|eine) (sohn|tochter|kind|kinder|kleine|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|kollegen|nachbar|nachbarin|nachbarn|oma|opa|chef|chefin|hund|katze|patient|patientin|patienten|patientinnen) (hat|hatte|haben|hatten|ist|war|sind|waren))",
        // …and grandchildren, in their own clause: "Die Enkelkinder haben seit Tagen Fieber." ("…, die Enkelkinder waren krank, und
        // seit Montag habe ich auch Halsschmerzen" still tells the learner's.)
        `!((der|die|das|ein|eine) ${ARTICLE_OTHERS} (hat|hatte|haben|hatten|ist|war|sind|waren))`,
        // …and so is one whose own verb of the complaint follows, singular or plural, in its own clause: "Die Kinder husten seit
        // Tagen.", "Die Kinder von meinem Sohn husten seit Tagen." ("Die Kinder husten, aber ich habe seit Montag Fieber." tells the learner's.)
        `!((der|die|das|ein|eine) ${ARTICLE_OTHERS} ${OTHERS_COMPLAINT_VERBS})`,
        `!(der|die|das) (sohn|tochter|kind|kinder|baby|mann|frau|bruder|schwester|mutter|vater|eltern|enkel|enkelin|enkelkind|enkelkinder) (von|vom) ... ${OTHERS_COMPLAINT_VERBS}`,
        // …the verb first, as after a time: "Seit Montag hustet das Kind.", "Seit Tagen niesen meine Enkel." (not "husten", the noun
        // of "Ich habe Husten, die Kinder auch.")
        `!((hustet|niest|niesen|fiebert|fiebern|erbricht|erbrechen|spuckt|spucken|schnieft|schniefen|liegt|liegen) (der|die|das|meine|mein|unsere|unser) ${ARTICLE_OTHERS})`,
        // …or named by whose they are: "Die Tochter von meinem Patienten hatte seit Sonntag Durchfall."
        `!!(der|die|das) (sohn|tochter|kind|kinder|baby|mann|frau|ehemann|ehefrau|bruder|schwester|mutter|vater|eltern|familie|enkel|enkelin|enkelkind|enkelkinder|angehörige*) (von|vom) ... (hat|hatte|haben|hatten|ist|war|sind|waren)`,
        // …and so does the dative of another's body or feeling: "Meiner Frau tut der Kopf weh."
        "!(meinem|meiner|unserem|unserer) (sohn|tochter|kind|baby|mann|frau|bruder|schwester|mutter|vater|kollegen|kollegin|freund|freundin|nachbarn|nachbarin|oma|opa|chef|chefin) (tut|tun|ist|wird|geht)",
        // …with the time between the verb and the body part: "Meinem Sohn tut seit Sonntag der Hals weh."
        DATIVE_OTHER_ACHES,
        // A part of the body in its state, the verb first after a time or an event: "Seit dem Sturz ist das Knie dick.", "Seit gestern
        // sind meine Ohren zu." (told, not asked: "Ist das Knie dick?")
        `.${BODY_STATE_AFTER_VERB}`,
        // Not having measured it tells nothing: "Nein, Fieber habe ich nicht gemessen." ("Ich habe 39 Grad gemessen" tells.)
        "!$symptom ... (nicht|nie) gemessen",
        // The complaint hedged, as a clause of its own: "ich glaube fieber", "Vielleicht eine Grippe.", "Wahrscheinlich Migräne, wie immer."
        // Opening a statement, and not the answer about another: "Vielleicht Kopfschmerzen?" after asking about a medicine
        // asks what it does, "Meine Frau ist auch krank, wahrscheinlich Grippe." is hers, and so is "Ich glaube Fieber." after
        // "Hat Ihr Sohn auch Fieber?".
        "[!(ihr sohn|ihre tochter|ihr kind|ihre kinder|ihr mann|ihre frau|ihr baby|ihre mutter|ihr vater|ihr partner|ihre partnerin)] ^.=((ich glaube|glaube ich|ich glaub|ich denke|vielleicht|wahrscheinlich|bestimmt|wohl) ($symptom|ein $symptom|eine $symptom|einen $symptom|auch $symptom|so ein $symptom|so eine $symptom))",
        // …the hedge right before the complaint: "Vielleicht morgen ich bekomme Fieber" fears one to come.
        // …not hedged both ways: "Vielleicht Husten, vielleicht nicht, ich weiß nicht, was mein Sohn hat."
        "!!(vielleicht nicht|wahrscheinlich nicht|oder auch nicht)",
        // Cold as Romance speakers say it ("tengo frío", "j'ai froid", "ho freddo"), and shivering: "ich habe kalt die ganze zeit und
        // zittere", "Meine Hände zittern." (not a cold shower told: "Ich habe kalt geduscht"; nor fear: "Ich zittere vor Angst.")
        "((ich habe|ich hab|habe ich|hab ich|hab) (kalt|so kalt|immer kalt|sehr kalt|ständig kalt|voll kalt|mega kalt))",
        "!(habe|hab) kalt (geduscht|gebadet|gegessen|getrunken|gewaschen|geschlafen)",
        "((ich|und) (zittere|zitter|bibbere))",
        "((meine|die) (hände|hand|beine|finger|knie) (zittern|zittert))",
        "!(zittere|zitter|bibbere|zittern|zittert) (vor|aus) (angst|aufregung|nervosität|freude|wut|stress|lampenfieber)",
        // Yes to the doctor's question about a complaint with a chat degree word and no comma: "ja bisschen", "ja voll" after
        // "Haben Sie auch Husten?" (the shared answers take "Ja, ein bisschen." with its comma).
        "[((haben sie|haben sie auch|haben sie noch|haben sie starke|haben sie hohes|haben sie oft) (fieber|husten|schnupfen|*schmerzen|*schmerz|*weh|durchfall|übelkeit|schwindel*|schüttelfrost|temperatur|erbrechen))] [!(gemessen|in der familie|ihr sohn|ihre tochter|ihr kind|ihr mann|ihre frau)] =(ja bisschen|ja n bisschen|ja bissl|ja bissel|bisschen|bissl|ja voll|ja mega|ja krass|ja total|ja viel|ja echt|ja ziemlich viel|ja ganz schön|ja manchmal|ja oft|ja immer|ja die ganze zeit)",
        // A sense or the voice gone: "Meine Stimme ist weg.", "Ich rieche und schmecke nichts."
        "(meine stimme|mein appetit|mein geschmack|mein geruch|mein geruchssinn|mein geschmackssinn) (ist|sind) (weg|verschwunden|ganz weg|komplett weg|total weg)",
        "(ich rieche|ich schmecke|rieche ich|schmecke ich) ... (nichts|gar nichts|fast nichts|kaum etwas|kaum was)",
        // …not asked as what a medicine might do: "Schmecke ich nichts, wenn ich das Spray nehme?"
        "!!?(wenn|falls|nachdem) (ich|man) ... (nehme|nimmt|benutze|benutzt|einnehme|nehmen)",
        // Come because of it: "Ich bin wegen meinem Husten hier.", "Ich komme wegen Rückenschmerzen."
        "(bin|komme|komm) ... wegen ... $symptom",
        // Suffering from it in a clause with the verb last: "…, weil ich seit einiger Zeit unter starken Kopfschmerzen leide."
        "(ich|wir) ... (unter|an) ... $symptom (leide|leiden)",
        // The complaint told in a clause with its verb last, a reason or a clause of "dass": "…, weil ich seit Samstag starke
        // Bauchschmerzen habe.", "Da mir seit heute früh übel ist, …", "…, weil ich mich so schlecht fühle.", "Ich habe den Eindruck,
        // dass mein Hals entzündet ist.", "…, weil ich nachts ständig husten muss." ("…, dass ich krank bin" names the paper's
        // wording, so "krank" only in a reason.)
        `${TOLD_CLAUSE} (ich|wir) ... $symptom (habe|hab|haben|bekommen habe|eingefangen habe|gekriegt habe)`,
        `${TOLD_CLAUSE} (mir|uns) ... (schlecht|übel|schwindlig|schwindelig|elend|kalt|heiss|nicht gut|nicht wohl) (ist|wird)`,
        `${TOLD_CLAUSE} (ich|wir) (mich|uns) ... (schlecht|krank|unwohl|schwach|elend|schlapp|nicht gut|nicht wohl|fiebrig|erschöpft) (fühle|fühl|fühlen)`,
        `${TOLD_CLAUSE} (ich|wir) ... (erkältet|erschöpft|heiser|schlapp|verschnupft|fiebrig) (bin|sind)`,
        "(weil|da|zumal) (ich|wir) ... krank (bin|sind)",
        `${TOLD_CLAUSE} (mein|meine|der|die|das) ${TELE_BODY} ... (wehtut|weh tut|wehtun|weh tun|schmerzt|schmerzen|brennt|brennen|juckt|jucken|blutet|pocht|sticht|dröhnt|entzündet ist|geschwollen ist|entzündet sind|geschwollen sind)`,
        `${TOLD_CLAUSE} (ich|wir) ... (husten|niesen|erbrechen|mich übergeben|brechen) (muss|müssen)`,
        // What the body does with pain or effort: "…, da mir das Schlucken große Mühe bereitet.", "Das Atmen fällt mir schwer."
        "(das schlucken|das atmen|das sprechen|das gehen|das laufen|das sitzen|das stehen|das aufstehen) ... (mühe|schwierigkeiten|probleme|schmerzen|schwer|schwerfällt)",
        // …not a question put to the doctor about it: "Glauben Sie, dass ich eine Grippe habe?", "Kann es sein, dass mein Hals entzündet ist?"
        "!!?(glauben sie|meinen sie|denken sie|kann es sein|könnte es sein|ist es möglich|wäre es möglich|befürchten sie)",
        // …nor one denied: "Ich glaube nicht, dass ich Fieber habe.", "Es ist nicht so, dass ich Fieber habe."
        "!!(glaube nicht|glaub nicht|denke nicht|denk nicht|hoffe nicht|finde nicht|nicht so) (dass|das)",
        // …nor another's thought, or one's own fear back then: "Meine Mutter denkt immer, dass ich erkältet bin.", "Früher dachte
        // ich, dass ich Migräne habe.", "Ich hatte Angst, dass ich Corona habe, aber der Test war negativ."
        // (a span from the thought to the verb closing its clause: "…, aber ich glaube, dass ich erkältet bin" still tells it)
        `!${OTHERS_THOUGHT} (dass|das) ... ${TOLD_VERB}`,
        `!${OTHERS_THOUGHT} (ich|immer|zuerst|erst|auch|wohl|schon|damals|früher|wirklich|ja|sicher) (dass|das) ... ${TOLD_VERB}`,
        // A complaint named as the case for a remedy is no complaint told: "Früher habe ich bei Migräne immer Aspirin genommen.",
        // "Bei Kopfschmerzen hilft mir Ibuprofen." ("Ich habe bei Husten Schmerzen in der Brust." tells one.)
        "!bei $symptom ... (genommen|eingenommen|nehme|nehm|nehmen|nimmt|hilft|helfen|geholfen|trinke|trinken)",
        // Worn out by day, the verb put first, as a clause of its own: "Da ich kaum schlafen kann, bin ich tagsüber so erschöpft, dass …"
        // ("Im Urlaub bin ich immer so müde.", "Als Kind bin ich oft krank gewesen." tell no complaint now)
        "=bin ich (tagsüber|abends|morgens|nachts|ständig|immer|oft|total|ganz|sehr|so) ... (müde|schlapp|schwach|erschöpft|erkältet|heiser|krank)",
        // A part of one's body cramping, burning or stinging: "…, dass mein Magen sich nach jedem Essen verkrampft."
        `(mein|meine) ${TELE_BODY} ... (verkrampft|krampft|brennt|sticht|pocht|juckt|blutet|kribbelt)`,
        // …the verb first, the ear after: "Es klingelt die ganze Zeit in meinem linken Ohr.", "Im Ohr rauscht es."
        "(es|das) (piept|pfeift|rauscht|klingelt|dröhnt|summt) ... (ohr|ohren)",
        "(piept|pfeift|rauscht|klingelt|dröhnt|summt) (es|das) ... (ohr|ohren)",
        // A pain felt where it sits, the impersonal "es" or "das" its subject, told, not asked: "Beim Schlucken sticht es.", "Ja, genau da, das sticht richtig."
        ".((es|das) (sticht|brennt|pocht|kribbelt)|(sticht|brennt|pocht|kribbelt) (es|das))",
        // The heart racing or stumbling, told: "Mein Herz rast.", "Herz klopft schnell, immer.", "Nachts stolpert mein Herz."
        ".((mein herz|das herz|mir das herz) (rast|rasst|klopft|stolpert|hämmert|flattert|pocht))",
        ".^herz (rast|rasst|klopft|stolpert|hämmert|flattert|pocht)",
        ".((rast|rasst|klopft|stolpert|hämmert|flattert|pocht) (mein herz|mir das herz|das herz))",
        // Caught something, or full of phlegm: "Ich hab mir was eingefangen.", "Alles ist verschleimt.", "Ich bin total verschleimt."
        "(ich habe|ich hab|habe ich|hab ich|hab|habe) mir ... eingefangen",
        ".(ich bin|bin ich|bin|alles ist|ist alles|alles|mein hals ist|meine nase ist|die nase ist|der hals ist|meine bronchien sind|die bronchien sind|meine lunge ist|die lunge ist) (verschleimt|ganz verschleimt|total verschleimt|so verschleimt|sehr verschleimt|völlig verschleimt)",
        // The nose running, the verb first: "Seit einer Woche läuft meine Nase.", "Ständig läuft mir die Nase."
        ".(läuft|lief) (meine|mir die|die|mir meine) nase",
        // The state alone, answering what is wrong: "Erkältet. Richtig doll." after "Was fehlt Ihnen denn?"
        `[(fehlt|beschwerde*|was haben sie|was ist los|was ist passiert)] .=(erkältet|verschnupft|heiser|verkühlt|grippig|erschöpft|schlapp|total erkältet|stark erkältet|sehr erkältet|ganz erkältet|richtig erkältet|total verschnupft|ganz heiser|sehr heiser)`,
        // …or the ear ringing: "Mein Ohr piept laut.", "Meine Ohren rauschen seit dem Konzert."
        "(mein ohr|meine ohren|im ohr|in meinem ohr|in meinen ohren) ... (piept|pfeift|rauscht|klingelt|dröhnt|piepen|pfeifen|rauschen|klingeln|dröhnen)",
        // The complaint set off by a relative clause, then worse: "Die Rückenschmerzen, die ich seit … habe, werden immer schlimmer."
        "$symptom (die|der|das) ich ... (habe|hab) (werden|wird) (immer schlimmer|schlimmer|stärker|immer stärker|nicht besser)",
        // Pointing at the place, the verb left out: "Hier weh.", "Da Schmerzen.", or the pain alone, weighed: "Viel Schmerz."
        "=(hier|da|dort|hier auch|da auch) (weh|we|schmerz|schmerzen|sehr weh|viel weh|viel schmerz|viel schmerzen)",
        "=(viel|viele|sehr viel|starke|stark|große|groß) (schmerz|schmerzen)",
        // Another's body aching or broken, the verb left out and the article off: "Meine Kind Bauch weh.", "mein mann rücken kaputt"
        // ("Mein Bauch weh" is the learner's.)
        `!(mein|meine|meinem|meiner|unser|unsere) (sohn|tochter|kind|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin|oma|opa|chef|chefin) ${TELE_BODY} (weh|we|schmerz|schmerzen|kaputt|kaput|ganz kaputt|total kaputt)`,
        // Had yesterday and well now: "Gestern Kopf weh, jetzt gut."
        `!(gestern|vorgestern|letzte|letzten|letztes|vorige|vorigen|früher|damals) ... ${WELL_NOW}`,
        "wegen ... $symptom ... (bin|komme|komm) ... (hier|da)",
        // Going "like this" is going to work: "Bescheinigung für Arbeit. Ich kann nicht gehen so."
        "!gehen so",
        // A diagnosis the internet or a friend gives is theirs: "Laut Internet habe ich Migräne.", "Laut meiner Freundin ist es eine
        // Grippe." ("Laut Internet ist das nur Stress, aber ich habe Kopfschmerzen." still tells it.)
        "!laut (internet|google|dr google|doktor google|chatgpt|wikipedia|tiktok|instagram|youtube|reddit|facebook|forum|app|meiner|meinem|meinen|dem|der|den)",
        // …and tense, said of the back or neck: "Mein Rücken ist total verspannt." ("Mein Chef ist total verspannt." is his mood.)
        "(mein|meine|der|die) (rücken|nacken|schulter|schultern|muskeln) (ist|sind) (verspannt|ganz verspannt|total verspannt|sehr verspannt|so verspannt|völlig verspannt|echt verspannt)",
        // A reading too high, the verb "haben" as learners say it: "Ich habe Blutdruck hoch.", "Ich habe hohen Blutdruck."
        "(habe|hab) (blutdruck|blutzucker|zucker) (hoch|zu hoch|sehr hoch|so hoch|niedrig|zu niedrig|sehr niedrig)",
        "(habe|hab) (hohen|zu hohen|sehr hohen|niedrigen|zu niedrigen) (blutdruck|blutzucker|zucker|puls)",
        // A reading below fever is a room's or the weather's, no complaint: "Die Temperatur im Wartezimmer ist sehr hoch, fast 30 Grad."
        "!((1*|2*|30|31|32|33|34|35|36|minus) grad)",
        // A fever's reading, the temperature the subject: "Meine Körpertemperatur liegt seit zwei Tagen bei 38,5 Grad.", "Meine
        // Temperatur ist 39." (a reading of 37 is no fever, and "Die Temperatur draußen ist 30 Grad" names no body).
        "(meine|die) (temperatur|körpertemperatur|fiebertemperatur) (liegt|ist|beträgt|steigt|geht) ... (38*|39*|40*|41*)",
        // …or the fever itself the subject: "Mein Fieber ist 38,5, heute morgen gemessen.", "Das Fieber liegt bei 39 Grad." (present only)
        "(mein|das) fieber (liegt|ist|beträgt|steigt|geht) ... (38*|39*|40*|41*)",
        // A fever's reading answering the doctor, when it was taken beside it and no "Grad": "Ja, heute früh 38,2.", "39 gestern Abend."
        "[(fieber*|temperatur)] =(heute|heute früh|heute morgen|heute nacht|gestern|gestern abend|gestern nacht|vorhin|morgens|abends|nachts|am morgen|am abend|in der nacht|immer|fast|über|bis|bis zu|knapp|um die) (38*|39*|40*|41*)",
        "[(fieber*|temperatur)] =(38*|39*|40*|41*) (heute|heute früh|heute morgen|heute nacht|gestern|gestern abend|gestern nacht|vorhin|morgens|abends|nachts|am morgen|am abend|in der nacht)",
        // …a tail that hedges the reading: "Ja, gestern Abend 38 und ein bisschen.", "39 oder so."
        "[(fieber*|temperatur)] =(heute|heute früh|heute morgen|heute nacht|gestern|gestern abend|gestern nacht|vorhin|morgens|abends|nachts|fast|über|knapp|um die) (38*|39*|40*|41*) (und ein bisschen|und etwas|und mehr|oder mehr|oder so|ungefähr|etwa|und noch was|komma irgendwas|irgendwas|grad und ein bisschen)",
        "[(fieber*|temperatur)] =(38*|39*|40*|41*) (und ein bisschen|und etwas|und mehr|oder mehr|oder so|ungefähr|etwa|und noch was|komma irgendwas|irgendwas|grad und ein bisschen)",
        // An illness treated, told in the perfect, is a story of it: "In Russland wir haben Krankheit immer mit Wodka behandelt."
        "!(habe|hab|haben|hatte|hatten|hat) ... (behandelt|geheilt|kuriert|auskuriert|bekämpft)",
        // What one had and is well of now: "Vor zwei Wochen hatte ich Fieber, aber jetzt bin ich wieder gesund."
        `!!${RECOVERED}`,
        `!!${RECOVERED_THEN}`,
        // …and going to work, or out to do a thing, is no limp: "Ich kann nicht arbeiten gehen.", "Ich kann heute nicht einkaufen gehen."
        "!(arbeiten|einkaufen|spazieren|schwimmen|joggen|tanzen|feiern|essen|schlafen) (gehen|laufen)",
        // Not well, naming its negation: "I feel sick, mir ist nicht gut." ("Gestern war mir nicht gut." tells what was.)
        "(mir (ist|is)|(ist|is) mir) (nicht gut|gar nicht gut|nicht so gut|nicht wohl|überhaupt nicht gut)",
        // The verb left last, as beginners place it: "Mein Mann auch Husten hat."
        "!(mein|meine|unser|unsere) (sohn|tochter|kind|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin) auch",
        // …or dropped, the complaint or its time right after the relative: "Mein Sohn Fieber seit gestern.", "Meine Frau krank."
        "!((mein|meine|unser|unsere) (sohn|tochter|kind|baby|kinder|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin|oma|opa|eltern) ($symptom|krank|erkältet|seit|seid))",
        // Trouble with an organ, the noun's number or the article's case as learners miss them: "Ich habe Problem mit meine Magen."
        // Told, not asked of the doctor ("Haben Sie Probleme mit die Rücken?"), nor as the condition of a habit.
        ".(problem|probleme|beschwerden) mit (meine|mein|die|das|meinem|meinen|meiner|dem|der|den) (magen|bauch|darm|rücken|herz|hals|knie|kopf|ohr|ohren|auge|augen|haut|lunge|niere|nieren|blase|fuss|füsse|füssen|schulter|schultern|nacken|zähne|zahn)",
        // The subject dropped, the verb's plural ending for "habe": "Haben Schmerzen hier, in die Brust." (asked, it is the doctor's question)
        "!(wenn|falls|sobald) (ich|wir) ... (problem|probleme|beschwerden)",
        "^.haben $symptom",
        // …and before what the body cannot do: "Kann nicht atmen durch die Nase."
        "^.kann (nicht|kaum|schlecht) (schlafen|essen|atmen|schlucken)",
        // Sick with longing is a feeling, no complaint: "Ich bin krank vor Sehnsucht nach meiner Familie.", "krank vor Heimweh".
        // The same complaint asked of the doctor, the verb left out: "Sie auch Rücken Schmerzen, Frau Doktor?"
        "!?(sie|ihnen) (auch|selbst|selber|oft|manchmal)",
        "!krank (vor|aus) (sehnsucht|heimweh|liebe|sorge|sorgen|angst|eifersucht|neid|langeweile)",
        // A1 telegraphic German drops the verb and the article, the part of the body opening the sentence, told:
        // "Mein Bein ganz dick, rot auch", "Fuß geschwollen", "Auge rot und juckt", "Nase immer laufen", "Kopf dreht".
        // Opening keeps another's ("Mein Sohn Knie dick") out; stated keeps the doctor's question echoed out ("Knie dick?").
        `.^(${TELE_BODY}|mein ${TELE_BODY}|meine ${TELE_BODY}) (ganz|sehr|so|total|etwas|bisschen|ein bisschen|auch|immer|noch) (rot|dick|geschwollen|entzündet|blau|heiss|warm)`,
        `.^((${TELE_BODY}|mein ${TELE_BODY}|meine ${TELE_BODY}) (rot|dick|geschwollen|entzündet|blau|heiss))`,
        `.^((${TELE_BODY}|mein ${TELE_BODY}|meine ${TELE_BODY}) (immer|ständig|so|sehr|auch|ganz|total) (juckt|jucken|brennt|brennen|sticht|stechen|pocht|pochen|kribbelt|kribbeln|tränt|tränen|dreht|drehen|dreht sich))`,
        `.^((${TELE_BODY}|mein ${TELE_BODY}|meine ${TELE_BODY}) (juckt|jucken|brennt|brennen|sticht|stechen|pocht|pochen|kribbelt|kribbeln|tränt|tränen|dreht|drehen))`,
        ".^((nase|meine nase) (laufen|läuft|immer laufen|immer läuft|läuft immer|läuft ständig|ständig laufen))",
        // …and broken, "kaputt" with one "t" as A1 writes it: "hals kaput, ich nix essen kann", "Mein Rücken ganz kaput."
        `.^((${TELE_BODY}|mein ${TELE_BODY}|meine ${TELE_BODY}) (kaput|ganz kaput|sehr kaput|total kaput|kaputt|ganz kaputt|sehr kaputt|total kaputt))`,
        // …or with its verb, either spelling: "Mein Rücken ist kaputt.", "mein rucken ist total kaputt von LKW" (told, not asked; "Mein
        // Rücken war kaputt" is over)
        `.(mein|meine|der|die) ${TELE_BODY} (ist|sind) (kaputt|kaput|ganz kaputt|total kaputt|völlig kaputt|echt kaputt|komplett kaputt|so kaputt|sehr kaputt|ganz kaput|total kaput)`,
        // A part of the body not right, the negation its own: "seitdem ist mein Magen nicht ok", "Mein Bauch ist nicht in Ordnung."
        `.(mein|meine) ${TELE_BODY} (ist|sind) (nicht ok|nicht okay|nicht in ordnung|nicht gut|gar nicht gut|nicht so gut|irgendwie nicht ok)`,
        `.(ist|sind) (mein|meine) ${TELE_BODY} (nicht ok|nicht okay|nicht in ordnung|nicht gut|gar nicht gut|nicht so gut|irgendwie nicht ok)`,
        // Pressure felt in a part of the body: "Ich habe so ein Druck hinter den Augen." ("Druck auf der Arbeit" is work's.)
        `.(habe|hab|spüre|fühle|ist|so ein|so einen|einen|starken|viel) druck (im|in der|in den|in dem|hinter den|hinter dem|hinter der|auf der|auf dem|auf den|in meinem|in meiner|in meinen) ${TELE_BODY}`,
        // What the back or a limb no longer lets one do: "Ich kann nicht sitzen.", "Ich kann kaum stehen, alles tut weh." (told, not asked:
        // "Kann ich hier sitzen?")
        ".(ich kann|kann ich) (nicht|kaum|schlecht|nicht gut|nicht mehr|nicht lange|nicht richtig) (sitzen|stehen|liegen|bücken|heben|aufstehen|sitzen bleiben|gerade stehen)",
        // …and yes to the doctor's question with "auch" after the complaint: "ja Fieber auch" after "Haben Sie Fieber?"
        "[(haben sie|haben sie auch|haben sie noch)] [!(gemessen|in der familie)] .=(ja|ja ein bisschen|ja bisschen|ja leider) $symptom (auch|auch noch|auch bisschen)",
        // …the feeling and where it presses, "auf" for "in": "Druck auf Brust", "Stechen auf der Brust".
        `(druck|stechen|brennen|ziehen|schmerz|schmerzen) (auf|auf der|auf die|auf meiner|auf meine) ${TELE_BODY}`,
        // …how much or how often before the complaint: "ich viel Schmerzen, hier", "Immer Husten, Nacht nicht schlafen".
        ".^((ich|wir) (viel|viele|so viel|sehr viel|immer|oft|ständig|starke|stark|so|auch|bisschen|ein bisschen) $symptom)",
        ".^((immer|ständig|dauernd|jeden tag|jede nacht) $symptom)",
        // …or how strong, in chat's words: "mega Kopfschmerzen", "kopfschmerzen ohne ende", "Mein Kopf explodiert gleich."
        ".^((mega|voll|krass|extrem|heftig|übel|richtig|voll krass|mega krass|starke|schlimme|total) $symptom)",
        ".^($symptom (ohne ende|wie verrückt|wie sau|ohne pause|die ganze zeit|den ganzen tag))",
        ".^((kopf|schädel|mein kopf|mein schädel) (explodiert|zerspringt|platzt))",
        ".^((nacht|nachts|in der nacht|ich nacht|ich nachts) (nicht|kaum|schlecht) (schlafen|schlafe))",
        // …in the learner's own language, Spanish, Italian or English: "Ich fühle mich fatal.", "Mir geht es muy mal."
        "(fühle mich|fühl mich|fühle|mir geht es|mir gehts|mir geht's|geht es mir|mir ist) (fatal|muy mal|tan mal|so mal|terrible|horrible|malissimo|malísimo|awful|sick)",
        // …how one feels, the infinitive last or "mir" without its verb: "ich nicht gut fühlen", "mir schwindlig", "ich immer müde".
        ".^((ich|ich mich|mir) (nicht gut|gar nicht gut|schlecht|krank|nicht wohl|so schlecht|sehr schlecht) (fühlen|fühle|fühl))",
        ".^(mir (schlecht|übel|schwindlig|schwindelig|so schlecht|so übel|so schwindlig|so schwindelig|sehr schlecht|immer schlecht|immer schwindlig|immer schwindelig|auch schlecht|auch schwindlig))",
        ".^((ich|wir) (immer|so|sehr|ganz|total|oft|ständig|auch) (müde|schlapp|schwach|erschöpft|krank|erkältet))",
        // A season's complaint is a habit, no complaint now: "Fieber ist schlimm in Winter", "Ich habe im Winter immer Husten".
        // In its own clause: "Im Winter bin ich oft krank, aber jetzt habe ich starke Halsschmerzen." and "Seit dem Urlaub im
        // Sommer habe ich Rückenschmerzen." tell one now.
        "!(im|in|in der|in dem) (winter|sommer|herbst|frühling|frühjahr) ... (immer|oft|meistens|ständig)",
        "!(immer|oft|meistens|ständig) ... (im|in|in der|in dem) (winter|sommer|herbst|frühling|frühjahr)",
        "!$symptom (ist|sind) ... (im|in|in der|in dem) (winter|sommer|herbst|frühling|frühjahr)",
        // …and one now well again, the time it was told: "letztes Jahr Bein kaputt, jetzt gut" ("Der Kopf ist jetzt gut, aber
        // mein Bauch tut weh." tells the belly).
        "!!(letztes jahr|letzte woche|letzten monat|früher|damals|vor einem jahr) ... (jetzt|inzwischen|nun|jetzt wieder|aber jetzt) (gut|wieder gut|alles gut|gesund|wieder gesund|wieder fit|alles weg|wieder ok|wieder okay)",
        ...WELL_AGAIN_SINCE,
        // The complaint still there, or back: "Letzten Monat war ich schon bei Ihnen, aber der Ausschlag ist immer noch da.", "Der
        // Husten ist wieder da." (told: "Ist das Fieber noch da?" asks)
        ".(der|die|das|mein|meine) $symptom (ist|sind) (immer noch|noch immer|noch|wieder|schon wieder|jetzt wieder|trotzdem) da",
        // …or itching, burning, stinging as its own verb: "Der Ausschlag juckt seit dem Wochenende.", "Die Stiche brennen."
        ".(der|die|das|mein|meine) $symptom (juckt|jucken|brennt|brennen|sticht|stechen|pocht|pochen|nässt|nässen|blutet|bluten)",
        // …or the impersonal "es" itching or burning on the learner: "Jetzt juckt es bei mir am ganzen Körper.", "Es brennt mir im Hals."
        ".(juckt|kribbelt|brennt|sticht|pocht|zieht) (es|das) (mich|mir|bei mir|überall|so|ganz|total|sehr|ständig|immer|im|in der|am|an der)",
        ".(es|das) (juckt|kribbelt|brennt|sticht|pocht|zieht) (mich|mir|bei mir|überall|so|ganz|total|sehr|ständig|immer|im|in der|am|an der)",
        // The part of the body that hurts set off by a relative clause: "…, aber bei mir ist es eher der Kopf, der wehtut."
        `${TELE_BODY} (der|die|das) (wehtut|weh tut|wehtun|weh tun|schmerzt|schmerzen|juckt|brennt|sticht)`,
        // What a medicine would do to the stomach is no complaint: "Ich will keine Antibiotika, die machen meinen Magen kaputt."
        `!(macht|machen|machte|machten) (meinen|mein|meine|den|die|das|einem|einen) ${TELE_BODY} (kaputt|kaput)`,
      ],
      examples: ["Ich habe seit gestern Kopfschmerzen.", "Mein Hals tut weh.", "Mir ist schlecht und ich habe Fieber."],
      nudge: "Tell Dr. Hartmann what hurts or how you feel.",
    },
    {
      id: "say_since_when",
      title: "Say since when you have it",
      points: 15,
      // "seid" is how learners often spell "seit" when they answer "Seit wann?"
      patterns: [
        // A time alone dates a life as well ("Ich habe seit Montag Urlaub"): it dates the illness after the doctor's question,
        // after a complaint named earlier, or beside a complaint or a word for it in its own clause.
        `[${ILLNESS}] [!${LIFE_ASKED}] (seit|vor) $when`,
        `(seit|vor) $when ... ${ILLNESS}`,
        `${ILLNESS} ... (seit|vor) $when`,
        // The complaint taken up by a pronoun: "Das habe ich seit Montag.", "Seit Montag ist es so."
        // …or lasts: "Das Ganze hält nun schon seit vier Tagen an."
        "(das|es) (habe|hab|hat|ist|war|wurde|geht|tut|kam|kommt|dauert|hält|andauert|anhält) ... (seit|vor) $when",
        // The complaint appeared, the separable verb split round the time: "Das Fieber trat am Sonntag auf.", "Die Beschwerden sind
        // am Freitag zum ersten Mal aufgetreten."
        `(${ILLNESS}|es|das) (trat|traten|tauchte|tauchten) ... $when ... auf`,
        `(${ILLNESS}|es|das) ... $when ... (aufgetreten|aufgetaucht)`,
        // The start told by what the learner was doing then, after the doctor's question or beside the complaint: "Es fing an, als
        // ich am Donnerstag aus Kairo zurückgekommen bin.", "Angefangen hat es, nachdem ich im Regen gearbeitet habe."
        `[${ILLNESS}] [!${LIFE_ASKED}] (es fing an|fing es an|das fing an|es begann|begann es|das begann|es hat angefangen|hat es angefangen|angefangen hat es|das hat angefangen|es ging los|ging es los|los ging es) (als|nachdem|kurz nachdem|gleich nachdem|direkt nachdem|kurz bevor)`,
        "(habe|hab|hatte) (ich|ichs) (das|es|die|den|sie|ihn) (seit|vor|schon seit|jetzt seit|schon vor) $when",
        "(das|die|den|es) (habe|hab|hatte) ich ... (seit|vor) $when",
        "(seit|vor) $when (habe|hab|hat|ist|geht|tut|kam|dauert) (ich es|ich das|es|das)",
        "(ich habe|ich hab|habe ich|hab ich|ich hatte) (das|es) (seit|vor|schon seit|jetzt seit|jetzt schon seit|bestimmt seit|etwa seit|ungefähr seit|schon vor|etwa vor|ungefähr vor) $when",
        // The answer on its own, or opening the message: "Seit drei Tagen.", "Seit gestern, glaube ich."
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) $when`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) $when (schon|ungefähr|etwa|circa|ca|zirka|oder so|glaube ich|ich glaube|so|jetzt|bestimmt|schon so|jetzt schon)`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) $when (abend|morgen|nacht|früh|mittag|nachmittag|vormittag)`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) $when (abend|morgen|nacht|früh|mittag|nachmittag|vormittag) (schon|ungefähr|etwa|circa|ca|zirka|oder so|glaube ich|ich glaube|so|jetzt|bestimmt|schon so|jetzt schon)`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when (schon|ungefähr|etwa|circa|ca|zirka|oder so|glaube ich|ich glaube|so|jetzt|bestimmt|schon so|jetzt schon)`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (oder|bis) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        `[!${LIFE_ASKED}] =(seit|vor|schon seit|jetzt schon seit|erst seit|bestimmt seit|ungefähr seit|etwa seit|circa seit|ca seit|zirka seit|schon vor|erst vor|ungefähr vor|etwa vor|circa vor|ca vor|zirka vor) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) (oder|bis) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|vergangene*|diese*|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when (schon|ungefähr|etwa|circa|ca|zirka|oder so|glaube ich|ich glaube|so|jetzt|bestimmt|schon so|jetzt schon)`,
        "($when) (angefangen|begonnen)",
        // "von" for "seit", as learners whose language has one word for both answer the doctor's question: "Von Samstag.", "Von
        // letzte Woche." (only after that question: "Von Montag bis Freitag." answers others)
        `[(seit wann|wie lange|wann hat|wann fing|wann begann)] [!${LIFE_ASKED}] =(von|schon von|ungefähr von) $when`,
        `[(seit wann|wie lange|wann hat|wann fing|wann begann)] [!${LIFE_ASKED}] =(von|schon von|ungefähr von) (dem|der|den|letzte*|vorige*|vergangene*) $when`,
        // Since an event of the learner's life, once the complaint is named: "Meine Augen brennen, das ist seit dem letzten Release
        // so.", "Seit dem Umzug habe ich Rückenschmerzen."
        // (a complaint, not a feeling: "Seit dem Umzug fühle ich mich wohl.")
        `[${EVENT_ILLNESS}] [!${LIFE_ASKED}] (seit|seitdem) ${SINCE_EVENT}`,
        `seit ${SINCE_EVENT} ... ${EVENT_ILLNESS}`,
        `${EVENT_ILLNESS} ... seit ${SINCE_EVENT}`,
        // …or a part of the body blocked or swollen, the state its own word: "Die Ohren sind zu seit dem Flug am Sonntag.",
        // "Seit dem Sturz ist das Knie dick."
        `${TELE_BODY} (ist|sind) ${BODY_STATE} ... (seit|seid) (${SINCE_EVENT}|$when)`,
        `(seit|seid) (${SINCE_EVENT}|$when) ${BODY_STATE_AFTER_VERB}`,
        // …or answering the doctor's question, the event alone: "Seit der Hochzeit von meiner Schwester, das war am Samstag."
        `[(seit wann|wie lange|wann hat|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] ^(seit|seitdem|schon seit|erst seit) ${SINCE_EVENT}`,
        // …the infinitive for the participle, the time counted back: "vor zwei tag anfangen", "seit Montag beginnen".
        "(vor|seit|seid) $when (anfangen|anfang|beginnen|anfängt|angefang)",
        // The start with the infinitive for the participle, answering the doctor: "gestern abend anfangen" after "Seit wann …?"
        // Told, not asked ("Heute anfangen?" asks when to start the tablets).
        `[(seit wann|wie lange|wann fing|wann begann)] [!${LIFE_ASKED}] .=$when (anfangen|beginnen)`,
        `[(seit wann|wie lange|wann fing|wann begann)] [!${LIFE_ASKED}] .=$when (abend|morgen|nacht|früh|mittag|nachmittag|vormittag) (anfangen|beginnen)`,
        // A date in the month: "Seit dem 3. Mai."
        `[!${LIFE_ASKED}] =(seit|schon seit|erst seit|vor) (dem|den) (1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        // Had it then already and still has it: "Ich hatte letzte Woche schon Husten und jetzt immer noch."
        "(letzte*|vorige*|vergangene*|am|seit) $when schon ... (immer noch|noch immer)",
        // The past of the same: "Es fing am Montag an."
        "(fing|begann) $when",
        // The day it came, the complaint got: "Gestern habe ich Fieber bekommen."; or had then and still: "Vorgestern hatte ich
        // Fieber und jetzt immer noch."
        "(gestern|vorgestern|montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonntag*|wochenende) ... $symptom (bekommen|gekriegt|gekricht)",
        // The complaint named between: "Am Wochenende war das Wartezimmer noch immer voll" dates no illness.
        "(gestern|vorgestern|montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonntag*|wochenende) ... (hatte|war) ... ($symptom|krank|erkältet|schlecht|übel|schwindelig) ... (immer noch|noch immer)",
        `[seit wann] [!${LIFE_ASKED}] seid $when`,
        // The complaint as what one cannot do, its negation its own: "Seit zwei Tagen kann ich nicht schlafen wegen Rücken.", "Ich kann
        // seit Montag kaum sitzen."
        "(seit|seid) $when ... (kann ich|ich kann) ... (nicht|kaum|schlecht|nicht gut|nicht mehr|nicht richtig) (schlafen|sitzen|stehen|liegen|laufen|gehen|essen|atmen|schlucken|bücken|aufstehen)",
        "(kann ich|ich kann) ... (nicht|kaum|schlecht|nicht gut|nicht mehr|nicht richtig) (schlafen|sitzen|stehen|liegen|laufen|gehen|essen|atmen|schlucken|bücken|aufstehen) ... (seit|seid) $when",
        "(kann ich|ich kann) ... (seit|seid) $when ... (nicht|kaum|schlecht|nicht gut|nicht mehr|nicht richtig) (schlafen|sitzen|stehen|liegen|laufen|gehen|essen|atmen|schlucken|bücken|aufstehen)",
        // "seid" for "seit" where a complaint or a verb of having stands before, or opening: "bauchschmerz seid 2 tage", "seid gestern".
        "($symptom|bin|habe|hab|ist|tut|tun) ... seid $when",
        "^seid $when",
        // "seit" as an English phone's autocorrect leaves it, "sit": "mein hals tut we sit gestern", "sit zwei tage" after the doctor's
        // question (beside a complaint or after one asked; "Bitte sit down" names no time).
        `[${ILLNESS}] [!${LIFE_ASKED}] =(sit|sit ungefähr|sit schon|schon sit) $when`,
        `[${ILLNESS}] [!${LIFE_ASKED}] =(sit|sit ungefähr|sit schon|schon sit) (ein|eine|einem|einer|dem|der|den|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|paar|letzte*|vorige*|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        "($symptom|krank|erkältet|weh|we|bin|habe|hab|tut|tun) ... sit $when",
        "sit $when ... ($symptom|krank|erkältet|weh|we)",
        "!seit wann",
        // "vor allem" is "above all", no time: "Ich habe einen schlimmen Husten, vor allem in der Nacht."
        "!vor allem",
        // How long one has worked or lived somewhere is not how long one has been ill: "Ich arbeite seit drei Jahren hier."
        "!(arbeite|arbeiten|arbeitet|wohne|wohnen|lebe|leben|studiere|nehme|nehmen|rauche|rauchen|trinke) seit",
        // Buying, reading or getting a thing dates that, not the illness: "Ich habe das Medikament vor drei Tagen gekauft."
        "!!(gekauft|gelesen|geholt|abgeholt|bestellt|gesehen|erhalten|bezahlt)",
        "!!(das|ein|mein|dieses) (rezept|medikament) (habe|hab|hatte) ich",
        // A group the learner belongs to is others: "Mein Team ist seit Montag krank, alle haben Corona.", "In meiner Abteilung haben
        // alle seit Freitag Grippe."
        "!((mein|meine|unser|unsere|das|die) (team|abteilung|büro|familie|klasse|gruppe|firma|wg|haushalt|kita|schule) (ist|sind|war|waren|hat|haben|hatte|hatten))",
        "!((alle|viele|die meisten|die hälfte) (im|in der|in meiner|in meinem|in unserer|in unserem|bei uns|aus|von) #word (sind|haben|waren|hatten))",
        "!((alle|viele|die meisten|die hälfte) (bei uns|hier) (sind|haben|waren|hatten))",
        "!((haben|sind|waren|hatten) (alle|viele|die meisten))",
        "!((alle|viele|die meisten) (kollegen|leute|mitarbeiter) (sind|haben|waren|hatten))",
        // …and so is a visit here before: "Vor drei Jahren war ich hier wegen einer Grippe."
        "!((war|waren) (ich|wir) (hier|da|bei ihnen|in der praxis|in dieser praxis))",
        "!((ich war|wir waren) (hier|da|bei ihnen|in der praxis|in dieser praxis))",
        // …the time between the verb and the place: "Ich war vor zwei Wochen hier wegen Husten."
        "!(ich war|war ich|wir waren|waren wir) ... (hier|bei ihnen|in der praxis|in dieser praxis|beim arzt|bei der ärztin)",
        // A visit before tells a story: "Vor zwei Jahren war ich schon mal hier."
        "!!(schon mal|schon einmal) (hier|da|bei ihnen)",
        // An illness had once before is no answer: "Ich hatte vor zwei Jahren schon mal eine Lungenentzündung."
        "!!(hatte|hatten|war|waren) ... (schon mal|schon einmal|damals|früher|als kind)",
        // Since when one takes a medicine dates that: "Ja, seit fünf Jahren Tabletten für den Blutdruck."
        "!(seit|vor) $when $medicine",
        // How well a medicine went down is no health ("gut" beside a time dates nothing): "Vor zwei Jahren habe ich Amoxicillin
        // bekommen und gut vertragen."
        "!!((gut|schlecht|problemlos|prima|super) vertragen)",
        "!!$medicine (für|gegen) ... (blutdruck|zucker|diabetes|schilddrüse|cholesterin|asthma)",
        // Since when of a life, not of an illness: "Seit gestern habe ich einen neuen Job", "Vor einer Woche war ich im Urlaub."
        "!!(neuen job|neue stelle|neue arbeit|neue wohnung|geheiratet|auf reise|ihr patient|ihre patientin|in deutschland|deutschkurs|in rente|verheiratet|geboren)",
        // …the holiday had or spent, not the one a complaint dates from ("Seit meinem Urlaub in Spanien habe ich einen Ausschlag."):
        // "Ich habe seit Montag Urlaub.", "Vor einer Woche war ich im Urlaub.", "Urlaub habe ich seit Freitag."
        "!!((im|in den|in die|auf|zum|vom) (urlaub|ferien))",
        "!!((habe|hab|hatte|haben|hatten|nehme|nahm|mache|machte) (urlaub|ferien))",
        "!!((habe|hab|hatte|haben|hatten) (ich|wir) (urlaub|ferien))",
        "!!((seit|ab|vor) $when (urlaub|ferien))",
        "!!((urlaub|ferien) (habe|hab|hatte|hatten|gehabt|gemacht|genommen))",
        // Arriving and waiting here is no illness: "Ich bin vor einer Stunde gekommen, ich warte so lange."
        "!!(ich bin|bin ich|wir sind) ... (gekommen|angekommen|hergekommen)",
        "!!(ich warte|warte ich|wir warten|gewartet)",
        // Well again now, the illness was had and is over: "Ich hatte vor einem Monat eine Erkältung, jetzt ist alles gut."
        `!!${RECOVERED}`,
        `!!${RECOVERED_THEN}`,
        "!!(jetzt|inzwischen|mittlerweile|heute|nun) (ist es weg|ist es wieder weg)",
        ...WELL_AGAIN_SINCE,
        // A medicine got against it dates the medicine: "Gestern habe ich ein Rezept gegen Husten bekommen."
        "!(gegen|für|fürs|bei) $symptom (bekommen|gekriegt|gekricht)",
        // Starting a job or a course dates that: "Ich habe vor zwei Wochen angefangen zu arbeiten." ("…angefangen zu jucken" still dates it.)
        "!!(angefangen|anfangen|anfang) (zu|hier zu|dort zu) (arbeiten|lernen|studieren|trainieren|jobben)",
        "!!(mit der arbeit|mit dem job|mit der ausbildung|mit dem studium|mit dem kurs|mit dem deutschkurs|mit dem praktikum|mit dem training) (angefangen|anfangen)",
        // "Ich bin seit Montag krank" says it; "Ich bin seit drei Jahren in Deutschland" does not.
        "!(bin|sind) seit $when (in|hier|da|verheiratet|arbeitslos|angestellt|bei|mit|im homeoffice|im home office|im büro|im urlaub|in rente)",
        // A bare span of time answers "Seit wann?": "Schon ungefähr eine Woche."
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] (schon|ungefähr|etwa|circa|ca|zirka|fast|knapp|über|mehr als) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] =(ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        // A closing "schon" or "so" keeps the span of time an answer: "Drei Tag schon.", "Schon eine Woche so."
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] =(ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when (schon|so|jetzt|lang|lange|ungefähr|circa|ca|zirka|etwa|vielleicht|glaube ich|oder so)`,
        // Unasked, only days and weeks: "Schon zwei Jahre" is how long one has lived somewhere.
        `[!${LIFE_ASKED}] =(schon|jetzt schon|bestimmt schon) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (tag|tage|tagen|woche|wochen|nacht|nächte|stunden)`,
        `[!${LIFE_ASKED}] =(schon|jetzt schon|bestimmt schon) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (tag|tage|tagen|woche|wochen|nacht|nächte|stunden) (so|lang|lange)`,
        // A symptom and its span without a verb: "Drei Tag schon Fieber."
        ...symptomSpanPatterns,
        // …the span after the ache, no verb and no "seit": "Bauch weh, 3 Tage.", "Kopfschmerzen 2 Wochen."
        "($symptom|weh|we) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|paar|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (tag|tage|tagen|woche|wochen|nacht|nächte|monat|monate)",
        // …not the span of a medicine against it: "Soll ich das Mittel gegen Husten 3 Tage nehmen?"
        "!(gegen|für|fürs|bei) $symptom (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|paar|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (tag|tage|tagen|woche|wochen|nacht|nächte|monat|monate)",
        // The start after a separable verb: "das fängt an vorgestern", "ging los am Montag".
        "(fängt|fing|ging|geht|begann|beginnt) (an|los) $when",
        // A fall dates the injury it left: "Vor drei Tagen ich bin gefallen in Garten, jetzt Hand tut weh."
        "(vor|seit|am|letzte*|vorige*) $when ... (hingefallen|gefallen|gestürzt|umgeknickt|ausgerutscht)",
        "(hingefallen|gestürzt|umgeknickt|ausgerutscht) ... (vor|am|letzte*|vorige*) $when",
        // The start told after the day: "Gestern Nacht fing es an.", or the participle alone: "Angefangen am Freitag."
        "$when ... (fing|begann|ging) (es|das|alles) (an|los)",
        "(angefangen|begonnen|losgegangen) (am|an|in der|letzte*|vorige*|vor) $when",
        // How long it has gone on: "Das habe ich schon lange.", "Das geht jetzt schon drei Tage so."
        "(das|es) (habe|hab|hat|ist|geht|dauert) ... schon (lange|länger|eine weile|ewig)",
        // All of a span, "schon" making it last until now, beside the complaint: "Mir ist schon die ganze Woche schlecht.", "Ich huste
        // schon den ganzen Monat." ("Das Wetter ist schon die ganze Woche schlecht." names no complaint: "schlecht" only after "mir".)
        "($symptom|krank|erkältet|weh|huste|hustet|niese|mir ist|ist mir|mir is) ... schon (die ganze|den ganzen|das ganze|eine ganze) $when",
        "schon (die ganze|den ganzen|das ganze|eine ganze) $when ... ($symptom|krank|erkältet|weh|huste|niese)",
        "schon (die ganze|den ganzen|das ganze|eine ganze) $when (ist mir|habe ich|hab ich|huste ich)",
        // …the pronoun after the verb, as a clause of its own: "Ich habe das schon lange.", "Hab ich es schon länger, …"
        // ("Ich habe es schon lange gewusst" is another verb's perfect.)
        // Not after a question about a thing one has: "Haben Sie ein Rezept dafür?" "Ja, ich habe es schon länger."
        "[!($medicine|karte|versichertenkarte|krankenkarte|gesundheitskarte|überweisung|ausweis|befund|impfpass|dabei|mitgebracht)] =((ich habe|ich hab|habe ich|hab ich|ich hatte) (das|es) (schon|jetzt schon) (lange|länger|eine weile|ewig))",
        // The span adjacent: "Ich habe schon eine Krankschreibung von letzter Woche" dates a paper.
        "(geht|dauert|habe|hab|ist) ... schon ((ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) (tag|tage|tagen|woche|wochen|nacht|nächte))",
        "=(ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar) (tag|tage|woche|wochen|nacht|nächte) (schon|jetzt schon|schon so|lang|lange)",
        "=(fast|ungefähr|etwa|circa|ca|zirka|knapp|über|mehr als|bestimmt) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar) (tag|tage|woche|wochen|nacht|nächte)",
        // The participle first: "Angefangen hat es am Sonntag."
        "(angefangen|begonnen|losgegangen) (hat es|hat das|hat|ist es|hat sich) $when",
        "(angefangen|begonnen|losgegangen) (hat es|hat das|hat|ist es|hat sich) (am|an|in der|letzte*|vorige*|diese*|diesen|vor) $when",
        "(fängt|fing|ging|geht|begann|beginnt) (an|los) (am|an|in der|letzte*|vorige*|diese*|diesen) $when",
        // The day alone answers "Seit wann?": "Gestern.", "Am Montag.", "Letzte Woche Mittwoch."
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =$when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =$when (abend|morgen|nacht|früh|mittag|nachmittag|vormittag)`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(am|ab|letzte*|vorige*|vergangene*|diese*|diesen|in der) $when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(am|ab|letzte*|vorige*|vergangene*|diese*|diesen|in der) $when $when`,
        // Hedged or narrowed: "Erst heute Morgen.", "Ich glaube am Sonntag.", "Die ganze Woche schon.", "Mindestens eine Woche."
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(erst|schon|etwa|ungefähr|circa|ca|zirka|so|wohl) $when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(erst|schon|etwa|ungefähr|circa|ca|zirka|so|wohl) $when (abend|morgen|nacht|früh|mittag|nachmittag|vormittag)`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(ich glaube|glaube ich|ich glaub|ich denke|vielleicht|wahrscheinlich) (am|ab|seit|vor|letzte*|vorige*|vergangene*|diese*|diesen|in der) $when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(ich glaube|glaube ich|ich glaub|ich denke|vielleicht|wahrscheinlich) $when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(die ganze|den ganzen|das ganze|eine ganze) $when`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(die ganze|den ganzen|das ganze|eine ganze) $when (schon|lang|lange|so|jetzt)`,
        // …hedged first: "Eigentlich schon den ganzen Monat.", "Bestimmt schon die ganze Woche."
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(eigentlich|eigentlich schon|bestimmt schon|wohl schon|fast schon|ehrlich gesagt schon|jetzt schon) (die ganze|den ganzen|das ganze|eine ganze) $when`,
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] =(mindestens|länger als|mehr als|weniger als|gut|knapp) (ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar|1*|2*|3*|4*|5*|6*|7*|8*|9*) $when`,
        // The day with when in it: "Gestern nach dem Essen.", "Am Montag beim Sport."
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =$when (nach dem|nach der|nach meinem|nach meiner|beim|bei der|vor dem|vor der|während der|während dem) #word`,
        `[(seit wann|wie lange|wann hat|wann haben|wann ist|wann fing|wann begann|angefangen)] [!${LIFE_ASKED}] =(am|letzte*|vorige*) $when (nach dem|nach der|nach meinem|nach meiner|beim|bei der|vor dem|vor der) #word`,
        // There all at once, the day before it: "Heute früh beim Aufwachen war es auf einmal da.", "Am Montag war der Husten plötzlich da."
        "$when ... (war|waren) (es|das|der|die|er|sie|$symptom) (auf einmal|plötzlich|ganz plötzlich|einfach|über nacht) da",
        // It came then: "Das kam gestern Abend ganz plötzlich.", "… am Sonntag kam das Fieber."
        "((das|es|$symptom) (kam|kamen)) $when",
        "$when (kam|kamen) (das|der|die|mein|meine|dann das|dann der|dann die) $symptom",
        "!(arbeite|wohne|lebe|studiere|bin) (ich|wir) seit",
        // A state of life since then, not an illness: "ich bin pensionär seit zwölf jahre", "Ich bin Rentnerin seit 2015."
        "!(bin|sind) (#noun|rentner*|pensionär*|pensioniert|verheiratet|geschieden|arbeitslos|angestellt|selbstständig|selbständig|student*|in rente|in deutschland|hier) seit",
        "!seit $when (arbeite ich|wohne ich|lebe ich|studiere ich|bin ich in|in deutschland|verheiratet)",
        // What a relative has had since Monday is not the patient's own answer, nor is what "er" or "sie" has: "Er hat Husten seit Montag."
        ...othersBlockers,
        ...OTHER_PEOPLE_SUBJECT.map((p) => `!!${p}`),
        "!!(er|sie) (hat|hatte|hustet|niest|spuckt|erbricht|fiebert)",
        "!!(hat|hatte|hustet) (er|sie)",
        "!!((er|sie) (ist|war|wird)) ... (krank|erkältet|krankgeschrieben|grippe)",
        "!!((jeden|jedes|jede) (winter|sommer|herbst|frühling|jahr))",
        // Someone named by the article, not the possessive, is someone else too: "Die Kinder sind seit gestern krank.", "Die Nachbarin hat seit einer Woche Fieber."
        "!!((der|die|das|ein|eine) (sohn|tochter|kind|kinder|kleine|baby|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|kollegen|nachbar|nachbarin|nachbarn|oma|opa|chef|chefin|hund|katze|patient|patientin|patienten|patientinnen) (hat|hatte|haben|hatten|ist|war|sind|waren))",
        // …and grandchildren, in their own clause: "Die Enkelkinder haben seit Tagen Fieber." ("…, die Enkelkinder waren krank, und
        // seit Montag habe ich auch Halsschmerzen" still tells the learner's.)
        `!((der|die|das|ein|eine) ${ARTICLE_OTHERS} (hat|hatte|haben|hatten|ist|war|sind|waren))`,
        // …and so is one whose own verb of the complaint follows, singular or plural, in its own clause: "Die Kinder husten seit
        // Tagen.", "Die Kinder von meinem Sohn husten seit Tagen." ("Die Kinder husten, aber ich habe seit Montag Fieber." tells the learner's.)
        `!((der|die|das|ein|eine) ${ARTICLE_OTHERS} ${OTHERS_COMPLAINT_VERBS})`,
        `!(der|die|das) (sohn|tochter|kind|kinder|baby|mann|frau|bruder|schwester|mutter|vater|eltern|enkel|enkelin|enkelkind|enkelkinder) (von|vom) ... ${OTHERS_COMPLAINT_VERBS}`,
        // …the verb first, as after a time: "Seit Montag hustet das Kind.", "Seit Tagen niesen meine Enkel." (not "husten", the noun
        // of "Ich habe Husten, die Kinder auch.")
        `!((hustet|niest|niesen|fiebert|fiebern|erbricht|erbrechen|spuckt|spucken|schnieft|schniefen|liegt|liegen) (der|die|das|meine|mein|unsere|unser) ${ARTICLE_OTHERS})`,
        // …or named by whose they are: "Die Tochter von meinem Patienten hatte seit Sonntag Durchfall."
        `!!(der|die|das) (sohn|tochter|kind|kinder|baby|mann|frau|ehemann|ehefrau|bruder|schwester|mutter|vater|eltern|familie|enkel|enkelin|enkelkind|enkelkinder|angehörige*) (von|vom) ... (hat|hatte|haben|hatten|ist|war|sind|waren)`,
        // …or by where they work or live, the place between the person and the verb: "Der Kollege vom Bau hatte das Gleiche, seit
        // einem Monat.", "Die Kollegin aus dem Büro hat seit Montag Fieber.", "Der Nachbar im dritten Stock hustet seit Tagen."
        // (the learner's own clause after it still dates theirs: "…, und ich habe seit Montag Husten")
        `!!(der|die|das|ein|eine) ${ARTICLE_OTHERS} ${OTHERS_PLACE} ... (hat|hatte|haben|hatten|ist|war|sind|waren)`,
        `!!(der|die|das|ein|eine) ${ARTICLE_OTHERS} ${OTHERS_PLACE} ... ${OTHERS_COMPLAINT_VERBS}`,
        // …or the dative of another's body, the time between: "Meinem Sohn tut seit Sonntag der Hals weh."
        DATIVE_OTHER_ACHES,
        // An illness of a year or season set before its verb is one had then, its length no answer: "Letztes Jahr hatte ich eine Grippe, zwei
        // Wochen lang." ("Seit letzter Woche …" still dates it; "letzte Woche" is left out for that.)
        "!!(letztes|letzten|vorletztes|voriges|vorigen) (jahr|mal|monat|sommer|winter|herbst|frühling) (hatte|war|habe|hab|hatten|waren)",
        // …or after it: "Ich hatte letzten Winter drei Wochen Husten.", "Wir waren letztes Jahr zwei Wochen krank."
        "!!(hatte|war|hatten|waren) (ich|wir) (letztes|letzten|vorletztes|voriges|vorigen) (jahr|mal|monat|sommer|winter|herbst|frühling)",
        "!!(ich|wir) (hatte|war|hatten|waren) (letztes|letzten|vorletztes|voriges|vorigen) (jahr|mal|monat|sommer|winter|herbst|frühling)",
        // …said without a verb either: "Meine Tochter seit Montag Fieber."
        "!!(mein|meine|unser|unsere) (sohn|tochter|kind|kinder|mann|frau|bruder|schwester|mutter|vater|kollege|kollegin|freund|freundin|oma|opa|eltern) ($symptom|seit|seid|krank|erkältet)",
        // …and the little ones the shared list of relatives leaves out: "Unser Baby hat seit gestern Fieber."
        "!!(mein|meine|unser|unsere) (baby|enkel|enkelin|enkelkind|kleiner|kleine|säugling) (hat|hatte|ist|war|hustet|$symptom|seit|seid|krank|erkältet)",
        // "seit" as a conjunction, the start told by an event, answering the doctor: "Seit ich aus dem Urlaub zurück bin."
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] ^(seit|seitdem) (ich|wir)`,
        // …or the days counted: "Heute ist der vierte Tag.", "Das ist jetzt schon der dritte Tag."
        `[(seit wann|wie lange)] [!${LIFE_ASKED}] (heute|das|es) ist ... der (zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|2|3|4|5|6|7|8|9|10) tag`,
      ],
      examples: ["Seit drei Tagen.", "Das habe ich seit letzter Woche.", "Es hat vor zwei Tagen angefangen."],
      nudge: "Dr. Hartmann wants to know since when you have had it.",
    },
    {
      id: "ask_medicine",
      title: "Ask what you should take",
      points: 20,
      patterns: [
        // Whether a medicine would be wise, asked formally: "Wäre es sinnvoll, ein Antibiotikum zu nehmen?", "Wäre es besser, wenn Sie
        // mir ein Antibiotikum verschreiben würden?"
        "?(wäre es|wär es|ist es) (sinnvoll|besser|ratsam|nötig|notwendig|empfehlenswert) ... $medicine",
        "[(wäre es|wär es|ist es) (sinnvoll|besser|ratsam|nötig|notwendig|empfehlenswert)] ?(wenn|dass) sie (mir|uns) ... $medicine (verschreiben|geben|verordnen|aufschreiben|mitgeben)",
        "[(wäre es|wär es|ist es) (sinnvoll|besser|ratsam|nötig|notwendig|empfehlenswert)] ?$medicine (zu nehmen|einzunehmen)",
        "(was|welch*) (soll|muss|kann|darf) (ich|man) (nehmen|einnehmen|einwerfen|schlucken)",
        // What "er" or "sie" should take, or needs, is asked for someone else: "Meine Tochter hat Husten, was soll sie nehmen?",
        // "Sie braucht ein Rezept für Ibuprofen." (the doctor is "Sie sollen", "Sie brauchen").
        "!!((soll|muss|kann|darf) (er|sie) (nehmen|einnehmen|schlucken|bekommen|kriegen))",
        "!!((er|sie) (braucht|möchte|will|muss|soll|bekommt|kriegt))",
        "!!((mein|meine|unser|unsere) (bruder|schwester|vater|mutter|sohn|tochter|kind|baby|eltern|kollege|kollegin|chef|chefin|nachbar|nachbarin|oma|opa|mann|frau|freund|freundin) (braucht|möchte|will|muss|soll|bekommt|kriegt|nimmt))",
        // …and asked about another, the verb or the question word right before them: "Was nimmt mein Kollege gegen Husten?", "Was hat
        // mein Kollege damals gegen Rückenschmerzen genommen?", "Wissen Sie, was meine Kollegin gegen Kopfschmerzen nimmt?"
        `!!((nimmt|nahm|bekommt|bekam|kriegt|braucht|brauchte|hat|hatte|hatten|kann|soll|muss|darf|sollte|könnte) (mein|meine|unser|unsere) (${OTHERS_NAMED}|${OTHER_PEOPLE}))`,
        `!!((was|welch*|womit) (mein|meine|unser|unsere) (${OTHERS_NAMED}|${OTHER_PEOPLE}))`,
        // Another's question passed on is theirs: "Mein Kollege fragt, ob er Ibuprofen nehmen kann."
        `!!((mein|meine|unser|unsere) (${OTHERS_ASKING}) (fragt|fragte|fragen|will wissen|möchte wissen|wollte wissen))`,
        // A medicine for another of the learner's people, the dative or "für": "Hilft Ibuprofen meinem Kollegen auch?", "Ist die Salbe
        // gut für meine Kollegin?"
        `!!((hilft|helfen|gut|besser|schlecht|gefährlich|ok|okay) (meinem|meiner|unserem|unserer|für meinen|für meine|für mein|für unseren|für unsere) (${OTHERS_NAMED}|${OTHER_PEOPLE}))`,
        `!!((hilft|helfen) ($medicine|#noun|das|die|der|es) (meinem|meiner|unserem|unserer|auch meinem|auch meiner) (${OTHERS_NAMED}|${OTHER_PEOPLE}))`,
        `!!((für|fürs) (meinen|meine|meinem|meiner|unseren|unsere|unserem|unserer) (kollege|kollegen|kollegin|kolleginnen|freund|freundin|freunde|nachbar|nachbarn|nachbarin|${OTHER_PEOPLE}))`,
        // What another says one should ask reports it, as for the sick note: "Mein Mann sagt, ich soll Sie fragen, was ich nehmen soll."
        "!!(chef|chefin|kollege|kollegin|mutter|vater|freund|freundin|mann|frau|er|sie) (sagt|sagte|meint|meinte) ... (ich soll|soll ich|ich sollte)",
        // …and the people a carer looks after, or anyone named by the article: "Die Patientin braucht ein Rezept, nicht ich."
        `!!((mein|meine|unser|unsere|der|die|das) ${OTHER_PEOPLE} (braucht|brauchen|möchte|will|muss|soll|bekommt|kriegt|nimmt))`,
        "!!((der|die|das) (bruder|schwester|vater|mutter|sohn|tochter|kind|baby|kinder|kollege|kollegin|nachbar|nachbarin|oma|opa|mann|frau|freund|freundin|alte frau|alte mann) (braucht|brauchen|möchte|will|muss|soll|bekommt|kriegt|nimmt))",
        // What to buy is what to take: "Ich habe keine Medikamente zu Hause. Was soll ich kaufen?"
        "(was|welch*) (soll|muss|sollte) (ich|man) (kaufen|holen|besorgen|in der apotheke kaufen|aus der apotheke holen)",
        // …or whether something can be got at the pharmacy: "Kann ich was in der Apotheke holen, ohne Rezept?", "Soll ich mir etwas
        // aus der Apotheke besorgen?" (asked: "Ich habe gestern was in der Apotheke gekauft." tells)
        "?(kann|soll|muss|darf|sollte|könnte) (ich|man) ... (was|etwas|$medicine) ... apotheke ... (holen|kaufen|besorgen|bekommen|kriegen)",
        // …or "unternehmen", the written word: "Was kann ich gegen diese Beschwerden unternehmen?"
        "(was|welch*) (soll|muss|kann|darf|könnte|sollte) (ich|man) (mit|gegen|bei|da|dafür|damit) ... (machen|tun|unternehmen)",
        // Doing, only right after the modal or "dagegen": "Was kann man in Berlin machen?" asks no treatment.
        "((was|welch*) (soll|muss|kann|darf) (ich|man) (machen|tun|dagegen machen|dagegen tun|jetzt machen|jetzt tun|da machen|da tun|noch machen|noch tun))",
        // Asked to prescribe, the verb first: "Verschreiben Sie mir bitte etwas.", "Schreiben Sie mir ein Rezept?"
        "(verschreiben|schreiben|aufschreiben) sie mir ... ($medicine|etwas|was)",
        // The infinitive with "zu" after a polite frame: "Wäre es möglich, mir etwas zu verschreiben?", "Könnten Sie so nett sein,
        // mir ein Rezept auszustellen?" (not a report: "Mein Arzt hat vergessen, mir etwas zu verschreiben.").
        "[(möglich|nett|freundlich|bitten|bitte sie)] ($medicine|etwas|was) ... (zu verschreiben|aufzuschreiben|auszustellen)",
        "[(möglich|nett|freundlich|bitten|bitte sie)] (mir|uns) ... (zu verschreiben|aufzuschreiben)",
        // …"geben" only with the medicine named before it: "Wäre es möglich, mir ein Rezept für Hustensaft zu geben?"
        // ("Wäre es möglich, mir die Krankschreibung zu geben?" asks for the paper.)
        "[(möglich|nett|freundlich|bitten|bitte sie)] (mir|uns) ... ($medicine|etwas dagegen|was dagegen|etwas dafür|was dafür|etwas gegen|was gegen) ... (zu geben|mitzugeben)",
        // The indirect question after asking: "Ich wollte fragen, ob Sie mir ein Nasenspray verschreiben könnten."
        "[(fragen|frage|frag|wissen)] ob sie (mir|uns) ... (verschreiben|aufschreiben|verordnen) (können|könnten|würden|kann|könnte)",
        "[(fragen|frage|frag|wissen)] ob sie (mir|uns) ... ($medicine|etwas dagegen|was dagegen|etwas gegen|was gegen) ... (geben|mitgeben) (können|könnten|würden|kann|könnte)",
        // …dictated without the comma, the asking and the question one clause: "ich wollte fragen ob sie mir etwas gegen die schmerzen geben könnten"
        `${ASK_FRAME} ob sie (mir|uns) ... (verschreiben|aufschreiben|verordnen) (können|könnten|würden|kann|könnte)`,
        `${ASK_FRAME} ob sie (mir|uns) ... ($medicine|etwas dagegen|was dagegen|etwas gegen|was gegen) ... (geben|mitgeben) (können|könnten|würden|kann|könnte)`,
        // The frame with a clause of "dass": "Wäre es möglich, dass Sie mir etwas verschreiben?"
        "[(möglich|bitten|bitte sie)] dass sie (mir|uns) ... (verschreiben|aufschreiben)",
        "[(möglich|bitten|bitte sie)] dass sie (mir|uns) ... ($medicine|etwas dagegen|was dagegen|etwas gegen|was gegen) ... (geben|mitgeben)",
        // …and dictated without the comma, the frame and the request one clause: "wäre es möglich dass sie mir etwas gegen den
        // husten verschreiben", "ich bitte sie dass sie mir was verschreiben", "wäre nett wenn sie mir was aufschreiben könnten",
        // "wäre es möglich mir etwas gegen husten zu verschreiben" ("Es war nicht möglich, …" is blocked below and by its negation).
        "(möglich|bitten|bitte sie) dass sie (mir|uns) ... (verschreiben|aufschreiben|verordnen)",
        "(möglich|bitten|bitte sie) dass sie (mir|uns) ... ($medicine|etwas dagegen|was dagegen|etwas gegen|was gegen) ... (geben|mitgeben)",
        // …and the formal frames of gratitude in advance: "Ich wäre Ihnen sehr verbunden, wenn Sie mir etwas verschreiben würden."
        "(nett|freundlich|dankbar|verbunden) wenn sie (mir|uns) ... (verschreiben|aufschreiben|verordnen) (könnten|würden|können)",
        "(möglich|nett|freundlich|bitten|bitte sie) (mir|uns) ... (zu verschreiben|aufzuschreiben)",
        "(möglich|nett|freundlich|bitten|bitte sie) ($medicine|etwas|was) ... (zu verschreiben|aufzuschreiben|auszustellen)",
        // …not of what was prescribed: "Ist es möglich, dass Sie mir letztes Mal das falsche Medikament verschrieben haben?"
        "!(verschrieben|aufgeschrieben|gegeben|mitgegeben|verordnet) (haben|hatten|hat)",
        // …and a medicine to be got, the noun right before: "Wäre es möglich, ein Rezept zu bekommen?", "…, etwas dagegen zu kriegen?"
        // ("Ist es möglich, von Ibuprofen Bauchschmerzen zu bekommen?" gets a complaint, not the medicine.)
        // Asked, not told that it was not: "Es war leider nicht möglich, Tabletten zu bekommen, die Apotheke war zu."
        "[(ist es möglich|wäre es möglich|wär es möglich|ist das möglich|wäre das möglich|ist es vielleicht möglich|wäre es vielleicht möglich|nett|freundlich|bitten|bitte sie|geht es|ginge es)] ($medicine|etwas dagegen|was dagegen|etwas dafür|was dafür) (zu bekommen|zu kriegen|zu haben)",
        // The frame may be the doctor's line or the report's own clause: "Mein Hausarzt hat vergessen, mir etwas zu verschreiben."
        // after "Ist es möglich, dass …?", "Mein alter Arzt war so nett, mir etwas aufzuschreiben." ask for nothing.
        "!!((hat|hatte|haben|hatten) (vergessen|abgelehnt|versprochen))",
        "!!((war|waren) (so nett|so freundlich|sehr nett))",
        // …nor does what was kind or possible then: "Es war nett von der Apothekerin, mir Tabletten zu geben.", "Es war leider nicht
        // möglich, mir etwas zu verschreiben."
        "!!(war|waren) ... (nett|freundlich|möglich)",
        // The doctor's "haben" of the perfect tells or asks of a medicine given already: "Letztes Jahr haben Sie mir Ibuprofen
        // gegeben.", "Im Winter haben Sie mir Hustensaft empfohlen." ("Haben Sie Ibuprofen?" asks for it.)
        "!!(haben|hatten) sie (mir|uns) ... (verschrieben|gegeben|aufgeschrieben|empfohlen|verordnet|mitgegeben)",
        // "brauchte" is the learner's "bräuchte" only where nothing dates it to the past: "Als Kind brauchte ich oft
        // Antibiotika.", "Mein Mann war krank und brauchte Hustensaft." (a typed "bräuchte" is never this word)
        "!(war|waren|hatte|hatten|als kind|letzte*|vorige*|damals|früher|gestern|vorgestern) ... (brauchte|brauchten)",
        "(ich|wir) (bräuch*|möcht*|hätt* gern*|hätt* gerne) (etwas|was) (gegen|für)",
        "!!(was|etwas) dagegen (wenn|dass|ob)",
        // The verb placed as in the learner's language: "Was ich soll nehmen?"
        "(was|welch*) (ich|man) (soll|muss|kann|darf) (nehmen|einnehmen)",
        // Without the modal, asked: "Was ich nehmen?"
        "?(was|welch*) (ich|man) (nehmen|einnehmen)",
        // …and chat's question without its mark, the clause nothing but the question: "was ich nehmen", "welche tabletten ich nehmen"
        "=(was|welch*) (ich|man) (nehmen|einnehmen)",
        "=(was|welch*) $medicine (ich|man) (nehmen|einnehmen)",
        // Indirect, the verb last: "Ich weiß nicht, was ich nehmen soll."
        "(was|welch*) (ich|man) (nehmen|einnehmen) (soll|sollte|kann|muss|darf)",
        "(bräuch*|bekomm*|krieg*) (ich|wir) $medicine",
        // The same in statement order, asked: "Ich bekomme ein Rezept?", "Sie geben mir Tabletten?"
        "?(ich|wir) (bekomme|bekomm|bekommen|kriegen|krieg|kriege) ... $medicine",
        // What a medicine causes asks for none: "Ich bekomme Ausschlag von Ibuprofen, ist das normal?"
        "!(von|vom|von den|von der|von dem|von diesen|von diesem|von diesem) $medicine",
        "?sie (geben|verschreiben|schreiben) (mir|uns) ... $medicine",
        // …and with the modal, the infinitive before its object as learners order it: "Sie können geben Tabletten?",
        // "Sie können mir verschreiben Antibiotika?"
        "?sie (können|könnten|kann) (geben|verschreiben|aufschreiben|mitgeben) ... $medicine",
        "?sie (können|könnten|kann) (mir|uns) (geben|verschreiben|aufschreiben|mitgeben) ... $medicine",
        // The modal opens, the verb closes the bracket: "Kann ich ein Rezept bekommen?", "Dürfte ich Tabletten dagegen haben?"
        // The medicine is what is got, right before the verb ("Kann ich von Ibuprofen Bauchschmerzen bekommen?" asks about it).
        "(kann|könnte|darf|dürfte) (ich|wir) ... ($medicine bekommen|$medicine kriegen|$medicine haben|$medicine dagegen bekommen|$medicine dagegen kriegen|$medicine dagegen haben|$medicine dafür bekommen|$medicine dafür haben|$medicine bitte haben|$medicine bitte bekommen)",
        "(kann|könnte|darf|dürfte) (ich|wir) ... ($medicine gegen|$medicine für) ... (bekommen|kriegen|haben)",
        "(ich|wir) (bräuch*|möcht*|hätt* gern*) $medicine",
        "(brauch|brauche|bräuchte) $medicine",
        // "geben" only with a thing named: "Können Sie mir eine geben?" takes up whatever the clause before named.
        "(könn*|könnt*) sie mir (verschreib*|aufschreiben|empfehl*)",
        // The verb bracket: "Könnten Sie mir bitte ein Medikament gegen die Schmerzen verschreiben?"
        "(könn*|könnt*|würden) sie mir ... (verschreiben|aufschreiben)",
        // The prescription written out: "Können Sie mir ein Rezept schreiben?"
        "(könn*|könnt*|würden) sie mir ... $medicine ... (schreiben|ausstellen|mitgeben)",
        // The infinitive before its object, as learners order it: "Können Sie mir schreiben ein Rezept?"
        "(könn*|könnt*|würden) sie (mir|uns) (schreiben|ausstellen|geben|verschreiben|aufschreiben|mitgeben) ... $medicine",
        // Whether a named medicine will do, or the noun first: "Ist Ibuprofen gut dafür?", "Medikament brauche ich?"
        "?(ist|sind|wäre|wären) $medicine (gut|okay|ok|besser|richtig|in ordnung|genug)",
        "?$medicine (brauche|bräuchte|brauch|nehme|soll|muss) (ich|man)",
        // What one would take, said in statement order and asked to have it confirmed: "Ich nehme dann einfach Hustensaft?"
        // Told, or what one takes already, asks nothing: "Ich nehme dann Hustensaft.", "Ich nehme schon Hustensaft?"
        "?=(ich|wir) (nehme|nehm|nehmen) ... $medicine",
        "!(nehme|nehm|nehmen) (schon|bereits|seit|immer|jeden|regelmässig|täglich|normalerweise|zurzeit|momentan|gerade|sonst)",
        "!![(nehmen sie|nimmst du) ... ($medicine|medikament*|mittel|arznei*|präparat*)] (ich|wir) (nehme|nehm|nehmen)",
        "(könn*|könnt*) sie mir (etwas|was|$medicine) geben",
        // The doctor said "du" to, as some learners do: "Gibst du mir Medizin für die Schmerzen?", "Kannst du mir Tabletten geben?",
        // "Schreibst du mir ein Rezept?", "Du gibst mir Tabletten?" ("Gestern hast du mir Tabletten gegeben." tells.)
        "^(gibst|verschreibst|schreibst) du (mir|uns) ... ($medicine|etwas|was)",
        "?du (gibst|verschreibst|schreibst) (mir|uns) ... $medicine",
        "(kannst|könntest|würdest) du (mir|uns) ... (verschreiben|aufschreiben)",
        "(kannst|könntest|würdest) du (mir|uns) ... ($medicine|etwas|was) ... (geben|schreiben|ausstellen|mitgeben)",
        "?du (kannst|könntest) (mir|uns) ... ($medicine|etwas|was) ... (geben|schreiben|ausstellen|mitgeben|verschreiben|aufschreiben)",
        "(was|welch*) ... (gibst|verschreibst) du (mir|uns)",
        // One's own asking put off, the doctor addressed between: "Ich frage Sie dann später, welche Tabletten ich brauche."
        "!!(ich frage|ich frag|frage ich|frag ich) ... (später|nachher|morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal)",
        // A prescription needed later, hedged or put off, asks for none now: "vielleicht brauche ich später ein rezept, mal sehen",
        // "Nächste Woche brauche ich vielleicht ein Rezept." ("Brauche ich später noch ein Rezept?" asks.)
        "!!(nächste woche|nächstes mal|nächsten monat|später|irgendwann) (brauche|brauch|bräuchte|benötige) ich",
        "!!(vielleicht|eventuell|möglicherweise|evtl|wahrscheinlich) (brauche ich nächste woche|brauch ich nächste woche|brauche ich später|brauch ich später|brauche ich irgendwann|benötige ich nächste woche|benötige ich später)",
        // The modal asked with its verb dropped, as a clause of its own: "Können Sie mir ein Rezept?", "Können Sie mir eine receta, ein Rezept geben?"
        "?=(könn*|könnt*) sie (mir|uns|mir bitte|uns bitte) (ein|eine|einen|ne|n) $medicine",
        // A brand goes without an article: "Können Sie mir Ibuprofen geben?", not "… die Adresse geben?"
        "(könn*|könnt*) sie (mir #noun|mir auch #noun|mir bitte #noun) geben",
        "(was|welch*) (hilft|helfen)",
        "(gibt es|haben sie) (was|etwas) (gegen|dagegen|dafür|für|was|das|anderes)",
        "(bekomm*|krieg*) (ich|wir) (was|etwas) (verschrieben|gegen|dagegen|dafür)",
        "(was|etwas) (was|das) (ich|man) (nehmen|einnehmen) (kann|könnte|soll|sollte|darf)",
        // Whether anything can be done, or how to get well: "Kann man da was machen?", "Wie werde ich schnell gesund?"
        // ("Die Krankschreibung, muss ich dafür was machen?" asks what a paper takes.)
        "((kann|könnte|soll|sollte) (ich|man) (da|dagegen) (was|etwas) (machen|tun))",
        "((muss|müsste) (ich|man) dagegen (was|etwas) (machen|tun))",
        "wie (werde|werd) (ich|man) ... gesund",
        // Rid of the complaint, or treating it: "Wie werde ich den Husten los?", "Wie kann ich das behandeln?"
        "wie (werde|werd|kriege|krieg|bekomme) (ich|man) ... ($symptom|das|es|den|die) (los|weg)",
        "wie (kann|soll|sollte|könnte|muss) (ich|man) ... ($symptom|das|es|ihn|sie) (behandeln|bekämpfen|loswerden|wegkriegen|wegbekommen)",
        // After the diagnosis: "Und was mach ich jetzt?"
        "was (mache|mach|tue|tu|soll|kann) (ich|man) (jetzt|nun|dagegen)",
        // Asked, or opening the question without its mark: "Hilft Ibuprofen?", "hilft ibuprofen". Told after what it is against
        // or for whom, it is a remedy one knows: "Gegen Verspannungen hilft Yoga.", "Bei mir hilft Ibuprofen immer gut."
        "?(hilft|helfen) ($medicine|#noun)",
        "^(hilft|helfen) ($medicine|#noun)",
        // Which one, or the medicine named with a courtesy word: "Welche Tabletten?", "Medikament, bitte?"
        "(welch*|was für) $medicine",
        // …or by what it is for, the verb dropped, asked as a clause of its own: "Tropfen für Ohr? Welche?", "Salbe für die Haut?",
        // "Tabletten gegen den Husten?" (the doctor's offer echoed back is no question of the learner's)
        `?=$medicine (für|fürs|gegen) (${TELE_BODY}|$symptom)`,
        // …not what someone else takes or needs: "Welche Tabletten nimmt Ihr Mann?", "Welche Medikamente braucht mein Sohn?"
        // ("braucht" only with its subject after it: a typo's reach would take "brauche ich" too.)
        "!(welch*|was für) $medicine (nimmt|bekommt|kriegt|hat|hatte|nahm|bekam)",
        "!(welch*|was für) $medicine (braucht|brauchte) (er|sie|ihr|mein|meine|meiner|unser|unsere|der|die|das)",
        "(was|welch*) (empfehlen|raten) sie",
        // …or proposes: "Welche Behandlung schlagen Sie vor?", "Was würden Sie vorschlagen?"
        "(was|welch*) ... (schlagen sie|schlägst du) ... vor",
        "(was|welch*) ... (würden|könnten|können) sie ... vorschlagen",
        // What the doctor will give or prescribe: "Was verschreiben Sie mir?", "Was für Tabletten geben Sie mir?"
        // "geben" only of a medicine or right after "was": "Welche Note geben Sie mir für mein Deutsch?" asks for none.
        "(was|welch*) ... (verschreiben|verordnen) sie (mir|uns)",
        "(was geben sie mir|was geben sie uns)",
        "(was für|welch*) $medicine geben sie (mir|uns)",
        // How much or how often of it, asked: "Wie viel Ibuprofen darf ich nehmen?", "Wie oft am Tag nehme ich die?" after the
        // doctor named one, "Wie lange soll ich die Tabletten nehmen?" (a bus or leave is blocked below)
        "?wie (viel|viele) ($medicine|von dem|davon) ... (soll|sollte|darf|muss|kann) (ich|man) ... (nehmen|einnehmen)",
        "?wie (oft|viel|viele|lange) ... (soll|sollte|darf|muss|kann) (ich|man) ... $medicine (nehmen|einnehmen)",
        "?wie (oft|viel|viele|lange) ... (nehme|nehm) (ich|man) ... $medicine",
        // …the medicine named by the doctor's line or an earlier clause, a pronoun taking it up: "Wie oft am Tag nehme ich die?"
        "[($medicine|verschreib*|aufschreib*)] ?wie (oft|viel|viele|lange) ... (soll|sollte|darf|muss|kann) (ich|man) ... (nehmen|einnehmen)",
        "[($medicine|verschreib*|aufschreib*)] ?wie (oft|viel|viele|lange) ... (nehme|nehm) (ich|man) (die|das|es|sie|davon|diese|dieses|den|ihn)",
        // Treating it with a medicine, or what to gargle or rub on: "Soll ich das mit Tabletten behandeln?", "Womit soll ich gurgeln?"
        "?(soll|sollte|muss|kann|könnte) (ich|man) ... mit $medicine (behandeln|bekämpfen|kurieren)",
        "?(muss|müsste|soll|sollte) ... mit $medicine behandelt werden",
        "(was|womit|welch*) (soll|muss|kann|darf|sollte) (ich|man) ... (gurgeln|inhalieren|einreiben|eincremen|auftragen|lutschen|einträufeln|sprühen)",
        // How to take it: "Und wie nehme ich das Medikament?"
        "wie ... (nehme|nehm|nehmen) (ich|man) ... $medicine",
        // The same asked in the Konjunktiv, the person advised between: "Was würden Sie mir denn empfehlen einzunehmen?"
        "was (würden|könnten|können) sie ... (empfehlen|raten)",
        "$medicine bitte",
        // …or "bitte" with the bare infinitive, as A1 asks it, the doctor named first or not: "doktor bitte medizin geben",
        // "Bitte Tabletten verschreiben.", "Medizin geben, bitte?" (told, "Die Apotheke hat mir Tabletten geben", is no request).
        "^.(bitte|bitte mir|mir bitte|bitte etwas|bitte was) $medicine (geben|verschreiben|aufschreiben|mitgeben)",
        "^(doktor|frau doktor|doktorin|frau doktorin|dokter|frau dokter) (bitte|bitte mir|mir bitte) $medicine (geben|verschreiben|aufschreiben|mitgeben)",
        "^=(mir|bitte) $medicine (geben|verschreiben|aufschreiben)",
        "^=$medicine (geben|verschreiben|aufschreiben) bitte",
        // Asking someone else what to take, now or soon, asks the doctor nothing: "ich frage dolmetscher was ich nehmen soll",
        // "Ich frage in der Apotheke, welche Tabletten gut sind." ("Ich frage Sie, Frau Doktor, was ich nehmen soll." still asks.)
        `!!${THIRD_ASKED}`,
        // …or "bitte" first, with what it is for: "Bitte Medikament für Husten."
        "^bitte ($medicine|etwas|was) (für|gegen|fürs) $symptom",
        "^bitte ($medicine|etwas|was) (für|gegen) (den|die|das|meinen|meine|mein) $symptom",
        // Offering two asks which: "Aspirin oder Ibuprofen?"
        "?=$medicine oder $medicine",
        // The infinitive asked: "Medikamente brauchen?", "Tabletten nehmen?"
        "?=$medicine (brauchen|brauche|nötig|nehmen|einnehmen)",
        // A1 asks whether it is needed or fine with the verb first or none: "Ist Antibiyotik nötig?", "Sind Antibiotika nötig?", "Ibuprofen gut?"
        "?((ist|sind) $medicine (nötig|notwendig|gut|ok|okay|besser))",
        "?=$medicine (gut|ok|okay|besser|gut für mich)",
        // The learner is the patient here: a medicine for one's child or partner is theirs, asked or not ("Ist Ibuprofen gut für
        // meinen Sohn?", "Brauche ich Antibiotika für mein Kind?"), and so is one for children at all ("Hilft Ibuprofen bei Kindern?").
        "!!(für|fürs|bei) (meinen|meine|mein|meinem|meiner|unseren|unsere|unser|unserem|unserer) (sohn|tochter|kind|kinder|kindern|baby|mann|frau|mutter|vater|oma|opa|bruder|schwester)",
        "!!?(für|fürs|bei) (kinder|kindern|kind|baby|babys|schwangere)",
        // …and what to do, the modal dropped: "was machen gegen schmerzen", "Was nehmen bei Husten?"
        "^((was|welche) (machen|tun|nehmen|einnehmen) (dagegen|dafür))",
        "^((was|welche) (machen|tun|nehmen|einnehmen) (gegen|bei|für)) ... $symptom",
        "?=$medicine (ja oder nein|oder nicht|nötig oder nicht)",
        // Whether medicine comes in at all, the clause nothing but the question: "Und was ist mit Medikamenten?"
        "?=was ist mit (medikamenten|medikament|tabletten|medizin|arznei|arzneimitteln)",
        // Terse: "Medikament?", "Tabletten?"
        "?=$medicine",
        // Yes to the doctor's offer of a remedy: "Soll ich Ihnen etwas gegen das Fieber aufschreiben?" "Ja, bitte."
        // (A paper offered is the sick note: "Soll ich Ihnen eine Bescheinigung geben?")
        "[(soll|darf|kann|möchten|wollen) (ich ihnen|sie) ... ($medicine|etwas gegen|was gegen|etwas dagegen|was dagegen) ... (verschreiben|aufschreiben|geben|mitgeben|haben)] =(ja|ja bitte|bitte|ja gerne|ja gern|gerne|gern|ja bitte gerne|ja das wäre gut|das wäre gut|ja das wäre nett)",
        // …or hedged, as a guess put to the doctor: "Hustensaft vielleicht?", "Vielleicht Ibuprofen?"
        // (Not a guess at what another takes: "Ibuprofen vielleicht?" after "Was nimmt Ihre Tochter?")
        "[!(nimmt|genommen|ihre tochter|ihr sohn|ihr mann|ihre frau|ihr kind)] ?=(vielleicht|eventuell) $medicine",
        "[!(nimmt|genommen|ihre tochter|ihr sohn|ihr mann|ihre frau|ihr kind)] ?=$medicine (vielleicht|eventuell|oder so)",
        // Whether it needs medicine at all: "… oder brauche ich was aus der Apotheke?"
        "(bräuch*|brauche|brauch) (ich|wir) (was|etwas) (aus der|von der) apotheke",
        // …or whether there is one to get there: "Gibt's da was aus der Apotheke?", "Gibt es denn was in der Apotheke dagegen?"
        "(gibt es|gibts|gipt es) (was|etwas|da was|da etwas|denn was|denn etwas|da denn was) (aus der|in der|von der) apotheke",
        "(gibt es|haben sie) $medicine",
        "(muss|soll|sollte|darf|kann) (ich|man) ($medicine|#noun) (nehmen|einnehmen)",
        // Using a spray, drops or a cream is taking it: "Kann ich Nasenspray benutzen?", "Darf ich die Salbe auftragen?",
        // "Soll ich die Tropfen verwenden?" (a medicine named: "Kann ich die Toilette benutzen?" asks for none)
        "(muss|soll|sollte|darf|kann|könnte|dürfte) (ich|man) ... ($medicine benutzen|$medicine verwenden|$medicine anwenden|$medicine auftragen|$medicine inhalieren|$medicine ausprobieren|$medicine probieren|$medicine nehmen)",
        "(soll|sollte|muss) (ich|man) (nehmen|einnehmen|trinken)",
        "(kann|darf|soll|sollte|muss) (ich|man) (etwas|was) (nehmen|einnehmen|dagegen nehmen)",
        // The question word and the verb with the noun between, or the verb unconjugated: "Was Medizin nehm?", "Welche Tabletten nehmen?"
        "?(was|welch*) ... (nehm|nehme|nehmen|einnehmen)",
        // The verb's plural ending for "nehme", the mark left off, what it is for named: "was nehmen ich für fieber".
        // (Against nothing named, it may be luggage: "Was nehme ich für den Urlaub mit?")
        "(was|welch*) ... (nehmen|nehme|nehm) (ich|man) (für|gegen|bei) ... $symptom",
        "(was|welch*) ... (nehmen|nehme|nehm) (ich|man) (dagegen|dafür|jetzt)",
        // Taking along on a trip is no medicine: "Was nehme ich für den Urlaub mit?" ("mit" closes the separable verb).
        "!!(nehme|nehm|nehmen) (ich|man) (für|in|auf|zum|zur|nach|ins) ... mit",
        // …nor is what the doctor takes herself: "Was nehmen Sie gegen Kopfschmerzen, Frau Doktor?"
        "!!?(was|welch*) ... (nehmen sie|nimmst du)",
        // The question word after the noun: "Und Medizin was?"
        "?=$medicine (was|welch*|wie)",
        // Something for the complaint, "für" as well as "gegen": "gibt es etwas für die Husten?"
        // Indirect: "Ich würde gern wissen, ob ich Medikamente brauche."
        "ob (ich|man|wir) $medicine (brauche|brauch|brauchen|nehmen|nehme|bekomme|bekommen|soll|muss)",
        "ob (ich|man|wir) (etwas|was) (nehmen|einnehmen|brauche|bekomme)",
        // Whether there is one, the verb last: "Ich würde gern wissen, ob es ein Spray für den Hals gibt." ("gab" tells).
        "ob es (ein|eine|einen|irgendein|irgendeine|irgendwelche|so ein|so eine) $medicine ... gibt",
        "ob es $medicine ... gibt",
        "ob es (was|etwas|irgendwas|irgendetwas) (gegen|für|dagegen|dafür) ... gibt",
        "?(was|etwas) (gegen|für|fürs) $symptom",
        "?(was|etwas) (gegen|für) (den|die|das|meinen|meine|mein) $symptom",
        // Asked with a courtesy word or as a wish, not told: "Ich habe etwas gegen Husten genommen."
        "(was|etwas) (gegen|für|fürs) ... $symptom ... bitte",
        "(gibt es|gipt es|gibts|haben sie|hätten sie) (was|etwas) (gegen|für|fürs)",
        // What kind, as a noun of an adjective: "Gibt es was Pflanzliches?", "Haben Sie etwas Stärkeres?"
        "(gibt es|gipt es|gibts|haben sie|hätten sie) (was|etwas) (pflanzlich*|natürlich*|stärker*|leichter*|homöopathisch*)",
        // …or whether one needs it: "Brauche ich was Stärkeres?"
        "(brauche|brauch|bräuchte) (ich|wir) (was|etwas) (pflanzlich*|stärker*|homöopathisch*)",
        // …not food or drink, or a joke: "Gibt es was Leichteres zu essen?", "Haben Sie etwas Stärkeres als Kaffee?"
        "!(leichter*|stärker*|natürlich*|pflanzlich*) (zu essen|zu trinken|zum essen|zum trinken|als)",
        // What one takes already asks for nothing: "Ich nehme schon etwas gegen Fieber."
        "!(schon|bereits) (was|etwas)",
        "(~geben sie mir|gib mir) $medicine",
        // Something, named by what it is against: "Geben Sie mir bitte etwas gegen das Fieber."
        "(~geben sie mir|gib mir|~geben sie mir bitte|gib mir bitte) (etwas|was) (gegen|für|fürs|dagegen|dafür)",
        "(~geben sie mir #noun|gib mir #noun|~geben sie mir bitte #noun)",
        "!(krankschreib*|kranksreib*|krankmeld*|attest*|atest*|au|schein|termin*|arbeitsunfähig*|aubescheinigung*|krankenschein*)",
        // Something in writing is the sick note: "Ich brauche etwas Schriftliches für meinen Arbeitgeber."
        "!!schriftlich*",
        "!((was|etwas|sie mir|sie uns|mir was|mir etwas) (für|fürs) (die|den|der|mein|meine|meinen|meinem|meiner) (arbeitgeber*|chef|chefin|firma))",
        // Something for work, school or an office is a paper: "Geben Sie mir etwas für die Versicherung?", "Was geben Sie mir für ein
        // Formular?"
        "!(was|etwas|sie mir|sie uns) (für|fürs) (die|das|der|den|meine|mein|meinen|meinem|meiner|ein|eine|einen) (arbeit|job|schule|kita|kindergarten|versicherung|krankenkasse|formular|papier|bescheinigung|uni|amt|jobcenter|behörde|note)",
        // What to do about an appointment is no treatment: "Was soll ich machen mit dem Termin nächste Woche?"
        "!!(termin*|wiederkommen)",
        // What to do with a paper is no treatment: "Was soll ich mit dem Rezept machen?" ("… mit dem Husten machen?" still asks).
        "!!(mit|wegen) (dem|der|den|meinem|meiner|meinen|diesem|dieser|diesen) (rezept*|zettel|papier*|formular*|krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|karte|*karte|brief|überweisung*|befund*|ergebnis*|rechnung*)",
        // Taking a bus or leave is no medicine: "Kann ich den Bus nehmen?", "Soll ich Urlaub nehmen?"
        "!(bus|taxi|zug|bahn|urlaub|ferien|auto|fahrrad|treppe|aufzug|lift|platz|pause|krankenwagen|abstand|rücksicht|kontakt|frei)",
        // Who pays for a medicine asks about the money, not what to take: "Zahlt die Krankenkasse das Medikament oder muss ich es selbst
        // kaufen?", "Übernimmt meine Versicherung die Tabletten?"
        // (A span, so that the request beside it stays: "Brauche ich ein Rezept, oder zahlt das die Krankenkasse sowieso?")
        "!(zahlt|bezahlt|übernimmt|erstattet|zahlen|bezahlen|übernehmen|erstatten) ... $medicine",
        "!!(zuzahlung|rezeptgebühr|eigenanteil)",
        // Avoiding a medicine asks for none, nor does asking whether the prescription was sent:
        // "Ich möchte Antibiotika lieber vermeiden.", "Haben Sie das Rezept schon an die Apotheke geschickt?"
        "!!(vermeiden|vermeide|verzichten|verzichte)",
        "!!(geschickt|gesendet|weitergeleitet|gefaxt)",
        // Asking the pharmacy is asking someone else: "Nächstes Mal frage ich in der Apotheke, was ich nehmen soll."
        "!!(frage|frag|erkundige) (ich|mich) ... (apotheke|apotheker|apothekerin)",
        "!!(ich|wir) (frage|frag|fragen|erkundige) ... (apotheke|apotheker|apothekerin)",
        // Knowing what to take asks nothing: "Was ich nehmen soll, weiß ich schon.", "Ich weiß, was ich nehmen muss."
        // ("Ich weiß nicht, was ich nehmen soll" still asks.)
        "!!(ich weiss schon|ich weiss genau|ich weiss bereits|ich weiss jetzt|ich weiss ja|weiss ich schon|weiss ich genau|weiss ich bereits|weiss ich jetzt|weiss ich ja|wir wissen schon|wissen wir schon)",
        // Looking it up oneself tells what one did, the question inside is the search's: "Ich habe im Internet gesucht, was man
        // gegen Husten nehmen kann.", "Ich hab gegoogelt, was gegen Halsschmerzen hilft." ("…, aber was soll ich nehmen?" asks)
        "!!(habe|hab|hatte|haben) ... (gesucht|gegoogelt|gegooglet|gegugelt|nachgeschaut|nachgesehen|nachgelesen|recherchiert|geschaut|geguckt)",
        // A thought had back then tells a story, the want inside it is past: "gestern auf der arbeit habe ich gedacht ich brauche
        // vielleicht ein rezept", "Letzte Woche dachte ich, ich brauche Antibiotika." ("Ich dachte, vielleicht brauche ich ein
        // Rezept?" without a past time still asks.)
        `!!${PAST_THOUGHT[0]}`,
        `!!${PAST_THOUGHT[1]}`,
        // Asking about the doctor is no request for medicine: "Was hilft Ihnen?"
        "!(hilft|helfen) (ihnen|dir)",
        // What the doctor gave on an earlier visit is asked of the past: "Welche Tabletten haben Sie mir letztes Mal verschrieben?"
        // ("Können Sie mir geben, was Sie mir letztes Mal verschrieben haben?" still asks)
        "!!(haben|hatten) sie (mir|uns) ... (letztes mal|beim letzten mal|das letzte mal|voriges mal|damals|früher|letztes jahr|letzten winter|letzten monat) (verschrieben|gegeben|aufgeschrieben|empfohlen|verordnet|mitgegeben)",
        // An address or a number written down is no prescription: "Können Sie mir die Adresse vom Labor aufschreiben?"
        "!(adresse*|*nummer|uhrzeit|termin*|weg|öffnungszeit*|*mail*|website|webseite|homepage|link|diagnose|ergebnis*|befund*|*werte|praxis) ... aufschreiben",
        // The request taken back after a self-correction: "Ich möchte Tabletten, nein sorry, ich brauche keine."
        ...TAKEN_BACK,
        // A medicine named before, taken up by a pronoun, asked about: "Mein Arzt in Kiew hat mir immer Analgin gegeben. Darf ich
        // das hier auch nehmen?" (only adverbs between the pronoun and the verb: "Darf ich das Formular nehmen?" is a paper)
        "?(darf|kann|soll|sollte|muss|dürfte|könnte) (ich|man) (das|die|es|davon|diese|dieses) (nehmen|einnehmen|auch nehmen|hier nehmen|hier auch nehmen|auch hier nehmen|weiter nehmen|weiterhin nehmen|trotzdem nehmen|dann nehmen|jetzt nehmen|auch einnehmen|weiter einnehmen|trotzdem einnehmen)",
        // The plan asked to be confirmed, the medicine after "und", the subject dropped: "Ich trinke dann einfach viel Tee und nehme Paracetamol?"
        "?=(ich|wir) ... (und|und dann|oder) (nehme|nehm|nehmen) ... $medicine",
        // Something to take, asked without naming it, dictation leaving off the mark: "ähm gibt's da irgendwas zum Einnehmen",
        // "Haben Sie irgendwas dagegen?"
        "(gibt es|gibts|gipt es|haben sie|hätten sie) ... (was|etwas|irgendwas|irgendetwas) (zum einnehmen|zum nehmen|zum schlucken|zum einreiben|zum inhalieren|zum gurgeln|zum lutschen)",
        "(gibt es|gibts|gipt es|haben sie|hätten sie) ... (irgendwas|irgendetwas) (gegen|für|fürs|dagegen|dafür)",
      ],
      examples: ["Brauche ich ein Rezept?", "Was soll ich nehmen?", "Können Sie mir etwas gegen die Schmerzen verschreiben?"],
      nudge: "Ask Dr. Hartmann what you should take for it.",
    },
    {
      id: "ask_sick_note",
      title: "Ask for a sick note",
      points: 20,
      patterns: [
        // The bare noun is a request only with an article, a verb or "bitte": a list of nouns asks for nothing.
        "(ein|eine|einen|die|das|den|ne|nen|n|meine|wegen) (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|arbeitsunfähig*|attest*|atest*)",
        "(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|arbeitsunfähig*|attest*|atest*) (bitte|für|haben|bekommen|brauch*)",
        // …and got in chat's verb: "Kann ich Krankschreibung kriegen?"
        "(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*) (kriegen|krieg|kriege|erhalten)",
        // …or how long it is to hold, the day after "bis": "krankschreibung bis freitag? geht das?"
        "((krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*) bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|#date|morgen|übermorgen|ende|nächste*|zum|mitte))",
        // A school's excuse note asked for: "brauche entschuldigung für die schule", "Ich bräuchte eine Schulentschuldigung."
        // ("Entschuldigung für die Verspätung" is sorry.)
        "((brauch|brauche|bräuchte|benötige|eine|ne|n) (entschuldigung|schulentschuldigung|entschuldigungsschreiben) (für|fürs)) (schule|uni|lehrer*|lehrerin|klausur|prüfung|test|sportunterricht|unterricht)",
        "((brauch|brauche|bräuchte|benötige|eine|ne|n) (schulentschuldigung|entschuldigungsschreiben))",
        // What the paper is asks for none: "was ist eine krankschreibung genau?", "Was genau ist ein Attest?" ("Was ist mit der
        // Krankschreibung?" still asks.)
        "!((was|was genau) (ist|sind|heisst|bedeutet) (ein|eine|die|das|der|den) (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*|arbeitsunfähig*))",
        // …nor what the abbreviation stands for, or whether two names are one paper: "Steht das für Arbeitsunfähigkeit?", "Heißt das
        // Arbeitsunfähigkeitsbescheinigung?", "Ist eine AU das gleiche wie eine Krankschreibung?" ("Heißt das, Sie schreiben mich krank?" asks on)
        "!!?(steht|stehen) (das|es|au|die abkürzung|das wort|#noun) für",
        "!!?(heisst|bedeutet) (das|es|au|das wort) (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|aubescheinigung*|arbeitsunfähig*)",
        "!?(ist|sind) ... (das gleiche|dasselbe|das selbe|die gleiche|dieselbe|der gleiche|derselbe|gleich) wie ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*|arbeitsunfähig*)",
        // Whether one can have it, the verb left out: "Krankschreibung möglich?"
        "?=(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|attest*|atest*) (möglich|geht|machen|ausstellen)",
        // "AU-Bescheinigung" folds to one word.
        "(ein|eine|einen|die|das|den|ne|meine|wegen) aubescheinigung*",
        // …and typed as two words, as chat and dictation leave it: "ich brauche au bescheinigung".
        "(ein|eine|einen|die|das|den|ne|meine|wegen|brauch|brauche|bräuchte|benötige|bekomme|kriege|krieg) au bescheinigung*",
        "au bescheinigung* (bitte|für|haben|bekommen|brauch*)",
        // …not asked what it is: "Was ist eine AU Bescheinigung?"
        "!(was ist|was sind|was heisst|was bedeutet) ... au bescheinigung*",
        // The abbreviation alone: "Können Sie mir eine AU geben?" ("Au!" alone is a cry).
        "(eine|ne|die|meine) au",
        // …or right after the verb of need, the article dropped as A1 writes it: "Brauche AU für Baustelle." ("Au!" is a cry, never needed)
        "(brauch|brauche|bräuchte|benötige|brauche ich|brauch ich) au",
        // A certificate, once staying home from work is named: "Darf ich zu Hause bleiben? Ich brauche eine Bescheinigung."
        // The work told in the present sets the scene too: "Ich arbeite noch ehrenamtlich im Museum, könnten Sie mir dafür eine Bescheinigung schreiben?"
        "[(zu hause bleiben|daheim bleiben|arbeiten|arbeite|arbeit|chef|chefin|arbeitgeber)] (ein|eine|einen|die|den|ne|nen) (bescheinigung*|nachweis|bestätigung*)",
        // What the employer wants, said for the learner: "Mein Chef will einen Nachweis."
        "((chef|chefin|arbeitgeber|firma) (will|möchte|braucht|verlangt|fordert|bräuchte) (ein|eine|einen|die|den|so eine|so einen) (bescheinigung*|nachweis|bestätigung*|attest*|atest*|papier))",
        // …the article dropped, as A1 says it: "Chef braucht Bescheinigung"; a paper only with whose it is: "Chef will Papier von Doktor".
        "((chef|chefin|arbeitgeber|firma|arbeit) (will|möchte|braucht|verlangt|fordert|bräuchte|wollen|brauchen) (bescheinigung*|attest*|atest*|krankschreibung*|kranksreibung*|krankmeldung*))",
        "((chef|chefin|arbeitgeber|firma|arbeit) (will|möchte|braucht|verlangt|fordert|bräuchte|wollen|brauchen) (papier|zettel|schein) (von|vom) (doktor|arzt|ärztin|ihnen|praxis))",
        // A paper for a leave, a visa or an office is no sick note: "Chef will Bescheinigung für Urlaub."
        "!(bescheinigung*|papier|zettel|nachweis) (für|fürs|vom|von|von der|für den|für die) (urlaub|visum|amt|jobcenter|bank|vermieter|ausländerbehörde|steuer|finanzamt|kindergeld)",
        // The formal request by noun, without an article: "Ich bitte um Krankschreibung."
        "(bitte|bitten) um (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|arbeitsunfähig*)",
        // The paper described by what it confirms: "Ich bräuchte eine Bescheinigung, dass ich krank bin.",
        // "Können Sie bestätigen, dass ich nicht arbeiten kann?"
        "(bescheinigung*|nachweis|bestätigung*|papier|zettel|attest*|atest*|bestätigen|bescheinigen) dass (ich|wir) (krank|arbeitsunfähig|nicht arbeiten|nicht zur arbeit|nicht arbeitsfähig)",
        // Yes to the doctor's offer to write one: "Soll ich Sie für ein paar Tage krankschreiben?" "Ja, bitte."
        "[(soll|darf|kann|möchten|wollen) (ich sie|sie) ... (krankschreiben|kranksreiben|krankschreibe|krankmelden)] =(ja|ja bitte|bitte|ja gerne|ja gern|gerne|gern|ja bitte gerne|ja das wäre gut|das wäre gut|ja das wäre nett)",
        "=(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|arbeitsunfähig*|attest*|atest*)",
        // The infinitive with zu too: "Wäre es möglich, mich bis Freitag krankzuschreiben?"
        "(krankschreiben|kranksreiben|krankschreibt|krankgeschrieben|krankmelden|krankzuschreiben|krankzumelden)",
        // …and the formal word for it as two words: "Können Sie mich arbeitsunfähig schreiben?"
        "arbeitsunfähig (schreiben|zu schreiben|zuschreiben|schreibt)",
        // The paper named in an earlier clause: "Mein Chef will eine Bescheinigung. Können Sie mir die geben?"
        "[(*bescheinigung*|krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au|krankenschein*)] (könn*|könnt*) sie mir (die|das|eine|so eine|den|einen) (geben|ausstellen|schreiben|machen)",
        // …or the paper the employer must be shown, named by that only: "Ich muss meinem Arbeitgeber was vorlegen, können Sie mir das ausstellen?"
        "[(arbeitgeber*|chef|chefin|firma|personalabteilung) ... (vorlegen|vorzeigen|abgeben|einreichen|zeigen|sehen|nachweisen)] (könn*|könnt*) sie mir (das|so was|sowas|so etwas) (geben|ausstellen|schreiben|machen)",
        // …or got by the learner, the pronoun taking up the paper another has: "Meine Kollegin hat eine Krankschreibung bekommen,
        // kann ich auch eine bekommen?" (the article right before the verb: "… auch eine Tablette bekommen?" asks for a medicine)
        "[(*bescheinigung*|krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au|krankenschein*)] (kann|könnte|darf|dürfte) (ich|wir) ... (eine bekommen|eine haben|eine kriegen|so eine bekommen|so eine haben|einen bekommen|einen haben|so einen bekommen|die bekommen|die haben|den bekommen|eines bekommen|eines haben|so eines bekommen|so eines haben)",
        "krank (schreib*|schreiben|geschrieben)",
        // "s" for "sch", as Greek has no such sound: "brauche ich eine Kranksreibung?", "Können Sie mich krank sreiben?"
        "krank (sreib*|sreiben|gesrieben)",
        "(schreiben|schreib) krank",
        // One verb for two things: "brauch Tabletten und Krankmeldung".
        "(brauch|brauche|bräuchte|bräucht|benötige) (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*)",
        "(eine|die) au (bekomm*|krieg*|bitte|haben)",
        // The abbreviation alone with a courtesy word or its purpose: "AU bitte.", "AU für zwei Wochen?"
        "=au bitte",
        "bitte au (für|bis)",
        // How long, the noun first: "Krankschreibung wie lange?", "Attest bis wann?"
        "=(krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au) (wie lange|für wie lange|bis wann|wie viele tage)",
        "^au (für|bis)",
        "(gelben|gelbe|gelber) schein",
        // Something for work, the paper not named: "Ich brauche was für die Arbeit.", "Geben Sie mir etwas für meinen Chef?"
        "(brauch|brauche|bräuchte|benötige|brauche ich|bräuchte ich|geben sie mir|gib mir|bekomme ich|krieg ich|kriege ich) (was|etwas) (für|fürs) (die|meine|den|meinen|mein|meinem) (arbeit|job|chef|chefin|arbeitgeber|firma)",
        // …or something from the doctor, for work: "Brauche ich für die Arbeit was von Ihnen?", "Bräuchte ich was von Ihnen für die Schule?"
        "(brauch|brauche|bräuchte|benötige|bekomme|kriege|krieg) ich (für|fürs) (die|meine|den|meinen|meinem|mein) (arbeit|job|chef|chefin|arbeitgeber|firma|schule|uni) (was|etwas|irgendwas) (von ihnen|vom arzt|von der praxis|schriftliches)",
        "(brauch|brauche|bräuchte|benötige|bekomme|kriege|krieg) ich (was|etwas|irgendwas) (von ihnen|vom arzt|von der praxis) (für|fürs) (die|meine|den|meinen|meinem|mein) (arbeit|job|chef|chefin|arbeitgeber|firma|schule|uni)",
        // …asked of the doctor with a modal, the verb closing: "Können Sie mir bitte etwas für meinen Arbeitgeber schreiben?"
        "(könn*|könnt*|würden) sie (mir|uns) ... (was|etwas) (für|fürs) (die|meine|den|meinen|meinem|mein) (arbeit|job|chef|chefin|arbeitgeber|firma) (schreiben|geben|ausstellen|mitgeben|aufschreiben)",
        "(kannst|könntest|würdest) du (mir|uns) ... (was|etwas) (für|fürs) (die|meine|den|meinen|meinem|mein) (arbeit|job|chef|chefin|arbeitgeber|firma) (schreiben|geben|ausstellen|mitgeben|aufschreiben)",
        // …the purpose first, the thing right before its verb: "Könnten Sie mir für die Arbeit etwas schreiben?" ("…für die Arbeit
        // etwas gegen die Müdigkeit geben?" asks for a medicine)
        "(könn*|könnt*|würden) sie (mir|uns) ... (für|fürs) (die|meine|den|meinen|meinem|mein) (arbeit|job|chef|chefin|arbeitgeber|firma) (was schreiben|etwas schreiben|was ausstellen|etwas ausstellen|was aufschreiben|etwas aufschreiben|was geben|etwas geben|was mitgeben|etwas mitgeben|etwas schriftliches|was schriftliches)",
        // …not when a medicine for work, or a thing to bring, follows: "Ich bräuchte was für die Arbeit gegen die Rückenschmerzen.",
        // "Ich brauche etwas für die Arbeit, Tabletten die nicht müde machen.", "Brauche ich etwas für die Arbeit mitzubringen?"
        "!!(was|etwas) (für|fürs) (die|meine|den|meinen) (arbeit|job) (gegen|dagegen|mitbringen|mitzubringen|mitnehmen|mitzunehmen|$medicine)",
        // …nor when the medicine follows the verb: "Können Sie mir etwas für die Arbeit geben, Tabletten die nicht müde machen?"
        "!!(was|etwas) (für|fürs) (die|meine|den|meinen) (arbeit|job) (geben|mitgeben|verschreiben|aufschreiben) (gegen|dagegen|$medicine)",
        // The English name asked about: "Was ist eine sick note auf Deutsch?"
        "!!was (ist|sind) ... (auf deutsch|auf englisch)",
        // The English name inside German: "Kann ich eine sick note haben?"
        "(ein|eine|einen|die|das|den|ne|nen|brauch*|bräuchte|benötige) (sick note|sicknote|sick notes|doctors note|doctor note|medical certificate)",
        // The Austrian and Swiss names: "Krankenstand", "Arztzeugnis".
        "(ein|eine|einen|die|das|den|ne|brauch*|bräuchte|benötige) (krankenstand*|arztzeugnis*|ärztliches zeugnis)",
        // A paper, once work is named: "Ich kann nicht arbeiten, brauche Papier."
        "[(arbeit*|chef*|firma|job|arbeitgeber*)] (brauch|brauche|bräuchte|benötige) (papier|bescheinigung*|nachweis|schein)",
        // …or something in writing: "Und für die Arbeit? Ich brauche was Schriftliches."
        "[(arbeit*|chef*|firma|job|arbeitgeber*)] (brauch|brauche|bräuchte|benötige) (ich|wir) (was|etwas) schriftlich*",
        "[(arbeit*|chef*|firma|job|arbeitgeber*)] (ich|wir) (brauch|brauche|bräuchte|benötige) (was|etwas) schriftlich*",
        // Asked for without an article: "Geben Sie mir Krankschreibung."
        // …and to the doctor said "du": "Gibst du mir Krankschreibung?", "Kannst du mir Attest schreiben?"; or the modal in
        // statement order, asked: "Sie können mir Krankschreibung geben?", "Du kannst mir eine Krankmeldung geben?"
        "(kannst|könntest|würdest) du (mir|uns) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au) (geben|ausstellen|schreiben|mitgeben|machen)",
        "?(sie|du) (können|könnten|kannst|könntest) (mir|uns) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au) (geben|ausstellen|schreiben|mitgeben|machen)",
        "(gibst du mir|schreibst du mir|gibst du mir bitte) (krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au|krankschein*|krankenschein*|arbeitsunfähig*|aubescheinigung*)",
        "(geben sie mir|gib mir|geben mir|schreiben sie mir) (krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|au|krankschein*|krankenschein*|arbeitsunfähig*|aubescheinigung*)",
        // The modal question, the verb last, the noun without an article: "Können Sie mir Krankschreibung geben?"
        "(könn*|könnt*|würden) sie (mir|uns) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*) (geben|ausstellen|schreiben|mitgeben|machen)",
        // The separable verb split: "Schreiben Sie mich bitte krank?"
        "schreib* (mich|uns) krank",
        // A certificate for the employer is the sick note: "Ich brauche eine Bescheinigung für die Firma."
        "(bescheinigung*|nachweis|schein|papier|zettel|notiz|arztnotiz|bestätigung*|schriftlich*) für (firma|arbeit*|chef*|job|arbeitgeber*|schule|uni)",
        // The employer first: "Für Arbeitgeber brauche ich Bestätigung."
        "für (firma|arbeit*|chef*|job|arbeitgeber*|schule) ... (bescheinigung*|nachweis|schein|papier|zettel|notiz|bestätigung*|attest*|atest*)",
        // The employer first, without a preposition: "Chef Papier brauchen."
        "(chef|chefin|firma|arbeit|arbeitgeber) (papier|bescheinigung*|nachweis) (brauch*|bitte|haben|geben|muss|will)",
        // Yes to the doctor's offer: "Brauchen Sie eine Krankschreibung?" "Ja, bitte, für die ganze Woche."
        `[(brauchen|möchten|wollen|benötigen) sie ${OFFERED_PAPER}] =(ja|ja bitte|ja gerne|ja gern|gerne|gern)`,
        // …the yes taken up by the need or the work it is for: "Ja, brauche ich für die Arbeit.", "Brauche ich, ja."
        `[(brauchen|möchten|wollen|benötigen) sie ${OFFERED_PAPER}] .^(ja|ja bitte|ja gerne|ja gern) ... (brauch|brauche|bräuchte|benötige|für die arbeit|für meine arbeit|für meinen chef|für meine chefin|für meinen arbeitgeber|für die firma|für die schule|für die uni|für die berufsschule|für die ausbildung)`,
        `[(brauchen|möchten|wollen|benötigen) sie ${OFFERED_PAPER}] .^(brauche ich|brauch ich|die brauche ich|die brauch ich)`,
        "(bräuch*|brauche|brauch|möcht*|hätt*|krieg*|bekomm*) (eine|die|ne|n) au",
        // How long, in answer to "Soll ich Sie krankschreiben?": "Ja, bis Freitag, wenn es geht."
        "[(krankschreib*|kranksreib*|krankmeld*|attest*|atest*|krankgeschrieben)] (bis|für) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|#date|morgen|übermorgen|ende|nächste*|die ganze|eine woche|drei tage|zwei tage)",
        // The note already got, told of another: "Die Krankmeldung hat mein Professor schon bekommen."
        "!!(hat|hatte|hatten) ... (bekommen|gekriegt|erhalten|abgeholt)",
        "!!(ich frage|ich frag|frage ich|frag ich) ... (später|nachher|morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal)",
        // A rule told of the workplace or the country, "man" the subject, asks for none: "Bei uns in der Firma braucht man ab dem
        // dritten Tag eine Krankschreibung.", "In Deutschland muss man eine Krankmeldung haben."
        "!!(man braucht|braucht man|man muss|muss man|man bekommt|bekommt man|man kriegt|kriegt man)",
        // Another's question passed on is theirs: "Mein Kollege fragt, ob er auch eine Krankschreibung bekommen kann."
        `!!((mein|meine|unser|unsere) (${OTHERS_ASKING}) (fragt|fragte|fragen|will wissen|möchte wissen|wollte wissen))`,
        // How the insurer or employer gets the paper asks about it, not for it: "Wissen Sie, ob meine Krankenkasse die Krankschreibung
        // digital bekommt?"
        "!!(krankenkasse|kasse|versicherung|krankenversicherung|arbeitgeber|chef|chefin|firma) ... (bekommt|kriegt|erhält|sieht)",
        // A note one will have to apply for later asks for none now: "Nächsten Monat muss ich vielleicht eine Krankschreibung für die Reha beantragen."
        "!!((nächste woche|nächsten monat|nächstes jahr|nächstes mal|irgendwann|im sommer|im winter) (muss|müsste|werde|soll|will) ich) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|attest*|atest*|au|aubescheinigung*)",
        // …and a thought had back then: "Gestern habe ich gedacht, ich brauche vielleicht eine Krankschreibung."
        `!!${PAST_THOUGHT[0]}`,
        `!!${PAST_THOUGHT[1]}`,
        // Someone else's sick note, or a saying about one, asks for nothing: "Mein Kollege war krankgeschrieben.", "Die
        // Krankschreibung war für zwei Wochen." Only a past of the paper itself: a past told before the learner's own request, as
        // dictation runs it on, still asks ("ich war gestern auf der baustelle, ich brauche eine krankschreibung").
        "!!(war|waren) ... (krankgeschrieben|krankgemeldet|krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*|arbeitsunfähig*)",
        "!!(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*) ... (war|waren)",
        // What someone else says about one; "wie man bei uns sagt" only names a word.
        "!!(chef|chefin|kollege|kollegin|arbeitgeber|firma|mutter|vater|freund|freundin|mann|frau|er|sie) (sagt|sagte|meint|meinte)",
        // A note written before tells a story: "Letzten Winter hat mich Ihr Kollege krankgeschrieben."
        "!!(hat|hatte|hatten|habe|hab|wurde|wurden) ... krankgeschrieben",
        "!!(letztes|letzte|letzten|vorletzte*|vorige*) (mal|jahr|monat|sommer|winter|herbst|frühling)",
        // …and notes of old days: "Früher ich habe immer Krankmeldung bekommen." (a past after a comma is blocked only from there on)
        "!!(früher|damals)",
        // Asking the boss whether one needs one asks the doctor for nothing: "Morgen ich frage Chef, ob ich brauche Krankmeldung."
        "!!(frage|frag|fragen) ... (chef|chefin|arbeitgeber*|firma|personalabteilung|personalbüro|kollege*|kollegin)",
        // …nor asking the interpreter, a partner or the pharmacy: "Ich frage meinen Mann, ob ich eine Krankschreibung brauche."
        `!!${THIRD_ASKED}`,
        // Looking up whether one is needed tells what one did: "Ich habe im Internet nachgeschaut, ob man eine Krankschreibung braucht."
        "!!(habe|hab|hatte|haben) ... (gesucht|gegoogelt|gegooglet|gegugelt|nachgeschaut|nachgesehen|nachgelesen|recherchiert|geschaut|geguckt)",
        // Bringing it somewhere asks how, not for it: "Muss ich die Krankmeldung selbst zum Chef bringen?"
        "!!(bringen|abgeben|einreichen|weiterleiten|vorlegen)",
        // …nor does passing on the paper one has, said of oneself: "Die Krankschreibung schicke ich heute an meinen Chef.", "Ich schicke
        // die Krankmeldung per Post." ("Ich brauche eine Krankschreibung, die schicke ich dann an meinen Chef." still asks.)
        "!(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*) (schicke|schick|sende|bringe|bring|faxe|maile|reiche|leite|gebe|geb) ich",
        "!ich (schicke|schick|sende|bringe|bring|faxe|maile|reiche|leite)",
        // The note one has, and how long it holds: "Meine Krankschreibung ist bis Freitag.", "Die Krankmeldung geht noch bis Mittwoch."
        "!(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*) (ist|geht|gilt|läuft|endet) (bis|noch|nur|ab)",
        // …or sending it on oneself: "Muss ich die Krankschreibung selbst zur Krankenkasse schicken?" ("Können Sie mir die AU schicken?" asks)
        "!!(muss|soll|sollte|kann|darf|müsste) (ich|man) ... (schicken|senden|zuschicken|einschicken|hinschicken|faxen|hochladen|mailen)",
        // A remark on what the paper is like asks for none: "Der gelbe Schein ist doch jetzt digital, oder?"
        "!!(schein|krankmeldung*|krankschreibung*|kranksreibung*|au|attest*|atest*) (ist|sind|wird) ... (digital|elektronisch|online|neu|anders|gelb)",
        // What a sick note costs or how long one holds, in general, asks about the paper, not for it: "Was kostet eine Krankschreibung
        // privat?", "Wie lange gilt eine Krankschreibung?", "Ist ein Attest teuer?" ("Für wie lange gilt die Krankschreibung, die Sie mir geben?" asks)
        "!(kostet|kosten|gilt|gelten|dauert|dauern) (ein|eine|so ein|so eine)",
        "!(krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|attest*|atest*|au) (teuer|kostenlos|gratis|umsonst|kostenpflichtig)",
        // Doctors writing patients sick in general, or others written sick, ask for nothing: "Im Krankenhaus schreiben die Ärzte die
        // Patienten krank." ("Schreiben Sie mich krank" asks.)
        "!!(die|den|der|meine|meinen|unsere|viele|alle) (patient|patienten|patientin|patientinnen|leute|mitarbeiter*|kollegen|bewohner*) krank*",
        "!!(die|viele|manche|alle) (ärzte|ärztinnen|doktoren) (schreiben|geben|machen|stellen)",
        // …nor the learner's own workplace writing them, or one in general: "In der Klinik schreiben wir die Krankschreibungen
        // nicht selbst, das macht der Arzt.", "Wie schreibt man hier eine Krankmeldung?"
        "!!(wir|man) (schreiben|schreibt|stellen|stellt|machen|macht|geben|gibt) ... (krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|krankschein*)",
        "!!(schreiben|schreibt|stellen|stellt|machen|macht|geben|gibt) (wir|man) ... (krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|krankschein*)",
        // Wondering whether one is needed at all, in general, asks for none: "Ich frage mich, ob eine Krankschreibung bei einer
        // Erkältung überhaupt nötig ist." ("Ich weiß nicht, ob ich eine Krankschreibung brauche" is left to the other rules.)
        "!!ob (ein|eine|man) ... (nötig|notwendig|erforderlich|sinnvoll|überhaupt)",
        // …nor wondering whether the employer wants one: "Ich weiß nicht, ob die Schule eine Arbeitsunfähigkeitsbescheinigung
        // verlangt." (a span: "…, aber ich brauche eine Krankschreibung" after it still asks)
        "!ob (die|der|das|mein|meine|unser|unsere) (schule|schulleitung|schulleiter*|direktor*|chef|chefin|arbeitgeber*|firma|uni|universität|hochschule|betrieb|personalabteilung|krankenkasse) ... (verlangt|verlangen|will|wollen|braucht|brauchen|möchte|fordert|akzeptiert|sehen|haben)",
        // Reporting sick to the employer oneself, to come: "Morgen werde ich meinen Arbeitgeber anrufen und mich krankmelden.",
        // "Ich muss mich heute noch krankmelden." ("Können Sie mich krankmelden?" asks.)
        "!(werde|muss|soll|sollte|werd|will) ich ... (mich|uns) (krankmelden|krank melden)",
        "!ich (werde|muss|soll|sollte|werd|will|rufe|ruf) ... (mich|uns) (krankmelden|krank melden)",
        "!((und|dann|danach|selbst|selber) (mich|uns) (krankmelden|krank melden))",
        // How the paper works in general, or since when it exists, asks about it, not for it: "Können Sie mir erklären, wie das mit
        // der Krankschreibung in Deutschland funktioniert?", "Seit wann gibt es eigentlich die elektronische Krankschreibung?"
        // (a span: "Wie funktioniert das? Ich brauche eine Krankschreibung." still asks)
        "!(wie|erklären|erklärt) ... (funktioniert|funktionieren|abläuft|ablaufen|geregelt)",
        "!(seit wann|wie lange schon|seit wie langem|seit wie vielen jahren) (gibt es|gibts|existiert|existieren) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*|arbeitsunfähig*)",
        // The doctor's own offer, said back: "Brauchen Sie eine Krankmeldung?"
        "!(brauchen sie|benötigen sie|möchten sie|wollen sie)",
        ...othersBesideEmployerBlockers,
        // Others as the subject with the verb left out or put last, as beginners say it, tell of their papers, singular or
        // plural: "meine kollegen immer krankschreibung holen" (the employer who wants one is still the learner's request).
        // …and with the possessive left out, the relative opening the clause: "Bruder Krankmeldung brauchen."
        "!(bruder|schwester|kollege|kollegin|freund|freundin|mutter|vater|sohn|tochter|kind|nachbar|nachbarin|oma|opa) (krankmeldung*|krankschreibung*|kranksreibung*|krankschein*|attest*|atest*|au|brauch*|braucht|will|möchte)",
        "!(mein|meine|unser|unsere) (kollege|kollegen|kollegin|kolleginnen|freund|freunde|freundin|freundinnen|bruder|brüder|schwester|schwestern|mann|frau|nachbar|nachbarn|nachbarin|mitbewohner*|mutter|vater|eltern|sohn|tochter|kind|kinder|oma|opa)",
        `!((mein|meine|unser|unsere) ${PEERS})`,
        `!!((mein|meine|unser|unsere) ${PEERS} (hat|hatte|haben|hatten|ist|war|sind|waren|braucht|brauchte|brauchen|will|wollte|möchte|bekommt|bekam|kriegt|lässt|liess|muss|soll|auch|wurde))`,
        // Written sick at one's own asking before, the perfect with "lassen": "Ich habe mich letzten Monat krankschreiben lassen."
        // ("Ich habe Fieber und möchte mich krankschreiben lassen" asks.)
        "!!(hat sich|hatte sich|haben sich|hatten sich|habe mich|hab mich|hatte mich|haben uns|hatten uns) ... (krankschreiben|kranksreiben|krankmelden|krank schreiben|krank melden) lassen",
        // A paper needed later or under a condition asks for none now: "Nächste Woche brauche ich vielleicht eine Krankmeldung.",
        // "Falls ich eine Krankschreibung brauche, rufe ich an." ("Wenn ich eine Krankschreibung bekommen kann, …" still asks.)
        "!!(nächste woche|nächstes mal|nächsten monat|später|irgendwann) (brauche|brauch|bräuchte|benötige) ich",
        // …nor one hedged and put off: "Vielleicht brauche ich nächste Woche eine Krankschreibung.", "Ich brauche eventuell später ein
        // Attest." ("Können Sie mich vielleicht bis nächste Woche krankschreiben?" asks.)
        "!!(brauche ich|brauch ich|benötige ich|ich brauche|ich brauch|ich benötige) (vielleicht nächste woche|vielleicht später|vielleicht irgendwann|eventuell nächste woche|eventuell später|möglicherweise nächste woche|möglicherweise später|evtl später|wahrscheinlich nächste woche|wahrscheinlich später)",
        "!!(vielleicht|eventuell|möglicherweise|evtl|wahrscheinlich) (brauche ich nächste woche|brauch ich nächste woche|brauche ich später|brauch ich später|brauche ich irgendwann|benötige ich nächste woche|benötige ich später)",
        "!(falls|wenn|sobald) (ich|wir) ... (brauche|brauch|brauchen|benötige)",
        // …nor one guessed at, "dann" taking up a plan or a case before: "Nächste Woche gehe ich wieder arbeiten, dann brauche ich
        // vielleicht Krankschreibung." ("Ich kann nicht arbeiten, dann brauche ich eine Krankschreibung." still asks.)
        // …nor one another may want later: "Mein Professor will vielleicht später ein Attest sehen, aber noch nicht." ("Mein Chef will
        // ein Attest sehen" still asks.)
        "!(will|möchte|braucht|verlangt|wollen|möchten|brauchen) (vielleicht|eventuell|möglicherweise|wahrscheinlich|vllt|evtl) (später|irgendwann|nächste woche|nächsten monat|nach der prüfung|am ende)",
        "!(dann|danach) (brauche|brauch|bräuchte|benötige) ich (vielleicht|eventuell|möglicherweise|vllt|evtl)",
        "!(dann|danach) (vielleicht|eventuell|möglicherweise|vllt|evtl) (brauche|brauch|bräuchte|benötige) ich",
        // …nor one put off until the illness has run its course: "Wenn es nicht besser wird, brauche ich vielleicht eine
        // Krankschreibung." ("Wenn es geht, schreiben Sie mich krank" is politeness and still asks.)
        "!!(wenn|falls) (es|das|der husten|das fieber|die schmerzen) ... (besser|schlimmer|weg|länger) (wird|ist|geht|dauert|bleibt|werden|sind)",
        // One had before, the time between: "Ich hatte letzte Woche eine Krankschreibung, jetzt bin ich wieder gesund."
        "!(ich hatte|hatte ich|wir hatten) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|aubescheinigung*|au)",
        // A certificate one has already asks for none: "Ich habe schon ein Attest von meinem Hausarzt."
        "!(habe|hab|hat|haben|hatte) (schon|bereits)",
        // …nor one got before as a habit: "Früher ich habe immer Krankmeldung bekommen von alte Arzt."
        "!(habe|hab|hat|haben|hatte|hatten) (immer|oft|meistens|jedes mal|damals|früher)",
        // One had or has already: "Ich habe eine Krankschreibung vom Zahnarzt bis Mittwoch.", "Ich bin schon krankgeschrieben."
        "!((habe|hab|hatte|habe ich|hab ich|hatte ich) (eine|ein|die|das|meine|mein|einen) (krankschreibung*|kranksreibung*|krankmeldung*|attest*|atest*|krankschein*|krankenschein*|arbeitsunfähig*|au))",
        "!((bin|ist|sind) (schon|bereits|noch|ja|doch) krankgeschrieben)",
        // A fitness certificate for sport is no sick note: "Ich brauche ein Attest für den Sportverein."
        "!!(sportverein*|verein|fitnessstudio*|sporttauglich*|tauglichkeit*|führerschein*|tauchschein*|tauchkurs*|marathon)",
        // Reporting sick to the employer oneself asks the doctor for nothing: "Ich muss mich beim Chef krankmelden."
        // ("Können Sie mich bei der Arbeit krankmelden?" still asks.)
        "!(ich muss mich|muss ich mich|ich werde mich|werde ich mich|ich kann mich|ich soll mich|ich sollte mich|ich melde mich|melde ich mich) ... (beim|bei der|bei dem|bei meinem|bei meiner) (chef|chefin|arbeitgeber|firma|arbeit|büro) (krankmelden|krankmelde|krank)",
        // The doctor's own offer: "Ich gebe Ihnen eine Krankschreibung."
        // Adjacent, so that the learner's own question joined by "oder" stays theirs: "Muss ich arbeiten oder schreiben Sie mich krank?"
        "!(ich geb*|ich schreib*|ich stell*|ich mach*)",
        // A paper one should have got, wished about the past, asks for none now: "Ich hätte letzte Woche schon eine Krankschreibung
        // holen sollen."
        "!!(hätte|hätten|hätt) ... (sollen|müssen)",
        // The learner's own paper passed on or fetched, in the perfect, tells what was done: "Ich habe gestern meinem Arbeitgeber
        // die Krankmeldung geschickt.", "Die Krankschreibung habe ich gestern abgeholt." (participles only: "Ich habe Fieber und
        // möchte eine Krankschreibung bekommen" asks)
        "!!(habe|hab|hat|hatte|haben|hatten) ... (geschickt|gesendet|gebracht|abgegeben|eingereicht|weitergeleitet|gefaxt|gemailt|vorgelegt|gezeigt|hochgeladen|abgeholt|geholt|gekriegt)",
        // …and "bekommen" once a past time dates it: "Ich habe gestern eine Krankschreibung bekommen."
        "!!(ich habe|ich hab|habe ich|hab ich|ich hatte|hatte ich|wir haben|haben wir) (gestern|vorgestern|vorhin|damals|früher|einmal|letzte|letztes|letzten|vorige|vorigen|voriges|am montag|am dienstag|am mittwoch|am donnerstag|am freitag|am samstag|am sonntag) ... (bekommen|erhalten)",
        // The doctor's offer echoed, "ich" right before its modal and "Ihnen"/"Sie": "Ich kann Ihnen eine Krankschreibung geben."
        // Adjacent, so that a run-on of dictation keeps the learner's own question after it: "ich kann nicht arbeiten können
        // sie mich krankschreiben".
        "!(ich kann ihnen|ich kann sie|ich werde ihnen|ich werde sie|ich will ihnen|ich will sie)",
        // The request taken back after a self-correction, the paper a bare "keine" now: "Ich möchte eine Krankschreibung, nein
        // sorry, ich brauche keine, ich kann arbeiten.", "Eine Krankmeldung, äh nein, doch nicht."
        ...TAKEN_BACK,
        // Paying for it asks about the money, not for the paper: "Muss ich für die Krankschreibung bezahlen?", "Was kostet die
        // Krankmeldung?" (a span: "Ich brauche eine Krankschreibung, muss ich dafür bezahlen?" still asks)
        "!(muss|soll|kann|müsste) (ich|man) (für|fürs) ... (bezahlen|zahlen|bezahle|zahle)",
        "!(kostet|kosten|kostete) (die|das|der|den|meine|so eine|so ein)",
        // The paper asked for without its name, the A1 question after naming it: "Chef sagt, Papier von Doktor. Sie geben?"
        "[(papier|zettel|schein|bescheinigung) (von|vom) (doktor|arzt|ärztin|ihnen|praxis)] ?=(sie|du) (geben|gibst|schreiben|schreibst|machen|machst|ausstellen)",
        "[(papier|zettel|schein|bescheinigung) (von|vom) (doktor|arzt|ärztin|ihnen|praxis)] ?=(sie|du) (geben|gibst|schreiben|schreibst|machen|machst|ausstellen) (mir|uns|das|es|mir das|mir es|mir eins|bitte|mir bitte)",
        // A school's excuse by the doctor: "Brauch für die Schule eine Entschuldigung vom Arzt, geht das?", "eine ärztliche Bescheinigung"
        "(brauch|brauche|bräuchte|benötige|bekomme|kriege|krieg|kann ich|könnte ich|eine|ne) ... (entschuldigung|entschuldigungsschreiben) (vom|von der|von einem|von einer|von ihnen) (arzt|ärztin|doktor|praxis)",
        "(brauch|brauche|bräuchte|benötige|bekomme|kriege|krieg|eine|ne) (ärztliche|ärztlichen) (entschuldigung|bescheinigung*|bestätigung*|attest*|nachweis)",
        // Yes to the doctor's offer to write the paper out: "Ja, bitte." after "Soll ich Ihnen eine Krankschreibung ausstellen?"
        "[(soll|darf|kann|möchten|wollen) (ich ihnen|ich dir) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|au|*bescheinigung*|gelben schein) ... (ausstellen|schreiben|geben|mitgeben|machen)] =(ja|ja bitte|bitte|ja gerne|ja gern|gerne|gern|ja bitte gerne|ja das wäre gut|das wäre gut|ja das wäre nett)",
        // What another of the learner's people gets is theirs: "Meine Kollegin bekommt immer sofort einen gelben Schein."
        `!!(mein|meine|unser|unsere) (${OTHERS_NAMED}|${OTHER_PEOPLE}) ... (bekommt|kriegt|bekam|kriegte|erhält|erhielt|holt|holte)`,
        // A need put as an inverted condition asks nothing now: "Sollte ich eine Krankschreibung brauchen, melde ich mich."
        "!!(sollte|sollten) (ich|wir) ... (brauchen|benötigen)",
        // Thanks for the paper names it, it asks for none: "Danke für die AU."
        "!(danke|dank|dankeschön|danke schön|bedanke mich|bedanken) (für|fürs) ... (krankschreibung*|kranksreibung*|krankmeldung*|krankschein*|krankenschein*|attest*|atest*|au|aubescheinigung*|arbeitsunfähig*|bescheinigung*|schein|papier|zettel)",
      ],
      examples: [
        "Ich brauche eine Krankschreibung für meinen Arbeitgeber.",
        "Können Sie mich bitte krankschreiben?",
        "Bekomme ich eine Arbeitsunfähigkeitsbescheinigung?",
      ],
      nudge: "You can't work like this: ask Dr. Hartmann for a sick note.",
    },
    {
      id: "thank",
      title: "Thank the doctor",
      points: 10,
      after: ["ask_medicine", "ask_sick_note"],
      patterns: [
        ...thankPatterns,
        // "danke" with "g" for "k", as learners hear it, written as one word: "dangeschön" ("dange" alone reads as "danke").
        "(dangeschön|dangschön|dankke)",
        // Thanks of two words run straight into the form of address, no comma between: "Danke schön Frau Hartmann", "Vielen
        // Dank Herr Doktor" (matched whole, the title and name after it are not read as a list of nouns beside one keyword; the
        // title itself is left unnamed, so that a coach's quote "…, Frau Doktor!" keeps it off the topic of thanks).
        "(danke schön|danke sehr|vielen dank|herzlichen dank|besten dank|tausend dank|schönen dank)",
        // The formula of thanks for a kindness: "Das ist sehr nett von Ihnen.", "Thank you po, das ist sehr nett von Ihnen." (a
        // favour asked, "Das wäre nett von Ihnen, wenn …", thanks for nothing yet)
        "(ist|war|sehr|so|wirklich|echt|total|super|wirklich sehr) nett von (ihnen|dir|euch)",
        "!(wäre|wär|wären|würde) ... nett von",
        // The formal idiom of gratitude, and the help named great: "Ich weiß Ihre Hilfe sehr zu schätzen.", "Sie waren eine große Hilfe."
        "(ich weiss|weiss ich) ... zu schätzen",
        "(sie waren|das war|sie sind) (eine große|eine sehr große|eine riesige|eine echte|wirklich eine große|mir eine große) hilfe",
        // The word practised, not said to her: "Danke sagen kann ich auf Deutsch schon gut, haha."
        "!!(danke|dankeschön|danke schön|vielen dank) (sagen|sage) (kann|konnte|können) (ich|man|wir)",
        `!!(danke|dankeschön|danke schön|vielen dank) ... auf ${LANGUAGE_NAMES}`,
      ],
      examples: ["Vielen Dank, Frau Doktor!", "Danke für Ihre Hilfe.", "Herzlichen Dank!"],
      nudge: "Thank Dr. Hartmann for her help.",
    },
  ],
};
