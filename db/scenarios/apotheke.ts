import { describeSymptomPatterns, goodbyePatterns, greetPatterns, medicineNames, symptomLexicon } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

/** A brand or product name the lexicon cannot list, right after the words that ask for it ("Haben Sie Aspirin?"), one adverb at most between. */
export function brandRightAfter(openers: string[]): string {
  return `(${openers.flatMap((opener) => [`${opener} #noun`, `${opener} (auch|noch|dringend|bitte|mal|nur|vielleicht) #noun`]).join("|")})`;
}

// Asking the doctor later asks the pharmacist nothing: "morgen ich frage arzt wie oft nehmen", "Ich frage meinen Hausarzt,
// ob ich ein Rezept brauche." Adjacent only, so "Ich frage, ob ich zum Arzt muss" still asks here.
const DOCTOR = "(arzt|ärztin|doktor|hausarzt|hausärztin|den arzt|die ärztin|den doktor|den hausarzt|die hausärztin|meinen arzt|meine ärztin|meinen doktor|meinen hausarzt|meine hausärztin)";
const BETWEEN = "(ich|wir|morgen|später|nachher|dann|erst|zuerst|lieber|mal|noch|besser|einfach)";
const ASKS_THE_DOCTOR = [
  `!!((frage|fragen|frag|fragt) ${DOCTOR})`,
  `!!((frage|fragen|frag|fragt) ${BETWEEN} ${DOCTOR})`,
  `!!((frage|fragen|frag|fragt) ${BETWEEN} ${BETWEEN} ${DOCTOR})`,
];

// One's own asking put off to a later time asks nothing now: "Ich würde gerne später noch einmal fragen, ob man dafür ein
// Rezept braucht.", "Ich möchte morgen nochmal fragen, wie oft ich das nehmen soll." (Adjacent to the infinitive: "Ich
// wollte fragen, ob …" asks now.)
const ASKS_LATER = [
  "!!((später|nachher|morgen|übermorgen|ein andermal|nächstes mal|beim nächsten mal|next time) (fragen|noch einmal fragen|nochmal fragen|noch mal fragen|mal fragen|einmal fragen|erst fragen|wieder fragen))",
];

// The prescription, and "recept" as Dutch, Czech, Polish and Scandinavian speakers (and dictation) spell it: "geht das auch ohne recept".
// Another country, or home, where a medicine is sold otherwise: "In Polen gibt es das ohne Rezept.", "Bei uns ist das rezeptfrei."
const COUNTRY =
  "(polen|spanien|türkei|frankreich|italien|amerika|usa|england|russland|ukraine|kolumbien|brasilien|china|indien|syrien|rumänien|griechenland|portugal|holland|niederlanden|österreich|schweiz|tschechien|kroatien|serbien|bulgarien|ungarn|mexiko|iran|irak|afghanistan|vietnam|japan|korea|marokko|ägypten|tunesien|argentinien|peru|chile|venezuela|pakistan|bangladesch|nepal|sri lanka|algerien|libanon|jordanien|eritrea|somalia|äthiopien|nigeria|ghana|senegal|kamerun|philippinen|indonesien|thailand|kanada|canada|australien|neuseeland|irland|schottland|schweden|norwegen|dänemark|finnland|belgien|luxemburg)";
const ELSEWHERE = `(${COUNTRY.slice(1, -1)}|bei uns|in meinem land|in meiner heimat|in unserem land|in meiner stadt)`;

// A question another always asks is a habit, not one passed on now: "Mein Chef fragt immer brauche ich ein Rezept", "Mein
// Sohn fragt immer, wie oft er den Saft nehmen soll" ("Meine Frau fragt, wie oft sie das nehmen soll" still asks for her).
// The habit word beside the verb, or one pronoun after it, so "ich wollte fragen wie oft ich das nehmen muss" asks.
const ASKS_AS_A_HABIT =
  "!!((fragt|fragen|fragte) (immer|oft|manchmal|jedes mal|jedesmal|ständig|mich immer|mich oft|mich ständig|uns immer|uns oft|auch immer|auch oft|mich jedes mal|jeden tag|mich jeden tag|dauernd|mich dauernd|immer wieder|mich immer wieder))";

// How strongly it hurts, said with a word the shared patterns do not list: "tut höllisch weh", "tut mir wahnsinnig weh".
const HOW_BADLY = "(höllisch|wahnsinnig|furchtbar|fürchterlich|schrecklich|extrem|tierisch|mega|unglaublich|unheimlich|brutal|heftig|stark|sehr stark|richtig stark|voll|echt so|so richtig|ziemlich|schon sehr|immer noch|noch immer)";

// Someone of one's own who knows the answer, so the learner asks nothing: "Ob man dafür ein Rezept braucht, weiß meine
// Schwester bestimmt.", "Wie oft man das nimmt, weiß meine Mutter."
const ONE_OF_MINE =
  "((mein|meine|unser|unsere) (schwester|bruder|mutter|vater|frau|mann|freundin|freund|kollegin|kollege|nachbarin|nachbar|oma|opa|tochter|sohn|mitbewohnerin|mitbewohner|chef|chefin|tante|onkel|cousine|cousin|mama|papa))";
const OTHERS_KNOW = [
  `!!(weiß|weiss|wusste|wissen|kennt) ${ONE_OF_MINE}`,
  `!!(weiß|weiss|wusste|wissen|kennt) (bestimmt|sicher|doch|ja|aber) ${ONE_OF_MINE}`,
  `!!${ONE_OF_MINE} (weiß|weiss|wusste|kennt) (bestimmt|sicher|schon|genau|besser)`,
];

// A line quoted from the textbook, or its word list, is a lesson, not an act: "Ich habe Halsschmerzen, so steht es im
// Lehrbuch.", "Kopfschmerzen, Halsschmerzen, Bauchschmerzen: das Vokabular von heute im Kurs."
const LESSON_TALK = [
  "!!(so steht es|so steht das|das steht so|steht so|so stand es) ... (lehrbuch|kursbuch|arbeitsbuch|buch|heft|dialog|lektion)",
  "!!(steht|stand|stehen) ... (im|in meinem|in unserem|aus dem) (lehrbuch|kursbuch|arbeitsbuch)",
  "!!(vokabular|vokabeln|wortschatz|wortliste|vokabelliste) (von heute|aus dem kurs|aus der lektion|der lektion|im kurs|für morgen|für den test|von gestern)",
];

// Pests, people and the weather one may be "against", none of them a complaint: "Haben Sie was gegen Tauben auf dem Balkon?"
const NOT_COMPLAINTS =
  "(tauben|ratten|mäuse|marder|schnecken|ameisen|nachbar*|den nachbarn|lärm|den lärm|chef|meinen chef|meine chefin|das wetter|den regen|den stau|die schwiegermutter|meine schwiegermutter|dich|euch|die regierung)";

// Places, books and outings one may ask a pharmacist to recommend, none of them a remedy.
const NOT_REMEDIES = "(restaurant*|hotel*|café|cafe|kneipe*|museum*|supermarkt*|friseur*|sehenswürdigkeit*|zahnarzt*|zahnärztin|hostel|buch|bücher|film|filme|serie|ausflug|ausflüge)";
// The English word inside German too: "brauche ich prescription dafür?"; and as learners who rarely write spell it by ear,
// the p voiced or the t hardened: "brauche ich rezebt?", "kann ich das ohne resept kaufen?"
// …and the doctor's paper in one word, as learners who describe it say: "Kann man die Tropfen ohne Arztzettel kaufen?"
const PRESCRIPTION = "(rezept*|rezebt*|rezepd*|rezäpt*|resept*|prescription|recept|recepte|recepten|recepta|recepty|receptu|verschreibung*|verordnung*|arztzettel*|arztpapier*|ärztezettel*|doktorzettel*|doktorpapier*)";
// The doctor's paper in words, as A1 learners describe it: "Papier von Doktor brauchen?", "Zettel vom Arzt nötig?"
const DOCTORS_PAPER = "((papier|zettel|schein) (vom|von|von dem|von der|von einem|von meinem) (arzt|ärztin|doktor|hausarzt|hausärztin))";
// …the paper itself, not a compound of it ("Wird die Rezeptgebühr verlangt?" asks a fee).
const PRESCRIPTION_WORD = "(rezept|rezepte|verschreibung|verordnung|prescription|recept)";
// "Without" as Dutch speakers carry it over beside "recept": "Kann ich das zonder recept kaufen?"
const WITHOUT = "(ohne|zonder)";

// What a habit goes on with after "hat immer", not "noch": "Meine Frau hat immer Migräne.", "Er hat immer im Winter Husten."
const HABIT_AFTER_IMMER =
  "($symptom|so|sehr|nur|ein|eine|einen|etwas|was|starke|starken|starkes|leichte|leichten|leichtes|hohes|hohe|viel|wieder|im|in|am|an|bei|beim|wenn|nach|vor|nachts|morgens|abends|mittags|dann|gleich|schnell|schon|mal|diese|diesen|dieses|solche|solchen|das|den|die|der|probleme|ärger|schmerzen|kopfweh|halsweh|bauchweh|allergie|allergien|migräne)";

// What one takes for good, for an illness that lasts: "Blutdrucktabletten", "die Pille", "Insulin".
const STANDING_TREATMENT = "(blutdruck*|schilddrüse*|diabetes|cholesterin*|herz|pille|antibabypille|blutverdünner|insulin|antidepressiva)";

// The children one shops for, named together ("Meine Kinder", "beide" after "zwei Kinder").
const OUR_CHILDREN =
  "(meine kinder|unsere kinder|die kinder|die kleinen|meine kleinen|unsere kleinen|beide kinder|die beiden|meine beiden|unsere beiden|beide|die zwei|meine söhne|meine töchter|meine jungs|die jungs|meine zwillinge|die zwillinge)";

// The doctor with an article or a possessive, the family's too: "der Kinderarzt", "unsere Ärztin".
const THE_DOCTOR =
  "((der|die|mein|meine|unser|unsere|ihr|sein) (arzt|ärztin|doktor|hausarzt|hausärztin|kinderarzt|kinderärztin|frauenarzt|frauenärztin))";

// A thing described, not named, asked for: "Haben Sie diese Sache, die man im Wasser auflöst?", "Ich suche so ein Ding für
// die Nase." (singular only: "Mein Sohn braucht seine Sachen" asks for nothing)
const THING = "(sache|ding|dings|dingsda|zeug|zeugs)";

// The patient at home, or "er"/"sie" for one named before, with a singular modal ("Soll sie das mit Essen nehmen?";
// "Sie" the pharmacist takes "sollen", "müssen").
const PATIENT =
  "(er|sie|mein mann|meine frau|mein sohn|meine tochter|mein kind|mein vater|meine mutter|unser sohn|unsere tochter|unser kind|das kind|das baby|meine kleine|mein kleiner|die kleine|der kleine)";

// The pharmacist asking whether one, or the patient at home, has a complaint too: "Haben Sie auch Fieber?", "Hat Ihr Kind auch Husten?"
const ASKED_IF_ILL =
  "[((haben sie|haben sie auch|haben sie noch|hat sie|hat sie auch|hat er|hat er auch|hat es|hat es auch|hat ihr kind|hat ihr kind auch|hat das kind|hat das kind auch|hat ihre tochter|hat ihre tochter auch|hat ihr sohn|hat ihr sohn auch|hat ihr baby|hat ihr baby auch|hat das baby|hat das baby auch) (fieber|husten|schnupfen|*schmerzen|*schmerz|*weh|durchfall|übelkeit|schwindel*|schüttelfrost|temperatur))]";

