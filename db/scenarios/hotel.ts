import { futureConditionBlockers, greetPatterns, lastTimeBlocker, nameTalkBlockers, othersBesidePartnerBlockers, pastWordBlocker, storyBlockers, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// Knowing it already asks nothing: "Wann der Check-out ist, weiß ich schon, danke.", "Das Passwort weiß ich bereits."
const KNOWN_ALREADY = ["!!(weiß|weiss) (ich schon|ich bereits|ich doch|schon|bereits)"];

// Asking put off with "werden" asks nothing yet, as "Ich frage später" does not: "Ich werde später noch fragen, wann das
// Frühstück ist."
// …and so with the day first and the subject before the verb, as beginners order it: "Später ich frage wegen Checkout." (not "morgen": "Guten Morgen, ich frage …")
const ASKED_LATER = ["!!(ich|wir) (werde|werden) ... (fragen|nachfragen)", "!!(werde|werden) (ich|wir) ... (fragen|nachfragen)",
  "!!(übermorgen|später|nachher) (ich|wir) (frage|fragen|nachfrage|nachfragen)",
  // "morgen" only opening the sentence, as a plan: "morgen ich frage wann frühstück ist" (not "Guten Morgen, ich frage …").
  "!!((morgen|morgen früh) (ich|wir) (frage|fragen|nachfrage|nachfragen))",
  // …and wanted for later: "Ich möchte später fragen, wann ich auschecken muss." ("Ich möchte noch fragen, …" asks now)
  "!!(ich|wir) (möchte|möchten|will|wollen) (später|nachher|morgen|übermorgen|irgendwann) ... (fragen|nachfragen)"];

// The receptionist's own life is asked about, not the hotel's: "Frühstücken Sie auch hier im Hotel?", "Haben Sie selbst
// WLAN zu Hause?" ("Haben Sie WLAN?" asks the hotel).
const HER_OWN = ["!!?(zu hause|zuhause|daheim|sie selbst|sie persönlich)", "!!(frühstücken sie|frühstückst du)"];

// Another's question told in the present asks nothing of one's own: "Mein Kollege fragt, ob es WLAN gibt.", "Sie fragt,
// wann das Frühstück ist.", "kofi fragt wann frühstück" (a name typed in lowercase too). The learner's own with a companion
// still asks: "Mein Kollege und ich fragen, …"
// …and so is one asked before, told without the comma a voice line leaves out: "mein kollege hat gefragt gibt es wlan im
// zimmer", "mein kollege wollte wissen wann das frühstück ist aber er schläft schon" ("ich wollte fragen, ob …" asks).
const OTHERS_ASK = ["!!#word fragt", "!!#word (hat|hatte) gefragt", "!!(er|sie) (wollte|wollten) (wissen|fragen)",
  "!!(mein|meine|unser|unsere|der|die) #word (wollte|wollten) (wissen|fragen)"];

// What is usual elsewhere, or at home, asks nothing about this hotel: "In Polen ist das Frühstück im Hotel meistens inklusive."
// …and so does what is served in one's own country: "Bei uns im Libanon gibt es zum Frühstück immer Manousheh."
const USUALLY = ["!!(meistens|normalerweise|in der regel|in meinem land|in meiner heimat)",
  "!(in|im|in der) (libanon|syrien|jordanien|ägypten|marokko|tunesien|türkei|iran|irak|china|japan|korea|vietnam|indien|pakistan|polen|russland|ukraine|rumänien|italien|frankreich|spanien|portugal|griechenland|brasilien|mexiko|amerika|usa|england|afrika|asien|beirut|heimat)"];

// What one should have asked asks nothing now: "Ich hätte gestern fragen sollen, wann das Frühstück ist.", "Hätte ich nur
// früher nach dem WLAN gefragt!" ("Ich hätte gern gewusst, wann …" still asks, politely).
const SHOULD_HAVE = ["!!(hätte|hätten) ... (sollen|müssen|gefragt|nachgefragt)"];

// Not caring when or whether asks nothing: "Wann man auscheckt, ist mir eigentlich egal.", "Ob es WLAN gibt, spielt keine Rolle."
// A question taken back asks nothing: "Ich wollte fragen, wann das Frühstück ist, aber das hat sich erledigt."
// Where the answer surely stands, told, asks nothing: "Ob es hier WLAN gibt, steht bestimmt im Prospekt."
const NOT_ASKING = ["!!(ist mir|ist uns|sind mir|sind uns|mir ist|uns ist) ... (egal|gleich|wurst|gleichgültig|unwichtig)", "!!(spielt|spielen) keine rolle",
  "!!(hat sich|hat sich schon|ist schon|ist) (erledigt|geklärt)", "!!(nicht mehr nötig|vergessen sie es|vergessen sie das)",
  "!!(steht|stehen) (bestimmt|sicher|sicherlich|wohl|vermutlich|wahrscheinlich) (im|in der|in dem|auf der|auf dem|auf ihrer|in ihrem|in ihrer) (prospekt*|broschüre*|website|webseite|homepage|flyer|katalog|infomappe|mappe)"];

// Another hotel's is no question about this one: "Wie war das Internet im alten Hotel?", "Im letzten Hotel war Check-out um zwölf."
const OTHER_HOTEL = ["!!((anderes|anderen|anderem|alten|altem|letzten|letztem|vorigen|vorigem) hotel)"];

// A booking is made before one arrives: yesterday or last week dates it and tells no story ("Wir haben reserviert letzte Woche
// per Telefon", "Ich habe gestern ein Zimmer gebucht"); last year, last time or a habit still do.
const BOOKING_STORY = storyBlockers.map((blocker) =>
  blocker === pastWordBlocker ? "!!früher"
  : blocker === lastTimeBlocker ? "!!(letztes|letzte|letzten) (mal|jahr|sommer|winter)"
  : blocker);

// Things other than the room that one books, orders or signs up for.
const OTHER_BOOKABLE = "taxi|restaurant|tisch|*kurs|flug|mietwagen|leihwagen|auto|*auto|fahrrad*|konzert|theater|ticket|tickets|ausflug|führung|stadtführung|massage|termin|pizza|parkplatz*|parkplätze|stellplatz*|garage|tiefgarage|kinderbett|babybett|zustellbett|sauna|schiff*|schifffahrt|bootsfahrt|boot|rundfahrt|bootstour|tour";

export const hotel: ScenarioSeed = {
  id: "hotel",
  title: "Im Hotel",
  subtitle: "Check in at a hotel on Lake Constance",
  character: {
    name: "Sophie Lang",
    role: "Rezeptionistin",
    persona:
      "Du arbeitest an der Rezeption vom Hotel Seeblick in Konstanz am Bodensee. Du sagst „Sie“ zu den Gästen und bist höflich und schnell. Der Gast hat ein Doppelzimmer für drei Nächte gebucht. Frühstück gibt es von 7 bis 10 Uhr im Gartensaal, das Passwort für das WLAN steht auf der Zimmerkarte, und der Check-out ist bis 11 Uhr.",
  },
  setting:
    "The reception desk of Hotel Seeblick in Konstanz on Lake Constance on a summer evening. The learner arrives with a suitcase and has booked a double room for three nights; breakfast is served from 7 to 10 in the garden room.",
  level: { min: "A2", max: "A2" },
  openingLine: "Guten Abend und herzlich willkommen im Hotel Seeblick! Wie kann ich Ihnen helfen?",
  keyWords: [
    { de: "die Reservierung", en: "the reservation" },
    { de: "das Doppelzimmer", en: "the double room" },
    { de: "der Schlüssel", en: "the key" },
    { de: "das Frühstück", en: "the breakfast" },
    { de: "das WLAN", en: "the Wi-Fi" },
    { de: "das Passwort", en: "the password" },
    { de: "auschecken", en: "to check out" },
    { de: "der Aufzug", en: "the lift" },
  ],
  exchanges: [
    { learner: "Guten Abend, ich habe ein Zimmer reserviert.", character: "Willkommen! Auf welchen Namen, bitte?" },
    { learner: "Wann gibt es Frühstück?", character: "Von 7 bis 10 Uhr im Gartensaal. Brauchen Sie noch etwas?" },
    { learner: "Wie ist das Passwort für das WLAN?", character: "Das Passwort steht auf Ihrer Zimmerkarte. Haben Sie noch Fragen?" },
  ],
  lexicon: {
    // Swiss "Reservation", an Italian's "prenotazione" and a Bavarian's "bstellt" name the booking too.
    booked: ["reservation*", "prenotazione", "prenotato", "bstellt", "reserviert", "gebucht", "reservierung*", "reservirung*", "resevierung*", "buchung*", "vorbestellt", "bestellt", "angemeldet", "booking",
      // A Dutch speaker's participles and nouns: "ik heb een kamer gereserveerd".
      "gereserveerd", "geboekt", "reservering*", "boeking*",
      // The participle built on the infinitive, as beginners build it: "Ich habe gebuchen ein Doppelzimmer", "hab gereservieren".
      "gebuchen", "gereservieren", "gereserviert", "gebucht*",
      // The booking named by what was booked: "Ich habe eine Zimmerreservierung", "Hotelbuchung auf Weber".
      "zimmerreservierung*", "zimmerbuchung*", "hotelreservierung*", "hotelbuchung*", "onlinereservierung*", "onlinebuchung*"],
    // The Swiss "Zmorge" and an Italian's "colazione" are breakfast.
    // …and as a voice button mishears it, in two words: "wann ist früh stück".
    // …and "Morgenessen", as a Swiss or a learner building it from "Abendessen" calls it.
    breakfast: ["frühstück*", "früh stück*", "morgenessen*", "zmorge*", "zmorgä", "colazione",
      // The English word inside German: "ähm wann ist breakfast", "Gibt es Breakfast inklusive?"
      "breakfast",
      // What learners from elsewhere call it: French, Dutch, Polish, Turkish, Spanish, Portuguese, Finnish.
      "petit dejeuner", "petitdejeuner", "ontbijt*", "sniadani*", "kahvalti*", "desayuno*", "cafe da manha", "aamiai*", "aamupala*"],
    // …and the letters heard apart: "haben sie w lan".
    // …and the article typed onto it, words run together: "wieist daswlan passwort".
    // …and compounds that name it last or in the middle: "Gratis-WLAN", "Gäste-WiFi", "Hotel-WLAN-Passwort".
    internet: ["*wlan*", "daswlan*", "*wifi*", "dasinternet", "daspasswort", "w lan", "we lan", "wifi", "wi fi", "internet*", "passwort*", "password*", "paswort*", "pasword*", "kennwort*", "netz", "netzwerk*", "pw", "hotspot",
      // Named by what it is, as a learner lacking the word paraphrases it: "Internet ohne Kabel", "das drahtlose Netz".
      "internet ohne kabel", "netz ohne kabel", "kabellos* internet", "kabellos* netz*", "drahtlos* internet", "drahtlos* netz*"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the receptionist",
      points: 10,
      patterns: greetPatterns,
      examples: ["Guten Abend!", "Hallo, guten Tag!"],
      nudge: "Sophie is at the reception desk: greet her.",
    },
    {
      id: "state_booking",
      title: "Say that you have a reservation",
      points: 20,
      patterns: [
        "(ich|wir) (hab*|habe) $booked",
        // The dates between the auxiliary and the participle, as a precise guest gives them: "Ich habe vom 14. bis 17. Juli
        // reserviert.", "Wir haben ein Doppelzimmer vom 14. bis zum 17. Juli gebucht."
        "(ich|wir) (habe|hab|haben) ... (reserviert|gebucht|vorbestellt)",
        // Chat style drops the subject: "hab gebucht", "habe reserviert auf Yilmaz".
        "(hab|habe) $booked",
        // The infinitive for the participle: "Ich habe reservieren ein Zimmer."
        "(ich|wir) (habe|hab|haben) (reservieren|buchen)",
        // The room and the name, after the question: "ja doppelzimmer auf yilmaz".
        "[(reserv*|buchung*|gebucht|namen)] (zimmer|*zimmer|ja|reservierung|buchung) (auf|unter) #word",
        "(ich|wir) $booked",
        // Arriving with it: "Ich bin Weber, mit Reservierung."
        ".=(mit|mit einer|mit meiner|mit unserer) (reservierung*|buchung*|zimmerreservierung*)",
        // The booking put first: "Reservierung habe ich, Name Petrova."
        ".$booked (habe|hab|haben) (ich|wir)",
        // The participle alone, before the name: "Moin! Reserviert, Nguyen."
        // Not asked back: "Reserviert?" states no booking.
        "=.(reserviert|gebucht|vorbestellt)",
        // The bare participle with the nights, opening the sentence: "reserviert drei nacht, wann auschecken?"
        "^((reserviert|gebucht) (#word nacht|#word nächte|#word nachte|für #word nacht|für #word nächte|für #word nachte))",
        "(zimmer|*zimmer) $booked",
        "(auf den|unter dem|auf dem) namen",
        // Checking in, then the name: "Check-in bitte, Name Novak.", "Ich möchte einchecken, Name Weber."
        "[(einchecken|check in|checkin)] =(name|namen|mein name ist|mein name|auf den namen|auf|unter) (#word|#word #word)",
        // The booking shown by its paper or number: "Hier ist meine Buchungsbestätigung.", "Die Buchungsnummer ist 48213."
        "(hier ist|hier sind|das ist|hier) (meine|die|unsere|mein) (buchungsbestätigung*|reservierungsbestätigung*|bestätigung*|buchungsnummer*|reservierungsnummer*|buchung*|reservierung*)",
        "(buchungsnummer*|reservierungsnummer*|bestätigungsnummer*|buchungscode*) (ist|lautet) #word",
        // The booking and the name, nothing else: "Reservierung Schulz."
        "=(reservierung*|buchung*) (#noun|#noun #noun)",
        // …and with the English preposition: "Reservation for Tremblay, bitte."
        "=(reservierung*|buchung*|reservation*) (for|under) (#noun|#noun #noun)",
        // The hotel's other keywords are no name after it: "Reservierung Frühstück WLAN" is a list of topics.
        // Adjacent only: "wir haben gemacht eine Reservierung für zwei Zimmer" names the rooms booked.
        "!((reservierung*|buchung*) (frühstück*|wlan|wifi|internet|passwort|checkout|check out|auschecken|parkplatz|zimmer|fragen))",
        "(ich|wir) (habe|hab|haben) (ein|eine|einen) (zimmer|*zimmer|reservierung|buchung) bei (ihnen|euch)",
        // Having the room for some nights is having booked it: "Ich habe ein Doppelzimmer für drei Nächte."
        "(ich|wir) (habe|hab|haben) (ein|eine|einen|das|mein|unser) (zimmer|*zimmer) für ... (nacht|nächte|nächten|tag|tage|tagen|woche|wochen)",
        "$booked (für|auf|unter)",
        // Having the room, said at the desk, is having booked it: "Wir sind die Familie Weber, wir haben ein Doppelzimmer."
        ".=(ich|wir) (habe|hab|haben) (hier|bei ihnen) (ein|einen) (zimmer|doppelzimmer|einzelzimmer|zweibettzimmer|dreibettzimmer|familienzimmer|hotelzimmer)",
        ".=(ich|wir) (habe|hab|haben) (ein|einen) (zimmer|doppelzimmer|einzelzimmer|zweibettzimmer|dreibettzimmer|familienzimmer|hotelzimmer)",
        // …and the name it stands on: "Ich glaube, wir haben ein Zimmer auf Baptiste."
        ".(ich|wir) (habe|hab|haben) (ein|einen) (zimmer|doppelzimmer|einzelzimmer|zweibettzimmer|dreibettzimmer|familienzimmer|hotelzimmer) (auf|unter) (#noun|den namen|dem namen|name|namen)",
        // Hedged, the booking still told: "Zimmer für Hoffmann, sollte reserviert sein.", "Es müsste auf Weber gebucht sein."
        ".(sollte|sollten|müsste|müssten|dürfte|dürften) ... (reserviert|gebucht|vorbestellt) sein",
        // Booked by one's partner or firm for oneself: "Mein Mann hat für uns gebucht", "Meine Firma hat für mich reserviert".
        // Told, not asked: "Wer hat für uns gebucht?"
        ".(für uns|für mich|für uns beide|für mich und) ... (gebucht|reserviert|vorbestellt|bestellt)",
        "es gibt (eine|ein) $booked",
        // …and the room there for oneself, told: "Es gibt ein Zimmer für mich, drei Nächte." ("Gibt es ein Zimmer für mich?" asks for one)
        ".(es gibt|sie haben) (ein|eine|einen) (zimmer|*zimmer) (für mich|für uns|auf meinen namen|auf unseren namen)",
        // A room taken is one booked: "Ich habe vorher im Internet ein Zimmer genommen."
        "(ich|wir) (habe|hab|haben) ... (ein|einen|das) (zimmer|*zimmer) ... genommen",
        // The booking told in the passive, as a formal guest tells it: "Die Buchung wurde über unsere Firma gemacht.",
        // "Das Zimmer ist auf meinen Namen reserviert."; not asked ("Wurde das Zimmer schon gebucht?").
        // …and with "es" for the booking: "Es ist auf Miller gebucht."
        ".(es|buchung|reservierung|zimmerreservierung|zimmerbuchung|zimmer|doppelzimmer|einzelzimmer) (wurde|ist) ... (gemacht|gebucht|reserviert|vorgenommen|bestätigt)",
        // Where it was booked, the subject left out: "Über Expedia gebucht.", "per E-Mail reserviert".
        "(über|via|per|bei) #word (gebucht|reserviert|bestellt)",
        "online (gebucht|reserviert|bestellt)",
        // The booking running through someone or on a name: "Die Buchung läuft über meinen Arbeitgeber.", "Die Reservierung
        // läuft auf meinen Namen."; told, not asked ("Läuft die Buchung über die Firma?").
        ".(buchung|reservierung|zimmerreservierung|zimmerbuchung|reservation) (läuft|lief|geht) (über|auf|unter)",
        // The booking and the name after a comma: "Booking.com Reservierung, Name Lee", "Check-in für Petersen".
        "(reservierung*|buchung*) (name|namen|namens) #word",
        "(check in|checkin) (auf|unter) #noun",
        "(check in|checkin) für (herr|frau|familie|name|namen)",
        // Over-polite: "…, eine Reservierung zu haben."
        "(eine|ein) (reservierung*|buchung*) zu haben",
        // A short answer to "Auf welchen Namen?": "Schmidt."
        "[(welchen namen|ihr name|ihren namen|wie heissen)] =(#word|#word #word|frau #word|herr #word)",
        // …and in a sentence: "Mein Name ist Olga Petrova.", "Ich heiße Lee.", only after the question of the booking's name:
        // after "Wie ist Ihr Name?" or "Wie heißen Sie?" a guest gives it who has no booking ("Mein Name ist Lee, ich möchte ein
        // Zimmer buchen.", "Ich heiße Müller. Ich habe leider nicht reserviert.").
        "[(welchen namen|welchem namen)] =(mein name ist|mein name|der name ist|name|ich heiße|ich heiss*|ich heis*) (#word|#word #word|frau #word|herr #word)",
        // Yes to "Haben Sie eine Reservierung?": "Ja, habe ich."
        // …and with a word that makes it sure: "ja klar, kwame", "Ja genau, auf Mensah.", "Genau."; not after the question of
        // the name, which a yes does not answer ("Genau, genau." after "Auf welchen Namen haben Sie reserviert?").
        "[(haben|hätten) sie ($booked|reservierung*|buchung*)] [!(welchen namen|welchem namen)] =(ja|habe ich|hab ich|haben wir|ja habe ich|ja hab ich|ja haben wir|ja klar|ja genau|ja sicher|ja natürlich|jawohl|klar|genau|sicher|natürlich|selbstverständlich)",
        // …or the name it is under, after a yes in any language: "Oui, natürlich, auf Bennani.", "Unter Bennani."
        "[(haben|hätten) sie ($booked|reservierung*|buchung*)] =(auf|unter|auf den namen|unter dem namen) (#word|#word #word|herr #word|frau #word)",
        // The receptionist's question: "Haben Sie ein Zimmer reserviert?"
        "!(haben|hätten) sie",
        // A booking taken back at once states none: "Ich habe eine Reservierung, nein, Entschuldigung, das war mein Kollege."
        "!($booked (nein|nee|ach nein|äh nein|oh nein))",
        // Asking whether one has booked states nothing: "Habe ich eine Reservierung?", "Haben wir für drei Nächte gebucht?"
        "!?(habe|hab|haben) (ich|wir)",
        // The name given, not talked about: "Mein Name ist schwer.", "Ich heiße Sie willkommen."
        ...nameTalkBlockers,
        // A booking not made: "Ich habe vergessen zu reservieren", "Ich habe versucht zu buchen."
        "!zu (reservieren|buchen|bestellen)",
        // Verbless, the infinitive after the noun: "Reservierung haben, Name Wang."
        "=(reservierung*|buchung*) (haben|gemacht)",
        // Wanting one is no booking made: "Ich möchte eine Reservierung machen."
        // ("würde" alone, for it meets "wurde", which the passive below names: "Die Buchung wurde über die Firma gemacht.")
        "!(möchte|möchten|möcht|will|wollen|hätte gern|hätten gern|hätte gerne)", "!(würde|würden)",
        // …nor is needing one, or making one: "Ich brauche eine Zimmerreservierung für Samstag.", "Kann ich bei Ihnen eine
        // Hotelbuchung für nächste Woche machen?"
        "!(brauche|brauchen|bräuchte|bräuchten|suche|suchen)",
        "!$booked ... (machen|vornehmen)",
        // …and so is asking whether one can make one: "Kann ich hier eine Reservierung für die Schifffahrt machen?"
        "!(kann|könnte|könnten|können|darf) (ich|wir|man)",
        // A Dutch speaker's negation: "Ik heb geen reservering.", "Wij hebben niet gereserveerd."
        "!(geen|niet)",
        // Something else booked, ordered or signed up for is no room here: "Ich habe ein Taxi bestellt", "Reservierung für das Restaurant".
        // Only where the thing is what was booked, before or right after the word of booking: a voice line runs its clauses
        // together, and a flight or a car told of in one is no booking of it ("ich habe ein zimmer reserviert mein flug war
        // sehr lang"; "Ich habe ein Taxi bestellt", "Reservierung für das Restaurant", "einen Tisch im Restaurant reserviert").
        `!!(${OTHER_BOOKABLE}) $booked`,
        `!!(einen|ein|eine|den|das|die|meinen|unseren|für|fürs|im|beim|ins|zum|zur) (${OTHER_BOOKABLE}) ... $booked`,
        `!!($booked (${OTHER_BOOKABLE}))`,
        `!!($booked (für|fürs|für das|für den|für die|für einen|für ein|für eine|im|beim|ein|einen|eine|den|das|die|auch|noch|auch ein|auch einen|auch eine) (${OTHER_BOOKABLE}))`,
        // A room booked in another town is no booking here: "Ich habe ein Zimmer in Zürich gebucht, aber für morgen."
        // …and the towns a traveller comes from: "Letzte Woche ich habe in Prag ein Zimmer reserviert, war billig."
        "!!(in|für) (zürich|basel|bern|wien|salzburg|innsbruck|münchen|berlin|hamburg|köln|frankfurt|stuttgart|lindau|friedrichshafen|überlingen|meersburg|bregenz|st gallen)",
        "!!(in|für) (prag|paris|london|rom|madrid|barcelona|lissabon|lisboa|porto|amsterdam|brüssel|budapest|warschau|krakau|kopenhagen|stockholm|oslo|dublin|athen|mailand|venedig|florenz|dresden|leipzig|heidelberg|freiburg|nürnberg|düsseldorf|hannover|bremen|ulm|augsburg|luzern|genf|lausanne|bologna|neapel|sevilla|valencia|edinburgh|istanbul|new york)",
        // A hostel, a guesthouse or a flat is somewhere else: this is a hotel ("Im Hostel in Madrid hatte ich auch reserviert.").
        "!!(hostel|hostels|jugendherberge|jugendherbergen|airbnb|pension|ferienwohnung|campingplatz)",
        // A booking undone, failed or made elsewhere: "…, aber dann storniert", "…, aber es hat nicht funktioniert", "…, das war ein anderes Hotel".
        "!!(storniert|storniere|abgesagt|gecancelt|annulliert|nicht funktioniert|nicht geklappt)",
        // …or denied beside the name given: "Ich heiße Lee, aber ich habe keine Reservierung." after "Auf welchen Namen?"
        "!!(keine reservierung|keine buchung|nicht reserviert|nicht gebucht)",
        "!!((anderes|anderen|anderem) hotel|aber nicht hier|aber nicht bei ihnen)",
        // ...and one said to be elsewhere without "aber": "Ich habe im Hotel Adler reserviert, nicht hier."
        "!!(nicht hier|nicht bei ihnen|nicht in diesem hotel)",
        // Someone else's booking: "Meine Kollegin kommt morgen, sie hat ein Zimmer gebucht."
        // The whole sentence where that clause names a booking or a room; else only near it, so that one's own stands beside
        // another's lack of one ("Ich habe eine Reservierung, mein Freund kommt später, er hat keine.").
        "!(er|sie) (hat|hatte) ... ($booked|zimmer|*zimmer|namen)",
        "!(er|sie) (hat|hatte)",
        // …or one disowned: "Kofi hat ein Zimmer reserviert, nicht ich.", "Nicht wir haben gebucht, sondern die Firma."
        "!!(nicht ich|nicht wir)",
        // A room still to be had is asked for, not booked: "Gibt es noch eine Reservierung für Samstag?"
        "!(gibt es noch|gibts noch|haben sie noch|ist noch|sind noch)",
        // Only breakfast or board booked is no room: "Ich habe das Frühstück gebucht?", "Ich habe nur das Frühstück gebucht."
        // With its subject, for the room may come first: "Ich habe das Doppelzimmer und das Frühstück gebucht."
        "!((ich|wir) (habe|hab|haben) (das|ein|nur|nur das|nur ein|bloß das) (frühstück*|halbpension|vollpension) (gebucht|reserviert|bestellt|dazugebucht))",
        "!((nur|nur das|nur ein|bloß das) (frühstück*|halbpension|vollpension) (gebucht|reserviert|bestellt|dazugebucht))",
        ...BOOKING_STORY,
        // A booking one may make later is none made: "Vielleicht ich reserviere nächstes Jahr wieder", "Nächstes Mal buche ich online."
        "!(vielleicht|irgendwann|später|nächstes mal|nächstes jahr|nächste woche|nächsten sommer)",
        "!(reserviere|reservieren|buche|buchen) ... (nächstes|nächste|nächsten|irgendwann|später) (mal|jahr|woche|monat|sommer|winter)",
        ...othersBesidePartnerBlockers,
        // A booking under a condition is none stated: "Falls ich eine Reservierung habe, …"
        ...futureConditionBlockers,
      ],
      examples: [
        "Ich habe ein Zimmer reserviert.",
        "Ich habe eine Reservierung auf den Namen Weber.",
        "Wir haben ein Doppelzimmer für drei Nächte gebucht.",
      ],
      nudge: "Tell Sophie that you have a reservation, and under which name.",
    },
    {
      id: "ask_breakfast",
      title: "Ask about breakfast",
      points: 15,
      patterns: [
        // "wieviel" typed as one word, and "wie spät", ask as "wie viel" does: "um wieviel uhr beginnt das fruhstuck"
        "(wann|wo|ab wann|bis wann|wie lange|gibt es|was kostet|wie viel|wieviel|wie spät|ob es|ob das) $breakfast",
        // "ist", "kostet" before it ask only as a question: "Ist Frühstück inklusive?", not "Hier kostet Frühstück 15 Euro."
        "?(ist|kostet) $breakfast",
        // The question word run into the verb, as a hurried thumb types it: "wannist frühstück?", "wann gibtes frühstück"
        "(wannist|woist|wanngibtes|wogibtes|gibtes|wann gibtes|wo gibtes|abwann|biswann|abwannist) $breakfast",
        // Breakfast named as the morning's meal, as A1 learners lack the word: "am morgen essen wann?", "wann essen am morgen?"
        // (with "am" only: "morgen essen" is tomorrow's meal too, "morgens" meets "morgen")
        "((essen am morgen|am morgen essen) (wann|wo|um wie viel uhr|um wieviel uhr|welche uhr))",
        "((wann|wo|um wie viel uhr|um wieviel uhr) (essen am morgen|am morgen essen))",
        // Declarative word order, asked: "Es gibt Frühstück auch am Sonntag früh?"
        "?((es gibt|es gibts) $breakfast)", "?((es gibt|es gibts) (auch|noch|ein|kein) $breakfast)",
        "^(ist|kostet) $breakfast",
        "$breakfast (inklusive|inklusiv|inkludiert|inbegriffen|enthalten|dabei|included)",
        "$breakfast (extra|zusätzlich|im preis)",
        "$breakfast (ist|gibt es|beginnt|fängt|geht) #tag",
        "(kann|könn*|darf|wo kann|wann kann) (man|ich|wir) $breakfast",
        // Getting it, asked as for the Wi-Fi: "Bekomme ich Frühstück?", "Wäre es möglich, das Frühstück früher zu bekommen?"
        "?(ich|wir) (bekomme|bekommen|kriege|kriegen) ... $breakfast", "?(bekomme|bekommen|kriege|kriegen|bekommt|kriegt) (ich|wir|man) ... $breakfast",
        "?$breakfast ... (zu bekommen|zu haben|zu kriegen)",
        // What one must do for it, asked: "Muss man das Frühstück reservieren?"
        "?(muss|müssen|soll|sollen) (man|ich|wir) ... $breakfast",
        "(haben sie|gibt es) (beim|zum|fürs) $breakfast",
        // Adjacent and asked, or alone: "Und Frühstück?", "und frühstück wann"; a wish or plan after "und" tells
        // ("Ich bin müde und freue mich aufs Frühstück", "Gute Nacht und bis morgen beim Frühstück!").
        "?((und|and) $breakfast)", "=(und $breakfast)",
        // Asked of the receptionist, as for the Wi-Fi: "Sagen Sie auch WLAN-Passwort und Frühstückszeit."
        "(sagen|nennen|schreiben|zeigen) sie ... $breakfast",
        // "Zu welcher Uhrzeit wird das Frühstück serviert?"
        "(welche|welcher) (uhrzeit|zeit) $breakfast",
        "?$breakfast (serviert|angeboten)",
        // A statement asked: "Frühstück gibt es auch?", "Frühstück im Preis?"
        // The infinitive for "gibt es", as A1 learners ask: "Frühstück auch geben morgen?"
        "?$breakfast (gibt es|gibt|geben|ist|kostet|im|inklusive|inbegriffen|dabei|kostenlos|gratis|wann|wo|ab wann|bis wann)",
        "?=($breakfast|das $breakfast)",
        // None of it, asked in surprise: "Kein Frühstück am Sonntag?"
        "?^(kein|keine|keinen) $breakfast",
        // …not where the surprise turns to something else: "kein frühstück, aber gibt es wlan?" asks about the Wi-Fi.
        "!((kein|keine|keinen) $breakfast (aber|sondern|doch|nur))",
        // A question that opens with it asks about it: "Frühstück auch italienischer Kaffee?", "Frühstück Zeit?"
        "?=$breakfast (#word|#word #word|#word #word #word)",
        // The question word after the noun, unpunctuated: "frühstück wo", "Frühstück wann?"
        "=$breakfast (wo|wann|ab wann|bis wann|wo genau)", "=(das|und das) $breakfast (wo|wann|ab wann|bis wann|wo genau)",
        // …and then the verb, unpunctuated: "ähm und frühstück wann ist das", "Frühstück wo gibt es das?"
        "$breakfast (wann|wo|ab wann|bis wann) (ist das|ist es|gibt es das|gibts das|gibt es)",
        // "Ich hätte eine Frage zum Frühstück: …"
        "(frage|fragen) (zum|zu|wegen|über|übers|zu dem|bezüglich|betreffend|zur) $breakfast",
        // Indirect, formal: "…, ob ein Frühstück angeboten wird."
        "ob (ein|eine|man|wir|ich) $breakfast",
        // Asked, or a clause of its own: "Und das Frühstück?", "Und das Frühstück – ab wann gibt es das?"; a clause that goes on
        // tells ("Ich habe hier übernachtet, und das Frühstück war ausgezeichnet.").
        "?(und das $breakfast)", "=(und das $breakfast)",
        // A yes/no question that opens with its verb and names it asks about it: "Hat das Hotel Frühstück?"
        "?^(haben|hat|gibt es|gibt|gibts|ist|sind|kostet) ... $breakfast",
        // Breakfast described, not named: "Gibt es morgen früh was zu essen?", "Gibt es Kaffee am Morgen?"
        "?(gibt es|gibts|kann ich|kann man|bekomme ich|bekommt man|wo gibt es|wann gibt es) ... (morgens|morgen früh|am morgen|in der früh) ... (essen|kaffee)",
        "?(gibt es|gibts|kann ich|kann man|bekomme ich|bekommt man|wo gibt es|wann gibt es) ... (kaffee|essen) ... (morgens|morgen früh|am morgen|in der früh)",
        "?(habt ihr|habt es ihr|hast du|hättet ihr|hättest du) ... $breakfast",
        // Where or when else, once breakfast is named: "Kein Frühstück im Zimmer? Dann wo?"
        "[$breakfast] ?=(wo dann|dann wo|wann dann|dann wann)",
        // …or alone, after it was asked in English: "Where is the Frühstück, wo?" (not "Das Frühstück war sehr gut. Wann?")
        "[(where|when|what time) ... $breakfast] ?=(wo|wann|ab wann|bis wann)",
        // Wished for, then its time asked alone: "Ich hätte gern Frühstück morgen, wann geht das?"
        // The wish is the learner's own: after the receptionist's times, "Wann geht das?" asks about something else.
        // Wished, not named: "Frühstück brauche ich nicht. Aber ich möchte eine Massage, wann geht das?", "Das Frühstück war super."
        // …and wished with a word before it that no "kein" stands in for: "Ich möchte kein Frühstück, ich brauche ein Taxi, wann geht das?"
        "[(ich|wir) (hätte|hätten|möchte|möchten|will|wollen|bräuchte|bräuchten|nehme|nehmen) (gern|gerne|ein|das|morgen|auch|noch|bitte|einmal|zweimal) ... $breakfast] [!$breakfast] ?=(wann|ab wann|bis wann|um wie viel uhr|um wieviel uhr) (geht das|gibt es das|gibts das|bekomme ich das|bekommen wir das)",
        // The question word after the noun: "Frühstück ab wieviel Uhr?"
        "$breakfast (ab|bis|um|von) (wann|wie viel uhr|wieviel uhr|wie viel|wieviel|wie spät|welche uhrzeit)",
        // A time offered, asked: "Frühstück bis zehn, richtig?", "Ab sieben Frühstück?"
        "?$breakfast (ab|bis|um|von)",
        "?(ab|bis|um) (#word|#word uhr) $breakfast",
        // What was, elsewhere, asks nothing: "In Indien war Frühstück immer inklusive.", "Frühstück war gut, oder?"
        // Not "hatte" alone: "haette" folds to it.
        // "war" only near the words it tells of, so that a question after a comparison still asks: "Im Hilton war das Frühstück
        // schlecht, wann gibt es hier Frühstück?" ("Das Frühstück war gut, oder?", "In Indien war Frühstück inklusive." stay silent).
        "!!(gehabt|gegessen|geschmeckt|gefrühstückt|hatte ich schon|hatten wir schon)",
        "!(war|waren)",
        // Plans for the day tell, they ask nothing: "Ich gehe morgen früh schwimmen und frühstücke dann im Café am See."
        "!!(ich|wir) (gehe|gehen) ... (schwimmen|joggen|spazieren|wandern|laufen|radfahren)",
        // Breakfast as the time of something else asks nothing about it: "Muss ich nach dem Frühstück das Zimmer verlassen?",
        // "Soll ich vor dem Frühstück bezahlen?"; nor does breakfast booked with the room: "Ich habe das Doppelzimmer und das Frühstück gebucht."
        "!(vor dem|nach dem|vorm|nachm|vor|nach) $breakfast",
        "!$breakfast (gebucht|dazugebucht)",
        // Whether to eat it at all is one's own choice, no question about it: "Ich frage mich, ob ich überhaupt frühstücken soll."
        "!(ob ich|ob wir) (überhaupt|wirklich|eigentlich) ... $breakfast",
        // The English word asked in English practises no German: "What time is breakfast?"
        "!!(what|when|where|which|there|the) ... breakfast",
        // …and the English word with another after it: "Breakfast time?", "Breakfast included?"
        "!!(breakfast (time|times|included|served|starts|room|please|for|at))",
        ...KNOWN_ALREADY,
        ...USUALLY,
        ...ASKED_LATER,
        ...OTHERS_ASK,
        ...HER_OWN,
        ...OTHER_HOTEL,
        ...SHOULD_HAVE,
        ...NOT_ASKING,
      ],
      examples: ["Wann gibt es Frühstück?", "Ist das Frühstück im Preis inklusive?", "Wo ist der Frühstücksraum?"],
      nudge: "Ask Sophie when or where breakfast is served.",
    },
    {
      id: "ask_wifi",
      title: "Ask about the Wi-Fi",
      points: 15,
      patterns: ["(gibt es|gibts|haben sie|wie|was|wo|kann ich|ob es|ob sie) $internet",
        // The question word run into the verb, as a hurried thumb types it: "wieist das wlan passwort", "gibtes wlan?"
        "(wieist|wiest|wasist|woist|gibtes|gibtsdas|habensie) $internet",
        // Indirect, the Wi-Fi with its article: "Ich möchte wissen, ob das WLAN schnell genug für Videokonferenzen ist."
        "ob (das|ihr|euer) $internet",
        // Needing it oneself; "Sie braucht das Internet" (a slip from "bräuchte") tells of another.
        "(ich|wir) (bräuchte|bräuchten|bräucht|brauche|brauch|brauchen) $internet",
        // Asked with "ihr" or "du", as a family or a young guest asks: "Habt's ihr a Internet da?", "Hast du WLAN?"
        "?(habt ihr|habt es ihr|hast du|hättet ihr|hättest du) ... $internet",
        // A yes/no question that opens with its verb and names it asks about it: "Haben die Zimmer Internet?"
        "?^(haben|hat|gibt es|gibt|gibts|ist|sind|funktioniert|geht|läuft|kostet) ... $internet",
        // Wanting it is asking for it at the desk: "Ich hätte gern das WLAN-Passwort."
        "(ich|wir) (hätte|hätten|möchte|möchten|will|wollen|würde|würden) ... $internet",
        // Where or how else, once the Wi-Fi is named: "Kein WLAN im Zimmer? Wo dann?"
        "[$internet] ?=(wo dann|dann wo|wie dann|dann wie)",
        // None of it, asked in surprise: "kein wifi im zimmer?", "Kein WLAN?"
        "?^(kein|keine|keinen) $internet",
        // …not where the surprise turns to something else: "kein wlan, aber gibt es frühstück?" asks about breakfast.
        "!((kein|keine|keinen) $internet (aber|sondern|doch|nur))",
        // "ist", "funktioniert" before it ask only as a question: "Ist das WLAN gratis?", not "Zu Hause ist das Internet schneller."
        "?(ist|funktioniert|kostet) $internet", "^(ist|funktioniert|kostet) $internet",
        // Going online: "Kann ich hier online gehen?"
        "(kann|könnte|darf) (ich|man|wir) ... online (gehen|sein|arbeiten)",
        // Asked of the receptionist: "Könnten Sie mir bitte das WLAN-Passwort geben?"
        "(sie mir|sie uns) $internet",
        // …with the verb closing the clause, as a formal guest asks: "…, wenn Sie mir den Zugangscode für das WLAN geben könnten."
        "(sie mir|sie uns) ... $internet ... (geben|sagen|nennen|mitteilen|verraten|schicken|aufschreiben|zeigen|geben könnten|sagen könnten)",
        // A device that finds none asks for help: "Mein Handy findet kein WLAN.", "…findet kein Netz vom Hotel." (a bare "kein Netz" is the phone's)
        "(findet|finde|finden|sieht|sehe) (kein|keine|keinen) (wlan*|wifi|wi fi|internet*|netzwerk*|hotspot|netz vom hotel|netz des hotels|hotelnetz*)",
        // The noun put first: "WLAN brauche ich für die Arbeit."
        "$internet (brauche|brauch|bräuchte|benötige|benötigen|brauchen) (ich|wir)", "=$internet (passwort|password|paswort|pasword|kennwort|code|pw)", "?=$internet", "=$internet bitte",
        // A request without a verb: "wlan passwort bitte", "Wifi passwort por favor?", "Das Passwort fürs WLAN?"
        "$internet (passwort|password|paswort|pasword|kennwort|code|zugang*|zugangsdaten) (bitte|por favor|porfavor|per favore)", "(passwort|kennwort|code|zugangsdaten) (für|fürs|vom) $internet",

        // Connecting asks for it: "Wie verbinde ich mich mit dem Netz?"
        "(verbind*|einlogg*|anmeld*|rein|rein komm*) $internet",
        // …and a device that will not connect asks for help: "Mein Laptop verbindet sich nicht mit dem WLAN."
        "(verbindet|verbinden) sich nicht ... $internet",
        // One that connects by itself asks nothing: "Mein Handy verbindet sich automatisch mit dem WLAN."
        "!(verbindet|verbinden|verbunden) (sich|ist|sind) (automatisch|immer|schon|bereits|problemlos|sofort|ohne probleme)",
        "(frage|fragen) (zum|zu|wegen|über|übers|zu dem|bezüglich|betreffend|zur) $internet",
        // Asked for formally: "Ich bitte um das Internetpasswort."
        "(bitte um|bitten um|bitte sie um) $internet",
        // Formal, the infinitive with zu: "Wäre es möglich, das WLAN-Passwort zu bekommen?"
        "$internet (zu bekommen|zu haben|zu nutzen|zu benutzen|mitzuteilen|zu geben|zu sagen|zu nennen|zu verraten|zu schicken)",
        // The noun first, asked: "wlan gibts?", "internet geht im zimmer?"
        "?$internet (gibt es|gibt|geben|geht|funktioniert|ist|im|auf dem|kostenlos|gratis|umsonst|inklusive|kostet|kosten)",
        // Its price, asked as for breakfast: "WLAN kostet extra?", "Internet im Preis?"
        "?$internet ... (extra|zusätzlich|im preis|inbegriffen|enthalten)",
        // Getting it, a statement asked: "Ich bekomme das Passwort auf der Zimmerkarte?", "Bekommen wir WLAN-Zugang?"
        "?(ich|wir) (bekomme|bekommen|kriege|kriegen) ... $internet", "?(bekomme|bekommen|kriege|kriegen) (ich|wir) ... $internet",
        // The code asked once the Wi-Fi is named: "wlan geht nicht, was ist code?"
        "[$internet] =(was|wie) (ist|lautet) (code|der code|zugangscode|der zugangscode)",
        // The question word after the noun: "wifi wie?", "WLAN wo?"
        "?=$internet (wie|wo|was|wann)",
        // Unpunctuated chat asks too: "wlan wie", "internet wo"; two of its words alone ask for it: "passwort wlan?"
        "=$internet (wie|wo|wie geht das|wo gibt es das|wie geht|wie geht es|wie funktioniert|wie funktioniert das)", "=$internet $internet",
        // The noun first, the verb after, asked as A1 learners do: "wifi haben zimmer?", "wlan gibts im zimmer?"; or joined to another question: "fruhstuck wann und wlan passwort?"
        "?((wlan*|wifi|wi fi|internet) (haben|hat|habt|gibt|gibts))",
        // …and unpunctuated, joined to a question before it, as a voice line runs on: "und frühstück wann und wlan gibt es auch"
        "(wann|wo|wie|gibt es|gibts|haben sie|ob) ... (und $internet (gibt es|gibts|haben sie))", "?((und|auch|and) (wlan*|wifi|wi fi|internet|das wlan|das internet|wlan passwort|wlanpasswort))",
        // It not working, or not getting on it, asks for help with it: "Das WLAN funktioniert nicht", "Ich komme nicht ins Internet."
        // Not the bare "Netz", which is also the phone's: "Das Netz geht hier nicht, ich habe keinen Empfang."
        "(das|ihr|euer|dein) (wlan*|wifi|wi fi|internet*|passwort*|password*|paswort*|pasword*|kennwort*|netzwerk*|hotspot) ... (funktioniert|geht|klappt|läuft) nicht",
        "(funktioniert|geht|klappt|läuft) (das|ihr|euer|dein) (wlan*|wifi|wi fi|internet*|passwort*|password*|paswort*|pasword*|kennwort*|netzwerk*|hotspot) nicht",
        "(komme|kommen) nicht (ins|in das) $internet",
        "(kann|können|könnte) ... nicht ... (mit dem|mit|ins|in das) $internet ... (verbinden|gehen|surfen|einloggen|rein|kommen)",
        // Looked for and not found: "Ich suche das WLAN-Passwort", "Ich finde das Passwort nicht."
        "(ich|wir) (suche|suchen) (das|den|die|ihr) (wlan*|wifi|wi fi|internet*|passwort*|password*|paswort*|pasword*|kennwort*|netzwerk*|hotspot)", "(ich|wir) (finde|finden) (das|den|die|ihr) (wlan*|wifi|wi fi|internet*|passwort*|password*|paswort*|pasword*|kennwort*|netzwerk*|hotspot) nicht",
        // A place or page on the internet is no Wi-Fi: "Ich suche das Internetcafé in der Altstadt."
        "!(internetcafe*|internetseite*|internetadresse*|internetbanking)",
        // The internet as a channel or a source asks nothing about the hotel's: "Bekomme ich die Rechnung per Internet?",
        // "Laut Internet ist Frühstück im Preis enthalten?", "Ich bekomme im Internet einen Rabatt?"
        "!(per|übers|über das|via|laut|lt) (internet|netz)",
        "!(im internet|im netz) ... (rabatt|billiger|günstiger|angebot|angebote|gelesen|gesehen|gebucht)",
        // One's own home network is no question about the hotel's: "Zu Hause funktioniert das Internet nicht."
        // In its own clause only: "Ich brauche WLAN, um mit meiner Frau zu Hause zu telefonieren." asks for it.
        "!(zu hause|zuhause|daheim|meiner wohnung|meinem haus|meinem büro)",
        // Asked in English, the German noun inside, practises no German: "Where is WLAN password?", "Do you have wifi?"
        // English "is" reads as spoken German "is(t)", so "there" and "the" mark it: "Is there wifi here?", "Is the wifi free?"
        "!!(what|when|where|which|how|do you|is there|there|the|can i|have you) ... $internet",
        // Going online, asked: "Kann ich hier mit dem Laptop ins Internet?"
        "?(ins|in das) $internet",
        // A statement about it turned into a question by a tag: "Das WLAN-Passwort steht auf der Karte, oder?"
        "$internet (steht|ist|gibt es|geht|funktioniert|kostet|läuft|lautet) #tag",
        // Asked of the receptionist without "mir": "Sagen Sie auch das WLAN-Passwort?"
        "(sagen|geben|nennen|schreiben|zeigen) sie ... $internet",
        // The password named as a compound is asked for in any question: "WLAN-Passwort und Checkout-Zeit, bitte?"
        // The noun with its article, asked or asked for: "Das Passwort, bitte.", "Und das WLAN?"
        // Not a PIN or a card's code asked back: "Das Passwort?" after "Geben Sie hier Ihre PIN ein."
        "[!(pin|geheimzahl|kreditkarte|karte|safe|tresor|konto)] ?=(das|den|die) $internet", "=(das|den|die) $internet bitte",
        // …and with "bitte" first: "Bitte das WLAN-Passwort.", "Ja, bitte, das WLAN-Passwort." after "Brauchen Sie noch etwas?"
        "=(bitte|ja bitte) (das|den|die) $internet", "[(noch etwas|noch was|sonst noch|noch fragen|noch eine frage|wünschen sie|kann ich|helfen)] =(das|den|die|ja das|ja den|ja die) $internet",
        // Paying or booking online asks nothing about the Wi-Fi: "Kann ich im Internet bezahlen?"
        "!(im|übers|per|online) (internet|netz) (bezahlen|zahlen|buchen|reservieren|bestellen|kaufen|überweisen)",
        // Which password or network, the network named: "Welches Passwort hat das WLAN?" ("Welches Passwort hat der Safe?" asks none)
        "?(welches|welcher|welchen|welche) ... (wlan*|wifi|wi fi|internet*|netz|netzwerk*|hotspot)",
        "?(wlanpasswort*|wlancode|wlanzugang*|wifipasswort*|wificode|internetpasswort*|internetzugang*|netzwerkpasswort*)",
        // A password for something else is no Wi-Fi: "Was ist das Passwort für den Safe?"
        "!!(passwort*|password*|kennwort*|code|pin) (für|fürs|vom|zum|von) ... (safe|tresor|*safe|schliessfach*|tür|*tür|garage|tiefgarage|parkhaus|fitnessraum|fitnessstudio|spa|sauna|computer|laptop|drucker|konto|*konto|e mail|email|mail|account|handy|app|bank|onlinebanking|instagram|facebook|whatsapp)",
        // Streaming on the room's TV is no Wi-Fi: "Wie ist das Passwort für Netflix auf dem Fernseher?"
        // …but the Wi-Fi asked about for streaming still asks: "Ist das WLAN stark genug für Netflix?"; the streaming account's
        // password does not: "Wie ist das Passwort für Netflix?", "Mein Netflix-Passwort geht nicht."
        "!!(fernseher|fernsehen|tv)",
        "!!(passwort*|password*|kennwort*|code|login|zugang*|account|konto) ... (netflix|spotify|disney|prime video|sky)",
        "!!(netflix|spotify|disney|prime video|sky) ... (passwort*|password*|kennwort*|code|login|zugang*|account|konto)",
        // What one read online is no question about it: "Wie im Internet steht, ist das Frühstück inklusive, oder?"
        "!!(im|in dem) (internet|netz) (steht|stand|stehen|standen|gelesen|gesehen|gefunden)",
        ...KNOWN_ALREADY,
        ...USUALLY,
        ...ASKED_LATER,
        ...OTHERS_ASK,
        ...HER_OWN,
        ...OTHER_HOTEL,
        ...SHOULD_HAVE,
        ...NOT_ASKING,
      ],
      examples: ["Gibt es WLAN im Zimmer?", "Wie ist das WLAN-Passwort?", "Haben Sie kostenloses Internet?"],
      nudge: "Ask Sophie about the Wi-Fi or its password.",
    },
    {
      id: "ask_checkout",
      title: "Ask when you have to check out",
      points: 15,
      patterns: [
        "(wann|bis wann|um wie viel uhr|um wieviel uhr|bis wie viel uhr|bis wieviel uhr|wie spät) (auscheck*|check out|checkout|abreis*|verlassen|raus|abgeben)",
        "(check out|checkout|auschecken|abreise) (wann|wie viel uhr|wieviel uhr|welche uhr|welche uhrzeit|welche zeit|um welche uhr|um welche uhrzeit)",
        "(frage|fragen) (zum|zu|wegen|über|zu dem|bezüglich|betreffend|zur) (check out*|checkout*|auschecken|abreise)",
        // The room's time without a person: "Wann muss Zimmer leer sein?", "Bis wie viel Uhr Zimmer?"
        // …and the room given up: "Wann muss ich morgen das Zimmer freigeben?"
        "(bis wann|wann|um wie viel uhr|bis wie viel uhr) (muss|müss*|soll*) ... zimmer ... (frei|leer|geräumt|freigeben|frei geben|freimachen)",
        "?=(bis wann|bis wie viel uhr|bis wieviel uhr) (zimmer|das zimmer)",
        // A time to leave, asked as yes or no: "Darf ich um zwölf auschecken?"
        "(kann|könn*|darf|dürf*) (ich|wir|man) (um|bis|erst um|erst) ... (auschecken|abreisen)",
        "(kann|könn*|darf|dürf*) (ich|wir) (später|spät|früher) (auscheck*|abreis*)",
        // …and asked indirectly, the modal closing the clause: "Ich wollte noch fragen, ob wir am Abreisetag auch um 12 Uhr
        // auschecken können", "Könnten Sie mir sagen, ob ich bis 11 auschecken muss?"
        "[(fragen|frage|wissen|mir sagen|uns sagen|erfahren)] ob (ich|wir|man) ... (auschecken|abreisen|auszuchecken|ausziehen) (kann|können|könnte|könnten|darf|dürfen|dürfte|dürften|muss|müssen|soll|sollen)",
        // Konjunktiv II and the infinitive with zu: "Wäre es möglich, später auszuchecken?"
        "(später|spät|früher) (auszuchecken|abzureisen)",
        // Asked without a verb, or with the English words: "Spät auschecken möglich?", "Late Checkout?"
        "?(später|spät|späten|spätem|spätes|späterer|späteren|late|früher|frühen|früherer|früheren|länger|längeren) (auscheck*|checkout|check out|abreis*)",
        // When one must be out, the verb closing the clause: "Wann muss i am Sonntag aus'm Zimmer raus sein?"
        "(wann|bis wann|um wie viel uhr|um wieviel uhr|wie spät) (muss|müssen|soll|sollen) (ich|wir) ... (raus|draussen|auschecken|abreisen|ausziehen|aus dem zimmer|aus dem hotel|ausgecheckt)",
        // The key as the subject, handed back by a time: "Bis wann muss der Schlüssel zurück an die Rezeption?"
        "(wann|bis wann|um wie viel uhr|um wieviel uhr|wie spät) (muss|soll) (der schlüssel|die zimmerkarte|die schlüsselkarte|die karte) ... (zurück|abgegeben|zurückgegeben)",
        // Out early, or staying till a time of day on the last day: "Muss ich früh raus?", "Kann ich bis Mittag bleiben?"
        "?(muss ich|müssen wir|soll ich|sollen wir) (früh|früher|schon früh|zeitig|morgens) (raus|weg|auschecken)", "^(muss ich|müssen wir|soll ich|sollen wir) (früh|früher|schon früh|zeitig|morgens) (raus|weg|auschecken)",
        "(kann|könn*|darf|dürf*) (ich|wir) (bis|noch bis) (mittag|mittags|nachmittag|zwölf|eins|12|13|14|#word uhr) ... bleiben",
        "(wann|bis wann) zimmer (frei machen|freimachen|frei sein|leer machen|abgeben)",
        // The key handed back, verbless: "Wann Schlüssel zurück?", "Bis wann Zimmerkarte abgeben?"
        "=((wann|bis wann) (schlüssel|den schlüssel|zimmerkarte|die zimmerkarte|schlüsselkarte|die karte) (zurück|abgeben|zurückgeben))",
        // The subject before the modal, as beginners order it: "bis wann ich muss gehen aus dem zimmer"
        // (Not "aus dem Hotel", which one leaves for a trip too: "Wann müssen wir aus dem Hotel für den Ausflug?")
        "(wann|bis wann|um wie viel uhr|um wieviel uhr) (ich|wir) (muss|müssen|soll|sollen) ... (raus|auschecken|abreisen|aus dem zimmer)",
        "(bis wann|wann) (müss*|muss|soll*) (ich|wir|man) zimmer (frei machen|freimachen|räumen|verlassen|auscheck*)",
        "(ist|wann ist) (check out|checkout)",
        // The day put right inside the question, which a repair splits: "Um wie viel Uhr muss ich morgen, pardon, übermorgen auschecken?"
        "[(wann|bis wann|um wie viel uhr|um wieviel uhr|wie spät) (muss|müssen|soll|sollen) (ich|wir)] ?=((#word|#word #word) (auschecken|abreisen|auschecke|raus))",
        // The question words run together: "biswann muss ich auschecken", "wannist checkout?"
        "(biswann|wannist|wannmuss|umwieviel|umwiefiel) ... (auscheck*|check out|checkout|raus|verlassen)",
        // Joined to another request, asked: "Das WLAN Passwort und der Check-out, bitte?"
        "?((und|und der|und den|und die|and|and the) (check out|checkout|checkoutzeit|auscheckzeit))",
        "?=(check out|checkout|auschecken|der check out|der checkout)",
        "?=(check out|checkout|auschecken|checkoutzeit) (#word|#word #word|#word #word #word)",
        // The question word last: "Ich muss Zimmer verlassen wann?"
        "?(muss|müssen|soll) ... (verlassen|räumen|auschecken|abreisen|raus) (wann|bis wann|um wie viel uhr)",
        // The time as a compound, asked: "Checkout-Zeit?", "Check-out-Zeit und WLAN, bitte?"
        "?(checkoutzeit|checkoutuhrzeit|auscheckzeit|abreisezeit)",
        // Handing in the key by a time is leaving: "Muss ich den Schlüssel am Morgen bis zehn Uhr abgeben?"
        "?(muss ich|müssen wir|soll ich|sollen wir) ... (schlüssel|zimmerkarte|schlüsselkarte|karte) ... (bis|um) ... (abgeben|zurückgeben)", "^(muss ich|müssen wir|soll ich|sollen wir) ... (schlüssel|zimmerkarte|schlüsselkarte|karte) ... (bis|um) ... (abgeben|zurückgeben)",
        "(check out|checkout) (time|zeit|uhrzeit)",
        // The latest time asked: "Wann ist die späteste Zeit für Auschecken?", "Was ist die letzte Uhrzeit zum Auschecken?"
        "?(späteste|spätester|letzte) (zeit|uhrzeit|termin) (für|fürs|zum|zu|für das|für den) (auscheck*|check out|checkout|abreise)",
        // When the room must be free: "Bis wann muss das Zimmer frei sein?", "…, bis wann das Zimmer geräumt werden muss".
        "(bis wann|um wie viel uhr|bis wie viel uhr|bis um wie viel uhr) zimmer (frei|leer|geräumt|räumen|verlassen)",
        "wann zimmer (geräumt|räumen|verlassen)",
        // When one must leave: "Wann muss ich gehen am Freitag?" ("Wann muss ich zum Frühstück gehen?" does not ask it).
        "((wann|bis wann|um wie viel uhr|um wieviel uhr|wie spät) (muss ich|müssen wir|soll ich|sollen wir) (gehen|weg|raus|abreisen))",
        "((wann|bis wann|um wie viel uhr|um wieviel uhr|wie spät) (muss ich|müssen wir|soll ich|sollen wir) (morgen|übermorgen|dann|am #word) (gehen|weg|raus|abreisen))",
        // The separable verb inverted: "Wann checke ich aus?"
        "(wann|bis wann|um wie viel uhr|um wieviel uhr) (checke|checken) (ich|wir) aus",
        // How long one may stay in the room: "Bis wann kann ich im Zimmer bleiben?", "Wie lange kann ich am letzten Tag bleiben?"
        "(bis wann|bis wie viel uhr|bis wieviel uhr|bis um wie viel uhr) (kann|darf|könnte|dürfen|können|könnten) (ich|wir) ... bleiben",
        "wie lange (kann|darf|könnte|dürfen|können) (ich|wir) ... (im zimmer|am letzten tag|am abreisetag) ... bleiben",
        "(kann|könn*|darf|dürf*) (ich|wir) länger bleiben",
        // Until when the room is one's own: "Bis wann habe ich das Zimmer?", "…, bis wann wir das Zimmer behalten können."
        "bis wann (habe|haben|hab) (ich|wir) (das|unser|mein) zimmer",
        "bis wann (ich|wir) (das|unser|mein) zimmer (habe|haben|hab|behalten|nutzen)",
        "(bis wann|bis wie viel uhr|bis wieviel uhr) (kann|darf|können|dürfen|könnte|könnten) (ich|wir) (das|unser|mein) zimmer (behalten|haben|nutzen|benutzen)",
        // …the nights booked are no hour: "Bis wann habe ich das Zimmer gebucht?"
        "!zimmer (gebucht|reserviert|bezahlt)",
        // A free room is one to book, not one to leave: "Bis wann haben Sie das Zimmer frei?"
        "!(haben sie|hätten sie|habt ihr) ... zimmer frei",
        // The separable verb told, then the time asked alone: "Ich checke am Freitag aus, bis wann?"
        "[(checke|checken|checkt) ... aus] ?=(bis wann|bis wie viel uhr|bis wieviel uhr|bis um wie viel uhr|um wie viel uhr|um wieviel uhr)",
        // A time offered, asked: "Der Check-out ist um 11 Uhr?", "Auschecken bis zehn?"
        "?(check out|checkout|auschecken) (bis|um|ist um|ist bis|ist erst um|ist erst)",
        // …or the time first: "Um 11 Uhr auschecken, ist das richtig?"
        // Opening the sentence, for a departure planned asks nothing: "Ich muss um 5 abreisen, können Sie mir ein Taxi bestellen?"
        "?^(bis|um) (#word|#word uhr) (auschecken|checkout|check out|abreisen)",
        // A yes/no question about leaving asks when: "Muss ich um 10 auschecken oder um 11?"
        // Asked, or opening the line as a voice line asks without its question mark; a day or a reason put before the modal
        // tells one's own plan: "am 15 muss ich um 9 uhr auschecken weil mein flug ist um 12", "Morgen muss ich früh raus."
        "?(muss ich|müssen wir|soll ich|sollen wir) ... (auschecken|abreisen|auschecke)", "^(muss ich|müssen wir|soll ich|sollen wir) ... (auschecken|abreisen|auschecke)",
        "?(muss ich|müssen wir|soll ich|sollen wir) ... zimmer ... (verlassen|räumen|freimachen)", "^(muss ich|müssen wir|soll ich|sollen wir) ... zimmer ... (verlassen|räumen|freimachen)",
        // Out by a time, asked as yes or no: "Muss ich um 11 raus oder geht auch später?"
        "?(muss ich|müssen wir|soll ich|sollen wir) (um|bis|schon um) ... (raus|weg|draussen sein)", "^(muss ich|müssen wir|soll ich|sollen wir) (um|bis|schon um) ... (raus|weg|draussen sein)",
        "(ist|wann ist) (der|das) (check out|checkout)",
        // Asked only with a question mark: "Check-out um elf, okay." takes the receptionist's word.
        "?(check out|checkout|auschecken) (ist|bis|um) #tag",
        // Offering two times asks which: "Auschecken um zehn oder um elf?"
        "(check out|checkout|auschecken|abreise) (bis|um) oder",
        // The departure named first, then the time asked alone: "Abreise ist Freitag. Bis wann geht das?"
        "[(abreise*|auscheck*|check out|checkout)] =(bis wann|bis wie viel uhr|bis wieviel uhr|bis um wie viel uhr) (geht das|geht es|ist das|muss ich|müssen wir)",
        // The day of leaving told, then the time asked alone: "Wir reisen am Sonntag ab. Bis wann?"
        "[(abreise*|auscheck*|check out|checkout|reisen|reise)] ?=(bis wann|bis wie viel uhr|bis wieviel uhr|bis um wie viel uhr|um wie viel uhr)",
        // One's own day of leaving, told or not yet known, is no checkout time asked: "Ich weiß nicht, wann ich abreise."
        // (The infinitive after "ich" waits for its modal: "…, bis wann ich auschecken muss." asks.)
        "!((wann|bis wann) ich (@abreise|@auschecke))", "!((wann|bis wann) wir (abreisen|auschecken))",
        "!((wann|bis wann) (ich|wir) (abreisen|auschecken) (werde|werden|will|wollen|möchte|möchten))",
        // Leaving luggage is no leaving: "Wann kann ich das Gepäck abgeben? Ich bin zu früh."
        "!(gepäck|koffer|tasche|taschen|rucksack|wäsche|auto|*auto|mietwagen|leihwagen|fahrrad*)",
        // Stepping out while the room is cleaned is no checkout: "Muss ich das Zimmer verlassen, wenn die Putzfrau kommt?"
        "!!(putzfrau|putzmann|zimmermädchen|reinigung*|reinigungskraft|putzen|geputzt|gereinigt|sauber machen|saubermachen|sauber gemacht|saubergemacht|housekeeping|zimmerservice)",
        // Leaving the key while going out, and how to pay at checkout, ask no time: "Wann muss ich den Schlüssel abgeben, wenn
        // ich abends ausgehe?", "Muss ich beim Auschecken bar zahlen?"
        "!!wenn (ich|wir) ... (ausgehe|ausgehen|weggehe|weggehen|rausgehe|rausgehen|spazieren)",
        "!!(zahlen|bezahlen|bar|kreditkarte|mit karte)",
        ...KNOWN_ALREADY,
        ...USUALLY,
        ...ASKED_LATER,
        ...OTHERS_ASK,
        ...OTHER_HOTEL,
        ...SHOULD_HAVE,
        ...NOT_ASKING,
        // Two words of the stay told apart is a question about words: "Was ist der Unterschied zwischen Check-in und Check-out?"
        "!!unterschied zwischen",
        // The English words asked in English practise no German: "what time is checkout", "When is check out?"
        "!!(what|when|which|until|do i|must i|have to) ... (check out|checkout)",
        // A time after leaving is another's: "Kann ich nach dem Check-out bis 15 Uhr mein Gepäck hier lassen?"
        "!(nach dem|nach|vor dem) (check out|checkout|auschecken) (bis|um)",
      ],
      examples: ["Bis wann muss ich auschecken?", "Um wie viel Uhr ist der Check-out?", "Wann muss ich das Zimmer verlassen?"],
      nudge: "Ask Sophie by what time you have to check out.",
    },
    {
      id: "thank",
      title: "Thank the receptionist",
      points: 10,
      after: ["state_booking", "ask_breakfast", "ask_wifi", "ask_checkout"],
      patterns: thankPatterns,
      examples: ["Vielen Dank!", "Danke schön, sehr freundlich."],
      nudge: "Sophie has answered your questions: thank her.",
    },
  ],
};