export const apotheke: ScenarioSeed = {
  id: "apotheke",
  title: "In der Apotheke",
  subtitle: "Get something for a cold at a Frankfurt pharmacy",
  character: {
    name: "Klaus Neumann",
    role: "Apotheker",
    persona:
      "Du bist ein erfahrener Apotheker in einer Apotheke am Frankfurter Hauptbahnhof. Du sagst „Sie“ zu den Kunden, bist genau und fragst immer nach Allergien und anderen Medikamenten, bevor du etwas empfiehlst. Manche Mittel gibt es frei, andere nur mit Rezept.",
  },
  setting:
    "A pharmacy (Apotheke) near Frankfurt's main station on a weekday evening. The learner has a cold, a sore throat or a headache and needs something for it; some medicines are sold freely, others only with a prescription.",
  level: { min: "A2", max: "A2" },
  openingLine: "Guten Tag! Was kann ich für Sie tun?",
  keyWords: [
    { de: "die Halsschmerzen", en: "the sore throat" },
    { de: "der Husten", en: "the cough" },
    { de: "die Kopfschmerzen", en: "the headache" },
    { de: "das Mittel", en: "the remedy" },
    { de: "das Rezept", en: "the prescription" },
    { de: "rezeptfrei", en: "without a prescription" },
    { de: "die Tablette", en: "the tablet" },
    { de: "Gute Besserung!", en: "Get well soon!" },
  ],
  exchanges: [
    { learner: "Ich habe Halsschmerzen.", character: "Oh, das tut mir leid. Haben Sie auch Fieber?" },
    { learner: "Brauche ich dafür ein Rezept?", character: "Nein, diese Lutschtabletten gibt es ohne Rezept. Haben Sie Allergien?" },
    { learner: "Wie oft nehme ich das?", character: "Dreimal am Tag eine Tablette, nach dem Essen. Ist das klar?" },
  ],
  lexicon: {
    ...symptomLexicon,
    // What a pharmacy sees besides colds: "Mein Kind hat Läuse.", "Ich habe Warzen an der Hand."
    symptom: [...(symptomLexicon.symptom ?? []), "läuse", "kopfläuse", "warze", "warzen", "pickel", "akne", "fusspilz", "nagelpilz", "schuppen",
      // The complaint in the learner's own language, inside German: "Ich habe ein sore throat", "tengo tos, ich habe Husten".
      "sore throat", "headache*",
      // A lumbago, a cold sore: "i hab an Hexenschuss", "Herpes an der Lippe".
      "hexenschuss", "herpes", "lippenherpes",
      // "A cold" carried over word for word with a German article: "Ich habe ein Kalt", "ich hab einen cold".
      "ein kalt", "eine kalt", "einen kalt", "stomachache*", "stomach ache", "toothache", "cough", "coughing", "flu", "fever", "runny nose",
      "tos", "fiebre", "gripe", "resfriado", "dolor de cabeza", "dolor de garganta",
      // …and in French, as Maghrebi and West African learners slip it in: "Mein Baby hat fièvre", "ich habe toux, viel Husten".
      "toux", "fièvre", "rhume", "mal de gorge", "mal de tête", "mal au ventre",
      // …and in Urdu and Hindi: "ich habe bukhar", "sir dard, mein Kopf tut weh".
      "bukhar", "khansi", "zukam", "nazla", "sir dard", "sar dard",
      // The kind of cough, and an inflammation by its Latin name, as learners with a medical training say it: "einen
      // trockenen Reizhusten", "eine akute Rhinitis", "Pharyngitis"; and the trouble in swallowing or the voice.
      "*husten", "*itis", "heiserkeit", "schluckbeschwerden", "atembeschwerden", "hustenreiz"],
    remedy: [
      // ("irgendwas" as "was": "Empfehlen Sie mir bitte irgendwas für die Nacht.")
      "etwas", "was", "irgendwas", "irgendetwas", "mittel*", "*tablett*", "medikament*", "medizin", "*tropfen", "salbe", "*spray", "sirup", "*saft", "tee",
      "*pflaster", "*creme", "arznei*", "tabletn", "tablete", "tableten", "kapsel*", "zäpfchen", "globuli", "*bonbon*", "*pastille*",
      // A balm rubbed on the chest: "Ich nehme dann den Erkältungsbalsam.", "Haben Sie einen Balsam für die Brust?"
      "*balsam",
      // A loosener for the cough, as the trade names it: "Ein Hustenlöser, bitte.", "Haben Sie einen Schleimlöser?"
      "hustenlöser", "schleimlöser",
      ...medicineNames,
      // The product in English inside German, as learners name it: "Sie haben cough syrup?", "Ich brauche painkiller."
      "*syrup", "pill", "pills", "tablet", "tablets", "painkiller*", "lozenge*", "nasal spray", "nose spray", "eye drops", "ear drops",
      "cough drops", "medicine", "medicines", "medication",
      // …and in Italian: "Ich brauche medicina per la tosse", "Haben Sie sciroppo?"
      "medicina", "medicinale", "medicinali", "farmaco", "farmaci", "sciroppo", "pastiglie", "compresse",
      // …and in Polish: "Haben syrop gegen Husten?", "Ich brauche krople für Nase."
      "syrop", "tabletki", "tabletka", "krople", "lekarstwo", "lekarstwa", "leki",
      // …and in French, with the brands of France and the Maghreb: "Gibt es ein sirop gegen Husten?", "Haben Sie Doliprane?"
      "sirop", "comprimé", "comprimés", "médicament", "médicaments", "gouttes", "pommade", "gélule", "gélules", "pastilles",
      "doliprane*", "efferalgan*", "dafalgan*",
      // …and in Urdu and Hindi: "Ich brauche dawai für Fieber", "Haben Sie goli gegen Kopfschmerzen?"
      "dawai", "dawa", "dawaai", "goli", "goliyan",
      // A remedy by its kind, as the trade names it: "ein Präparat", "ein Schmerzmittel", "ein Antitussivum", "etwas
      // Schleimlösendes" (the compounds named one by one: "Lebensmittel" and "Waschmittel" are no remedy).
      "präparat*", "schmerzmittel", "hustenmittel", "erkältungsmittel", "grippemittel", "fiebermittel", "schnupfenmittel",
      "antitussiv*", "expektoran*", "mukolyti*", "sekretolyti*", "analgeti*", "antipyreti*", "antihistamin*", "antiphlogisti*",
    ],
    brand: [...medicineNames, "doliprane*", "efferalgan*", "dafalgan*"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the pharmacist",
      points: 10,
      // The greeting's register asked about is talk about the word: "Guten Tag ist formal?", "Hallo ist zu informell, oder?"
      patterns: [...greetPatterns, "!!(ist|sind|klingt|klingen|ist das|ist es|ist zu|ist sehr|ist nicht|ist auch) (formal|informal|informell|förmlich|höflich|unhöflich|casual)",
        // …and so is the greeting translated: "Hallo heißt marhaba auf Arabisch.", "Guten Tag ist auf Englisch good day."
        "!((hallo|salam|salaam|marhaba|hi|guten tag|guten morgen|guten abend|grüß gott|servus|moin) (heißt|heisst|bedeutet)) ... (auf|in) (arabisch|englisch|türkisch|persisch|kurdisch|französisch|spanisch|portugiesisch|russisch|polnisch|italienisch|ukrainisch|syrisch)",
        "!((hallo|salam|salaam|marhaba|hi|guten tag|guten morgen|guten abend|grüß gott|servus|moin) ist (auf|in) (arabisch|englisch|türkisch|persisch|kurdisch|französisch|spanisch|portugiesisch|russisch|polnisch|italienisch|ukrainisch|syrisch))"],
      examples: ["Guten Tag!", "Hallo, guten Abend!"],
      nudge: "Klaus is at the counter: say hello.",
    },
    {
      id: "describe_symptom",
      title: "Say what is wrong",
      points: 15,
      // At the counter one speaks for the patient at home too: "Mein Sohn hat Fieber."
      patterns: [
        ...describeSymptomPatterns,
        // The possessive's ending dropped, as A1 learners say it: "mein nase lauft immer", "Mein Stimme ist weg."
        "(mein|meine|meiner|meinen) nase (läuft|läuf|rinnt|tropft|blutet|brennt|juckt)",
        "mein stimme (ist|ist fast|ist ganz) (weg|heiser|kaputt)",
        // A body part that has a blister or a rash now: "Meine Lippe hat so eine Blase", "Mein Fuß hat lauter Blasen."
        "(mein|meine) (lippe|lippen|fuss|füsse|hand|hände|haut|zunge|mund|zeh|zehe|finger|gesicht|ferse) (hat|haben) ... (blase|blasen|bläschen|flecken|pickel|ausschlag|wunde|wunden|risse|pusteln|quaddeln)",
        // …the grandchild too, for whom a grandparent shops: "Meine Enkelin hat Ohrenschmerzen, haben Sie etwas für sie?"
        "(mein|meine|unser|unsere) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|enkel|enkelin|enkelkind) hat $symptom",
        // The patient named before: "meine Tochter ist fünf und sie hat seit gestern Husten", "sie hat 39 Grad".
        "(er|sie) hat $symptom",
        // …or ill in a word: "Für meine Mitbewohnerin brauche ich Nasentropfen, sie ist auch erkältet." (singular: "Sie sind" is the pharmacist)
        "(er|sie) (ist|ist auch|ist ganz|ist sehr|ist so|ist jetzt|ist total|ist leider|ist seit gestern|ist seit heute|ist schon wieder|ist wieder) (krank|erkältet|verschnupft|heiser|grippig)",
        // The nose asked about, then taken up by a pronoun: "Etwas für die Nase? Sie ist total verstopft."
        "[(nase|die nase|meine nase)] =(sie|die) (ist|ist total|ist ganz|ist völlig|ist komplett|ist so|ist sehr|ist immer noch|ist noch|ist auch|ist seit gestern|ist seit tagen) (verstopft|zu|dicht)",
        // The children one shops for, together: "Meine Kinder haben immer noch Fieber.", "Die Kinder haben seit gestern Husten.",
        // "Beide husten die ganze Nacht." Adjacent, so others' children stay out: "Die Kinder im Kindergarten haben alle Läuse."
        `(${OUR_CHILDREN} (haben|haben beide|haben alle|haben alle beide|haben jetzt|haben auch|haben immer noch|haben noch|haben schon|haben wieder|haben seit gestern|haben seit heute|haben seit tagen|haben leider) ($symptom|(hohes|starken|starke|starkes|leichtes|leichte|leichten|ein bisschen|bisschen|etwas) $symptom|(37*|38*|39*|40*) grad))`,
        `(${OUR_CHILDREN} (husten|niesen|spucken|erbrechen|brechen))`,
        // …the verb before the subject after a time or adverb set first: "Jetzt hat er Fieber.", "Gestern war sie beim Arzt,
        // heute hat sie immer noch Husten." (not opening the sentence: "Hat sie Fieber, gebe ich ein Zäpfchen" is a condition)
        ".((heute|jetzt|nun|nachts|gerade|momentan|leider|plötzlich|inzwischen|mittlerweile|seitdem|seit gestern|seit heute|heute morgen|heute nacht|heute früh|und jetzt|aber jetzt|jetzt auch) (hat er|hat sie|hat es|haben beide|haben die kinder|haben sie beide|haben die beiden)) $symptom",
        // The baby or child named bare, as A1 learners drop the article: "Baby hat Husten.", "Das Kind hat Fieber."
        "^(baby|kind|das baby|das kind|kleine|die kleine|der kleine) (hat|hat seit|hat schon) $symptom",
        // …and so the rest of the family, telegraphic: "Tochter hat Husten, ganze Nacht.", "Mann hat Fieber."
        ".^(tochter|sohn|mann|frau|kleiner) (hat|hat seit|hat schon|hat auch) $symptom",
        // The patient named in a clause before, the subject then dropped: "Kind drei Jahre, hat Schnupfen.", "Meine Tochter,
        // fünf Jahre. Hat Fieber." (stated: "Hat Fieber?" asks back)
        "[(kind|baby|tochter|sohn|kleine|kleiner|kleines)] .=(hat|hat auch|hat jetzt|hat seit gestern|hat seit heute|hat schon|hat starken|hat starke|hat hohes|hat ein bisschen) $symptom",
        // The patient at home in the other shapes one says of oneself: "Meine Tochter ist krank.", "Meinem Sohn geht es
        // nicht gut.", and "es" for the child or baby named before ("Mein Kind ist erkältet, es hustet die ganze Nacht").
        "(mein|meine|unser|unsere) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|enkel|enkelin|enkelkind|kleine|kleiner|kinder|eltern) (ist|ist ganz|ist sehr|ist so|sind|sind beide|sind alle) (krank|erkältet|verschnupft|heiser|grippig)",
        // Ill once, or ill long ago, is no complaint now: "Meine Kinder sind im Winter krank gewesen.", "Mein Mann ist
        // letztes Jahr krank geworden." ("Mein Sohn ist gestern krank geworden" is ill now.)
        "!(krank|erkältet|verschnupft|heiser|grippig) gewesen",
        "!!(letztes jahr|letzten monat|letzten winter|vor einem jahr|vor jahren|früher|damals|als kind)",
        // Whole clause: unwell at school or at work is no complaint ("Meinem Sohn geht es nicht gut in der Schule",
        // "meinem mann gehts nicht gut mit dem neuen job").
        "=(meinem|meiner|unserem|unserer) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|kleinen) (geht es|gehts|geht's) (nicht gut|schlecht|nicht so gut|gar nicht gut|sehr schlecht)",
        // …and sick or dizzy in the dative, as one says of oneself: "Meiner Tochter ist seit heute Morgen übel."
        "(meinem|meiner|unserem|unserer) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|kleinen) (ist|wird) ... (schlecht|übel|schwindelig|schwindlig)",
        "[(kind|baby|kleine|kleines|kleinen)] es (hustet|niest|spuckt|erbricht|hat $symptom|hat (37*|38*|39*|40*|41*) grad)",
        // Another's child is not the patient one shops for: "Das Baby von meiner Nachbarin, es hustet die ganze Nacht."
        "!!((kind|baby|kleine|kleines) (von|vom) (meiner|meinem|der|dem|unserer|unserem|einer|einem|meinen|den))",
        // …the article dropped, as telegraphic learners say it: "Das Kind von Nachbarin, hat Husten."
        "!!((kind|baby|kleine|kleines|tochter|sohn) (von|vom) (nachbarin|nachbar|freundin|freund|kollegin|kollege|schwester|bruder|cousine|cousin|bekannten|bekannte))",
        // Only the patient one shops for, not anyone who coughs nearby: "mein Kollege hustet die ganze Zeit" tells no complaint.
        "(mein|meine|unser|unsere) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|enkel|enkelin|enkelkind|kleine|kleiner) (hustet|niest|spuckt|erbricht)",
        "(er|sie) (hustet|niest|spuckt|erbricht)",
        // Verbless, for the patient at home: "mein kind krank, fieber", "ich kind fieber".
        "((mein|meine|unser|unsere|ich) (sohn|tochter|kind|baby|mann|frau|mutter|vater) (krank|erkältet|$symptom))",
        "!(wenn|falls) (mein|meine|unser|unsere)",
        // What another says of their own body, the comma dropped as dictation drops it, reports their words: "meine tochter sagt
        // ihr hals tut weh", "Mein Mann meint sein Rücken tut weh.", "…sagt ihr Kopf und ihr Hals tun weh" (not a clause of
        // one's own after it: "…sagt ihr Hals tut weh und ich habe auch Husten"; "Meine Tochter hat Halsschmerzen" still tells it).
        "!((mein|meine|unser|unsere) (sohn|tochter|kind|mann|frau|mutter|vater|oma|opa|enkel|enkelin|freund|freundin|kollege|kollegin|chef|chefin|nachbar|nachbarin|kinder|eltern) (sagt|sagte|sagen|sagten|meint|meinte|meinen|behauptet))",
        "!(sagt|sagte|sagen|sagten|meint|meinte|meinen|behauptet) (ihr|sein|ihre|seine) ... (und|und auch|und der|und die) (ihr|sein|ihre|seine)",
        "(er|sie) hat (37*|38*|39*|40*|41*) grad",
        // Since when set first, the complaint far after: "Ich habe seit einer Woche einen trockenen Husten.", "Ich hab schon
        // seit Montag so einen komischen Husten."
        "((ich habe|ich hab|wir haben) (seit|schon seit)) ... $symptom",
        // The complaint a remedy or a jab is for is not one's own: "Ich habe ein Spray für Schnupfen zu Hause.", "Ich habe
        // seit Montag eine Impfung gegen Grippe."
        // …blisters too, which the shared patterns name beside a body part: "Haben Sie Pflaster für Blasen am Fuß?"
        "!$remedy (gegen|für|fur|fuer|bei) ($symptom|blasen)",
        // Rubbing it on is no slip of pain: "Eine Creme, die man auf die Brust schmiert" ("Brust schmerzt" still tells).
        "!(@schmiert|@schmieren|@schmiere|@schmier|@einschmieren|@eingeschmiert)",
        "!gegen $symptom",
        // The complaint first, the subject dropped, as A2 learners put the verb last: "Husten habe, drei Tage schon",
        // "Kopfschmerzen hab seit gestern" (opening its sentence). With no subject after it: "Schnupfen habe ich heute zum Glück
        // nicht" is the subject-first pattern's, whose negation closes the clause; so whole, or since when or how bad.
        "^=($symptom (habe|hab))",
        "^=($symptom (habe|hab) (auch|jetzt|heute|gestern|wieder|leider))",
        "^($symptom (habe|hab) (seit|seid|schon seit|schon|sehr|so|ganz|stark|viel|ganz stark|sehr stark|so stark))",
        // The complaint set first, for the patient named before: "evet ein bisschen fieber hat er", "Husten hat sie seit Montag."
        // (not a habit: "Husten hat er immer im Winter")
        "($symptom (hat er|hat sie))",
        "!(hat er|hat sie) (oft|manchmal|meistens|häufig|nie|jedes|jeden)",
        // Sleep lost, and a bite or sting with the insect as subject: "Ich kann nachts nicht einschlafen.", "Mich hat eine Mücke gestochen."
        "(ich|wir) (kann|können) ... nicht (einschlafen|durchschlafen)",
        "(mich|ihn|uns) (hat|haben) ... (gestochen|gebissen)",
        // How often one is ill, exclaimed, is a habit too: "Wie oft mein Sohn krank ist, das ist unglaublich!", "So oft ich
        // Kopfschmerzen habe …" (clause only: "Ich habe Husten, wie oft soll ich das nehmen?" still tells it).
        "!(wie oft|so oft|wie häufig) (mein|meine|unser|unsere|ich|wir|er|sie|die kinder)",
        // What someone always has is a habit, not today's complaint: "Meine Frau hat immer Migräne."
        "!(hat|haben|hatte) (oft|manchmal|meistens|öfter|häufig)",
        // …but "immer noch" is today's: "Sie hat immer noch Husten.", "Die Kinder haben immer noch Fieber." So "immer" blocks
        // only before what a habit goes on with ("Meine Frau hat immer Migräne.", "Er hat immer im Winter Husten.").
        `!((hat|haben|hatte|hat er|hat sie) immer ${HABIT_AFTER_IMMER})`,
        // (not "immer noch": "Mir ist immer noch schlecht" is today's)
        "!(ist|sind) (oft|manchmal|meistens|öfter|häufig|schnell|leicht|nie)",
        "!(ist|sind) immer (krank|erkältet|verschnupft|heiser|grippig|so|wieder|schnell|leicht)",
        // The patient who comes in person is not being spoken for now: "Mein Mann hat Halsschmerzen, er kommt morgen selbst vorbei."
        "!!((er|sie) (kommt|kommen|holt|holen) (selbst|selber))",
        "!!((er|sie) (kommt|kommen|holt|holen) (morgen|später|nachher|übermorgen|dann|heute|lieber) (selbst|selber))",
        // An allergy to a drug answers the pharmacist's check, it is no complaint: "Ja, ich habe eine Allergie gegen Penicillin."
        "!(allergie|allergien|allergisch) gegen",
        // …and in English, after a German "ich habe" only ("A cold." alone is English): "Ich habe a cold.", "ich hab einen cold"
        "(ich habe|ich hab|habe ich|hab ich) ... (a|ein|eine|einen) cold",
        // Fearing an illness is not having it: "Ich habe Angst vor Grippe, deshalb Impfung?", "Ich habe Sorge vor einer Erkältung."
        "!(angst|sorge|sorgen|panik) (vor|wegen)",
        // A question announced about a complaint, and cold from the weather, tell none: "Ich habe eine Frage zu Halsschmerzen
        // bei Kindern.", "Mir ist kalt, es regnet so stark draußen."
        "!!(frage|fragen) (zu|zum|zur|wegen|über)",
        // Only the weather happening now, beside a chill it explains: "Mir ist kalt, es regnet so stark draußen." Weather as
        // small talk around a complaint still tells it: "Bei dem Wetter habe ich jetzt Schnupfen.", "Ich war im Regen und
        // jetzt habe ich Halsschmerzen."
        "!!(es regnet|regnet es|es schneit|schneit es|es ist kalt|ist es kalt|ist es so kalt|es ist so kalt|kalt draußen|draußen ist es kalt)",
        // What one has often or always is a habit, not today's complaint: "Im Winter habe ich oft Halsschmerzen.", "Ich habe
        // immer Kopfschmerzen, wenn ich wenig schlafe." ("Ich habe immer noch Husten" is today's.)
        "!((habe|hab|habe ich|hab ich) (oft|manchmal|meistens|öfter|häufig|selten|regelmässig))",
        "!((habe|hab|habe ich|hab ich) immer $symptom)",
        // Something one has for it names the thing, not the complaint: "Ich habe was für den Husten zu Hause."
        "!(was|etwas) (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner)",
        // The nose running or blocked, the article dropped, as A1 learners type it: "nase lauft", "Nase zu."
        // (stated: "Nase läuft?" after "Das Spray ist gut, wenn die Nase läuft." asks back)
        "^.(nase) (läuft|ist zu|zu|verstopft|ist verstopft)",
        // A part of the body and its state, telegraphic, stated: "Hals sehr rot.", "Augen ganz geschwollen", "Schlucken weh."
        "=.(hals|rachen|auge|augen|ohr|ohren|mandeln|nase) (rot|geschwollen|entzündet|wund|sehr rot|ganz rot|so rot|total rot|sehr geschwollen|ganz geschwollen|dick|ganz dick)",
        "=.(schlucken|beim schlucken|atmen|beim atmen) (weh|sehr weh|so weh|tut weh|schmerzt)",
        // The eyes or ears named before, then taken up by a pronoun: "etwas für die Augen, sie sind ganz rot und jucken".
        "[(auge|augen|ohr|ohren)] (sie|die) (sind|sind ganz|sind so|sind sehr|sind total|sind seit gestern) (rot|geschwollen|entzündet|verklebt|trocken)",
        "[(auge|augen|ohr|ohren)] (sie|die) (jucken|brennen|tränen|tun weh)",
        // A complaint tied to a season is a habit, not today's: "Nein, keine Allergien, nur Heuschnupfen im Frühling."
        "!!(nur|immer|oft|meistens|manchmal) $symptom (im|in der) (winter|sommer|herbst|frühling|frühjahr|pollenzeit|erkältungszeit|grippezeit|grippesaison)",
        // A state in a word, answering what is wrong: "Erkältet." after "Was fehlt Ihnen?"
        "[(fehlt|beschwerde*|was ist los|was haben sie|was kann ich für sie tun|wie geht es ihnen)] =(erkältet|krank|verschnupft|heiser|grippig|sehr erkältet|bisschen erkältet|ein bisschen erkältet|ein bisschen krank|bisschen krank|stark erkältet)",
        // A part of the body that "makes pain", as Romance speakers say it: "mein kopf macht weh", "Der Hals macht mir so weh."
        "(kopf|hals|bauch|magen|ohr|ohren|rücken|zahn|zähne|nase|brust|auge|augen|knie|rachen) (macht|machen) (weh|mir weh|sehr weh|so weh|mir sehr weh|mir so weh)",
        // How strong, verbless, one or two complaints: "Starke Kopfschmerzen.", "Kopfschmerzen und ein bisschen Fieber."
        // Stated, not asked: "Starke Kopfschmerzen?" after "Diese Tabletten sind für starke Kopfschmerzen." asks back what they are for.
        "=.(ein bisschen|etwas|leichtes|leichte|leichten|starkes|starke|starken|hohes|ein wenig|viel|sehr starke|sehr starken) $symptom",
        // …"bisschen" bare and "auch" after, as A1 learners answer: "Ja, bisschen Husten auch.", "Bisschen Fieber."
        "=.(bisschen|ein bisschen|etwas|leichtes|leichte|leichten|starkes|starke|starken|hohes|ein wenig|viel) $symptom (auch|ja|schon)",
        "=.bisschen $symptom",
        "=.$symptom (und|und auch|und ein bisschen|und etwas|und leichtes|und leichte|und starkes|und starke|und hohes|und ein wenig|und viel) $symptom",
        // One turned down, another named: "Ich habe keine Kopfschmerzen, aber Husten.", "Kein Fieber, nur Schnupfen."
        "(kein|keine|keinen) $symptom (aber|sondern|nur|aber viel|aber starken|aber starke|dafür) $symptom",
        // Yes to "Haben Sie auch Fieber?" in a word: "Bisschen.", "Leicht.", "Schon." (stated: "Auch?" or "Sehr?" asks back);
        // …and to "Hat Ihr Kind auch Fieber?" for the patient at home.
        `${ASKED_IF_ILL} =.(bisschen|ja bisschen|leicht|ja leicht|ein wenig|ja ein wenig|schon|ja auch|auch|leider schon|sehr|ja sehr|viel|ja viel)`,
        // …and yes with since when: "Ja, seit gestern.", "ja leider schon seit drei tagen" (stated: "Ja, seit wann?" asks back).
        `${ASKED_IF_ILL} =.(ja|ja leider|leider ja|ja schon|ja auch) (seit|seid|schon seit|schon seid) (#word|#word #word)`,
        // The throat raw or dry, and the frog in it, as English and German both say: "mein Hals ist ganz rau", "Ich habe einen
        // Frosch im Hals."
        // ("der" only as a whole clause: "Der Hals ist rau bei Kindern im Winter" speaks of others; and the frog one's own:
        // "Hatten Sie einen Frosch im Hals?")
        "((mein) (hals|rachen) (ist|ist ganz|ist so|ist sehr|ist etwas|ist ein bisschen) (rau|trocken|wund|kratzig|heiser))",
        "=.((der) (hals|rachen) (ist|ist ganz|ist so|ist sehr|ist etwas|ist ein bisschen) (rau|trocken|wund|kratzig|heiser))",
        "(mein) (hals|rachen) fühlt sich ... (rau|trocken|wund|kratzig) an",
        "(ich habe|ich hab|habe ich|hab ich) ... (frosch|einen frosch) (im|in meinem|in dem) (hals|rachen)",
        // A cold caught, and so had now: "Ich habe mir auf der Reise eine Erkältung eingefangen.", "Ich hab mir was eingefangen."
        "(ich habe mir|ich hab mir|habe ich mir|hab ich mir) ... ($symptom|was|etwas|einen virus|ein virus) (eingefangen|geholt|zugezogen|eingehandelt)",
        "(mein|meine|unser|unsere) (sohn|tochter|kind|mann|frau|mutter|vater) hat ... (frosch|einen frosch) (im|in seinem|in ihrem|in dem) (hals|rachen)",
        // "Under the weather" said word for word: "Ich fühle mich ein bisschen unter dem Wetter." (Closing its clause after
        // "ich bin": "Ich bin unter dem Wetter nicht gern draußen" is no complaint.)
        "(ich fühle mich|ich fühl mich) ... (unter dem wetter|unterm wetter)",
        "=(ich bin) ... (unter dem wetter|unterm wetter)",
        // The voice gone: "Meine Stimme ist weg.", "Ich habe keine Stimme mehr."
        "(meine|die) stimme (ist|ist fast|ist ganz) (weg|heiser|kaputt)",
        // A sensation named as a noun where it sits: "ich habe seit gestern so ein Kratzen im Hals", "Ich hab ein Stechen im Ohr".
        "(ich habe|ich hab|habe ich|hab ich) ... (kratzen|brennen|stechen|jucken|ziehen|pochen|kribbeln|druck) (im|in der|in den|am|an der) (hals|rachen|kopf|ohr|ohren|nase|brust|bauch|magen|auge|augen|rücken|nacken)",
        "(habe|hab) (keine|kaum) stimme",
        // Falling ill now: "Ich glaube, ich werde krank.", "Ich glaube, ich bekomme eine Erkältung."
        // The verb last in a reason or a "that" clause of one's own: "Da ich Schnupfen habe, …", "Es ist so, dass ich ständig
        // husten muss." ("wenn" is a condition, not a complaint: "Wenn ich Fieber habe, gehe ich zum Arzt.")
        // …suffering it, as formal speakers say: "Da ich seit Montag unter Kopfschmerzen leide, …"
        "(weil|da|seit|seitdem) (ich|wir) ... ($symptom (habe|hab|haben|leide|leiden)|(husten|niesen) (muss|müssen)|(erkältet|krank|verschnupft|heiser) (bin|sind))",
        "(es ist so|ich glaube|glaube ich|ich denke|ich fürchte|ich merke) dass (ich|wir) ... ($symptom (habe|hab|haben)|(husten|niesen) (muss|müssen)|(erkältet|krank|verschnupft|heiser) (bin|sind))",
        "(ich|wir) (muss|müssen) (ständig|dauernd|immer|oft|viel|so viel|die ganze zeit|immer wieder) (husten|niesen)",
        "(ich|wir) (werde|werden) (krank|erkältet)",
        // …not a habit: "Ich werde krank, wenn ich zu wenig schlafe.", "Im Winter, ich werde krank immer."
        "!!(werde|werden) (krank|erkältet) (wenn|immer|oft|schnell|leicht|jedes|jeden|nie)",
        "[(glaube|denke|fürchte|befürchte|vielleicht)] (ich|wir) (bekomme|kriege|krieg) (eine|einen|ein) $symptom",
        // A complaint that is over now tells none: "Ich habe Kopfschmerzen von der Arbeit bekommen, aber jetzt ist es gut.",
        // "Gestern Abend mein Kopf macht weh, aber jetzt alles gut." Only after "aber" or "doch": set first, the good part
        // of the day is the contrast to the complaint ("Heute ist es gut, aber in der Nacht habe ich starken Husten.").
        "!!(aber|doch) (jetzt|heute|inzwischen) (ist|sind) (es|alles|er|sie|das) (gut|weg|vorbei|wieder gut|wieder weg|wieder okay)",
        "!!(aber|doch) (jetzt|heute|inzwischen) (alles gut|alles wieder gut|alles okay|wieder gut|wieder okay|nicht mehr)",
        // One's own complaint and how bad it is: "Mein Husten ist schlimm.", "Meine Kopfschmerzen sind so stark."
        // Adjacent: "Meine Kopfschmerzen sind immer schlimm am Montag" tells a habit; and only the possessive: "Der Husten
        // ist schlimm bei Kindern" and "Ihr Husten ist schlimm" speak of others.
        "((mein|meine|unser|unsere) $symptom (ist|sind) (schlimm|stark|schlimmer|stärker|sehr schlimm|so schlimm|sehr stark|so stark|ganz schlimm|echt schlimm|total schlimm|furchtbar|schrecklich|unerträglich|sehr hoch|so hoch|hoch))",
        // A complaint spoken of by the season is everyone's, an opinion: "Kopfschmerzen sind schlimm im Winter, oder?",
        // "Heuschnupfen ist im Frühling schlimm.", "Husten im Winter ist normal."
        "!!$symptom (ist|sind) ... (im|in der) (winter|sommer|herbst|frühling|frühjahr|erkältungszeit|grippezeit|grippesaison|kälte)",
        "!!$symptom (im|in der) (winter|sommer|herbst|frühling|frühjahr|erkältungszeit|grippezeit|grippesaison) (ist|sind)",
        // Sleep lost to another's noise is no complaint: "Mein Mitbewohner hustet die ganze Nacht, ich kann nicht schlafen."
        // (not the patient one shops for: "Mein Mann hustet die ganze Nacht." tells his complaint)
        "!!(mitbewohner|mitbewohnerin|mitbewohners|nachbar|nachbarin|nachbarn|kollege|kollegin|zimmernachbar|zimmernachbarin|freund|freundin|partner|partnerin|hund) (hustet|schnarcht|schreit|weint|bellt|feiert|niest) (die ganze nacht|jede nacht|nachts|die ganze zeit|so laut|immer so laut|laut|immer)",
        // The head about to burst, as learners say it for a bad headache: "Mein Kopf explodiert fast.", "Der Schädel zerspringt
        // mir." Not from study or work, which fills it: "Mein Kopf explodiert vom Deutschlernen."
        "(mein|der) (kopf|schädel) (explodiert|zerspringt|explodiert fast|zerspringt fast|platzt fast|explodiert gleich|platzt gleich)",
        "!(explodiert|zerspringt|platzt|raucht|qualmt) ... (vom|von|wegen|vor lauter) (lernen|deutschlernen|deutsch|arbeit|arbeiten|prüfung*|vokabel*|grammatik|informationen|zahlen|mathe|büro|chef|kindern)",
        // A part of the body that was so, told in the past, is no complaint now: "Gestern war mein Hals kaputt, heute geht's
        // wieder.", "Mein Hals war letzte Woche ganz rau." (the verb beside the part: "Ich war beim Arzt, mein Hals ist kaputt" tells)
        "!(war|waren) (mein|meine|der|die|das) (hals|kopf|nase|bauch|magen|rücken|ohr|ohren|knie|zahn|stimme|rachen)",
        "!(mein|meine|der|die|das) (hals|kopf|nase|bauch|magen|rücken|ohr|ohren|knie|zahn|stimme|rachen) (war|waren)",
        // Well again now, after a complaint told: "Mein Hals tat weh, heute geht's mir wieder gut.", "Das Halsweh von
        // Montag, jetzt geht es mir wieder besser." (The "aber" form is above; "wieder gut" needed: "Heute geht es mir wieder
        // schlechter" tells.)
        "!!(jetzt|heute|inzwischen|mittlerweile|seit heute) (geht es wieder gut|geht es mir wieder gut|geht es mir wieder besser|geht es wieder besser|geht es uns wieder gut|bin ich wieder gesund|bin ich wieder fit|ist alles wieder gut)",
        // The nose running, "mir" for whose: "Mir läuft die Nase.", "Seit Sonntag läuft mir die Nase wie verrückt."
        "(mir|uns) (läuft|rinnt|tropft) ... nase",
        "(läuft|rinnt|tropft) (mir|uns) ... nase",
        // It hurts, however strongly said: "Mein Zahn tut höllisch weh.", "Der Rücken tut mir wahnsinnig weh."
        `(tut|tun) (mir|mir so|so) ${HOW_BADLY} weh`,
        `(tut|tun) ${HOW_BADLY} weh`,
        // A sensation where it sits, told, "es" or "mir" for whose: "bei mir kratzt's seit heut früh im Hals", "Es sticht
        // mir im Ohr." ("Brennt das Spray in der Nase?" asks after the product.)
        ".(es|bei mir|mir|mich) (kratzt|kratzts|juckt|juckts|brennt|brennts|sticht|stichts|pocht|drückt|drückts|kribbelt|piekst) ... (im|in der|in den|in meinem|in meiner) (hals|rachen|nase|ohr|ohren|brust|kopf|auge|augen|bauch|magen)",
        // …not as a condition: "Wenn es im Hals kratzt, nehme ich Salbei.", "Wenn mir die Nase läuft, …"
        "!((wenn|falls|sobald) (es|mir|uns|bei mir))",
        // …nor the part of the body in a condition: "Wenn die Nase wieder läuft, hole ich mir Taschentücher."
        "!((wenn|falls|sobald) (die|der|das) (nase|hals|kopf|bauch|magen|ohr|ohren|auge|augen|rücken|zahn|stimme|rachen|husten|fieber))",
        // Pills hard to swallow are no sore throat: "Lieber den Saft, Tabletten kann ich schlecht schlucken."
        "!($remedy|die|diese|solche|große|grosse) kann ich (nicht|kaum|schlecht|so schlecht|ganz schlecht|nicht gut) schlucken",
        // Tired from what one did is no illness: "Nein, ich bin nur müde vom Training, krank bin ich nicht."
        "!(müde|schlapp|erschöpft|kaputt|fertig|platt) (vom|von der|von|nach dem|nach der|wegen) (training|sport|fussball|arbeit|schicht|lernen|reise|flug|umzug|feiern|party|joggen|laufen|wandern|fitness|gym|nachtschicht|nachtdienst|tag|wochenende)",
        // A complaint one expects tomorrow is not had now: "Morgen habe ich bestimmt Muskelkater vom Umzug."
        "!!(morgen|übermorgen|nächste woche|am wochenende|bald) (habe|hab|bin|kriege|krieg|bekomme) ich (bestimmt|sicher|wahrscheinlich|garantiert|vielleicht)",
        "!!(ich habe|ich hab|ich bin|ich kriege|ich bekomme) (morgen|übermorgen|bald) (bestimmt|sicher|wahrscheinlich|garantiert|vielleicht)",
        ...LESSON_TALK,
      ],
      examples: ["Ich habe Halsschmerzen.", "Ich bin erkältet und habe Schnupfen."],
      nudge: "Tell Klaus what is wrong: a sore throat, a cough, a headache?",
    },
    {
      id: "ask_remedy",
      title: "Ask for something against your complaint",
      points: 25,
      patterns: [
        // "Hilft das gegen Husten?" asks; "Tee mit Honig hilft gegen Halsschmerzen." tells what one believes, so the verb
        // asks only in a question or after the thing wanted ("Ich brauche etwas, das hilft gegen Husten").
        "$remedy gegen",
        `!!gegen ${NOT_COMPLAINTS}`,
        // "Something from the doctor" is the prescription, not a remedy: "Ob ich dafür was vom Doktor brauche, wissen Sie das?"
        "!(was|etwas) (vom|von einem|von der|von dem|von meinem|von meiner) (arzt|ärztin|doktor|hausarzt|hausärztin)",
        ...LESSON_TALK,
        // A remedy named in a clause before, then asked for by a pronoun: "Meine Freundin sagt, Lutschtabletten helfen. Haben Sie welche?"
        "[$remedy] ?=(haben sie|hätten sie|gibt es|gibts|hast du|sie haben) (welche|welche da|welche hier|eins|so was|sowas|so etwas)",
        "?(hilft|helfen) gegen",
        "$remedy (das|was|der|die) (hilft|helfen) (gegen|schnell gegen|gut gegen|gleich gegen)",
        // Every other pattern with the verb inside it is a statement: "Tee mit Honig hilft gegen Halsschmerzen."
        "!(hilft|helfen)",
        // Still making up one's mind asks for nothing yet: "Ich überlege noch, ob ich etwas gegen den Husten nehme."
        "!!(ich überlege noch|ich überleg noch|überlege ich noch|ich überlege gerade|wir überlegen noch|ich bin noch unsicher)",
        "!!((überlege|überleg|überlegen) (ob|noch ob))",
        // A home remedy praised is a belief told, not a remedy asked for: "Hühnersuppe ist die beste Medizin gegen Erkältung.",
        // "Tee ist gut gegen Husten." (the subject first; "Ist Tee gut gegen Husten?" still asks)
        "!(tee|honig|*suppe|ingwer|zwiebel*|zitrone*|kamille*|salbei|knoblauch|schnaps|wodka|whisky|vitamin c|schlaf|ruhe|wärme|sauna|inhalieren) (ist|sind|war|wäre)",
        // …and so is what another always says: "Meine Mutter sagt immer, Tee ist gut gegen Husten." (the engine reports
        // "X sagt, …", but lets "sagt immer" run on for "sagt immer, dass …")
        "!!((sagt|sagte|sagen|sagten|meint|meinte|meinen) (immer|auch immer|oft|ständig|dauernd|jedes mal))",
        // A remedy named with the definite article, then how to take it, asks the dose of what one has, not for a remedy:
        // "Und die Tropfen für die Nase, wie oft am Tag soll ich die benutzen?"
        "!!?(die|das|den|diese|dieses|diesen) $remedy (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner|hals|nase|kopf|bauch|ohren|augen|kinder|mein kind|meine tochter|meinen sohn) ... (wie oft|wie viel|wie viele|wieviel|wieviele|wie lange)",
        // What there is at home, or in another country, tells what one knows: "Bei uns gibt es Hustensaft ohne Rezept.",
        // "In Holland hat man Ibuprofen im Supermarkt." (only beside its verb: "Bei uns in Holland kaufe ich immer
        // Paracetamol, haben Sie hier auch Paracetamol?" still asks in its own clause)
        `!(in|bei uns in|in der|bei uns in der|in den|bei uns in den) ${COUNTRY} (gibt es|gibts|hat man|haben wir|kauft man|kaufen wir|bekommt man|verkauft man|nimmt man|nehmen wir)`,
        "!(bei uns|in meinem land|in meiner heimat|in unserem land|bei uns zu hause|bei uns zuhause|zu hause|zuhause|daheim) (gibt es|gibts|hat man|haben wir|kauft man|kaufen wir|bekommt man|verkauft man|nimmt man|nehmen wir)",
        // …and so in A1 word order, the place or a past time set first and the subject before the verb: "in japan ich kaufe
        // medizin im konbini", "gestern ich kaufe tabletten hier", "Letzte Woche ich nehme Aspirin."
        `!((in|bei uns in) ${COUNTRY}|bei uns|in meinem land|in meiner heimat|in unserem land|zu hause|zuhause|daheim) (ich|wir|man) (kaufe|kaufen|kauft|kauf|nehme|nehmen|nimmt|nehm|hole|holen|bekomme|bekommen|bekommt|habe|haben|hab|hat)`,
        "!(gestern|vorgestern|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|früher|damals|vor einer woche|vor zwei tagen|vor drei tagen) (ich|wir) (kaufe|kaufen|kauf|nehme|nehmen|nehm|hole|holen|brauche|brauchen|brauch|habe|hab|haben|bekomme|bekommen)",
        // …or a later day, a purchase put off: "morgen ich kaufe tabletten" ("morgen ich brauche …" may ask now, for a trip).
        "!(morgen|übermorgen|später|nachher|nächste woche) (ich|wir) (kaufe|kaufen|kauf|hole|holen|komme|kommen)",
        // "Etwas dagegen, bitte?"; "Haben Sie etwas dagegen, wenn …" asks whether one minds.
        "$remedy dagegen",
        "(was|welch*) (hilft|helfen)",
        // The complaint set off first, then the question: "Gegen Husten, was haben Sie da?", "Für den Hals, was gibt es?"
        "?(gegen|für|bei) ($symptom|den $symptom|die $symptom|den hals|die nase|den kopf|die erkältung) (was|welch*) (haben sie|gibt es|gibts|können sie|könnten sie|empfehlen sie|nehme ich|nimmt man)",
        // What is good for it, the verb left out or not: "Was gut für Husten?", "Was ist gut gegen Halsweh?"
        "(was|welch*) (gut|ist gut) (für|gegen|bei)",
        "!(hilft|helfen) (ihnen|dir)",
        "(empfehlen|empfehlen sie|raten sie) (für|gegen|bei) $symptom",
        "!!(was|etwas) dagegen (wenn|dass|ob)",
        // A brand with a courtesy word, or asked alone: "Aspirin, bitte.", "Ibuprofen?"
        // Adjacent, or a strength or one word between: "Aspirin, bitte", "Ibuprofen 400 bitte" ("Wie oft soll ich das
        // Aspirin nehmen, bitte?" asks the dose).
        "($brand bitte)",
        "($brand (auch|dann|noch|nur|also|mal|da|hier|gerne|gern|200|400|500|600|800|1000|geben|kaufen|haben) bitte)",
        "?=$brand",
        // Terse, the kind of remedy asked: "Tabletten?", "Ein Spray?"
        "?=(*saft|*spray|*tablett*|tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*)",
        "?=(ein|eine|einen) (*saft|*spray|*tablett*|salbe|sirup|*pflaster|*creme|mittel*|medikament*)",
        "($remedy|empfehlen sie|raten sie|nehme ich|nimmt man) bei $symptom",
        "?(hilft|helfen) bei $symptom",
        "$remedy (das|was|der|die) (hilft|helfen) bei $symptom",
        "(ich|wir) such* $remedy",
        // Asked indirectly, the verb last: "Ich wollte fragen, ob Sie Nasenspray haben.", "Können Sie mir sagen, ob Sie Ibuprofen da haben?"
        // Right after a verb of asking or knowing: "ob sie" is also "whether she, they" ("Ich frage meine Kinder, ob sie noch
        // Tabletten haben", "Ich weiß nicht, ob sie Medikamente haben, meine Eltern sind alt").
        "(fragen ob|frage ob|frag ob|wissen ob|sagen ob|erfahren ob|wüsste ob|wüssten ob|nachsehen ob|nachschauen ob|schauen ob|gucken ob) (sie|du|ihr) ... $remedy (haben|hast|habt|da haben|da hast|hier haben|verkaufen|führen)",
        // For the part of the body, or the cold, that troubles: "Etwas für meine Nase bitte", "Was gibt es für den Hals?"
        // Adjacent: "Das Spray ist gut für die Nase" tells what it is for.
        // Bare, only as a whole clause or asked: inside a statement the thing is told of ("Die Creme für die Haut hat nicht
        // geholfen.", "Das Spray für die Nase war zu stark für mich."); a verb of wanting before it asks in its own patterns.
        "=((etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup|*creme) (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        // …a "bitte" opening the clipped request as well as closing it: "bitte etwas fur mein hals", "Bitte Tropfen für die Nase."
        "=(bitte (etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup|*creme) (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        "=(bitte (etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup|*creme) (für|fur|fuer) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        "?((etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup|*creme) (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        "=((etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup) (für|fur|fuer) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        "?((etwas|was|ein mittel|mittel|medizin|medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup) (für|fur|fuer) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        "((was|etwas) (gibt es|gibts|haben sie|hast du|habt ihr) (für|fur|fuer) (den|die|das|meinen|meine|mein|meinem|meiner) (hals|nase|kopf|bauch|magen|ohren|ohr|augen|auge|rachen|rücken|haut|husten|erkältung|schnupfen))",
        // Having something for it already asks for nothing: "Ich habe was für den Husten zu Hause."
        // (adjacent, or with a word that says it is there already: "Ich habe Husten und brauch was für die Nacht" asks)
        "!((ich habe|ich hab|habe ich|hab ich|ich hatte|wir haben|haben wir) (was|etwas) (für|fur|fuer))",
        "!(ich habe|ich hab|habe ich|hab ich|ich hatte|wir haben|haben wir) (schon|noch|zu hause|daheim|ja|doch|bereits|genug) ... (was|etwas) (für|fur|fuer)",
        // …nor having a remedy for it already, told: "Ich habe Tabletten gegen Husten.", "Ich habe seit letzter Woche ein
        // Spray gegen Schnupfen." (adjacent, so "Ich habe Husten und brauche Tabletten gegen Husten" still asks)
        "!((ich habe|ich hab|habe ich|hab ich|ich hatte|wir haben|haben wir|wir hatten) $remedy (gegen|für|fur|fuer|dagegen))",
        "!((ich habe|ich hab|habe ich|hab ich|ich hatte|wir haben|haben wir|wir hatten) (ein|eine|einen|noch|schon|auch|zu hause|zuhause|daheim|hier|dabei|noch ein|noch eine|schon ein|schon eine) $remedy (gegen|für|fur|fuer|dagegen))",
        "!((ich habe|ich hab|wir haben) (seit|schon seit) (gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|letzter woche|einer woche|zwei wochen|ein paar tagen|zwei tagen|drei tagen|langem|jahren|monaten) (ein|eine|einen) $remedy (gegen|für|fur|fuer|dagegen))",
        "!((ich habe|ich hab|wir haben) (seit|schon seit) (gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|letzter woche|einer woche|zwei wochen|ein paar tagen|zwei tagen|drei tagen|langem|jahren|monaten) $remedy (gegen|für|fur|fuer|dagegen))",
        // Which is better against it: "Welches ist besser gegen Husten, Saft oder Tabletten?"
        "(welch*|was) (ist|sind|wäre|wären) (besser|am besten|das beste|stärker|am stärksten) (gegen|für|bei)",
        // …not what suits the pharmacist: "Was ist besser für Sie, bar oder mit Karte?"
        "!(besser|am besten|das beste|lieber) (für|fur|fuer) (sie|dich|euch) (bar|karte|mit karte|in bar|mit der karte|cash|heute|morgen|jetzt|später)",
        // A wish in the Konjunktiv, the thing in the infinitive clause: "Wäre es möglich, ein Nasenspray zu bekommen?"
        "[(wäre es möglich|wär es möglich|wär das möglich|ist es möglich|wäre das möglich|ich würde gern|ich würde gerne|ich möchte gern|ich möchte gerne|ich hätte gern|ich hätte gerne)] $remedy zu (bekommen|kaufen|haben|kriegen)",
        // Not "haben" alone: "Haben Sie Tabletten die man ohne Rezept bekommen kann" asks.
        "!(habe|hab|hatte|hatten|hat|wir haben|haben wir) ... (gekauft|bekommen|genommen|gehabt|geholt)",
        // …nor needed or sought once, in the perfect: "Mein Mann hat letztes Jahr ein Mittel gegen Husten gebraucht."
        "!(habe|hab|hatte|hatten|hat|wir haben|haben wir) ... (gebraucht|benötigt|gesucht|verschrieben|bestellt)",
        // …nor sent, given or recommended by someone before: "Die Firma hat mir ein Präparat gegen Husten geschickt."
        "!(hatte|hatten|hat|haben) ... (geschickt|gegeben|empfohlen|mitgebracht|geschenkt)",
        // …nor asked for by another before: "Meine Mitbewohnerin war gestern hier und hat nach einem Mittel gegen Migräne gefragt."
        "!(hatte|hatten|hat) ... (gefragt|nachgefragt|verlangt)",
        // …nor by oneself, asked for it or begged it before: "Gestern habe ich in der anderen Apotheke nach einem Mittel gegen
        // Husten gefragt.", "Ich hatte schon um ein Nasenspray gebeten." ("Ich habe mich gefragt, ob Sie …" still asks.)
        "!(habe|hab|haben|hatte|hatten) ... (nach|um) ... (gefragt|nachgefragt|gebeten|verlangt)",
        "(bitte um|bitten um|bitte sie um) $remedy (gegen|für|bei)",
        // …the product alone, the verb of asking last in the polite form: "Dürfte ich Sie um ein Nasenspray bitten?"
        "(sie|dich|euch) um (ein|eine|einen|etwas) $remedy",
        "(haben sie|bräuch*|such*|hätt* gern*|möcht*) $remedy (gegen|für)",
        // Other verbs of asking for it: "Verkaufen Sie Schmerzmittel?", "Womit kann ich meine Halsschmerzen behandeln?",
        // "Welches Medikament ist das beste für Kopfschmerzen?"
        "(verkaufen|führen) sie ($remedy|#noun)",
        // What helped before, then asked for by a pronoun: "Letztes Mal Ibuprofen hat gut geholfen, haben Sie das?",
        // "Das Spray war gut. Haben Sie das noch?" (asked, a whole clause: "Haben Sie das schon genommen?" asks no remedy; not
        // "auch", which asks after the pharmacist himself: "Ich habe Husten, haben Sie das auch?")
        "[($remedy|$brand)] ?=(haben sie|hätten sie|gibt es|gibts|hast du) (das|die|den|davon|das noch|die noch|den noch|das hier|das da|das vielleicht|die vielleicht|den vielleicht|das auch hier|die auch hier|den auch hier|das hier auch|die hier auch)",
        "womit ... (behandeln|bekämpfen|lindern|wegbekommen|wegkriegen)",
        "welch* (mittel*|medikament*|*tablett*|*saft|*spray|tropfen|salbe|sirup) ... (für|gegen|bei) $symptom",
        "(könn*|könnt*) sie mir (empfehl*|geben)",
        // …or bidden outright: "Empfehlen Sie mir bitte irgendwas für die Nacht."
        "(empfehlen sie mir|empfehlen sie uns|empfiehl mir) $remedy",
        // For the patient at home, named by a dative: "Mein Mann hat eine Erkältung. Was können Sie ihm geben?"
        "(was|welch*) (können|könnten|würden) (sie|du) (ihm|ihr|uns|meinem|meiner|unserem|unserer) ... (geben|empfehlen|mitgeben)",
        // A present asks for no remedy: "Was können Sie meinem Mann zum Geburtstag empfehlen?"
        "!!(zum geburtstag|als geschenk|zu weihnachten|zum muttertag|zum vatertag)",
        // Without "mir", or with the object first or last: "Können Sie etwas empfehlen?", "Können Sie empfehlen etwas?"
        "(könn*|könnt*|kannst) (sie|du|sie mir|du mir|sie uns) (etwas|was) (empfehlen|geben)",
        "(könn*|könnt*|kannst) (sie|du|sie mir|du mir|sie uns) (empfehlen|geben) (etwas|was|mir etwas|mir was|$remedy)",
        // …the modal left in the singular, asked first: "Kann Sie empfehlen was für Kind?", "Kann Sie mir etwas geben?"
        "?^kann (sie|sie mir|sie uns) (etwas|was) (empfehlen|geben)",
        "?^kann (sie|sie mir|sie uns) (empfehlen|geben) (etwas|was|mir etwas|mir was|$remedy)",
        // What the pharmacist would recommend, "mir" or not: "Was können Sie empfehlen?", "Was empfehlen Sie?"
        "(was|welch*) (empfehlen|raten) sie",
        "(was|welch*) (können|könnten|würden|kannst|würdest) (sie|du) ... (empfehlen|raten)",
        // …or give: "was können sie geben für meinen mann", "Was könnten Sie mir da geben?"
        "(was|welch*) (können|könnten|kannst|könntest|würden|würdest) (sie|du) ... geben",
        // …or would take in one's place, or gives as a rule, asked: "Was würden Sie an meiner Stelle nehmen?", "Was geben Sie da?",
        // "Was gibt man da?"
        // (not what they would charge: "Was würden Sie dafür nehmen?", "Was geben Sie mir zurück?")
        "(was|welch*) (würden|würdest) (sie|du) (an meiner stelle|an ihrer stelle|selbst|persönlich|in meinem fall|in dem fall|in so einem fall|bei|gegen) ... nehmen",
        "?(was|welch*) (geben sie|gibt man|gebt ihr) (da|dafür|dagegen|denn da|denn dagegen|kindern|einem kind|mir da|mir dafür|mir dagegen|bei|gegen|in dem fall|in so einem fall)",
        // A thing described, asked for: "Haben Sie diese Sache, die man im Wasser auflöst?"
        `(haben sie|hätten sie|gibt es|gibts|~geben sie mir|gib mir|verkaufen sie) ${THING}`,
        `(ich|wir) (~brauchen|bräuchte|bräuchten|suche|such|suchen|hätt* gern*|~mögen|~kaufen) ${THING}`,
        // …but a discount is no remedy: "Was können Sie mir für Rabatt geben?"
        "!(rabatt*|prozente|preisnachlass|nachlass)",
        // Brands and products the lexicon cannot list: "Haben Sie Aspirin?", "Ich brauche Ibuprofen 400."
        // A brand goes without an article; an article before an unknown noun names something else ("eine Quittung").
        "(ich|wir) (~brauchen|bräuchte|bräucht|bräuchten|~kaufen|~nehmen|hätt* gern*|~mögen|will|wollen) $remedy",
        // The subject dropped after "und", the complaint told first: "Ich habe Husten und brauch was für die Nacht."
        "und (brauche|brauch|bräuchte|bräucht|suche|such|möchte|hätte gern|hätte gerne) $remedy",
        // The thing chosen put first, the whole sentence: "Die Salbe nehme ich.", "Gut, den Saft nehme ich."
        "=(die|den|das|diese|diesen|dieses) $remedy (nehme|nehm) ich",
        "=(dann|gut|ok|okay|also) (die|den|das|diese|diesen|dieses) $remedy (nehme|nehm) ich",
        // The verb before the subject, after a reason or a linking word set first: "Da ich Schnupfen habe, hätte ich gern ein
        // Nasenspray.", "Deshalb brauche ich Hustensaft." (stated: "Brauche ich Tabletten?" asks whether, not for them).
        // (Not after a condition: "Wenn ich Fieber habe, brauche ich Tabletten.")
        ".^(deshalb|darum|deswegen|daher|also|dann) (hätte|hätt|möchte|möchten|bräuchte|brauche|brauch) (ich|wir) $remedy",
        "[$symptom] .(deshalb|darum|deswegen|daher|also) (hätte|hätt|möchte|möchten|bräuchte|brauche|brauch) (ich|wir) $remedy",
        "[(weil|da|nachdem|seit|seitdem) (ich|wir)] .(hätte|hätt|möchte|möchten|bräuchte|brauche|brauch) (ich|wir) $remedy",
        // The verb second after the one it is for, the product named: "Für meine Mitbewohnerin brauche ich noch Nasentropfen."
        // (not "etwas": "Für meine Mutter brauche ich noch etwas für die Kasse"; nor verb-first alone, which dictation
        // leaves unpunctuated as a question: "brauche ich noch tabletten wenn es besser ist")
        ".(für|fur) (meine|meinen|mein|meinem|meiner|unsere|unseren|unser|unserem|unserer) ... (brauche ich|bräuchte ich|hätte ich gern|hätte ich gerne|möchte ich|brauchen wir|bräuchten wir|hätten wir gern|hätten wir gerne|möchten wir) (*saft|*spray|*tablett*|*tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|medizin|kapsel*|zäpfchen|*bonbon*|pastille*|$brand)",
        ".(für|fur) (meine|meinen|mein|meinem|meiner|unsere|unseren|unser|unserem|unserer) ... (brauche ich|bräuchte ich|hätte ich gern|hätte ich gerne|möchte ich|brauchen wir|bräuchten wir|hätten wir gern|hätten wir gerne|möchten wir) (noch|auch|dann|bitte|ein|eine|einen|noch ein|noch eine|noch einen) (*saft|*spray|*tablett*|*tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|medizin|kapsel*|zäpfchen|*bonbon*|pastille*|$brand)",
        // For the patient at home: "Mein Sohn braucht Hustensaft."
        "(mein|meine|unser|unsere) (sohn|tochter|kind|baby|mann|frau|mutter|vater|oma|opa|enkel|enkelin|enkelkind) (braucht|brauchen|bräuchte) $remedy",
        `(ich|wir) ${brandRightAfter(["~brauchen", "~kaufen", "~nehmen", "hätt* gern*", "~mögen"])}`,
        // The verb last, as A1 learners place it: "Ich Tablette brauchen für Kopf."
        "(ich|wir) $remedy (brauchen|brauche|brauch|kaufen|möchte|möchten|will|wollen)",
        // …and asked the pharmacy staff as "du" or "ihr": "Hast du Nasenspray?", "Habt ihr Lutschpastillen mit Salbei?"
        "(haben sie|hätten sie|gibt es|~geben sie mir|gib mir|hast du|habt ihr|hättet ihr) $remedy",
        // "Sie" dropped, asked, the verb opening: "Haben Hustensaft?", "Haben Tabletten für Kind?"
        // (a kind named: "Haben was?" alone asks for nothing yet)
        "?^(haben|hätten) (*saft|*spray|*tablett*|tabletki|tropfen|krople|salbe|sirup|syrop|*pflaster|*creme|mittel*|medikament*|medizin|kapsel*|zäpfchen|*bonbon*|pastille*|$brand)",
        // …not whether it worked or was bought: "Haben Tabletten geholfen?", "Haben Tabletten gekauft?"
        "!(haben|hat|hatten|hatte) ... (geholfen|gewirkt|genützt|genutzt|gekauft|genommen|gehabt|geholt|gegeben)",
        // What there is for the complaint, "es" dropped or not: "Was gibt für Halsschmerzen?", "Was gibt es gegen Fieber?"
        "?(was|etwas) (gibt es|gibts|gibt) (für|fur|fuer|gegen|bei) $symptom",
        brandRightAfter(["haben sie", "gibt es", "~geben sie mir", "gib mir"]),
        // "Haben Sie …" in statement order, asked, as English and Romance speakers ask: "Sie haben etwas für den Hals?",
        // "Sie haben Aspirin?", "Du hast Tabletten gegen Kopfweh?" (only asked: a statement tells, and a known kind or brand only).
        "?(sie haben|du hast|ihr habt) $remedy (für|gegen|bei)",
        "?(sie haben|du hast|ihr habt) (mittel*|*tablett*|medikament*|medizin|*tropfen|salbe|*spray|sirup|*saft|*pflaster|*creme|arznei*|kapsel*|zäpfchen|globuli|*bonbon*|pastille*|$brand)",
        // …the product in English: "Sie haben cough syrup?", "Sie haben painkiller?"
        "?(sie haben|du hast|ihr habt) (*syrup|pill|pills|tablet|tablets|painkiller*|lozenge*|medicine|drops)",
        // Bare, once the complaint is said before it: "ich Halsschmerzen habe, Sie haben etwas?", "Husten. Haben Sie was?"
        "[$symptom] ?=(sie haben|haben sie|gibt es|gibts|du hast|hast du) (etwas|was|etwas da|was da|da etwas|da was|etwas dafür|was dafür)",
        // …but not the perfect, in either order: "Sie haben mir Tabletten gegeben?", "Haben Sie mir Tabletten verkauft?"
        "!(sie haben|haben sie|hätten sie|du hast|hast du|ihr habt) ... (gegeben|genommen|empfohlen|verkauft|verschrieben|gesagt|bestellt|gehabt|gemacht|probiert|ausprobiert|versucht|getrunken|gekauft|benutzt)",
        // Whether one may have it: "Kann ich Lutschtabletten haben?", "Könnte ich ein Nasenspray bekommen?"
        "(kann|könnte|darf) (ich|wir) $remedy (haben|bekommen|kriegen)",
        `(kann|könnte|darf) ${brandRightAfter(["ich", "wir"])} (haben|bekommen|kriegen)`,
        // Adjacent, or one word between: "Hustensaft, bitte", "Tabletten auch bitte" ("Wie oft am Tag sollte ich die
        // Lutschtabletten nehmen, bitte?" asks the dose).
        "((*saft|*spray|*tablett*|*tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|medizin|hustenlöser|schleimlöser|*bonbon*|*pastille*|kapsel*|zäpfchen|*balsam|globuli) bitte)",
        // An order by the counter's "einmal", for whom or what after it: "einmal Nasentropfen für Babys bitte"
        "^(einmal|1x) $remedy ... bitte",
        "^(einmal|1x) $remedy (für|fur) (kinder|babys|baby|kleinkinder|säuglinge)",
        // …or "bitte" first, the verb left out, a kind or brand named: "für meine Tochter bitte ein Hustensaft", "Bitte noch
        // einen Nasenspray." (stated: "Soll ich bitte eine Tablette nehmen?" asks the dose)
        ".(bitte|bitte noch|bitte auch|bitte dann) (ein|eine|einen|noch ein|noch eine|noch einen|zwei) (*saft|*spray|*tablett*|*tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|kapsel*|zäpfchen|*bonbon*|pastille*|$brand)",
        // …a plural bare, for the one it is for: "Für meinen Mann bitte noch Nasentropfen."
        ".=(für|fur) (meine|meinen|mein|meinem|meiner|unsere|unseren|unser|unserem|unserer) #word (bitte|bitte noch|bitte auch|bitte dann) (*tablett*|*tropfen|kapsel*|zäpfchen|*bonbon*|pastille*|*pflaster)",
        "((*saft|*spray|*tablett*|tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|medizin) (auch|dann|noch|nur|also|mal|da|hier|gerne|gern|geben|kaufen|haben) bitte)",
        // The complaint and the kind of remedy, asked: "Halsweh Medizin?"
        "?=$symptom (medizin|mittel|medikament*|*tablett*|tropfen|*spray|sirup|*saft|salbe)",
        // The infinitive for "haben Sie": "Saft haben?", "Nasenspray haben Sie?"
        "?=(*saft|*spray|*tablett*|tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|$brand) (haben|haben sie|da)",
        // …the product in English, or the part of the body before the kind: "cough syrup haben Sie?", "Hals Medizin haben?"
        "?=(cough syrup|cough drops|nose spray|nasal spray|throat lozenges|eye drops|ear drops|*syrup|pills|tablets|painkiller*|lozenge*|medicine) (haben|haben sie|da)",
        "?=(hals|nase|kopf|bauch|magen|ohr|ohren|augen|rachen) (medizin|mittel|medikament*|*tablett*|tropfen|*spray|sirup|*saft|salbe)",
        "?=(hals|nase|kopf|bauch|magen|ohr|ohren|augen|rachen) (medizin|mittel|medikament*|*tablett*|tropfen|*spray|sirup|*saft|salbe) (haben|haben sie|da|bitte)",
        // …the subject first, the verb last: "Sie Halsschmerzen Medizin haben?", "Sie Tabletten haben?"
        "?=((sie|du) ($symptom|hals|nase|kopf|bauch|magen|ohr|ohren|augen|rachen) (medizin|mittel|medikament*|*tablett*|tropfen|*spray|sirup|*saft|salbe) (haben|da haben|hier haben))",
        "?=((sie|du) (mittel*|*tablett*|medikament*|medizin|*tropfen|salbe|*spray|sirup|*saft|kapsel*|*bonbon*|$brand) (haben|da haben|hier haben))",
        // The product named first, for its purpose: "Hustensaft für die Nacht.", "Tabletten gegen Kopfweh, bitte."
        "^(*saft|*spray|*tablett*|tropfen|salbe|sirup|mittel*|medikament*|medizin) (für|zum|zur)",
        // …"einmal" before it, as one orders at a counter: "Einmal Nasenspray für Kinder, bitte." (stated: "Einmal Spray für
        // die Nase?" asks back what was offered)
        ".^(einmal|noch einmal|dann einmal) (*saft|*spray|*tablett*|tropfen|salbe|sirup|*balsam|*pastille*|medikament*|medizin) (für|zum|zur)",
        // The size of pack picked, once sizes or the product were named: "Dann bitte die kleinere Packung." after "Die gibt es
        // in 10 oder 20 Stück." (whole clause: "Die große Packung ist billiger, oder?" only asks about it)
        "[(packung*|stück|größe*|grösse*|$remedy)] =(die|eine|dann die|bitte die|dann bitte die|dann lieber die|lieber die|ja die|gern die|gerne die|ich nehme die|dann nehme ich die) (kleine|kleinere|große|größere|grosse|grössere|kleinste|größte|grösste) (packung|flasche|tube|schachtel)",
        // What one takes best for it: "Gegen Halskratzen, was nehm ich da am besten?", "Was nimmt man am besten bei Fieber?"
        "?was (nehme|nehm|nimmt) (ich|man) ... am besten",
        // ... or asked for, the verb last: "Medizin für Husten haben?"
        "?(*saft|*spray|*tablett*|tropfen|salbe|sirup|mittel*|medikament*|medizin|$brand) (für|gegen) ... (haben|kaufen|geben|bekommen)",
        // What to take, the verb an infinitive: "Ich Halsweh, was nehmen?"
        "?=(was|welch*) (nehmen|einnehmen|kaufen)",
        "(was|welch*) (nehmen|einnehmen|kaufen) (für|gegen|bei) $symptom",
        // The container and its content adjacent, or joined by "von": "Eine Packung Ibuprofen", "eine Flasche von diesem
        // Hustensaft". Any word later is no content: "Die Packung ist im Auto", "Die Schachtel von meiner Mutter ist leer".
        "((packung|packungen|schachtel|flasche|tube|dose|fläschchen) ($remedy|#noun))",
        "((packung|packungen|schachtel|flasche|tube|dose|fläschchen) (von|vom|mit) (dem|der|den|diesem|dieser|diesen|dem gleichen|der gleichen) $remedy)",
        "((packung|packungen|schachtel|flasche|tube|dose|fläschchen) (von|vom|mit) ($remedy|#noun))",
        // "falsche" is a word of its own, no slip of "Flasche": "Oh, falsche Tür! Sorry, tschüss" (a stem this short
        // forgives no slip itself, so "Flasche" stays free).
        "!falsch*",
        "[($remedy|empfehle*|empfiehlt)] (~nehmen) (ich|wir) (das|die|den|es)",
        // …the pronoun first, as a whole clause: "Ja, das nehme ich." after "Ich kann Ihnen Lutschtabletten empfehlen."
        // ("Die nehme ich schon jeden Tag" tells a habit; "Das nehme ich an" assumes).
        "[($remedy|empfehle*|empfiehlt)] =(das|die|den|dann das|dann die|dann den) (nehme|nehm|nehmen) (ich|wir)",
        // Choosing what the pharmacist offers: "Möchten Sie Tropfen oder ein Spray?" "Das Spray, bitte."
        "[(möchten|hätten|wollen|nehmen|brauchen) sie] =(ein|eine|einen|die|den|das|lieber|dann) $remedy",
        // …with a yes or a "gern" before it: "Ja, gern den Saft." after "Möchten Sie lieber Tabletten oder einen Saft?"
        "[((möchten|hätten|wollen|nehmen|brauchen) sie|$remedy oder)] =(gern|gerne|ja gern|ja gerne|ja bitte|bitte|gern bitte) (ein|eine|einen|die|den|das|dann) $remedy",
        // …the thing first, the verb after it: "Also das Spray nehme ich.", "Die Tropfen nehme ich." after "Möchten Sie das
        // Spray oder die Tropfen?" (whole clause: "Die Tabletten nehme ich immer morgens" tells a habit).
        "[($remedy oder|möchten sie|hätten sie|wollen sie)] =(die|den|das|dann die|dann den|dann das) $remedy (~nehmen) (ich|wir)",
        // Yes to the pharmacist's offer of something for it takes the remedy: "Möchten Sie etwas gegen die Schmerzen?"
        // "Ja, bitte." ("Brauchen Sie sonst noch etwas?" offers nothing for the complaint; a yes beside "oder" takes either.)
        // "für" only before the complaint: "Möchten Sie was für den Kleinen, ein Gummibärchen?", "Soll ich Ihnen was für
        // die Krankenkasse ausdrucken?" offer no remedy.
        "[(möchten sie|brauchen sie|wollen sie|soll ich ihnen|darf ich ihnen|kann ich ihnen) ... (etwas|was|mittel*|$remedy) (gegen|dagegen|bei)] [!oder] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja das wäre gut|ja das wäre nett)",
        "[(möchten sie|brauchen sie|wollen sie|soll ich ihnen|darf ich ihnen|kann ich ihnen) ... (etwas|was|mittel*|$remedy) (für|für die|für den|für ihren|für ihre|für ihr) $symptom] [!oder] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja das wäre gut|ja das wäre nett)",
        "[(möchten sie|brauchen sie|wollen sie|soll ich ihnen|darf ich ihnen|kann ich ihnen) ... (etwas|was|mittel*|$remedy) (für die|für den|für ihren|für ihre|für ihr) (hals|nase|kopf|magen|bauch|haut|augen|ohren|rücken|erkältung|schmerzen)] [!oder] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja das wäre gut|ja das wäre nett)",
        // Rather another one, after turning one down: "Kein Spray bitte, lieber Tabletten."
        "=(lieber|dann lieber|doch lieber) $remedy",
        "=(lieber|dann lieber|doch lieber) (ein|eine|einen) $remedy",
        // Or a kind named by its nature: "Kein Aspirin bitte, lieber etwas Pflanzliches."
        "=(lieber|dann lieber|doch lieber|eher) (etwas|was) (#word|#word #word)",
        // One of the alternatives offered: "Ich kann Ihnen Lutschtabletten oder ein Spray geben." "Ja, gern, die Lutschtabletten."
        "[($remedy oder|kann ich ihnen|könnte ich ihnen|ich kann ihnen|ich könnte ihnen)] =(ein|eine|einen|die|den|das|lieber|dann) $remedy",
        // …or picked by its place in the offer: "Das zweite, bitte." after "Ich habe ein Spray und Tropfen gegen Schnupfen."
        // (whole clause: "Die zweite ist billiger?" only asks about it)
        "[$remedy (und|oder) ... $remedy] =(das|die|den|dann das|dann die|dann den|lieber das|lieber die|lieber den) (erste|erstes|ersten|zweite|zweites|zweiten|letzte|letztere|erstere)",
        // …not which one was taken before: "Die erste." after "Haben Sie die Tabletten oder den Saft genommen?"
        "!![(genommen|probiert|ausprobiert|benutzt|gehabt|gekauft)] (das|die|den) (erste|erstes|ersten|zweite|zweites|zweiten|letzte|letztere|erstere)",
        // "Was kann ich ihm geben?": what to give or take, for oneself or another.
        "(was|welch*) (kann|soll|darf|muss|könnte|sollte) (ich|man|wir) (geben|nehmen|einnehmen|benutzen)",
        // What it should do, named by its use: "lieber etwas zum Gurgeln".
        "(etwas|was|ein mittel) (zum|zur) #noun",
        "!(rezept*|termin*|hilfe|zeit|information*)",
        // The fever or the doctor as the thing asked for is no remedy: "Haben Sie Fieber?", "Ich brauche einen Arzt." Only right
        // after the words that ask, so a complaint or a visit told first, dictated without a stop, still lets the next
        // clause ask: "ich habe fieber haben sie tabletten dagegen", "ich war beim arzt haben sie was gegen husten".
        `!${brandRightAfter(["~brauchen", "~kaufen", "~nehmen", "hätt* gern*", "~mögen", "haben sie", "hätten sie", "gibt es", "~geben sie mir", "gib mir", "verkaufen sie", "führen sie", "zum", "zur", "packung", "packungen", "schachtel", "flasche", "tube", "dose", "fläschchen", "(packung|packungen|schachtel|flasche|tube|dose|fläschchen) (von|vom|mit)"]).replaceAll("#noun", "(fieber|arzt|ärztin)")}`,
        // Drugstore goods treat no complaint: "Haben Sie Sonnencreme?", "Gibt es Zahnpasta?"
        "!(sonnen*|zahnpasta|zahnbürste*|shampoo|duschgel|deo|deodorant|windel*|kondom*|parfum*|schminke|lippenstift*|handcreme|gesichtscreme|tampon*|binden|taschentüch*|kaugummi*|quittung|tüte*|wasser)",
        // Everyday things asked for at the counter are no remedy: "Haben Sie Kleingeld?", "Gibt es Parkplätze hier?", "Haben Sie Kinder?"
        "!(kleingeld|wechselgeld|geld|kinder|kind|enkel|parkplatz*|parkplätze|toilette*|klo|wc|kundenkarte*|notdienst*|stift|kugelschreiber|kuli|papier|zettel|tasche|taschen|öffnungszeit*|zeit|telefon|handy|ladekabel|bus|taxi|karte|kartenzahlung|wlan|internet|wifi|zeitschrift*|zeitung*|magazin*)",
        // …and so are the goods of a kiosk or a supermarket, the brand pattern's capitalised noun after "verkaufen Sie",
        // "führen Sie" or "haben Sie": "Verkaufen Sie auch Briefmarken?", "Führen Sie Schokolade?", "Haben Sie Batterien?"
        "!(briefmarke*|postkarte*|fahrkarte*|fahrschein*|ticket*|zigarette*|tabak|feuerzeug*|streichhölzer|batterie*|schokolade*|süssigkeiten|chips|snack*|getränk*|bier|wein|kaffee|brot|obst|blumen|spielzeug*|regenschirm*|sim karte*|simkarte*)",
        // Whether the pharmacist has the complaint too asks after him, not for a remedy: "Haben Sie auch Halsschmerzen?",
        // "Haben Sie Kopfschmerzen bei dem Wetter?". Bare, "Haben Sie Husten?" may be "(etwas gegen) Husten", and a compound
        // split may follow: "Haben Sie Kopfschmerz Tabletten?" asks.
        "!((haben sie auch|haben sie selbst|hast du auch|hast du selbst|habt ihr auch) $symptom)",
        "!((haben sie|hast du|habt ihr) $symptom (bei|wegen|heute|oft|manchmal|auch|selbst|gerade|jetzt|schon|seit|vom|von))",
        // …and so does one with the pharmacist named after it, or told how he looks: "Haben Sie Fieber, Herr Neumann?",
        // "Sie sind heiser, haben Sie Halsschmerzen?" (bare, "Haben Sie Husten Saft?" splits a compound and asks).
        "!((haben sie|hast du|habt ihr) $symptom (herr|klaus|herr neumann))",
        "!!(sie sehen|sie wirken|sie klingen|du siehst|du klingst) ... (aus|krank|müde|blass|erkältet|heiser|schlecht|fertig|gestresst)",
        "!!((sie sind|du bist|sind sie|bist du) (krank|erkältet|heiser|blass|müde|auch krank|ja krank|so blass|so müde|selbst krank|heute krank|auch erkältet|ja erkältet|so heiser|ja heiser))",
        // A thermometer or a gauge measures, it treats nothing: "Haben Sie Fieberthermometer?"
        "!(*thermometer|*messgerät|*messgeräte)",
        // Nor is a feeling, a break, a family, a deal or a problem a brand: "Haben Sie Angst?", "Haben Sie Feierabend?",
        // "Haben Sie Familie?", "Gibt es Rabatt?", "Gibt es Probleme?"
        "!((haben sie|haben sie auch|haben sie noch|haben sie heute|haben sie jetzt|hast du|habt ihr|gibt es|gibt es hier|gibt es auch|gibt es heute) (angst|hunger|durst|lust|recht|glück|pech|spass|stress|sorgen|geduld|ahnung|feierabend|urlaub|pause|mittagspause|dienst|nachtdienst|schicht|frei|ferien|familie|geschwister|haustiere|hund|katze|probleme|problem|fragen|rabatt*|bargeld|angebot*|sonderangebot*|*gutschein*|prospekt*|bonus*|payback|punkte|personal|kollegen|kunden|schlange|wartezeit))",
        // "etwas" as what one wants to ask, say or drink, or "some" before a thing that is no remedy: "Ich möchte etwas fragen.",
        // "Ich brauche was zu trinken.", "Ich brauche etwas Zeit."
        "!(was|etwas) (fragen|sagen|wissen|erzählen|zeigen|erklären|abholen|zurückgeben|umtauschen|bezahlen|zahlen|besprechen|klären)",
        "!(was|etwas) zu (trinken|essen|lesen|schreiben|tun|machen|sagen|fragen)",
        "!(was|etwas) (zeit|geld|ruhe|wasser|platz|kleingeld)",
        // A place recommended is no remedy: "Können Sie mir ein gutes Restaurant empfehlen?"
        `!${NOT_REMEDIES}`,
        // A juice or tea to drink is no remedy, though "*saft" and "tee" name cough syrup and herbal tea: "Haben Sie
        // Orangensaft?", "Haben Sie Eistee?", "Haben Sie einen kalten Tee?" ("Haben Sie Hustensaft?" still asks.)
        "!(orangensaft|apfelsaft|traubensaft|tomatensaft|ananassaft|kirschsaft|multivitaminsaft|maracujasaft|mangosaft|karottensaft|möhrensaft|gemüsesaft|obstsaft|fruchtsaft|orangenjuice|eistee|icetea|ice tea)",
        "!(kalt|kalten|kalter|kaltes|kalte|eiskalt|eiskalten|eiskaltes|gekühlt|gekühlten|gekühltes) (tee|saft|wasser)",
        // The dose recommended asks the dose: "Welche Dosierung empfehlen Sie?"; whether it needs a prescription asks that:
        // "Braucht das Medikament ein Rezept?"
        // (the dose asked, not a dose named with the drug: "Ich brauche eine kleine Dosis Ibuprofen für mein Kind.")
        "!(welche|welcher|welches|die|der|wie viel|wieviel|wie viele|wieviele|richtige|empfohlene|normale|übliche) (dosis|dosierung|menge)",
        "!(braucht|brauchen|benötigt|benötigen) (das|die|der|dieses|diese|dieser) ... rezept*",
        // The thing already named, asked without a prescription, asks only that: "Gibt es die Tabletten auch rezeptfrei?",
        // "Haben Sie das ohne Rezept?" ("Haben Sie Tabletten gegen Husten ohne Rezept?" still asks for one.)
        // (The article right after the verb: "Haben Sie Tabletten, die man ohne Rezept bekommt?" asks for them.) Its own clause
        // only: a remedy asked in a clause before still asks ("Haben Sie Hustensaft, und gibt es den ohne Rezept?").
        "!((gibt es|gibts|haben sie|hast du) (die|das|den|diese|dieses|diesen|es)) ... (rezeptfrei|ohne rezept|frei verkäuflich)",
        // …and one named after the remedy asked, the recommending before both: "Empfehlen Sie mir etwas gegen Husten oder ein Buch?"
        `!(empfehl*|raten) ... ${NOT_REMEDIES}`,
        // What one takes, since when or how often, tells it: "Ich nehme Ibuprofen schon seit drei Tagen.", "Ich nehme zweimal am Tag eine Tablette."
        // (the subject beside the verb: "was kann ich nehmen ich habe seit 3 tagen husten" asks)
        "!(ich nehme|ich nehm|wir nehmen|nehme ich|nehm ich|nehmen wir) ... (seit|seid)",
        "!(nehme|nehmen|nehm) ... (einmal|zweimal|dreimal|viermal|ein mal|zwei mal|drei mal|1 mal|2 mal|3 mal|1 x|2 x|3 x) (am tag|täglich|pro tag|die woche|pro woche|in der woche|am abend)",
        // …or how one will take it, the pharmacist's instruction said back: "Ich nehme die Tabletten mit Wasser, ok.",
        // "Okay, ich nehme die Tropfen nach dem Essen."
        "!(nehme|nehmen|nehm) ... (mit wasser|mit viel wasser|nach dem essen|vor dem essen|zum essen|morgens und abends|morgens|abends)",
        // Bought later or elsewhere asks nothing here: "Ich kaufe später Hustensaft im Supermarkt."
        // ("morgen" only with the subject beside the verb: "Ich möchte Reisetabletten kaufen für morgen" asks)
        "!!(kaufe|kaufen|hole|holen|besorge|besorgen) ... (später|nachher|woanders)",
        "!!(ich kaufe|ich hole|ich besorge|wir kaufen|wir holen|wir besorgen|kaufe ich|hole ich|besorge ich|kaufen wir|holen wir|besorgen wir) ... (morgen|übermorgen)",
        "!!((später|nachher) (kaufe|kaufen|hole|holen|besorge|besorgen|will|möchte|werde))",
        // Something to write, read or eat with is no remedy: "Haben Sie was zum Schreiben?"
        "!(was|etwas) (zum|zur) (schreiben|unterschreiben|lesen|essen|spielen|mitnehmen|anziehen|waschen|malen|notieren|tragen)",
        // An aversion is no request: "Ich habe was gegen Spritzen."
        "!(ich habe|ich hab|habe ich|hab ich|ich hatte) (was|etwas) gegen",
        // "brauchte" reads as a "bräuchte" typed without its umlaut, unless a past time is beside it: "Letzte Woche brauchte
        // ich Tabletten gegen Kopfweh", "Ich brauchte gestern ein Mittel gegen Husten" tell a story.
        "!!(gestern|vorgestern|damals|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|vor einer woche|vor zwei wochen|vor einem monat|vor einem jahr) ... (brauchte|brauchten)",
        // …and so does a wish or a must of that past time, the learner's or another's: "Meine Frau wollte letzte Woche hier
        // etwas gegen Migräne kaufen", "Gestern musste ich Tabletten gegen Fieber holen." ("Ich wollte fragen, ob Sie
        // etwas gegen Husten haben" still asks: no past time beside it.)
        // (Beside it only: "ich habe seit gestern Kopfschmerzen und ich wollte fragen, ob Sie etwas dagegen haben" asks now.)
        "!!((gestern|vorgestern|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|vor einer woche|vor zwei wochen|vor einem monat|vor einem jahr) (wollte|wollten|musste|mussten|sollte|sollten|konnte|konnten))",
        "!!((wollte|wollten|musste|mussten|sollte|sollten|konnte|konnten) (gestern|vorgestern|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|vor einer woche|vor zwei wochen|vor einem monat|vor einem jahr))",
        "!!((wollte|wollten|musste|mussten|sollte|sollten|konnte|konnten) (ich|er|sie|wir|man) (gestern|vorgestern|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|vor einer woche|vor zwei wochen|vor einem monat|vor einem jahr))",
        "!!(brauchte|brauchten) ... (gestern|vorgestern|damals|letzte woche|letztes mal|letzten monat|letztes jahr|letzten winter|vor einer woche|vor zwei wochen|vor einem monat|vor einem jahr)",
        // Coming back to buy it later asks nothing now: "Wenn es morgen noch weh tut, komme ich wieder und nehme Tabletten",
        // "Vielleicht komme ich später zurück und kaufe das Spray".
        "!!(komme|kommen) ... (wieder und|zurück und|nochmal und|noch mal und|noch einmal und|vorbei und)",
        // …and so does coming later, oneself or another, to buy it: "Mein Mitbewohner möchte später selbst vorbeikommen, um
        // etwas gegen Husten zu kaufen."
        "!!((später|morgen|übermorgen|nachher|heute abend|später selbst|morgen selbst|später selber|morgen selber|nachher selbst) (vorbeikommen|vorbeischauen|wiederkommen|kommen|zurückkommen|herkommen))",
        // What needs a prescription asks that, not for the remedy: "Meine Mutter braucht für ihre Tabletten immer ein Rezept"
        // ("ohne Rezept" still asks: "Ich brauche ein Mittel gegen Husten ohne Rezept").
        "!(braucht|brauchen|brauche|brauch|bräuchte|benötigt|benötige) ... (ein rezept*|kein rezept*|einen rezept*|keinen rezept*|eine verschreibung*|keine verschreibung*)",
        // A complaint no pharmacy treats: "Was hilft gegen Heimweh? haha", "Gibt es ein Mittel gegen Liebeskummer?"
        "!!(heimweh|liebeskummer|langeweile|einsamkeit|faulheit|fernweh)",
        // A remedy that there would be is a wish about the world, asked of no one: "Es wäre schön, wenn es ein Mittel gegen
        // Erkältung gäbe.", "Ich wünschte, es gäbe etwas gegen Schnupfen." ("…, ob es etwas gegen Husten gäbe" and "Gäbe es
        // etwas gegen Husten?" still ask.)
        "!!(wenn|falls|dass) es ... gäbe",
        "!!(wünschte|wünschten|wünsche mir|wünschte mir) es gäbe",
        // What one takes already is no request ("Ich nehme schon seit Montag Tabletten"); only in its own clause,
        // for a run-on message goes on to ask: "Er hustet schon seit Tagen, haben Sie etwas gegen Husten?"
        "!(schon|bereits|seit)",
        // Having it at home, what helped before, or the way one always takes it asks for nothing, wherever it stands:
        // "Das Mittel gegen Husten habe ich schon zu Hause.", "Früher hat mir Aspirin geholfen.", "Ich nehme die Tabletten immer vor dem Essen."
        "!!(schon|bereits) (zu hause|zuhause|daheim|dabei|im schrank)",
        // …and so does a wish taken back by the remedy still at home, in any language: "Ich wollte etwas gegen Husten kaufen,
        // aber nein, ich habe noch Sirup zu Hause.", "Haben Sie Tropfen? Ah non, ich hab doch noch welche daheim."
        "!!(nein|non|no|nee|doch nicht) ... (ich habe|ich hab|habe ich|hab ich|wir haben|haben wir) (noch|doch noch|ja noch|doch|ja) ... (zu hause|zuhause|daheim|im schrank|dabei)",
        // …or told as what one has at home: "Ich habe ein Spray gegen das Kratzen im Hals zu Hause."
        "!(ich habe|ich hab|wir haben|habe ich|hab ich|haben wir) ... $remedy ... (zu hause|zuhause|daheim|im schrank)",
        // …the thing first, whoever has it: "Die Tabletten gegen Kopfschmerzen hat mein Mann zu Hause."
        "!$remedy ... (hat|habe|hab|haben|hatte|hatten) ... (zu hause|zuhause|daheim|im schrank)",
        "!!(früher|damals)",
        // A condition set first, then in A1 order what one does then, is a habit, not a request now: "Wenn ich Kopfschmerzen habe,
        // ich nehme Paracetamol.", "wenn fiber, ich nehme tabletn" ("Wenn es geht, ich nehme ein Spray" still orders).
        "!!(wenn|falls|sobald) ... ($symptom|krank|erkältet|läuft|lauft|weh|wehtut|schmerzt|habe|hab|bin) (ich|wir) (nehme|nehmen|nehm|kaufe|kaufen|kauf|hole|holen|trinke|trinken|benutze|benutzen)",
        // What the patient at home wants, when he comes for it himself, is asked by no one now: "Mein Mann möchte auch etwas
        // gegen Kopfschmerzen, aber er kommt morgen selbst." ("…, er kommt nicht selbst" still asks for him.)
        "!!((er|sie) (kommt|kommen|holt|holen|kauft|kaufen) (selbst|selber|morgen selbst|später selbst|dann selbst|lieber selbst|nachher selbst|es selbst|das selbst|sie selbst|die selbst|sich selbst|es morgen selbst|sie morgen selbst|das morgen selbst|es später selbst|sie später selbst|das später selbst))",
        "!!((er|sie) (kommt|kommen|holt|holen|kauft|kaufen) (morgen|übermorgen|später|nachher|heute abend))",
        "!!((er|sie) (holt|holen|kauft|kaufen) (es|das|sie|die|den|sich) (morgen|übermorgen|später|nachher|heute abend))",
        // What helped, told or asked of another's experience, asks for nothing: "Das Spray hat meinem Mann gut gegen
        // Schnupfen geholfen.", "Was hat Ihnen gegen Husten geholfen?" (in one clause: "Das Spray hat nicht geholfen,
        // haben Sie etwas anderes gegen Husten?" still asks).
        "!!(hat|haben|hatte|hatten) ... (gegen|bei) ... geholfen",
        "!!(hat|haben|hatte|hatten) ... geholfen (gegen|bei)",
        // (In its own clause, and a sentence only when the thing is named before the verb: "Die Tabletten gegen Kopfschmerzen
        // nehme ich immer." A question after a comma still asks: "Zu Hause nehme ich immer Dafalgan, haben Sie etwas
        // Vergleichbares gegen Kopfschmerzen?")
        "!(nehme|nehmen) ... (immer|normalerweise|meistens|regelmässig|täglich|jeden tag|jeden morgen|jeden abend)",
        "!!$remedy ... (nehme|nehmen) ... (immer|normalerweise|meistens|regelmässig|täglich|jeden tag|jeden morgen|jeden abend)",
        // What it costs asks a price, not for the thing: "Was kostet bei Ihnen eine Packung Ibuprofen im Vergleich zur Schweiz?"
        "!(was|wie viel|wieviel) (kostet|kosten) ... ($remedy|$brand|packung|packungen|schachtel|flasche|tube|dose|fläschchen)",
        "!wie teuer (ist|sind|wäre|wären) ... ($remedy|$brand|packung|packungen|schachtel|flasche|tube|dose|fläschchen)",
        // Another who takes it tells what helps them, asked of no one: "Mein Kollege hat gesagt er nimmt Ibuprofen gegen
        // Kopfschmerzen", "Meine Frau nahm Aspirin dagegen" ("Was nimmt man gegen Husten?" still asks).
        "!((er|sie|mann|frau|sohn|tochter|kind|mutter|vater|oma|opa|bruder|schwester|kollege|kollegin|freund|freundin|chef|chefin|nachbar|nachbarin) (nimmt|nahm|nahmen))",
        // Liking it is no request: "Ich mag den Geruch von Hustenbonbons", "Wir mögen Kamillentee".
        "!((ich|wir) (mag|mögen))",
        // A purchase for another day, the day set first: "Nächste Woche will ich Vitamintabletten kaufen", "Morgen hole ich Nasenspray".
        "!!((morgen|übermorgen|nächste woche|nächsten monat|nächstes mal|nächste mal|beim nächsten mal|am wochenende) (will|möchte|kaufe|kaufen|hole|holen|werde|komme))",
        // Needing it perhaps, later, is no request now: "Morgen brauche ich vielleicht ein Mittel gegen Schnupfen", "Vielleicht
        // brauche ich nächste Woche Tabletten." ("Vielleicht brauche ich etwas gegen Husten" alone still asks, tentatively.)
        "!!((morgen|übermorgen|später|nächste woche|am wochenende|im winter|irgendwann) (brauche|brauch|brauchen|bräuchte) (ich|wir) (vielleicht|eventuell|wahrscheinlich|dann|mal))",
        "!!((vielleicht|eventuell|wahrscheinlich) (brauche|brauch|brauchen|bräuchte) (ich|wir) (morgen|übermorgen|später|nächste woche|am wochenende|im winter|irgendwann|dann|mal))",
        // …or a need of that day, the day first: "Vielleicht morgen ich brauche Tabletten", "Morgen brauche ich Hustensaft".
        // (not the greeting: "Guten Morgen, ich brauche etwas gegen Fieber" asks now)
        "!!((vielleicht|erst|dann|und|aber|also|sicher|bestimmt|wahrscheinlich) (morgen|übermorgen) (ich brauche|ich brauch|brauche ich|brauch ich|wir brauchen|brauchen wir|ich bräuchte|bräuchte ich))",
        // A habit asks for nothing: "Ich nehme morgens immer Vitamine."
        "!(immer|normalerweise|meistens|jeden tag|jeden morgen|jeden abend)",
        // …nor one by the year, the season or the week: "Ich kaufe jedes Jahr Hustensaft.", "Jeden Winter nehme ich Vitamin C."
        "!!((jedes|jeden|jede) (jahr|winter|sommer|herbst|frühling|woche|monat))",
        // A standing treatment answers "Nehmen Sie andere Medikamente?": "Ja, ich nehme Tabletten für den Blutdruck.", "Für
        // das Herz nehme ich Aspirin." Told as the reason for a request, the verb last, it leaves the request standing: "Da ich
        // Blutdrucktabletten nehme, könnten Sie mir etwas Mildes gegen Husten empfehlen?"
        `!!(ich nehme|ich nehm|wir nehmen|nehme ich|nehm ich|nehmen wir|ich bekomme|ich kriege) ... ${STANDING_TREATMENT}`,
        `!!${STANDING_TREATMENT} ... (nehme ich|nehm ich|nehmen wir|bekomme ich)`,
        `!!(wechselwirkung*|vertragen|verträgt|kombinieren) ... ${STANDING_TREATMENT}`,
        // "Ich nehme X" after "Nehmen Sie noch andere Medikamente?" tells what one takes: "Ich nehme noch Ramipril 5 mg."
        "!![(nehmen sie|nimmst du) ... (medikament*|mittel|arznei*|tabletten|präparat*)] ((ich|wir) ~nehmen|~nehmen (ich|wir))",
        // The bag or the receipt, however the words are ordered: "Können Sie mir geben eine Tüte?"; a test, baby food or a mask
        // is no remedy: "Haben Sie Corona-Tests?", "Ich brauche Babynahrung für meine Tochter."
        "!!(tüte|tüten|quittung|kassenbon|beleg)",
        "!(test|tests|*test|*tests|maske|masken|*maske|*masken|*nahrung|milchpulver|schnuller|brei)",
        // Whether to see a doctor asks advice, not for a remedy: "Was raten Sie mir, soll ich zum Arzt gehen?"
        "!!(zum|zur) (arzt|ärztin|doktor|hausarzt|notaufnahme|krankenhaus)",
        // How much or how often of it asks the dose, not for a remedy: "Wie viele Tabletten nehme ich?"
        "!(wie oft|wie viel|wieviel|wie viele|wieviele|wie lange|wie häufig)",
        // …and so does the thing set off before that question, its topic: "Tabletten, wie viele am Tag?", "Tropfen, wie oft pro Tag?"
        "!((*saft|*spray|*tablett*|tropfen|salbe|sirup|*pflaster|*creme|mittel*|medikament*|kapsel*|$brand) (wie oft|wie viel|wieviel|wie viele|wieviele|wie lange|wann))",
        // Whether it needs a prescription asks about that, not for the remedy: "Gibt es das nur auf Rezept?"
        "!!nur (auf|mit) rezept*",
        // …and so does its duty asked: "Gibt es für das Spray Rezeptpflicht?"
        "!(gibt es|gibts|besteht|hat das|hat es|hat der|hat die) ... rezeptpflicht*",
        // The pharmacist's own advice: "Ich empfehle Ihnen diese Tabletten."
        "!ich (empfehl*|gebe)",
        "!nehmen sie",
        // How to take it is the dosage: "Soll ich die Tabletten mit Wasser einnehmen, bitte?"
        "!(einnehmen|anwenden|schlucken|eincremen|einreiben|auftragen)",
        // …and so is what to take it with, the verb after: "kann ich mit tee nehmen die tablette"
        "!(mit|ohne|zusammen mit) (tee|wasser|milch|kaffee|alkohol|bier|wein|saft) ... (nehme|nehmen|nehm)",
        ASKS_AS_A_HABIT,
        ...ASKS_THE_DOCTOR,
        ...ASKS_LATER,
        // Asking a companion what they want asks the pharmacist for nothing: "(dreht sich zum Freund um) Willst du auch was
        // gegen Kopfweh?", "Schatz, möchtest du Tabletten?" ("Hast du was gegen Halsweh?" still asks the pharmacist.)
        "!!(willst du|möchtest du|brauchst du|nimmst du|kaufst du|wollt ihr|möchtet ihr|braucht ihr|soll ich dir|soll ich euch)",
      ],
      examples: [
        "Haben Sie etwas gegen Kopfschmerzen?",
        "Ich brauche ein Mittel gegen Husten.",
        "Können Sie mir etwas gegen Halsschmerzen empfehlen?",
      ],
      nudge: "Ask Klaus for something against your complaint.",
    },
    {
      id: "ask_prescription",
      title: "Ask whether you need a prescription",
      points: 15,
      patterns: [
        // "~brauchen" has no past tense: "Letztes Jahr brauchte ich ein Rezept" asks nothing.
        // Asked, or the verb opening the sentence as dictation asks it unmarked ("brauch ich rezept dafür"): with something else
        // set first, a statement tells the rule ("Dafür braucht man ein Rezept.", "Für Antibiotika braucht man immer ein Rezept.").
        `?(~brauchen|brauch|benötig*|muss|need) (ich|man) ${PRESCRIPTION}`,
        `^(~brauchen|brauch|benötig*|muss|need) (ich|man) ${PRESCRIPTION}`,
        // …or run on after another clause, unpunctuated: "mein hals tut weh und brauche ich dafür ein rezept oder nicht", "ich
        // brauche nasenspray brauche ich dafür rezept" ("Dann brauche ich ein Rezept" after the pharmacist's word tells).
        `(und|oder|aber|und dann|also) (~brauchen|brauch|benötig*|muss) (ich|man) ${PRESCRIPTION}`,
        `$remedy (~brauchen|brauch|benötig*) (ich|man) (dafür|dazu|da|denn|auch) ${PRESCRIPTION}`,
        // …a particle or an adjective between, asked or opening its sentence, as polite learners hedge it: "Bräuchte ich dafür
        // eventuell eine ärztliche Verschreibung?", "brauche ich dafür vielleicht ein rezept" ("Dafür brauche ich ein Rezept"
        // tells, the verb second).
        `?(~brauchen|brauch|bräuchte|bräuchten|benötig*) (ich|man|wir) ... ${PRESCRIPTION}`,
        `^(~brauchen|brauch|bräuchte|bräuchten|benötig*) (ich|man|wir) ... ${PRESCRIPTION}`,
        // Without the doctor is without the prescription: "Geht das auch ohne Arzt?"
        "?ohne (arzt|ärztin|doktor|hausarzt|arztbesuch|arzttermin)",
        // How someone fares without a doctor asks no prescription: "Geht es Ihnen gut ohne Arzt im Dorf?"
        "!(geht es ihnen|gehts ihnen|geht es dir|gehts dir|geht es euch|lebt man|leben sie|lebst du)",
        // …dictated without a question mark, the verb first asking: "kann ich so kaufen ohne arzt", "geht das auch ohne Doktor"
        // (the thing or the buying beside it: "Kann ich ohne Arzt einen Termin machen?", "Geht es Ihnen gut ohne Arzt?" ask none)
        "(kann ich|kann man|darf ich|darf man|könnte ich) ... (kaufen|bekommen|kriegen|mitnehmen) ohne (arzt|ärztin|doktor|hausarzt|arztbesuch)",
        "(kann ich|kann man|darf ich|darf man|könnte ich|bekomme ich|kriege ich|krieg ich) (das|es|die|den|sie|so|einfach|das einfach|das so|das auch|es auch) ohne (arzt|ärztin|doktor|hausarzt|arztbesuch)",
        "(geht das|geht das auch|gehts|gehts auch|geht es auch|geht das hier) ohne (arzt|ärztin|doktor|hausarzt|arztbesuch)",
        // The doctor first, or a paper from the doctor: "Muss ich zuerst zum Arzt gehen?", "Brauche ich dafür was vom Arzt?"
        "(muss|müssen) (ich|man|wir) (zuerst|erst|vorher|erst mal|erstmal) zum (arzt|hausarzt|doktor)",
        "(brauche|brauch|benötige|braucht|benötigt) (ich|man) ... (was|etwas|papier|zettel) (vom|von einem|von der|von meinem) (arzt|ärztin|doktor|hausarzt)",
        // …the verb last, asked: "Ob ich dafür was vom Doktor brauche, wissen Sie das?"
        "?(ich|man) ... (was|etwas|papier|zettel) (vom|von einem|von der|von meinem) (arzt|ärztin|doktor|hausarzt) (brauche|brauch|benötige|braucht|benötigt)",
        // The doctor first means a prescription: "Muss ich dafür erst zum Arzt?"
        "(muss|müssen) (ich|man|wir) (dafür|für) zum (arzt|hausarzt|doktor)",
        "ist (das|es|dies|die|sie|der) (rezeptfrei*|verschreibungspflichtig*|rezeptpflichtig*)",
        // Any word for the prescription: "Geht das ohne ärztliche Verschreibung?"
        // …but the pharmacist's own words asked back only check what he said: "Ohne Rezept?" after "Das gibt es ohne
        // Rezept." ("?=" hears no echo; "Kann ich das wirklich ohne Rezept kaufen?" still asks below).
        `[!${WITHOUT} ${PRESCRIPTION}] ?${WITHOUT} ${PRESCRIPTION}`,
        `?=(ohne|zonder|auch ohne|auch zonder|also ohne|wirklich ohne) ${PRESCRIPTION}`,
        `(kann|darf|könnte|bekomme|bekommt|kriege|gibt es|geht) ... ${WITHOUT} ${PRESCRIPTION}`,
        // Asked politely, whether it is possible: "Wäre es möglich, das ohne Rezept zu bekommen?", "ginge das auch ohne Rezept"
        `(wäre es möglich|wäre das möglich|ist es möglich|ist das möglich|besteht die möglichkeit|gibt es die möglichkeit|ginge es|ginge das|würde das|würde es) ... ${WITHOUT} ${PRESCRIPTION}`,
        `ob ... ${WITHOUT} ${PRESCRIPTION}`,
        // The verb put late, asked: "Ich muss haben Rezept?"
        "?(ich|man|wir) (muss|müssen|brauche|brauch|braucht|brauchen) rezept*",
        // The verb first with no subject, as an infinitive or "muss haben", asked as a clause of its own: "brauchen rezept?",
        // "muss haben rezept?" ("Brauchen Sie ein Rezept?" is the pharmacist's question, and no whole clause of these words).
        "?=(brauchen|brauche|brauch|muss|müssen|muss haben|müssen haben|brauche haben) (rezept*|ein rezept|verschreibung*|eine verschreibung)",
        // The noun first and the infinitive, asked: "Rezept brauchen?", "Rezept nötig?"
        "?rezept* (brauchen|brauche|brauch|braucht|muss|müssen|nötig|notwendig)",
        `?${DOCTORS_PAPER} (brauchen|brauche|brauch|braucht|muss|müssen|nötig|notwendig)`,
        // Asked, or in an indirect question: "Das ist rezeptfrei?", "…, ob dieses Medikament verschreibungspflichtig ist."
        "?(rezeptfrei*|verschreibungspflichtig*|rezeptpflichtig*)",
        // The noun of the duty, asked: "gibts dafur rezeptpflicht?", "Hat das Medikament Rezeptpflicht?"
        "?(gibt es|gibts|besteht|hat das|hat es|haben die|hat der|hat die) ... rezeptpflicht",
        "ob (rezeptfrei*|verschreibungspflichtig*|rezeptpflichtig*)",
        "?=(rezept|ein rezept|mit rezept|rezeptpflichtig|rezeptfrei)",
        "?=rezept* (ja oder nein|oder nicht|nötig oder nicht)",
        // With or without, offered as a choice: "Das mit Rezept oder ohne?", "Mit oder ohne Rezept?"
        `?(mit|ohne) ${PRESCRIPTION} oder (ohne|mit|nicht)`,
        `?(mit oder ohne|ohne oder mit) ${PRESCRIPTION}`,
        // The prescription first, the choice closing it asks without a question mark: "rezept brauche ich oder nicht"
        "(rezept|ein rezept|rezepte|verschreibung) (~brauchen|benötige|benötigt|nötig|notwendig) ... (oder nicht|ja oder nein)",
        // The product and the prescription, verbless: "Dieses Medikament Rezept?"
        "?(medikament*|*tablett*|*spray|*saft|tropfen|salbe|sirup|mittel) (rezept|mit rezept|rezeptpflichtig)",
        // Sold freely, asked: "Gibt es das frei?", "Kriege ich das einfach so?"
        "?(gibt es|bekomm*|krieg*|kauf*) (das|die|den|es|sie) (frei|einfach so)",
        // The doctor first, for it: "Muss ich zum Arzt dafür?"
        "(muss|müssen) (ich|man|wir) zum (arzt|hausarzt|doktor) (dafür|deswegen|damit)",
        // The doctor as the one who must prescribe it: "Muss der Arzt mir das verschreiben?"
        // …or sign for it, a word between: "Muss da ein Arzt unterschreiben?", "Muss mir das ein Arzt verschreiben?"
        "?(muss|müsste|sollte) (der arzt|die ärztin|ein arzt|eine ärztin|mein arzt|meine ärztin|der doktor|ein doktor) ... (verschreiben|aufschreiben|unterschreiben)",
        "?(muss|müsste|sollte) (da|dafür|dann|mir|mir das|mir da|das|es|das erst|da erst) (der arzt|die ärztin|ein arzt|eine ärztin|mein arzt|meine ärztin|der doktor|ein doktor) ... (verschreiben|aufschreiben|unterschreiben)",
        // No prescription, then whether that matters: "Ich habe kein Rezept. Ist das ein Problem?"
        "[(kein rezept|keine verschreibung|ohne rezept)] ?=(ist das ein problem|ist das schlimm|geht das trotzdem|geht das|ist das okay|ist das ok|macht das was|und jetzt)",
        // …"das" dropped, as learners ask it: "Ich kein Rezept habe, ist ok?", "Ich habe kein Rezept, geht trotzdem?"
        "[(kein rezept|keine verschreibung|ohne rezept)] ?=(ist ok|ist okay|ist es ok|ist es okay|ist problem|ist ein problem|ist es ein problem|geht trotzdem|geht auch|geht es trotzdem|ist egal|ist das egal|trotzdem ok|trotzdem okay|problem)",
        // Sold freely, asked with a tag: "Das gibt es frei, oder?"
        "(gibt es|gibts|bekomme ich|bekommt man|kriege ich) (frei|einfach so|ohne rezept) #tag",
        // Naming its negation: "Ich habe kein Rezept, geht das trotzdem?"
        "?(kein|keine|ohne) rezept* (geht|trotzdem|möglich|bekommen|kaufen|okay|ok)",
        // …dictated without a question mark, the verb first asking: "ich hab kein rezept dabei geht das trotzdem"
        // (told, the verb stands second: "Ich hatte kein Rezept, aber das ging trotzdem.").
        "(kein|keine) (rezept*|verschreibung*) ... (geht das|geht es|gehts|kann ich das|kann ich es|kann ich die|krieg ich das|krieg ich es|bekomme ich das|bekomme ich es) trotzdem",
        // The indirect question puts the verb last: "…, ob ich dafür ein Rezept brauche."
        "ob (ich|man|wir) rezept* (brauche|brauch|brauchen|braucht|benötige|benötigt|benötigen)",
        // …not an "ob" clause set first as the subject of an opinion: "Ob man für Antibiotika ein Rezept braucht, ist doch in
        // jedem Land gleich.", "Ob ich ein Rezept brauche, ist mir egal."
        // (the particle marks what everyone knows: "Brauche ich ein Rezept, oder ist das hier anders?" still asks)
        "!!(ist|sind) (doch|ja|eigentlich|sowieso|eh) ... (gleich|egal|anders|unterschiedlich|überall|klar|normal|dasselbe|das gleiche)",
        "!!(ist|sind) mir (egal|wurscht|wurst|gleich|eigentlich egal)",
        // …the thing or the patient between: "Ich wollte fragen, ob mein Mann für das Nasenspray ein Rezept braucht.",
        // "…, ob ich für die Tropfen ein Rezept brauche."
        // Any word for it, an adjective before it: "…, ob ich für Codein-Tropfen eine ärztliche Verordnung benötige."
        `ob (ich|man|wir|er|sie|mein mann|meine frau|mein sohn|meine tochter|mein kind|meine mutter|mein vater) ... ${PRESCRIPTION_WORD} (brauche|brauch|brauchen|braucht|benötige|benötigt|benötigen)`,
        // …and in the passive, asked or indirect: "Wird für dieses Antibiotikum ein Rezept verlangt?", "…, ob dafür eine
        // Verschreibung benötigt wird."
        `?(wird|werden) ... ${PRESCRIPTION_WORD} (verlangt|benötigt|gebraucht|gefordert|vorausgesetzt)`,
        `ob ... ${PRESCRIPTION_WORD} (verlangt|benötigt|gebraucht|gefordert|vorausgesetzt) (wird|werden)`,
        // Whether one may simply buy it: "Kann ich das einfach so kaufen?"
        "(kann|darf|könnte) (ich|man) (einfach|frei) (kaufen|bekommen|mitnehmen)",
        // Whether it is sold as it is, asked: "Oder kann man das so kaufen?", "Einfach so mitnehmen?"
        "?(einfach|so|frei) (kaufen|bekommen|mitnehmen)",
        // Asked, not told: "Gibt es das nur auf Rezept?" ("Meine Mutter bekommt es nur auf Rezept" tells).
        "[!(nur|auch) (auf|mit) rezept*] ?(nur|auch) (auf|mit) rezept*",
        "?=(nur|auch) (auf|mit) rezept*",
        "ob ... (nur|auch) (auf|mit) rezept*",
        "(rezept*) (nötig|notwendig|erforderlich)",
        "(frei verkäuflich|freiverkäuflich|apothekenpflichtig*)",
        // Needing one (or none), asked with a tag: "Ich brauche kein Rezept, oder?", "Dafür braucht man ein Rezept, richtig?"
        "(ich|man|wir) (brauche|brauch|braucht|brauchen|benötige|benötigt) (kein|keine|ein|eine) (rezept*|verschreibung*) #tag",
        "(ich|man|wir) (brauche|brauch|braucht|brauchen|benötige|benötigt) (dafür|da|hier|dann|also) (kein|keine|ein|eine) (rezept*|verschreibung*) #tag",
        "(brauche|brauch|braucht|brauchen|benötige|benötigt) (ich|man|wir) (dafür|da|hier|dann|also) (kein|keine|ein|eine) (rezept*|verschreibung*) #tag",
        "(brauche|brauch|braucht|brauchen|benötige|benötigt) (ich|man|wir) (kein|keine|ein|eine) (rezept*|verschreibung*) #tag",
        // …the prescription set first: "Rezept brauch ich nicht, oder?", "Ein Rezept braucht man keins, richtig?"
        "(rezept|ein rezept|rezepte|verschreibung|eine verschreibung) (~brauchen|benötige|benötigt) (ich|man|wir) (dafür|da|hier|dann|also) (nicht|keins|keines) #tag",
        "(rezept|ein rezept|rezepte|verschreibung|eine verschreibung) (~brauchen|benötige|benötigt) (ich|man|wir) (nicht|keins|keines) #tag",
        // …or as a statement asked, hoped or not: "Ich brauche kein Rezept?", "Ich hoffe, man braucht dafür kein Rezept?"
        // Whole clause, or closing on what it is for: "Ich brauche ein Rezept für meine Tochter, wo ist hier ein Arzt?"
        // asks the way to a doctor. The word itself, not a compound: "Man braucht eine Rezeptgebühr?" asks a fee.
        "?=(ich|man|wir) (brauche|brauch|braucht|brauchen|benötige|benötigt) (kein|keine|ein|eine) (rezept|rezepts|verschreibung)",
        "?=(ich|man|wir) (brauche|brauch|braucht|brauchen|benötige|benötigt) (kein|keine|ein|eine) (rezept|rezepts|verschreibung) (dafür|hier|da|auch|wirklich|denn|für das|für die|für den|für dieses|für diese|für diesen|für $remedy|für das $remedy|für die $remedy|für den $remedy)",
        // The prescription named before, then taken up by a pronoun: "Und das Rezept? Brauche ich eins?"
        "[rezept*] ?=(brauche|brauch|braucht|brauchen|benötige) (ich|man|wir) (eins|eines|keins|keines)",
        // "für das" closing the bare infinitive: "brauchen rezept fur das?"
        "?=(brauchen|brauche|brauch|muss|müssen|muss haben) (rezept*|ein rezept) (für das|fur das|fuer das|dafür|für es|für diese|für dieses|für die)",
        // Named with its negation, asked: "Brauche ich dafür nicht ein Rezept?"
        "?(brauche|brauch|braucht|brauchen|benötige) (ich|man|wir) nicht (ein|eine) (rezept*|verschreibung*)",
        // No prescription, then whether one may still buy it: "Ich habe kein Rezept. Kann ich das trotzdem kaufen?"
        // Buying it said, or nothing after: "Kann ich es trotzdem mit Karte bezahlen?" or "Kann ich das trotzdem meiner Tochter geben?"
        // after "Das gibt es ohne Rezept, aber …" asks no need of one.
        "[(kein rezept|keine verschreibung|ohne rezept)] ?(kann|darf|könnte|bekomme|kriege) (ich|man) (das|es|die|den|sie) trotzdem (kaufen|bekommen|kriegen|haben|holen|mitnehmen)",
        "[(kein rezept|keine verschreibung|ohne rezept)] ?=(kann|darf|könnte|bekomme|kriege) (ich|man) (das|es|die|den|sie) trotzdem",
        "[rezept*] ?=(brauche|brauch|braucht|brauchen|benötige) (ich|man|wir) (dafür|da|denn|wirklich|auch|dann) (eins|eines|keins|keines)",
        // "für das" for "dafür", as learners calque it, closing the question: "Muss ich zum Arzt gehen für das?"
        "?=(muss|müssen) (ich|man|wir) (zum|zur|zu einem|zu einer) (arzt|hausarzt|doktor|ärztin) (gehen für|für) (das|es|dies|dieses|diese|den|die)",
        // How it is at home, in another country, tells what one knows: "In Polen gibt es das ohne Rezept.", "Bei uns in der
        // Türkei ist das rezeptfrei." ("Braucht man in Deutschland dafür ein Rezept?" still asks.)
        `!(in|bei uns in|in der|bei uns in der|in den|bei uns in den) ${COUNTRY}`,
        "!(bei uns|in meinem land|in meiner heimat|in unserem land|bei uns zu hause|bei uns zuhause|in meiner stadt)",
        // …the country after the prescription asks how it is there, not here: "Ist das rezeptfrei in der Türkei?",
        // "Braucht man ein Rezept in Polen?" ("Ist das in Deutschland rezeptfrei?" still asks).
        `!${PRESCRIPTION} (in|in der|in den|auch in|auch in der|dort in|da in) ${COUNTRY}`,
        // …and then whether it is so here: "In Polen gibt es das ohne Rezept. Ist das hier auch so?"
        // The other country named before it: "Und hier?" after "Mit Rezept zahlen Sie fünf Euro Zuzahlung." asks the surcharge.
        `[${ELSEWHERE} ... (ohne rezept|rezeptfrei*|rezeptpflichtig*|mit rezept|auf rezept|verschreibungspflichtig*)] ?=(ist das hier auch so|ist es hier auch so|ist das hier anders|ist das in deutschland auch so|und hier|und in deutschland|wie ist das hier|wie ist es hier)`,
        // What is done with the prescription asks no need of one: "Muss ich das Rezept bezahlen?"
        // …the verb first: "Muss ich etwas bezahlen für das Rezept?"
        "!(bezahlen|zahlen|zuzahlen) (für|fur|für das|fur das|für mein|für ein|für dieses) rezept*",
        "!rezept* (bezahlen|zahlen|zuzahlen|unterschreiben|kopieren|scannen|schicken|mailen|abgeben|erneuern|verlängern|einreichen|ausdrucken)",
        // What it costs without one asks the price: "Ohne Rezept ist es teurer, oder?", "Kostet das ohne Rezept mehr?"
        "!ohne rezept* ... (teurer|billiger|günstiger|kostet|kosten|preis)",
        "!(teurer|billiger|günstiger|kostet|kosten|preis) ... ohne rezept*",
        // …and so is handing over the one in hand: "Muss ich Ihnen das Rezept zeigen?" ("Muss ich ein Rezept vorzeigen?" asks).
        "!(das|dieses|mein|meinen|mein altes|das alte) rezept* (zeigen|vorzeigen|vorlegen|geben|hierlassen|dalassen)",
        // A need put off to a later day tells a plan, not a question: "Nächste Woche brauche ich vielleicht ein Rezept."
        "!(nächste woche|nächsten monat|nächstes jahr|nächstes mal|beim nächsten mal|morgen|übermorgen|später|irgendwann) (brauche|brauch|brauchen|bräuchte|benötige) (ich|wir|man)",
        "!(brauchen|benötigen) sie",
        // A need told as a condition for something else asks nothing about it: "Ist hier ein Arzt, falls mein Mann ein Rezept braucht?"
        "!(falls|wenn|sobald) ... rezept* ... (braucht|brauchen|brauche|brauch|benötigt|benötigen)",
        // Only the pharmacist's own answer asked back is no question of need: "Das gibt es nur auf Rezept?" after "Das
        // gibt es nur auf Rezept." (asked unprompted, the statement order asks: "Das gibt's nur mit Rezept?").
        "!![nur (auf|mit) rezept*] ((das|es) gibt (es|das) (nur|auf|mit))",
        // Got without one before tells a story, however long ago: "Vor einem Jahr hab ich hier Lutschtabletten bekommen, ohne
        // Rezept", "Ich habe das in Polen ohne Rezept gekauft" ("Kann ich das ohne Rezept bekommen?" still asks).
        "!(habe|hab|hatte|haben|hat|hatten) ... (bekommen|gekauft|gekriegt|geholt)",
        // (Years and months only: "Vor zwei Tagen hat es angefangen" dates the complaint.)
        "!!vor (einem|einer|zwei|drei|vier|fünf|ein paar|paar|vielen) (jahr|jahren|monat|monaten)",
        "!!vor langer zeit",
        // A prescription needed once tells a story ("Letztes Jahr brauchte ich ein Rezept"); "wie oft" still asks.
        "!!(gestern|vorgestern|früher|normalerweise|damals)",
        "!!(letztes|letzte|letzten) (mal|woche|jahr|monat|sommer|winter)",
        // Asking for a product sold freely asks for the remedy: "Haben Sie etwas Rezeptfreies gegen Husten?"
        "!(etwas|was|ein|eine|einen|nur) rezeptfrei*",
        // Errands for other papers, and what becomes of the prescription, ask no need of one: "Muss ich für die Krankmeldung
        // zum Arzt?", "Muss ich das Rezept hier lassen, oder bekomme ich es zurück?"
        "!!(krankmeldung|krankschreibung|attest|impfung|untersuchung|überweisung|blutabnahme|formular*|antrag|anträge|bescheinigung*)",
        "!!(hier lassen|hierlassen|zurück|behalten|abgeben|einlösen)",
        // Whether one needs it, left to the doctor who knows or decides, asks the pharmacist nothing: "Ob ich ein Rezept brauche,
        // weiß der Arzt bestimmt.", "Die Kinderärztin entscheidet, ob wir ein Rezept brauchen."
        `!!(weiß|weiss|wissen|entscheidet|entscheiden|sagt mir|sagt uns) ${THE_DOCTOR}`,
        `!!${THE_DOCTOR} (weiß|weiss|weiß das|weiss das|weiß schon|weiss schon|entscheidet|entscheidet das)`,
        ...OTHERS_KNOW,
        ...LESSON_TALK,
        ASKS_AS_A_HABIT,
        ...ASKS_THE_DOCTOR,
        ...ASKS_LATER,
      ],
      examples: ["Brauche ich dafür ein Rezept?", "Ist das rezeptfrei?", "Bekomme ich die Tabletten auch ohne Rezept?"],
      nudge: "Ask Klaus whether you need a prescription for it.",
    },
    {
      id: "ask_dosage",
      title: "Ask how to take it",
      points: 20,
      patterns: [
        "wie (oft|viel|viele|lange) (nimmt man|nehm*|einnehm*|*tablett*|tropfen|tag|dosis|anwend*|schluck*|sprüh*|benutz*|verwend*|inhalier*|eincrem*|*spray|salbe|*saft|sirup|*creme|kapsel*|zäpfchen|pastille*|*bonbon*|lutsch*)",
        // "lang" for "lange", as learners say it: "wi lang ich nehmen das?", "Wie lang soll ich die Tropfen nehmen?"
        "wie lang (nimmt man|nehm*|einnehm*|anwend*|schluck*|sprüh*|benutz*|verwend*|inhalier*|eincrem*|lutsch*)",
        // A modal between: "Wie soll ich das nehmen?", "Wie muss man die Salbe auftragen?"
        "wie (soll|muss|kann|darf|sollte) (ich|man|wir) ... (nehm*|einnehm*|anwend*|benutz*|verwend*|schluck*|sprüh*|auftrag*|eincrem*|inhalier*|lutsch*)",
        "welch* (dosis|dosierung|menge)",
        // The dose as a compound, asked: "Was ist die maximale Tagesdosis?", "Wie hoch ist die Höchstdosis?", "Und die Einzeldosis?"
        "?(was|wie hoch|wie gross|wie viel|wieviel) (ist|wäre|sind) (die|eine) (*dosis|maximale *dosis|empfohlene *dosis|richtige *dosis|normale *dosis|übliche *dosis|höchste *dosis|tägliche *dosis|maximale dosierung|empfohlene dosierung|tägliche dosierung)",
        "?welch* (tagesdosis|höchstdosis|maximaldosis|einzeldosis|tageshöchstdosis|kinderdosis)",
        "?=(die|und die) (tagesdosis|höchstdosis|maximaldosis|einzeldosis|tageshöchstdosis|kinderdosis)",
        // A dose that was is no question how to take it: "Wie hoch war die Dosis letzte Woche?", "Welche Dosis hatte ich?"
        "!(war|waren) (die|meine|seine|ihre|eine) (dosis|dosierung|menge|*dosis)",
        "!(dosis|dosierung|menge|*dosis) (hatte|hatten|war|waren) (ich|er|sie|wir)",
        // The dose for a child or a grown-up, asked: "Ist die Dosis für Kinder anders als für Erwachsene?"
        "?(dosis|dosierung) (für|fur|fuer|bei) (kinder|kind|kleinkinder|babys|baby|säuglinge|erwachsene|meinen sohn|meine tochter|mein kind|unser kind|meinen mann|meine frau)",
        // The English question word before the German verb, the learner taking it: "how often soll ich das nehmen?", "how many
        // Tabletten nehme ich?" ("How many Kunden nehmen das?" asks no dose).
        "(how often|how much|how many|how long) ... (soll|muss|darf|kann|sollte|nehme|nehm|nimmt|gebe) (ich|man|wir)",
        // "Was ist die richtige Menge?"
        "(was|wie) (ist|wäre) die (menge|dosis|dosierung|richtige menge|richtige dosis|richtige dosierung|normale dosis|übliche dosis|anwendung|einnahme|richtige anwendung|richtige einnahme)",
        // How often or how much of what was just handed over: "Wie viel davon?", "Wie oft auftragen?"
        "?=(wie viel|wieviel|wie viele|wieviele|wie oft) davon",
        // …with when or how it goes in: "Wie viel davon vor dem Schlafen?", "Wie viele davon ins Wasser?"
        "?(wie viel|wieviel|wie viele|wieviele|wie oft) davon (vor|nach|zum|zur|beim|ins|in|mit|pro|am|für|fur|morgens|mittags|abends|nachts|täglich|auf einmal)",
        // Stirred into a drink, asked: "Kann ich die Tropfen auch in Tee geben?", "Soll ich das Pulver ins Wasser tun?"
        "?(muss|soll|kann|darf|sollte) (ich|man) (das|es|davon|$remedy|die $remedy|den $remedy|das $remedy|diese $remedy|dieses $remedy) ... (in|ins|in den|in das|in ein|in einen|in etwas|in warmes|in warmen|in kaltes) (tee|wasser|saft|milch|glas|getränk) (geben|tun|mischen|rühren|einrühren|auflösen|tropfen|träufeln|schütten)",
        // The whole pack taken to the end, asked: "Muss ich die ganze Packung aufbrauchen?", "Soll ich die Flasche zu Ende nehmen?"
        "?(muss|soll|sollte|darf) (ich|man) ... (packung|flasche|schachtel|tube|dose) (aufbrauchen|leer machen|austrinken|zu ende nehmen|bis zum ende nehmen|ganz nehmen|ganz aufbrauchen)",
        "?(muss|soll|sollte|darf) (ich|man) ... (ganze|komplette|gesamte) (packung|flasche|schachtel|tube|dose) (nehmen|einnehmen|aufbrauchen)",
        // The dose written down or explained, asked: "Können Sie mir die Dosierung aufschreiben?", "Schreiben Sie mir bitte
        // die Dosis auf?"
        "(können sie|könnten sie|würden sie|kannst du) ... (die dosierung|die dosis|die einnahme|die anwendung) (aufschreiben|draufschreiben|notieren|erklären|sagen|aufs etikett schreiben|auf die packung schreiben)",
        "?(schreiben|erklären) sie (mir|uns) ... (die dosierung|die dosis|die einnahme|die anwendung)",
        // …and given to the child: "Wie lange geben?", "Wie oft geben?"
        "?=(wie oft|wie viel|wieviel|wie lange) (auftragen|eincremen|nehmen|einnehmen|sprühen|gurgeln|anwenden|inhalieren|lutschen|geben)",
        // Given to the child, the child named after the verb: "Wie oft geben Kind?", "Wie viel gebe ich meinem Sohn?"
        "(wie oft|wie viel|wieviel|wie viele|wieviele|wie lange) (geben|gebe|gib|gebe ich|geben wir|gibt man|soll ich geben|soll ich) (kind|baby|dem kind|dem baby|meinem kind|meinem baby|unserem kind|meinem sohn|meiner tochter|unserem sohn|unserer tochter|sohn|tochter|ihm|ihr|den kindern|kindern|der kleinen|dem kleinen)",
        // The dose for the child, the verb dropped: "Wie viel für Baby?", "Wie oft für das Kind?"
        "?=(wie oft|wie viel|wieviel|wie viele|wieviele) (für|fur|fuer) (baby|das baby|mein baby|kind|das kind|mein kind|kinder|babys|meinen sohn|meine tochter)",
        // "how" alone before the infinitive: "Wie nehmen?", "Und wie anwenden?"
        "?=(wie|und wie) (nehmen|einnehmen|anwenden|benutzen|auftragen|verwenden)",
        // Gargling and rinsing are taken too: "Wie oft muss ich gurgeln?"
        "(wie oft|wie viel|wieviel|wie lange) (darf|soll|muss|kann|sollte) (ich|man|wir) ... (gurgeln|spülen|inhalieren|auftragen|eincremen|sprühen)",
        // How long between two doses: "Alle wie viele Stunden?", "Wie viele Stunden Abstand?"
        "alle wie (viel|viele|vielen) stunden",
        // …or in the trade's word: "In welchem Abstand darf ich die Lutschtabletten einnehmen?", "…, in welchen Abständen ich
        // das Spray anwende."
        "(welchem|welchen) (abstand|abständen|zeitabstand|zeitabständen|intervall|intervallen) ... (nehm*|einnehm*|anwend*|benutz*|sprüh*|lutsch*|inhalier*|auftrag*|geben|gebe|gurgeln)",
        "(wie viele|wie viel|wieviel|wieviele) stunden (zwischen|pause|abstand|dazwischen)",
        // The dose split, or offered: "Eine ganze oder eine halbe?", "Eine oder zwei?", "Morgens und abends?"
        "(eine ganze|ganze|eine halbe|halbe) oder (eine halbe|halbe|eine ganze|ganze|zwei)",
        "?(eine|ein|1) (*tablett*|kapsel*|löffel|messlöffel|beutel|zäpfchen) oder (eine halbe|eine ganze|halbe|zwei halbe)",
        // How it goes on the skin, or how long it stays: "Soll ich die Salbe dünn oder dick auftragen?", "Wie lange muss das
        // Pflaster drauf bleiben?"; and shaken first: "Muss ich den Saft vorher schütteln?"
        "?(dünn|dick) (oder|und) (dick|dünn)",
        "wie lange (muss|soll|darf|kann|sollte) (das|die|der|den) $remedy (drauf|draufbleiben|drauf bleiben|drauflassen|einwirken|auf der haut|im mund|unter der zunge)",
        "?(muss|soll|sollte) (ich|man) (das|die|den|es|diese|diesen|dieses|die $remedy|den $remedy|das $remedy) (vorher|vor gebrauch|vor der einnahme|vor dem nehmen|erst) (schütteln|aufschütteln|umrühren|anwärmen)",
        // Taken again, prefixed: "Wie oft darf ich nachsprühen?", "Wann darf ich nachnehmen?"
        "(wie oft|wann|wie viel|wieviel|wie schnell) (darf|soll|kann|muss) (ich|man) ... (nachsprühen|nachnehmen|nachdosieren|nachlegen|nachtropfen)",
        // The interval the pharmacist gave, asked again for the night: "und nachts? auch alle vier stunden?"
        "[(alle|mal am tag|mal täglich|nehmen sie|geben sie|sprühen sie)] ?(auch|nur|wirklich) alle (zwei|drei|vier|fünf|sechs|acht|zwölf|2|3|4|5|6|8|12) stunden",
        "?=(eine|eins|1|zwei|2) oder (zwei|drei|2|3)",
        "?=(morgens|mittags|abends) (und|oder) (morgens|mittags|abends|nachts)",
        // Any time of day, said as a phrase: "Vor dem Schlafen oder morgens?", "Am Morgen oder am Abend?" (not answering when
        // the complaint comes or when one will call in: "Wann ist das Fieber am höchsten?" "Am Abend oder in der Nacht?").
        "[!(wann|um wie viel uhr) ... (abholen|kommen|vorbeikommen|anrufen|zurückrufen|fieber|schmerzen|husten|weh|beschwerden|schlimm*|angefangen|passiert)] ?=(morgens|mittags|abends|nachts|am morgen|am mittag|am abend|in der nacht|zur nacht|vor dem schlafen|vor dem schlafengehen|vor dem zubettgehen|vorm schlafen|nach dem aufstehen|tagsüber) (und|oder) (morgens|mittags|abends|nachts|am morgen|am mittag|am abend|in der nacht|zur nacht|vor dem schlafen|vor dem schlafengehen|vor dem zubettgehen|vorm schlafen|nach dem aufstehen|tagsüber)",
        "?(ein|zwei|drei|vier|1|2|3|4) mal (am tag|täglich|pro tag|morgens|abends)",
        // How much per day, whatever the unit: "wieviel Sprühstöße pro Tag?", "Wie viele Kapseln am Tag?"
        "(wie oft|wie viel|wieviel|wie viele|wieviele) ... (pro tag|am tag|täglich|pro nacht|am abend|auf einmal)",
        "wann (nehm*|einnehm*)",
        // Taking leave, a bus or a seat is no dose: "Wann nehmen Sie Urlaub?"
        "!(nehm*|einnehm*|nimm*) ... (urlaub*|frei|ferien|pause|*pause|bus|taxi|zug|bahn|auto|platz|kredit*|karte)",
        "(wie|wie viel|wieviel) ... dosier*",
        // With the meal, asked as an infinitive: "Nach Essen nehmen?", "Mit Wasser schlucken?"
        "?=(vor dem|nach dem|vor|nach|beim|mit|ohne) (essen|frühstück|wasser|mahlzeit*|schlafen|schlafengehen|sport) (nehmen|einnehmen|trinken|schlucken)",
        "(wieviel|wieviele) (tropfen|*tablett*|löffel|mal)",
        // …and right before the verb, asked: "Wieviel nehme ich?" ("Ich weiss, wieviel ich nehmen muss" knows it).
        "?((wieviel|wieviele) (nimmt man|nehme|nehmen|nehm|einnehme|einnehmen|nimmt))",
        // The unit of a dose, the question spelt apart or put last, dictated: "wie viel löffel für meinen enkel", "tropfen wie viel in ohr"
        "(wie viel|wie viele) (löffel|teelöffel|esslöffel|messlöffel|tropfen|hübe|hub|sprühstösse|sprühstoss|ml|milliliter)",
        "(löffel|teelöffel|messlöffel|tropfen|hübe|sprühstösse|ml) (wie viel|wie viele|wieviel|wieviele|wie oft)",
        // A spoonful of sugar or honey is the kitchen's: "Wie viel Löffel Zucker in den Tee?"
        "!(löffel|teelöffel|esslöffel) (zucker|honig|salz|mehl|kaffee|öl)",
        // …nor is the price: "Tropfen wie viel kosten die?"
        "!(wie viel|wieviel|wie viele|wieviele) (kostet|kosten|kostest)",
        "wie ~einnehmen",
        // A dose to confirm: "Zweimal am Tag, richtig?"
        "(einmal|zweimal|dreimal|viermal) (am tag|täglich|pro tag|morgens|abends) #tag",
        // Yes to the pharmacist's offer to explain the dose: "Soll ich Ihnen zeigen, wie man das nimmt?" "Ja, bitte."
        // (The offer's verb beside its question word: a context's "..." stays in one clause, "Soll ich Ihnen sagen, was
        // das kostet?" offers no dose.)
        // The taking named after the question word: "Möchten Sie wissen, wann wir morgen öffnen?", "Soll ich Ihnen sagen,
        // wie viel das kostet?", "…, wie Sie zum Arzt kommen?" offer no dose.
        "[(soll ich ihnen|darf ich ihnen|möchten sie|wollen sie) ... ((zeigen|erklären|sagen|aufschreiben|wissen) (wie|wie oft|wie viel|wie viele|wann)) ... (nehmen|nimmt|einnehmen|einnimmt|anwenden|anwendet|benutzen|benutzt|sprühen|auftragen|dosierung|dosis|einnahme|anwendung)] [!oder] =(ja|ja bitte|ja gerne|ja gern|gerne|gern|ja sehr gerne|sehr gerne|ja bitte gerne)",
        // …or the count of the dose and its time: "Eine Tablette am Morgen, richtig?", "Zwei Löffel nach dem Essen, oder?"
        "(ein|eine|einen|zwei|drei|1|2|3) (tablette|tabletten|kapsel|kapseln|löffel|teelöffel|messlöffel|hub|hübe|tropfen|sprühstoss|sprühstösse|pastille|pastillen) (am morgen|morgens|mittags|abends|am abend|am tag|pro tag|täglich|nach dem essen|vor dem essen|zum essen|vor dem schlafen|in der nacht|alle) #tag",
        // …not one already taken: "Ich habe heute schon eine Tablette am Morgen genommen, richtig?"
        "!(genommen|eingenommen|geschluckt|gegeben)",
        // …nor what another took, the question's own verb the perfect: "Wie viele Tabletten hat meine Oma genommen?"
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) ... (hat|hatte|haben|hatten) ... (genommen|eingenommen|geschluckt|gegeben)",
        // …the perfect with its verb last, an indirect question about the past: "Ich frage mich, wie viele Tabletten meine Oma
        // früher genommen hat."
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) ... (genommen|eingenommen|geschluckt|gegeben) (hat|hatte|haben|hatten|habe|hab)",
        // How the pharmacist's own family takes theirs asks no dose: "Wie oft nimmt Ihre Mutter ihre Tabletten?"
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) (nimmt|nehmen|gibt|geben) (ihre|ihr) (mutter|vater|frau|mann|kinder|oma|opa|eltern|familie|tochter|sohn|enkel|enkelin|enkelkinder)",
        "wie ~nehmen (ich|man|wir) (das|die|es|den|sie|die tabletten)",
        "wie (nehme|nehmen|verwende|verwenden|benutze|benutzen|nutze|nutzen|gebrauche|wende|trage) (ich|man|wir) (das|die|es|den|sie|dieses|diese)",
        // On an empty stomach: "Kann ich das auf leeren Magen nehmen?"
        "(muss|soll|kann|darf|sollte) (ich|man) ... (auf leeren magen|auf nüchternen magen|nüchtern|mit vollem magen) ... (nehmen|einnehmen|trinken|schlucken)",
        // …for the patient at home, asked: "Darf mein Mann die Tabletten auf leeren Magen nehmen?"
        `?(muss|soll|kann|darf|sollte) ${PATIENT} ... (auf leeren magen|auf nüchternen magen|nüchtern|mit vollem magen) ... (nehmen|einnehmen|trinken|schlucken|bekommen)`,
        "wie (ich|man) (nehmen|einnehmen|anwenden) (soll|muss|kann)",
        "vor oder nach (essen|esen)",
        // Both times said in full: "Nach dem Essen oder vor dem Essen?", "Vor dem Frühstück oder nach?"
        "?(vor|nach) (dem essen|den mahlzeiten|der mahlzeit|essen|dem frühstück|frühstück) oder (vor|nach)",
        // "essen" with its double s dropped, as learners who rarely write spell it: "muss ich vor esen oder nach esen nemen?"
        "?(vor|nach) (dem esen|esen) oder (vor|nach)",
        "(vor oder nach|nach oder vor) (dem frühstück|frühstück)",
        // The other time as an adverb: "Nach dem Essen oder vorher?", "Vor dem Frühstück oder danach?"
        "?(vor|nach) (dem essen|den mahlzeiten|der mahlzeit|essen|dem frühstück|frühstück) oder (vorher|nachher|danach|davor|währenddessen|dabei)",
        // …not when to come by: "Kann ich die Tabletten nach dem Essen oder vorher abholen?"
        "!!(abholen|abhole|vorbeikommen|vorbeikomme|vorbeischauen|wiederkommen)",
        "(essen|mahlzeit*) (vor oder nach|nach oder vor)",
        "(vor oder nach|nach oder vor) (dem essen|den mahlzeiten|der mahlzeit)",
        // The question words last: "Spray Nase wie oft?"
        "?(*spray|*tablett*|tropfen|salbe|sirup|*saft|*creme|kapsel*|medikament*|medizin) ... (wie oft|wie viel|wie viele|wieviel|wieviele|wie lange)",
        // How to take it, the ways offered or asked: "Mit Wasser nehmen oder kauen?", "Muss ich die Tablette lutschen?"
        "?(nehmen|schlucken|einnehmen|lutschen|kauen|zerkauen|auflösen|trinken) oder (nehmen|schlucken|lutschen|kauen|zerkauen|auflösen|trinken|einnehmen)",
        "(muss|soll|kann|darf|sollte) (ich|man) ... (kauen|zerkauen|lutschen|auflösen|teilen|zerbrechen|schlucken|zerdrücken)",
        "(muss|soll|kann|darf) (ich|man) (vor|nach|zum|mit|ohne|während) (essen|esen|wasser|milch|saft|mahlzeit*|frühstück|kaffee|tee|alkohol|bier|wein)",
        // …for the patient at home, asked: "Muss mein Mann die Tabletten nach dem Essen nehmen?"
        `?(muss|soll|kann|darf|sollte) ${PATIENT} ... (vor dem|nach dem|vor|nach|beim|zum|mit|ohne|während) (essen|frühstück|mahlzeit*|schlafen|schlafengehen|wasser) ... (nehmen|einnehmen|schlucken|trinken)`,
        // The stomach or the meal asked with the verb first, or alone after the remedy: "Nehme ich das auf leeren Magen?",
        // "Auf nüchternen Magen?", "Mit dem Essen oder ohne?"
        "?^(nehme|nehm|nimmt|nehmen) (ich|man|er|sie|wir) ... (auf leeren magen|auf nüchternen magen|nüchtern|mit vollem magen|mit essen|mit dem essen|ohne essen|zum essen)",
        "[(nehm*|einnehm*|tablett*|tropfen|$remedy)] ?=(auf leeren magen|auf nüchternen magen|nüchtern|mit vollem magen)",
        "?(mit dem essen|mit essen|zum essen|beim essen) oder (ohne|nüchtern|ohne essen|auf leeren magen)",
        // When to take it, asked without a subject: "Morgens nehmen?", "Nach dem Essen?" after the dose.
        "?(morgens|mittags|abends|nachts|nüchtern) (nehm*|einnehm*)",
        // …or with a modal, the time inside: "Darf ich das Spray auch nachts benutzen?", "kann ich die tabletten morgens nehmen"
        "?(muss|soll|kann|darf|sollte) (ich|man) ... (morgens|mittags|abends|nachts|tagsüber|nüchtern|vor dem schlafen|vor dem schlafengehen|in der nacht|am abend|am morgen) ... (nehmen|einnehmen|benutzen|anwenden|sprühen|lutschen|schlucken|auftragen)",
        "^(muss|soll|kann|darf|sollte) (ich|man) ... (morgens|mittags|abends|nachts|tagsüber|nüchtern|vor dem schlafen|vor dem schlafengehen|in der nacht|am abend|am morgen) ... (nehmen|einnehmen|benutzen|anwenden|sprühen|lutschen|schlucken|auftragen)",
        "[(nehm*|einnehm*|tablett*|tropfen|$remedy)] ?=(vor dem|nach dem|vor|nach|beim|zum|mit|ohne|während) (essen|frühstück|mahlzeit*|abendessen|mittagessen)",
        // How often or how long, asked after the verb: "Nehme ich die mit Wasser, und wie lange?"
        "(nehm*|einnehm*|anwend*|schluck*) (und|oder) wie (oft|lange|viel|viele)",
        "[(nehm*|einnehm*|anwend*|$remedy)] =(und|oder) wie (oft|lange|viel|viele)",
        "(wie|was) (dosis|dosierung|einnahme*)",
        "?=(dosis|dosierung|die dosis|die dosierung|wie oft|wie oft am tag|wie oft täglich)",
        // A dose asked in statement order: "Zweimal am Tag ist gut?"
        // (not the pharmacist's own dose echoed: "Dreimal am Tag? Puh, das vergesse ich bestimmt.")
        "[!(einmal|zweimal|dreimal|viermal) (am tag|täglich|pro tag|morgens|abends)] ?(einmal|zweimal|dreimal|viermal) (am tag|täglich|pro tag|morgens|abends)",
        // …or by the times of day and a count: "morgens und abends je eine?", "Je eine morgens und abends?"
        "?(morgens und abends|morgens und mittags|mittags und abends|morgens mittags und abends|früh und abends) (je|jeweils|eine|einen|eins|zwei|1|2)",
        "?(je|jeweils) (eine|einen|eins|zwei|1|2) ... (morgens|abends|mittags|am tag|täglich|pro tag)",
        // How to prepare it, asked bare: "Mit warmem oder kaltem Wasser auflösen?", "In Tee einrühren?"
        "?(mit|in) ... (wasser|tee|milch|saft) (auflösen|einrühren|verdünnen|mischen)",
        // Pills hard to swallow, told, ask nothing: "Tabletten kann ich schlecht schlucken."
        "!(kann ich|ich kann) (schlecht|kaum|so schlecht|ganz schlecht|nur schlecht|nicht gut)",
        ...OTHERS_KNOW,
        ...LESSON_TALK,
        // A modal between the question word and the verb: "Wie viel darf ich pro Tag nehmen?"
        "(wie oft|wie viel|wieviel|wie viele|wieviele|wie lange) (darf|soll|muss|kann|sollte|dürfen|sollen) (ich|man|wir) (nehm*|einnehm*|benutz*|anwend*|verwend*|schluck*|sprüh*|geben|trinken)",
        // Two medicines at once, asked: "Darf ich das Fiebermittel und den Hustensaft gleichzeitig geben?", "kann ich die
        // tabletten und den saft zusammen nehmen" (the verb first; "Kann ich das zusammen bezahlen?" takes nothing)
        "?(darf|kann|soll|muss|sollte|könnte) (ich|man|er|sie) ... (gleichzeitig|zusammen|zur gleichen zeit|zusammen mit) (geben|nehmen|einnehmen|schlucken|anwenden|benutzen)",
        "^(darf|kann|soll|muss|sollte|könnte) (ich|man|er|sie) ... (gleichzeitig|zusammen|zur gleichen zeit|zusammen mit) (geben|nehmen|einnehmen|schlucken|anwenden|benutzen)",
        // How many at once: "Darf ich zwei auf einmal nehmen?"
        "(darf|kann|soll|muss|sollte) (ich|man) (zwei|drei|vier|mehrere|2|3|4) (auf einmal|gleichzeitig|zusammen|pro tag|am tag|täglich)",
        "(darf|kann|soll|muss|sollte) (ich|man) (zwei|drei|vier|mehrere|2|3|4|eine halbe|eine ganze) (nehmen|einnehmen|schlucken)",
        // A count of the dose asked as a choice, verb or not: "eine tablette oder zwei nehmen?", "Nehme ich einen Hub oder
        // zwei?", "Eine oder zwei nehmen?" ("Eine Packung oder zwei?" buys, "Haben Sie eine Tablette oder zwei?" asks for them).
        "?(ein|eine|einen|eins|1|zwei|2) (*tablett*|kapsel*|tropfen|hub|hübe|sprühstoss|sprühstösse|löffel|teelöffel|esslöffel|messlöffel|pastille*|zäpfchen|beutel|dragee*) oder (zwei|drei|vier|2|3|4)",
        "?=(eine|eins|1|zwei|2) oder (zwei|drei|2|3) (nehmen|einnehmen|schlucken|lutschen)",
        "!(haben|hätten) (sie|du)",
        "!((ein|eine|zwei|1|2) (packung|packungen|flasche|flaschen|schachtel|schachteln|tube|tuben|dose|dosen|fläschchen) oder)",
        // Whether to take it every day, asked, the negation named: "Muss ich die jeden Tag nehmen?", "muss ich nicht jeden tag
        // nehmen oder?" (a statement tells: "Ich muss das jeden Tag nehmen.").
        "?(muss|soll|sollte|darf|kann) (ich|man|wir) ... (jeden tag|täglich|regelmässig|dauerhaft|jeden morgen|jeden abend|immer) ... (nehmen|einnehmen|schlucken|lutschen|sprühen|anwenden|benutzen|auftragen)",
        "?(muss|soll|sollte) (ich|man|wir) ... nicht (jeden tag|täglich|regelmässig|dauerhaft|immer) ... (nehmen|einnehmen|schlucken|lutschen|sprühen|anwenden|benutzen|auftragen)",
        // …or only when it hurts, after taking it was named: "nur wenn es weh tut?", "Nur bei Bedarf?"
        "[(nehm*|einnehm*|$remedy)] ?=(nur|erst) (wenn es weh tut|wenn es wehtut|wenn es schmerzt|wenn ich schmerzen habe|wenn ich fieber habe|bei bedarf|bei schmerzen|bei fieber)",
        // Offering frequencies asks for one: "Zweimal täglich oder dreimal?"
        "(einmal|zweimal|dreimal|viermal|morgens|abends) oder (einmal|zweimal|dreimal|viermal|morgens|abends|mehr|öfter)",
        // …the count in digits, as voice typing writes it, or the time after it: "2 mal am tag oder 3 mal", "zweimal am Tag
        // oder dreimal?" (asked, or a clause of its own: "Ich nehme das zwei mal oder drei mal am Tag" tells a habit).
        "?(ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal) ... oder (ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal|mehr|öfter)",
        "=(ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal) (am tag|täglich|pro tag|morgens|abends) oder (ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal|mehr|öfter)",
        "=(ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x) oder (ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal|mehr|öfter)",
        "=(ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal) oder (ein mal|zwei mal|drei mal|vier mal|1 mal|2 mal|3 mal|4 mal|1 x|2 x|3 x|4 x|einmal|zweimal|dreimal|viermal) (am tag|täglich|pro tag)",
        "!kost*",
        // What a pack holds, how long it keeps, or what is left asks no dose: "Wie viele Tabletten sind in der Packung?"
        "!!(in der|in einer|in dieser|pro) (packung|flasche|schachtel|dose|tube|box|fläschchen)",
        // …with the pack as the subject: "Wie viel Tabletten hat die Packung?", "Wie viele Kapseln enthält die Schachtel?"
        // (From its question word on, not the whole sentence: "Die Packung hat 20 Stück, wie oft nehme ich sie?" still asks.)
        "!(wie viel|wieviel|wie viele|wieviele) ... (hat|haben|enthält|enthalten) (die|eine|diese|das|der|jede) (packung|packungen|flasche|schachtel|dose|tube|box|fläschchen|blister|päckchen)",
        "!!(offen|geöffnet|haltbar*|ablauf*|verfallsdatum)",
        "!!(da drin|darin|drin)",
        // Other things done so often are no dose: "Wie oft muss ich am Tag Fieber messen?", "Wie oft am Tag soll ich lüften?"
        "!!(messen|lüften|duschen|baden|spazieren|waschen)",
        "!!(habe|hab) ich noch",
        // How often one eats or sleeps, how much water, or how many the pharmacy has, is no dose: "Wie oft essen Sie am Tag?",
        // "Wie viel Wasser soll ich trinken?", "Wie viele Tabletten haben Sie noch?"
        "!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) (esse|essen|isst|esst|schlafe|schlafen|arbeite|arbeiten|trainiere|trainieren|huste|husten|hustest|niese|niesen|niest)",
        // The pharmacist's own habit, or everyone's, asks no dose: "Wie oft nehmen Sie selbst Tabletten?", "Wie viele Tabletten
        // nehmen die Deutschen pro Jahr?"
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) ... (sie selbst|sie auch selbst|sie persönlich|die deutschen|die leute|die menschen|viele leute|die meisten)",
        // …nor how often others come in: "Wie oft am Tag kommen Kunden mit Husten?"
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele|wann) ... (kunden|kundinnen|kundschaft)",
        // …nor how busy the shop or the station is: "Wie oft am Tag ist die Apotheke so voll?", "Wie viele Leute sind hier abends?"
        "!!(wie oft|wie viel|wieviel|wie viele|wieviele) ... (ist|sind|war|wird) (die apotheke|der laden|es hier|hier|der bahnhof|die schlange|die straße|die bahn|der bus) ... (voll|leer|los|offen|zu|geschlossen|besetzt|überfüllt)",
        // What one learns in class is a lesson, not a question: "In der Berufsschule lernen wir gerade, wie man die Dosierung
        // bei Kindern berechnet.", "Ich habe gelernt, wie oft man das nimmt."
        "!!((ich|wir) (lerne|lernen|lernte|lernten)|(lerne|lernen|lernte|lernten) (ich|wir)|gelernt)",
        // One who never knows it tells a habit: "Meine Mutter weiß nie, wie oft sie ihre Tabletten nehmen soll."
        "!!(weiß|weiss|wusste|wissen) nie",
        // Where it is written, told: "Wie oft ich das nehme, steht ja auf dem Zettel." ("Steht auf dem Zettel, wie oft?" asks.)
        "!!(steht|stehen|stand) (ja|doch|alles|schon|da|ja alles|doch alles|sicher|bestimmt|wohl|eh|sowieso|ohnehin|sicherlich|vermutlich|ja sicher|doch sicher|ja bestimmt) ... (zettel|beipackzettel|packung|packungsbeilage|schachtel|etikett|drauf|drin)",
        // Reading it up oneself asks the pharmacist nothing: "Ich lese zu Hause, wie man das nimmt."
        "!!(ich lese|lese ich|ich schaue|schaue ich|ich gucke|gucke ich|ich google|google ich) ... (zu hause|zuhause|später|nachher|selbst|im internet)",
        // …nor does the leaflet that explains it, told: "Die Packungsbeilage erklärt ja, wie man das einnimmt." (negated it may
        // still ask: "Der Zettel erklärt nicht, wie oft ich das nehmen soll.")
        "!!(packungsbeilage|beipackzettel|zettel|gebrauchsanweisung|anleitung|etikett|packung) (erklärt|erklären|beschreibt|zeigt|sagt) (ja|doch|schon|genau|alles|bestimmt|eigentlich|auch|gut|mir|uns|wie|wieviel|wie oft|wie viel|wie viele)",
        // What one may spend is no dose: "Wie viel darf ich für die Tabletten ausgeben?"
        "!!(ausgeben|budget)",
        "!(wie viel|wieviel) (wasser|flüssigkeit)",
        // What it holds is no dose: "Wie viel Zucker ist im Hustensaft?"
        "!(wie viel|wieviel) (zucker|alkohol|koffein|kalorien|salz|laktose|gluten)",
        // With the meal or at bedtime, the thing named: "Nehme ich das mit Essen?", "Kann ich das vor dem Schlafen nehmen?"
        "?(muss|soll|kann|darf|sollte|nehme) (ich|man) (das|die|den|es|sie|diese|dieses) (vor dem|nach dem|vor|nach|beim|zum|mit|ohne|während) (essen|schlafen|schlafengehen|frühstück|mahlzeit*|wasser|milch|alkohol)",
        // The unit of a dose alone, asked: "Wie viel ml?", "Wie viele Hübe?" (not "Wie viele Tabletten?", which may count a pack)
        "?=(wie viel|wieviel|wie viele|wieviele) (ml|milliliter|hübe|hub|sprühstösse|sprühstoss|löffel|teelöffel|esslöffel|messlöffel|tropfen)",
        // Whether one is enough: "Reicht eine Tablette?", "Ist eine Tablette genug?"
        "?(reicht|reichen|genügt|genügen) (eine|ein|zwei|eins|1|2) (tablette|tabletten|kapsel|kapseln|löffel|hub|tropfen|sprühstoss|mal)",
        "?(ist|sind) (eine|ein|zwei) (tablette|tabletten|kapsel|kapseln|löffel|hub|mal) (genug|genügend|ausreichend)",
        // Indirect, the verb last in the present: "Erklären Sie mir bitte, wie man das nimmt.", "…, wie oft man das nimmt?"
        // The thing taken right after the subject: "wie ich schon sagte ich nehme das jeden tag" asks nothing.
        "wie (ich|man|wir) (das|es|die|den|sie|diese|dieses|diesen|davon) ... (nimmt|nehme|einnimmt|einnehme|anwendet|anwende|benutzt|benutze)",
        "wie (oft|viel|viele|lange) (ich|man|wir) ... (nimmt|nehme|einnimmt|einnehme|anwendet|anwende|benutzt|benutze)",
        // …or the infinitive and its modal last: "Ich wollte fragen, wie oft ich das nehmen muss.", "Sagen Sie mir, wie viele
        // ich nehmen darf?" (knowing it, "Ich weiß, wie oft ich das nehmen muss", asks nothing).
        "wie (oft|viel|viele|lange) (ich|man|wir) ... (nehmen|einnehmen|anwenden|benutzen|schlucken|sprühen|lutschen|geben) (muss|soll|darf|sollte|kann|müssen|sollen|dürfen)",
        // …the question word in one, as learners spell it: "wieviel ich nehmen soll?", "Wieviele man nehmen darf?"
        "(wieviel|wieviele) (ich|man|wir) ... (nehmen|einnehmen|anwenden|benutzen|schlucken|sprühen|lutschen|geben) (muss|soll|darf|sollte|kann|müssen|sollen|dürfen)",
        "(wieviel|wieviele) (ich|man|wir) ... (nimmt|nehme|einnimmt|einnehme|anwendet|anwende|benutzt|benutze)",
        "wie (ich|man|wir) (das|es|die|den|sie|diese|dieses|diesen|davon) ... (nehmen|einnehmen|anwenden|benutzen) (muss|soll|darf|sollte|müssen|sollen)",
        // (what follows "wie" is the dose: "Ich weiss wie das geht, aber wie oft am Tag?" asks)
        "!!((ich|wir) (weiß|weiss|wissen) wie (oft|viel|viele|lange|man|ich|wir))",
        "!!((ich|wir) (weiß|weiss|wissen) (wieviel|wieviele))",
        // …and so does understanding it now: "Alles klar, jetzt verstehe ich, wie viele ich nehmen darf."
        "!!((ich verstehe|ich verstehe jetzt|jetzt verstehe ich|verstehe ich jetzt|ich habe verstanden|habe verstanden|hab verstanden|jetzt weiß ich|jetzt weiss ich|ich weiß jetzt|ich weiss jetzt) wie)",
        // …but shown or explained already, it is known: "Meine Mutter hat mir gezeigt, wie man das nimmt."
        // (adjacent to its "mir" or "uns", so a negation between lets it ask: "Der Arzt hat es mir nicht erklärt, wie oft soll ich das nehmen?")
        "!!(hat|hatte|haben|hatten|habe|hab) ... (mir gezeigt|mir erklärt|mir beigebracht|uns gezeigt|uns erklärt|uns beigebracht|mir das gezeigt|mir das erklärt|mir es gezeigt|mir es erklärt|mir schon gezeigt|mir schon erklärt|mir alles erklärt|uns das erklärt|uns schon erklärt)",
        // How long one has taken it so far tells: "Ich weiß nicht mehr, wie lange ich das schon nehme."
        "!wie lange (ich|wir) ... (schon|bereits)",
        "!(wie viel|wie viele|wieviel|wieviele) ... (haben|hätten|hast) (sie|du)",
        ASKS_AS_A_HABIT,
        // Knowing it already asks nothing: "Ich weiß schon, wie oft ich die nehmen muss."
        "!!(weiß|weiss) (ich schon|schon|bereits|ich bereits)",
        ...ASKS_THE_DOCTOR,
        ...ASKS_LATER,
      ],
      examples: ["Wie oft soll ich die Tabletten nehmen?", "Muss ich das vor dem Essen nehmen?", "Wie viele Tropfen nehme ich am Tag?"],
      nudge: "Ask Klaus how often, or how much of it, you should take.",
    },
    {
      id: "say_goodbye",
      title: "Say goodbye",
      points: 15,
      after: ["ask_remedy", "ask_prescription", "ask_dosage"],
      // A British farewell at the counter: "Cheerio und vielen Dank!"
      patterns: [...goodbyePatterns, "^(cheerio|cheers then|toodle*|ta ta)"],
      examples: ["Auf Wiedersehen!", "Danke, einen schönen Abend noch!"],
      nudge: "You have your medicine: say goodbye to Klaus.",
    },
  ],
};
