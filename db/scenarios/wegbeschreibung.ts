import { greetPatterns, storyBlockers, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// Cities, countries and far homes: a journey there is no way through this city centre.
const farPlaces = [
  "berlin", "hamburg", "köln", "frankfurt", "stuttgart", "nürnberg", "dresden", "leipzig", "salzburg", "wien", "zürich", "prag",
  "paris", "lyon", "marseille", "rom", "london", "amsterdam", "istanbul", "ankara", "polen", "amerika", "frankreich", "spanien",
  "türkei", "italien",
  // …and the home towns learners tell of: "Ist Sevilla weit von Madrid?", "In Delhi ist alles weiter."
  "madrid", "sevilla", "barcelona", "valencia", "lissabon", "delhi", "mumbai", "bangalore", "pune", "indien", "portugal", "mexiko",
  "krakau", "warschau", "danzig", "breslau", "posen", "lodz", "guadalajara", "monterrey", "cancun", "oaxaca", "puebla",
  // …a traveller's home far away, and Munich itself measured against it: "Ist München weit von Sydney?"
  "münchen", "munich", "bayern", "deutschland", "europa", "australien", "australia", "sydney", "melbourne", "brisbane", "perth",
  "adelaide", "neuseeland", "england", "irland", "kanada", "usa", "japan", "china",
];

// Not caring how far or which way asks nothing: "Ob das weit ist, ist mir egal.", "Wie ich zum Bahnhof komme, ist mir egal.",
// "Wie lange es dauert, spielt keine Rolle." (not a bare "egal", which may wave a slip away: "Egal, wo ist der Bahnhof?")
const indifference =
  "!!((mir|uns) (egal|wurst|wurscht|schnuppe|unwichtig|nicht wichtig)|(ist|isch|sind|wäre) (egal|unwichtig)|spielt (keine|doch keine|gar keine|für mich keine|für uns keine|mir keine|eigentlich keine|hier keine) rolle)";

// The question named as a noun and put off: "Die Frage, wie weit es zum Bahnhof ist, stelle ich später."
const questionPutOff = [
  "!!(stelle|stellen|stell) (ich|wir) ... (später|morgen|nachher|übermorgen|ein andermal|im hotel)",
  "!!(ich|wir) (stelle|stellen) ... (später|morgen|nachher|übermorgen|ein andermal|im hotel)",
];

// The words that catch attention, as words said or told of.
const attentionWords = "(entschuldigung|hallo|grüß gott|gruss gott|sorry|guten tag|servus|verzeihung|hi|moin|pardon)";

// Not wanting to know asks nothing: "Ich will nicht wissen, wo die Kirche ist.", "Ich muss gar nicht fragen, wie weit es ist."
// A question asked in the simple past is a report, typed exactly ("fragen", "fragt" relay or ask now): "Meine Frau fragte
// gestern, ob es weit ist."
const notAsking = [
  "!!((will|möchte|möchten|wollen|wollte|muss|müssen) (nicht|gar nicht|eigentlich nicht|jetzt nicht) (wissen|fragen))",
  "!!(@fragte|@fragten|@fragtest)",
];

// What another wanted to know, in the past, is told: "Meine Kollegin wollte wissen, wo der Viktualienmarkt ist."
// ("Meine Frau will wissen, …" passes her question on now; one's own "Ich wollte fragen, …" asks politely.)
const othersWantedToKnow = [
  "!!((mein|meine|meinen|unser|unsere) #word (wollte|wollten) (wissen|fragen|erfahren))",
  "!!((er|sie) wollte (wissen|fragen|erfahren))",
];

// A polite frame of one's own before an indirect "wo": "Darf ich Sie fragen, wo …", "Ich möchte gerne wissen, wo …",
// "…, deshalb muss ich schnell wissen, wo …" (not "würde … fragen", which tells what one would do).
const askFrames = [
  "(ich|wir) (möchte|möchten|will|wollen|wollte|wollten|muss|müssen|@müsste|@müssten|darf|dürfte) ... (fragen|wissen|erfahren)",
  "(möchte|möchten|will|wollen|wollte|wollten|muss|müssen|@müsste|@müssten|darf|dürfte|kann|könnte) (ich|wir) ... (fragen|wissen|erfahren)",
];
const whereTails = [
  "wo (der|die|das|den|ein|eine|hier|hier der|hier die|hier das|hier ein|hier eine) ($place|#noun) (ist|liegt|sind|liegen)",
  "wo sich ... (befindet|befinden)",
];

export const wegbeschreibung: ScenarioSeed = {
  id: "wegbeschreibung",
  title: "Nach dem Weg fragen",
  subtitle: "Ask a passer-by the way in Munich",
  character: {
    name: "Frau Huber",
    role: "Passantin",
    persona:
      "Du bist eine pensionierte Lehrerin und gehst mit deinem Hund durch die Münchner Altstadt, nahe am Marienplatz. Du sagst „Sie“ zu Fremden, sprichst langsam und deutlich und erklärst den Weg in kleinen Schritten. Du kennst den Weg zum Bahnhof, zur Apotheke, zur Frauenkirche und zum Viktualienmarkt.",
  },
  setting:
    "A street corner near Marienplatz in Munich on a sunny afternoon. The learner is lost and stops a passer-by to ask the way to a place in the city centre, such as the station, a pharmacy, the Frauenkirche or the Viktualienmarkt.",
  level: { min: "A1", max: "A1" },
  openingLine: "Grüß Gott! Suchen Sie etwas? Kann ich Ihnen helfen?",
  keyWords: [
    { de: "geradeaus", en: "straight on" },
    { de: "links", en: "left" },
    { de: "rechts", en: "right" },
    { de: "die Ampel", en: "the traffic lights" },
    { de: "die Kreuzung", en: "the crossroads" },
    { de: "die Kirche", en: "the church" },
    { de: "zu Fuß", en: "on foot" },
    { de: "weit", en: "far" },
  ],
  exchanges: [
    { learner: "Entschuldigung, wo ist der Bahnhof?", character: "Gehen Sie geradeaus und dann links. Sehen Sie die Ampel?" },
    { learner: "Ist das weit?", character: "Nein, nur zehn Minuten zu Fuß. Haben Sie es eilig?" },
    { learner: "Also geradeaus und dann links?", character: "Genau, ganz richtig. Brauchen Sie noch etwas?" },
  ],
  lexicon: {
    direction: ["links", "rechts", "geradeaus", "gerade aus", "nach links", "nach rechts", "runter", "hinunter", "rauf", "hinauf", "nach oben", "nach unten",
      // "geradeaus" as it is said ("grade aus") and as an English phone splits it ("gerade as"): "zuerst rechts, dann gerade as, ja?"
      "gradeaus", "grade aus", "gradaus", "gerade as", "grade as",
      // …and the idiom for it: "Also immer der Nase nach und dann links?"
      "der nase nach"],
    place: [
      "*bahnhof", "bahnhof*", "post", "postamt", "apotheke*", "*museum", "*platz", "*strasse", "*kirche", "rathaus",
      "*haltestelle", "u bahn", "s bahn", "ubahn", "sbahn", "supermarkt", "bank", "*hotel", "hotel*", "*markt",
      "toilette*", "klo", "krankenhaus", "*park", "*garten", "zentrum", "innenstadt", "altstadt", "dom", "bibliothek",
      "kino", "theater", "universität", "uni", "polizei", "*information", "*tor", "*brücke", "restaurant", "cafe", "wc",
      "stadion", "flughafen", "hbf", "zoo", "schwimmbad",
      // Shops and machines a passer-by is asked for: "Einen Geldautomaten.", "Wo ist hier eine Bäckerei?"
      "bäckerei", "metzgerei", "drogerie", "buchhandlung", "geldautomat*", "bankautomat*", "tankstelle", "kiosk", "taxistand",
      // The long word itself, so that a slip in it is heard: "hauptbanhof".
      "hauptbahnhof",
      // Halls and houses a visitor is sent to: "Hofbräuhaus, wo ungefähr?"
      "hofbräuhaus", "kaufhaus", "brauhaus", "wirtshaus", "parkhaus",
      // Offices and hire shops a visitor needs: "Fundbüro." (to "Suchen Sie etwas?"), "Einen Fahrradverleih, bitte."
      "fundbüro", "*verleih",
      // The tourist office, clipped as signs and chat write it: "Tourist-Info? Wo bitte?"
      "tourist info", "touristinfo", "touri info", "touriinfo", "touristeninfo", "touristen info",
      // A tourist's English for the place, a German word beside it or not: "Wo ist pharmacy... die Apotheke?", "the church, wo?"
      "pharmacy", "church", "train station", "hospital", "restroom", "bathroom",
    ],
    // Walking there, as a learner asks whether it can be done: "Ich kann zu Fuß gehen, oder?"
    // (Not a bare "gehen" right after the modal: "Ich kann gehen?", "Wir können gehen, oder?" ask to leave, and "Man kann gehen,
    // wenn die Ampel grün ist?" asks when to cross.)
    // …the verb before "zu Fuß" too, in English order: "Ich kann gehen zu Fuß dorthin?"
    // ("Fuß" typed as it sounds, with one s, in the patterns below as well: "wi lange zu fus?")
    // Within walking reach, named as a noun or an adjective, the Swiss "Gehdistanz" too: "Ist es in Gehweite?", "Ist das fußläufig?"
    // …or just round the corner: "Ist das nur ein Katzensprung?", "Ist das gleich ums Eck?"
    walkRange: ["gehweite", "laufweite", "fussweite", "gehdistanz", "laufdistanz", "fussdistanz", "fussläufig", "fussnähe",
      "katzensprung", "um die ecke", "ums eck", "ums eckerl"],
    walk: ["zu fuss", "zu fus", "zu fuss gehen", "gehen zu fuss", "laufen zu fuss", "laufen", "hinlaufen", "hingehen"],
    // …but with "da" or "dahin" before it, "gehen" walks that way: "Man kann da gehen?"
    walkThere: ["zu fuss", "zu fus", "zu fuss gehen", "gehen zu fuss", "laufen zu fuss", "laufen", "hinlaufen", "hingehen", "gehen"],
    // What one thinks of a place, with "finden" as "think": "Ich finde den Bahnhof schön."
    // What a street or a place on one side is like: "Das Restaurant rechts ist sehr teuer, oder?"
    quality: ["schön", "teuer", "billig", "hässlich", "laut", "leise", "toll", "interessant", "langweilig", "hübsch", "lecker",
      "gemütlich", "sauber", "schmutzig", "gefährlich", "berühmt", "bekannt", "eng", "breit", "steil", "dunkel", "alt", "modern"],
    opinion: ["schön", "schoen", "gut", "toll", "super", "schlecht", "hässlich", "interessant", "langweilig", "teuer", "billig", "laut", "leise", "gross", "klein", "alt", "modern", "okay", "ok", "cool", "hübsch", "praktisch"],
    // Another city, a country or home: a journey, not this walk ("ist es weit nach berlin?", "Wie weit ist Paris von hier?").
    city: [...farPlaces, "hause"],
    // The same without home: "Wie komme ich nach Istanbul?" is a journey, "Wie komme ich nach Hause?" a way.
    farPlace: farPlaces,
    // How far, counted: "wie viele Minuten", and the phonetic "wie file minute".
    // …its dative too: "In wie vielen Minuten bin ich dort?"
    many: ["viele", "viel", "vielen", "file", "fiele", "vile", "fiel"],
    unit: ["minute*", "min", "meter", "kilometer", "km", "station", "stationen", "haltestelle*", "schritte", "stunde*", "zeit",
      // A quarter or half of an hour, one word or two: "Mehr als eine Viertelstunde?"
      "viertelstunde", "halbe stunde", "dreiviertelstunde"],
    // One's own things mislaid, asked after, ask no way: "Wo ist meine Fahrkarte? Ach, in der Tasche."
    belonging: ["handy", "tasche", "koffer", "rucksack", "pass", "reisepass", "jacke", "geld", "fahrkarte", "ticket", "karte",
      "schlüssel", "brille", "sonnenbrille", "portemonnaie", "geldbeutel", "geldbörse", "ausweis", "kamera", "schirm", "regenschirm",
      "mütze", "hut", "stadtplan", "zettel", "kreditkarte", "uhr", "kopfhörer", "ladekabel", "kabel"],
    // A step of a ride, as the learner repeats it: "zwei Stationen", "dann aussteigen", "Richtung Pasing".
    step: [
      "(ein|eine|zwei|drei|vier|fünf|1|2|3|4|5) (station|stationen|haltestelle|haltestellen|stopp|stopps|stops)",
      "(erste|ersten|zweite|zweiten|dritte|dritten|nächste|nächsten) (station|haltestelle)",
      "aussteigen", "umsteigen", "richtung #noun",
      // …and getting off said plainly: "U-Bahn bis Universität, dort raus."
      "(dort|da|dann) raus",
    ],
    // A line of the city's transport, as her directions name it and the learner echoes it: "Die U-Bahn bis Universität."
    line: ["u bahn", "ubahn", "s bahn", "sbahn", "bus", "tram", "strassenbahn", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8",
      "s1", "s2", "s3", "s4", "s6", "s7", "s8"],
  },
  objectives: [
    {
      id: "get_attention",
      title: "Say hello or excuse me",
      points: 10,
      patterns: [
        ...greetPatterns,
        // …the verb too, as a careful speaker asks pardon: "Verzeihen Sie bitte die Störung."
        // …clipped as it is said, the verb too: "Tschuldigen Sie, bitte", "'tschuldige!"
        "(entschuldig*|verzeih*|tschuldig*|sorry|excuse me|exgüsi|exgusi|pardon)",
        "(kurze frage|eine frage)",
        // …a small one, or clipped: "Ich hätte da mal eine kleine Frage.", "hab ne frage"
        "(kleine frage|ne frage|ne kurze frage)",
        // Asking for a moment of the passer-by's time: "Darf ich Sie kurz stören?", "Haben Sie kurz Zeit?", "Kann ich Sie etwas fragen?"
        "(darf|kann|könnte|dürfte) ich sie ... (stören|fragen)",
        // …not when the question follows in the same breath, which is only its polite frame: "Dürfte ich Sie fragen, in
        // welcher Richtung der Hauptbahnhof liegt?" ("Darf ich Sie etwas fragen?" still asks for her moment)
        "!fragen (wo|wie|wohin|ob|was|wann|welche|welcher|welchen|welchem|in welche|in welcher|in welchem|in welchen)",
        "?haben sie (kurz|mal kurz|einen moment|eine minute|eine sekunde)",
        // A further question comes once attention is had: "Danke, aber noch eine Frage: ist das weit?"
        "!((noch eine|noch ne|noch eine kurze|eine weitere|eine andere|eine zweite) frage)",
        // A question for someone else catches her attention not: "Ich habe eine Frage an meinen Lehrer." ("an Sie" does)
        "!(frage) (an|für) (mein|meine|meinen|meinem|meiner|unser|unsere|unseren|den|die|der|das|seinen|seine|ihren|ihre|#noun)",
        // …nor one that stands in a book or a class: "Wo ist der Bahnhof? Ist eine Frage in meinem Buch."
        "!(frage|fragen) (in|im|aus) (meinem|meiner|dem|der|unserem|unserer|buch|lehrbuch|kursbuch|kurs|deutschkurs|unterricht)",
        // An apology for one's question or German, after it, catches no attention: "Ist es weit? Entschuldigung für die dumme Frage."
        "!(entschuldig*|sorry|verzeihung|tschuldigung) (für|wegen) (dumme|blöde|doofe|dummen|blöden) (frage|fragen)",
        "!(entschuldig*|sorry|verzeihung|tschuldigung) (für|wegen) (mein|meine|meinem) (deutsch|schlechtes deutsch|schlechte deutsch|fehler)",
        // …and so does one in English, or without "für": "sorry my german is bad, wo ist Marienplatz", "Excuse my German."
        "!(entschuldig*|sorry|verzeihung|tschuldigung|excuse) (my|for my) (german|deutsch|english|englisch|bad german)",
        // "Sorry" that takes back one's own slip, mid-message, catches no attention: "links, nein sorry, rechts?", "Ist weit? nein
        // sorry, egal", "sorry ich meine heute"
        "!(nein|no|nee|nö|oops|ups|upps|oh nein|ach nein|hala) (sorry|entschuldigung|pardon|verzeihung)",
        // …nor one that breaks off a phrase after its article or preposition: "wie komme ich zur, ay sorry, zum Bahnhof?"
        "!(zum|zur|zu|der|die|das|den|dem|des|ein|eine|einen|einem|nach|im|am|ins|bis) (sorry|ay sorry|ai sorry|oh sorry|äh sorry|ähm sorry|entschuldigung|pardon)",
        "!(sorry|entschuldigung|pardon|verzeihung) (ich meine|ich meinte|meine ich|meinte ich|i mean|i meant|falsch|wrong|typo|tippfehler|autocorrect|autokorrektur)",
        // Her apology accepted asks for no attention: "Entschuldigung angenommen.", "Ihre Entschuldigung ist akzeptiert."
        "!((entschuldig*|sorry|verzeihung|tschuldigung) (angenommen|akzeptiert|ist angenommen|ist akzeptiert))",
        // An apology told, made to someone else or on another day, catches no attention now: "Ich habe mich gestern bei
        // einer Frau entschuldigt.", "Mein Mann hat sich entschuldigt."
        "!!(habe|hab|hat|haben|hatte|hatten) ... (entschuldigt)",
        // …and so is one owed to someone else: "Ich muss mich bei meinem Mann entschuldigen." ("bei Ihnen" is hers)
        "!!bei (meinem|meiner|meinen|unserem|unserer|ihm|ihr|dem|der|den|einem|einer|#noun) ... (entschuldigen|entschuldige)",
        // The word as a habit of speech, told after it: "Entschuldigung, das sagt mein Mann immer zu allen."
        "!!(das|so) (sagt|sagen|sage) (man|mein|meine|unser|unsere|er|sie|ich) ... (immer|oft|zu allen|jedem|jeden)",
        // The word said on another day, planned, catches no attention now: "Morgen sage ich Entschuldigung.", "Ich sage später
        // hallo zu ihr."
        "!!((morgen|später|nachher|übermorgen|nächstes mal|nächste mal|beim nächsten mal|dann) (sage|sagen|sag) (ich|wir) (entschuldigung|hallo|grüß gott|gruss gott|sorry|guten tag|servus|verzeihung|hi))",
        "!!((ich|wir) (sage|sagen) (morgen|später|nachher|übermorgen|nächstes mal|dann) (entschuldigung|hallo|grüß gott|gruss gott|sorry|guten tag|servus|verzeihung|hi))",
        // …or told in the perfect, anyone's: "Meine Freundin hat Entschuldigung gesagt.", "Er hat zu mir hallo gesagt."
        `!(habe|hab|hat|haben|hatte|hatten) ... ${attentionWords} gesagt`,
        // …or asked about as a custom: "Hallo sagen alle hier?", "Hallo sagt man in München?" (not "sagen Sie", which asks her)
        `!${attentionWords} (sagen|sagt|sage) (alle|man|die leute|viele|hier|ihr|wir|die bayern|die münchner)`,
      ],
      examples: ["Entschuldigung!", "Entschuldigen Sie, bitte!", "Grüß Gott!"],
      nudge: "Catch the passer-by's attention politely before you ask anything.",
    },
    {
      id: "ask_way",
      title: "Ask the way to a place",
      points: 30,
      patterns: [
        "wo (ist|sind|liegt|liegen|finde|finden|gibt) $place",
        // Verbless: "entschuldigung wo bahnhof", "ich nicht wissen wo frauenkirche"; an article would start a relative clause.
        "(wo $place)",
        // …the place's name split in two, as learners type a compound: "Entschuldigung wo Viktualien Markt?"
        "?wo #noun $place",
        // The indirect question, its verb last, after not knowing: "Ich weiß nicht, wo die Apotheke ist." (the relative
        // "dort, wo …" is blocked below; "Ich weiß, wo …" knows it already).
        "(nicht|sie|du) ... wo (der|die|das|den|ein|eine|hier|hier der|hier die|hier das) $place (ist|liegt|sind|liegen)",
        // (Not a "nicht" of asking, which that "nicht" would let through: "Hätte ich ein Handy, würde ich nicht fragen, wo das Museum ist.")
        "!!((nicht|nie|nicht mehr|niemals) (fragen|frage|fragt|gefragt))",
        "!!((frage|fragen|fragt|frag) (nicht|nie|niemals))",
        // …and after wanting to ask, as polite learners open: "Ich wollte fragen, wo der Viktualienmarkt ist."
        "(ich|wir) (wollte|wollten|möchte|möchten|will|würde gern|würde gerne) (fragen|frage) wo (der|die|das|den|ein|eine|hier|hier der|hier die|hier das) $place (ist|liegt|sind|liegen)",
        // …or passing on a companion's question, or wanting to know: "Meine Frau fragt, wo der Viktualienmarkt ist.", "Ich
        // möchte wissen, wo die Post ist." (a habit, "fragt immer", and a report, "hat gefragt", are the judge's to silence)
        // …or the old polite "hätte gern gewusst": "Ich hätte gern gewusst, wo die Post ist."
        "(fragt|fragen|will wissen|möchte wissen|möchten wissen|wollen wissen|wollte wissen|würde gern wissen|würde gerne wissen|hätte gern gewusst|hätte gerne gewusst|hätten gern gewusst) wo (der|die|das|den|ein|eine|hier|hier der|hier die|hier das|hier ein|hier eine) $place (ist|liegt|sind|liegen)",
        // "sich befinden", its verb last: "Ich hätte gern gewusst, wo sich hier die nächste Apotheke befindet."
        "(nicht|sie|du|fragt|fragen|will wissen|möchte wissen|möchten wissen|wollen wissen|wollte wissen|würde gern wissen|würde gerne wissen|hätte gern gewusst|hätte gerne gewusst|hätten gern gewusst) ... wo sich ... (befindet|befinden)",
        ...askFrames.flatMap((frame) => whereTails.map((tail) => `${frame} ${tail}`)),
        // …"Sie" its object, the indirect question in the clause after: "Dürfte ich Sie fragen, wo sich die Post befindet?"
        ...whereTails.map((tail) => `[(ich|wir) sie fragen] ${tail}`),
        ...questionPutOff,
        ...notAsking,
        // …a place the lexicon does not list, as "Wo ist hier ein Taxistand?" asks it: "Meine Frau fragt, wo hier ein Taxistand ist."
        "(fragt|fragen|will wissen|möchte wissen|möchten wissen|wollen wissen|wollte wissen|würde gern wissen|würde gerne wissen) wo hier (ein|eine) #noun (ist|sind)",
        // …not what people in general ask, as small talk: "Viele Touristen fragen, wo der Marienplatz ist, oder?", "Alle
        // Leute wollen wissen, wo das Museum ist."; nor the passer-by's question echoed: "Sie fragen, wo der Bahnhof ist?"
        "!!(viele|alle|manche|die meisten|die leute|viele leute|alle leute|touristen|die touristen|viele touristen|jeder|niemand|keiner) ... (fragen|fragt|wollen wissen|will wissen|möchten wissen|möchte wissen)",
        // (a span, so that one's own "Darf ich Sie fragen, wo …" asks through the clause after it, below)
        "!?(sie fragen|du fragst)",
        "!(da|dort|dahin|dorthin) wo",
        // A journey to another city or country is no way through this centre: "Wie komme ich nach Istanbul am billigsten?"
        // ("Wie komme ich nach Hause?" asks it; "Ich muss nach Berlin, wo ist der Bahnhof?" asks the station.)
        "!(nach|bis) $farPlace",
        // A turn repeated with a modal checks the way, it asks none: "ich muss links gehen bei die kirche?"
        "!((muss|müssen|soll|sollen|gehe|gehen) $direction)",
        // A plan to ask later asks nothing now: "Morgen frage ich im Hotel nach dem Weg."
        "!!((morgen|später|nachher|übermorgen|am abend|heute abend|am nachmittag|heute nachmittag|am wochenende|nächste woche) (frage|fragen|frag|gehe|gehen|fahre|fahren|suche|suchen))",
        // …or on another occasion: "Nächstes Mal frage ich Sie, wie ich zum Dom komme."
        "!!((nächstes mal|nächste mal|beim nächsten mal|ein andermal|ein anderes mal) (frage|fragen|frag|gehe|gehen|fahre|fahren|suche|suchen|will|möchte|muss|werde|werden|ich|wir))",
        // …the subject before the verb, in English order: "Morgen ich frage nach dem Weg zum Museum.", "Später wir gehen zum Dom."
        "!!((morgen|später|nachher|übermorgen|am abend|heute abend|am nachmittag|heute nachmittag|am wochenende|nächste woche) (ich|wir) (frage|fragen|frag|gehe|gehen|fahre|fahren|suche|suchen|will|möchte|muss|wollen|möchten|müssen|werde|werden))",
        // …nor does a visit planned with a modal, the time set first: "Morgen will ich zur Frauenkirche gehen, heute habe ich keine Zeit."
        "!!((morgen|später|nachher|übermorgen|nächste woche|am wochenende) (will|möchte|muss|wollen|möchten|müssen|werde|werden) (ich|wir))",
        // …nor one put off in the clause after: "Ich muss zum Arzt, aber erst morgen.", "Ich will zur Frauenkirche, wenn ich mal Zeit habe."
        "!!(aber erst (morgen|übermorgen|später|nachher|heute abend|nächste woche|am wochenende))",
        "!!(wenn (ich|wir) (mal|irgendwann|später|einmal) (zeit|lust))",
        // …or on having the time at all: "Wenn ich Zeit habe, frage ich nach dem Weg zum Museum."
        "!!(wenn (ich|wir) (zeit|lust|noch zeit|genug zeit|mehr zeit) (habe|hab|haben))",
        // Whether to ask is asked of a companion, not of her: "Soll ich fragen, wo der Bahnhof ist?"
        "!!((soll|sollen|sollte|sollten) (ich|wir) (fragen|frage|mal fragen|sie fragen|jemand fragen|jemanden fragen))",
        // Asking on a condition tells what one would do, the main clause in A1 order or not: "Wenn ich verloren bin, ich frage
        // Polizei wo ist Hotel", "Wenn ich mich verlaufe, frage ich die Leute, wo der Bahnhof ist."
        "!!(wenn|falls|sobald) (ich|wir) ... #word (ich|wir) (frage|fragen|frag)",
        "!!(wenn|falls|sobald) (ich|wir) ... #word (frage|fragen|frag) (ich|wir)",
        // …and so does asking someone else than her: "Ich frage die Polizei, wo das Hotel ist."
        "!!((frage|fragen|frag) (die polizei|polizei|einen polizisten|den polizisten|im hotel|an der rezeption|jemand anderen|jemanden anderen|meinen|meine|meinem|unseren|unsere))",
        // Verb last, as learners order it: "ich Bahnhof suchen", "ich zum Bahnhof müssen".
        "(ich|wir) $place (suchen|suche|such|finden|finde)",
        // …not in a clause of condition or time, finding it the premise of something else: "Wenn ich die Frauenkirche finde,
        // mache ich ein Foto.", "Sobald ich den Bahnhof finde, rufe ich dich an."
        "!(wenn|falls|sobald|bevor|nachdem|bis) (ich|wir) ... (finde|finden|find)",
        "(ich|wir) (zum|zur|nach) (#noun|$place) (gehen|kommen|müssen|muss|will|möchte|fahren)",
        "wie (komme|komm|kommen|gehe|geh|gehen|fahre|fahren|laufe|laufen) (ich|man|wir) ($place|#noun)",
        "(welcher|welchen) weg ($place|zum|zur|nach)",
        // The indirect question, the old dative "Wege": "…, auf welchem Wege ich am besten zum Hauptbahnhof komme?"
        "(welchem|welchen|welcher) (weg|wege|richtung) (ich|man|wir) ... (zum|zur|nach|zu|ins) (#noun|$place)",
        // Needing one, with an indefinite article, asks where one is: "Ich brauche eine Apotheke."
        "(ich|wir) (brauche|brauchen|brauch) (eine|einen|ein|ne|n) $place",
        // …or with none, as A2 drops it: "ich brauche apotheke, wo ist?"
        "(ich|wir) (brauche|brauchen|brauch) $place",
        // A place asked alone: "Entschuldigung, Bahnhof?" (not the character's own word echoed).
        "?=$place",
        // A place named before, by the learner or the character, then asked with a pronoun: "…, aber wo ist sie denn?"
        "[$place] ?wo (ist|liegt|finde ich|finde man) (sie|er|es|denn|die denn|der denn|das denn|die genau|der genau|das genau)",
        "[$place] ?=wo (ist|liegt) (der|die|das)",
        "[$place] ?=wo (ist|liegt|sind)",
        // …the place named in one's own perfect, which sets no scene: "Ich habe den Bahnhof nicht gefunden, wo ist er?"
        "?(nicht gefunden|nicht finden|nicht gesehen) wo (ist|liegt|sind) (er|sie|es|der|die|das)",
        // …or how to get there, the place in the sentence before: "how do I get to Marienplatz? wie komme ich?"
        "[$place] ?=wie (komme|komm|kommen|gehe|geh|finde) (ich|man|wir)",
        // "sich befinden" asks where as "sein" does: "Wo befindet sich die nächste Apotheke?"
        "wo (befindet|befinden) sich",
        "wie (komm*|gehe|geh*|fähr*|finde) (zum|zur|nach|zu|in|ins)",
        // "kommen" typed with one m, as it is said: "wie kome ich zum Hauptbahnhof", "Wie komen wir zur Post?"
        "wie (kome|komen|kom) (zum|zur|nach|zu|in|ins)",
        // The place named before: "Ich finde den Bahnhof nicht, wie komme ich dahin?"
        "wie (komme|komm|kommen|gehe|geh|gehen|fahre|fahren|finde) (ich|man|wir) (dahin|dorthin|hin|da hin|dort hin)",
        // The indirect question puts the verb last: "Können Sie mir sagen, wie ich zum Odeonsplatz komme?"
        "wie (ich|man|wir) (zum|zur|nach|zu|ins|in die|in den) (#noun|$place) (komme|komm|kommt|kommen|gehe|geht|fahre|fährt|finde|findet|gelange)",
        "wie (finde|finden) (ich|man|wir) (den|die|das|zum|zur) (#noun|$place)",
        // A modal between: "Wie kann ich zum Markt gehen?", "Wohin muss ich gehen?"
        "wie (kann|könnte|muss|soll|komme) (ich|man|wir) (zum|zur|nach|zu|ins|in die|in den)",
        "wohin (muss|soll|kann|müssen|sollen|gehe|geh) (ich|man|wir)",
        // …"wo" with "hin" or "lang" after: "Wo muss ich hin für den Viktualienmarkt?", "Wo soll ich lang?"
        "wo (muss|soll|müssen|sollen) (ich|man|wir) (hin|lang|entlang|hingehen|langgehen|langlaufen)",
        // Which street or line to take: "Welche Straße muss ich nehmen zum Bahnhof?", "Welchen Bus soll ich nehmen?"
        "?(welche|welcher|welchen) (strasse|weg|richtung|$line|linie) (muss|soll|kann|sollte|müssen|sollen) (ich|man|wir) ... (nehmen|gehen|fahren|laufen)",
        // Where to do something is where to go: "Wo kann ich Geld abheben?", "Wo kann ich hier Brot kaufen?"
        "wo (kann|könnte|muss) (ich|man|wir) ... (kaufen|abheben|bekommen|kriegen|einkaufen|tanken|parken|essen)",
        // Other verbs of reaching or finding: "Wie erreiche ich den Marienplatz?", "Welche Straße führt zum Rathaus?", "Ich finde das Museum nicht."
        "wie (erreiche|erreichen) (ich|man|wir)",
        // "gelangen", the B1 word for getting there: "Wie gelange ich zum Marienplatz?"
        "wie (gelange|gelangen|gelangt) (ich|man|wir) (zum|zur|nach|zu|in|ins|dahin|dorthin|hin)",
        // Which line takes one there: "Welcher Bus fährt zum Hauptbahnhof?", "Welche U-Bahn geht zum Marienplatz?"
        "?(welcher|welche|welchen) (bus|tram|ubahn|u bahn|sbahn|s bahn|strassenbahn|linie|zug) (fährt|geht|fahren) (zum|zur|nach|zu)",
        "(welche|welcher) (strasse|weg|richtung) (führt|geht) (zum|zur|nach|zu)",
        // The verb left out: "Welche Straße zum Bahnhof?"
        // (Side by side: "Welche Straße gefällt Ihnen am besten zum Einkaufen?" asks her taste.)
        "?((welche|welcher|welchen) (strasse|weg) (zum|zur|nach|zu))",
        "=(ich|wir) (finde|finden|find) (den|die|das) (#noun|$place) (nicht|nich|net)",
        // …a known place not whole, as chat opens with a filler: "wallah ich find den viktualienmarkt nich"
        "(ich|wir) (finde|finden|find) (den|die|das) $place (nicht|nich|net)",
        // Not finding it, in learner order or with a modal: "ich nicht finden Viktualienmarkt", "Ich kann den Bahnhof nicht finden."
        "(ich|wir) (nicht|kann nicht|können nicht) (finden|finde|find) ($place|den $place|die $place|das $place)",
        // …not an opinion of it, "finden" as "think": "ich nicht finde hotel schön, zu laut".
        "!(finden|finde|find) ($place|den $place|die $place|das $place) $opinion",
        // …nor a negated one: "Ich finde den Bahnhof nicht schön.", "ich find die kirche nich so toll"
        "!(finden|finde|find) ($place|den $place|die $place|das $place) (nicht|nich|net) $opinion",
        "!(finden|finde|find) ($place|den $place|die $place|das $place) (nicht|nich|net) (so|sehr|besonders|echt|gerade|wirklich) $opinion",
        "=(ich|wir) (finde|finden|find) $place (nicht|nich|net)",
        // …the "nicht" before the place, as A2 orders it: "ich finde nicht die kirche"
        "=(ich|wir) (finde|finden|find) nicht ($place|den $place|die $place|das $place|der $place)",
        "=(ich|wir) (kann|können) ($place|den $place|die $place|das $place) nicht finden",
        "?kennen sie (den|die|das) $place",
        // One of a kind asked for, not a known one: "Kennen Sie eine Apotheke hier?" (the place right after: "Kennen Sie ein
        // gutes Restaurant?" asks for advice)
        "?((kennen sie|kennst du) (eine|einen|ein) $place)",
        // …not one in another town, advice for a trip: "Kennen Sie ein Hotel in Berlin?"
        "!((kennen sie|kennst du) (eine|einen|ein) $place in #noun)",
        // The place first, the question word and an infinitive after: "Bahnhof wie gehen?"
        "?=($place|#noun) (wie|wo|wohin) (gehen|kommen|laufen|fahren|finden|lang)",
        // …or the place first and the verb last, as learners order it: "Bahnhof wo ist?", "Die Apotheke wo liegt?"
        "?=($place|der $place|die $place|das $place) wo (ist|liegt|sind|liegen)",
        // A yes/no question about the road: "Führt diese Straße zum Sendlinger Tor?"
        "(führt|geht|komme ich|kommt man|bin ich|gehe ich|laufe ich|fahre ich) (diese|die|der|dieser|hier|da) (strasse|weg|richtung|richtig) (zum|zur|nach|zu|für)",
        "(ich|wir) (such*) (den|die|das|eine|einen|ein) #noun",
        // Not "müss*": a pattern's umlaut accepts the plain vowel, and the past "musste" asks nothing ("Ich musste zur Polizei").
        "(ich|wir) (such*|möcht*|muss|müssen|will|wollen) $place",
        "(ich|wir) (möcht*|muss|müssen|will|wollen) (zum|zur|nach)",
        // The polite Konjunktiv of needing to go: "Wir müssten zum Zoo.", "Ich müsste eigentlich zur Apotheke.", "Ich bräuchte eine Apotheke."
        // (its umlaut typed: "Ich musste zur Polizei" and "ich brauchte eine Apotheke" are past)
        "(ich|wir) (@müsste|@müssten) (zum|zur|nach|$place)",
        "(ich|wir) (@müsste|@müssten) (eigentlich|dringend|noch|mal|kurz|bitte) (zum|zur|nach)",
        "(ich|wir) (@bräuchte|@bräuchten) (eine|einen|ein|ne|n|dringend eine|dringend einen) $place",
        // …not to work, a meal or a class, which tell one's day and ask her no way: "Ich müsste eigentlich zur Arbeit.", "Wir müssen zum Essen."
        "!((muss|müssen|müsste|müssten|will|wollen|möchte|möchten) (zur arbeit|zum essen|zum mittagessen|zum abendessen|zum frühstück|zum training|zum unterricht|zum kurs|zum deutschkurs))",
        "!((muss|müssen|müsste|müssten|will|wollen|möchte|möchten) (eigentlich|noch|dringend|jetzt|gleich|bald|heute) (zur arbeit|zum essen|zum mittagessen|zum abendessen|zum frühstück|zum training|zum unterricht|zum kurs|zum deutschkurs))",
        // …the verb second after a word of now, the subject after it: "…, aber jetzt suche ich den Viktualienmarkt.", "Nun
        // möchte ich zum Bahnhof.", "Gestern war ich am Bahnhof, heute suche ich das Deutsche Museum." (not a later day:
        // "Morgen suche ich …" is a plan)
        "(jetzt|nun|gerade|momentan|eigentlich|also|hier|heute|im moment) (suche|suchen|such) (ich|wir) ($place|den $place|die $place|das $place|eine $place|einen $place|ein $place|den #noun|die #noun|das #noun)",
        "(jetzt|nun|gerade|momentan|eigentlich|also|heute|im moment) (möchte|möchten|muss|müssen|will|wollen) (ich|wir) (zum|zur|$place)",
        // …not a later part of today, the time put first: "Heute Abend möchte ich ins Kino.", "Heute Nachmittag suche ich ein Geschenk."
        "!!((heute abend|heute nachmittag|heute nacht|heute mittag|heute später) (möchte|möchten|muss|müssen|will|wollen|gehe|gehen|suche|suchen|fahre|fahren) (ich|wir))",
        "(weg|richtung) (zum|zur|nach|zu)",
        // The way described, a weather or distance far away, asks nothing: "Der Weg zum Dom ist sehr schön.", "Weit weg von zu Hause bin ich."
        "!!(weg|richtung) (zum|zur|nach|zu) ... (ist|war|sind) (sehr|so|schön|toll|wunderschön|interessant|lang|kurz|zu|weit|nah|nahe|nicht)",
        "!(weit weg|ganz weg)",
        // The passer-by's own way asks for none: "Sind Sie auch auf dem Weg zum Markt?", "Bist du gerade auf dem Weg zur Arbeit?"
        "!((sind sie|bist du|seid ihr|sie sind|du bist|ihr seid) auf dem weg)",
        "!((sind sie|bist du|seid ihr|sie sind|du bist|ihr seid) (auch|gerade|jetzt|schon|vielleicht|zufällig) auf dem weg)",
        // …and so does the way's nature asked, verb first: "Ist der Weg zum Bahnhof gefährlich in der Nacht?", "Ist die Straße
        // zum Rathaus laut?" (the learner walks it already or not at all; where it is, is not asked).
        "!!((ist|war|wäre) (der weg|die strasse) (zum|zur|nach|zu)) ... (gefährlich|sicher|schön|hübsch|dunkel|steil|laut|ruhig|interessant|voll|beleuchtet)",
        // A question asked by another, its speech tag after it unpunctuated, is a report: "wo ist der bahnhof hat mein sohn gefragt".
        "!!((hat|hatte) (mein|meine|unser|unsere) #word gefragt)",
        ...othersWantedToKnow,
        // A way another found or was shown, in the perfect, asks none: "mein Bruder hat den Weg zur Apotheke gefunden"
        // ("Haben Sie …?" and one's own "habe … nicht gefunden" stay open).
        "!!(hat|hatte|hatten) ... (gefunden|gesucht|gezeigt|erklärt|beschrieben|vergessen)",
        "!!((hat|hatte) (er|sie) (gefragt|mich gefragt|mal gefragt))",
        // …and one's own asking told in the perfect asks nothing now: "Ich habe nach dem Weg zum Dom gefragt, aber niemand wusste es."
        "!!(habe|hab|haben|hatte|hatten) ... gefragt",
        // A way known by now asks none: "Ich hätte gern gewusst, wo der Bahnhof ist, aber jetzt weiß ich es."
        "!!((jetzt|nun) (weiss|weis|kenne|kennen|wissen) (ich|wir))",
        // …nor one seen or found by now, the subject first as A1 orders it too: "Ich wollte fragen wo ist Apotheke aber jetzt
        // ich sehe sie", "Wo ist die Post? Ah, jetzt sehe ich sie."
        "!!((jetzt|nun|ah|ach|aha|oh) (sehe|seh|sehen|finde|find) (ich|wir) (sie|ihn|es|das|den|die|ihr))",
        "!!((jetzt|nun|ah|ach|aha|oh) (ich|wir) (sehe|seh|sehen|weiss|weiß|weis|kenne|kennen|finde|find) (sie|ihn|es|das|den|die|ihr))",
        // …nor one not known before, in the past, or found by now: "Ich wusste nicht, wo der Bahnhof ist, aber jetzt habe ich
        // ihn gefunden." ("Ich weiß nicht, wo …" asks.)
        "!!((ich|wir) (wusste|wussten|wußte|wußten) (nicht|es nicht|auch nicht|gar nicht))",
        "!!(jetzt|nun|endlich) (habe|hab|haben) (ich|wir) ... gefunden",
        // Where one place lies beside another, told, asks for neither: "Das Hotel ist in der Nähe vom Bahnhof, glaube ich."
        "!((ist|liegt|sind|liegen) (in der nähe|nahe|nah) (vom|von der|von dem|von))",
        // Looking for one's own things asks no way: "Moment, ich suche den Zettel mit der Adresse."
        "!!(zettel|notizzettel|schlüssel|brille|portemonnaie|geldbeutel|auf meinem handy|in meinem handy|in meiner tasche)",
        // "Ist hier …" about a rule or a seat: "Ist hier Rauchen verboten?", "Ist hier Platz?"
        "!!(verboten|erlaubt|besetzt)",
        "!(hier platz|noch platz|hier frei)",
        "?gibt es $place",
        // …but how many there are, or whether any, is small talk about the town: "Gibt es in München viele Apotheken?"
        "!(gibt es|gibts) ... (viele|so viele|zu viele|wenige|wenig|genug) (#noun|$place)",
        // …not a thing inside a building, the building only where it stands: "Gibt es im Bahnhof eine Gepäckaufbewahrung?"
        // (an area still holds the place asked: "Gibt es im Zentrum eine Apotheke?")
        "!((gibt es|gibts) (im|in der|in dem|drinnen im|drin im) (*bahnhof|hbf|*museum|*hotel|hotel*|*kirche|dom|rathaus|supermarkt|flughafen|stadion|theater|kino|krankenhaus|zoo|schwimmbad|bibliothek|universität|uni))",
        // A kind of place named before, then asked for with a pronoun: "Meine Tochter muss aufs Klo, wo gibt es hier eins?"
        "[$place] ?wo (gibt es|gibts|finde ich|finde man|finden wir) (hier|in der nähe|hier in der nähe|hier irgendwo|irgendwo|hier in der gegend) (eins|eine|einen|welche)",
        "[$place] ?^(gibt es|gibts) (hier|in der nähe|hier in der nähe|hier irgendwo|irgendwo) (eins|eine|einen|welche)",
        // Which side a place lies on, asked: "Ist die Pinakothek hier links oder rechts?", "Links oder rechts zum Bahnhof?"
        "?(ist|liegt|sind|liegen) (der|die|das) ($place|#noun) ... $direction oder $direction",
        "?$direction oder $direction (zum|zur|für den|für die|für das)",
        // (not one landmark placed beside another, which asks no way from here: "Ist die Kirche links oder rechts vom Rathaus?")
        "!$direction oder $direction (vom|von der|von dem|neben)",
        // The question word in English, the place in German: "where is der Bahnhof bitte", "Where ist die Apotheke?"
        "(where is|where ist|where s|wheres) ($place|der $place|die $place|das $place|the $place)",
        // "Ist hier …" as one phrase: "Ist es weit von hier bis Bahnhof?" asks the distance.
        "((gibt es|ist) (hier|in der nähe)) $place",
        // "Ist hier …" asks only as a question or with "ein": "Mein Hotel ist hier in der Nähe." tells.
        "(gibt es hier) (#noun|$place)",
        "?(ist hier) (#noun|$place)",
        "(ist hier) (ein|eine|einen|irgendwo) (#noun|$place)",
        // A statement asked: "Die Frauenkirche ist hier in der Nähe?"
        "?(($place|#noun) (ist|liegt|sind|liegen) (hier|in der nähe|nah|nahe))",
        "wie finde (ich|man) $place",
        // "zu" with the article apart, as learners decline it: "wo gehts zu den hauptbahnhof", "Wo geht es zu der Post?"
        "wo geht (es|s) (zum|zur|nach)",
        "wo geht (es|s) zu (dem|der|den|die|das)",
        // Whether this is the way, asked: "Geht's hier zum Dom?", "Komme ich so zum Bahnhof?"
        "?(geht es|komme ich|kommt man|kommen wir) (hier|da|so|hier lang|da lang) (zum|zur|nach)",
        // …the place put first: "Zur Frauenkirche geht's da lang, oder?", "Zum Bahnhof geht es hier, ja?"
        "(zum|zur) (#noun|$place) (geht es|geht) (hier|da|dort|so) (lang|entlang|#tag)",
        // The verb left out: "Wo Bahnhof?", "wo die Post?"
        "?=wo $place",
        "?=wo (der|die|das) ($place|#noun)",
        // A place the lexicon does not list, its article dropped, as A1 asks: "wo ist Hofbräuhaus?", "Bitte, wo ich finde Stachus?"
        "?wo (ist|sind|liegt|liegen) #noun",
        "?wo (ich|man|wir) (finde|finden|find|findet|kann finden|können finden) #noun",
        "?wo (finde|finden|find|findet) (ich|man|wir) #noun",
        "=wo (ist|liegt) #noun",
        // …not one's own things or people lost: "Wo ist mein Handy?", "Wo ist meine Frau?" ("Wo ist mein Hotel?" asks the way)
        // …nor hers or another's: "Wo ist Ihr Hund?", "Wo ist seine Schwester?"
        "!wo (ist|sind) (ihr|ihre|dein|deine|sein|seine|euer|eure)",
        "!wo (ist|sind) (mein|meine) ($belonging|mann|frau|kind|kinder|sohn|tochter|freund|freundin|hund|gruppe)",
        // …and so in the indirect question, its verb last: "Wissen Sie, wo mein Mann ist?", "Haben Sie eine Ahnung, wo mein Handy ist?"
        "!wo (ihr|ihre|dein|deine|sein|seine|euer|eure)",
        "!wo (mein|meine) ($belonging|mann|frau|kind|kinder|sohn|tochter|freund|freundin|hund|gruppe)",
        // A place that ends a route repeated back is its last leg, not a way asked: "Ich gehe rechts, dann geradeaus, dann Kirche?"
        "!$direction (dann|und dann|danach|und danach|bis|bis zur|bis zum) ($place|#noun)",
        // …and so is a leg up to a landmark with a turn after it: "Ich soll also bis zur Kreuzung gehen und dann rechts?"
        "!(bis zum|bis zur|bis an die|bis an den) (#noun|$place|ampel|kreuzung|ecke) ... $direction",
        // Indirect questions name a place the lexicon may not know: "Wissen Sie, wo das Hofbräuhaus ist?"
        "(sagen|sag|sagst|wissen sie|weisst du|weißt du|weiss du|wisst ihr|zeigen|zeig|zeigst) wo (ist|sind|liegt|der|die|das)",
        // …or after asking whether she has an idea, asked: "Haben Sie eine Idee, wo das Stadtmuseum ist?"
        "?(haben sie|hast du|habt ihr) (eine idee|eine ahnung|idee|ahnung) wo (ist|sind|liegt|der|die|das|den|ein|eine|hier|sich)",
        // …inside "ob", stacked on a polite "ich wollte fragen": "Ich wollte fragen, ob Sie wissen, wo die Apotheke ist."
        "(ob sie wissen|ob du weisst|ob du weißt|ob ihr wisst|ob sie mir sagen können|ob sie mir sagen könnten|ob sie mir zeigen können|ob sie mir zeigen könnten) wo (ist|sind|liegt|liegen|der|die|das|den|ein|eine|hier|sich|ich|man|wir)",
        // …and how to get to a place named before, its verb last: "Wir müssten zum Zoo, aber ich weiß nicht, wie wir dahin kommen."
        "(nicht|sie|du|ob sie wissen|ob du weisst|ob du weißt) ... wie (ich|wir|man) (da|dahin|dorthin|hin|da hin|dort hin) (komme|kommen|kommt|hinkomme|hinkommen|hinkommt|gehe|gehen|geht|hingehe|hingehen|hingeht|finde|finden|findet)",
        // …the subject first, as a statement asked: "Sie wissen, wo der Bahnhof ist?", "Sie kennen, wo ist Post?"
        "?(sie wissen|sie kennen|du weisst|du weißt|sie wissen vielleicht|sie wissen bestimmt) wo (ist|sind|liegt|der|die|das)",
        // Asking again for a place she named, the past of recall: "Wo war die Apotheke nochmal?"
        "?wo (war|waren) (der|die|das|nochmal|noch mal|noch einmal) ... (nochmal|noch mal|noch einmal|gleich nochmal|gleich)",
        // …the dative too: "Wissen Sie, in welcher Richtung das Museum liegt?"
        "(welche|welcher) richtung",
        // A place the lexicon does not list, with its article: "Wo ist die Stadthalle?"
        "wo (ist|sind|liegt|liegen|finde ich) (der|die|das) #noun",
        // Finding takes the accusative: "Wo finde ich den Stachus?"
        "?wo (finde|finden|find) (ich|man|wir) den #noun",
        // Nouns that are never a place: "Wo ist das Problem?"
        "!(problem|unterschied|fehler|haken|sinn|glück|beispiel|schluss|teil|ende|mut|name|namen|zeit|zeiten|antwort|lösung|jugend|liebe)",
        // Nor is what one looks for in life: "Ich suche einen Job in München", "Wir suchen eine Wohnung."
        "!(job|jobs|arbeit|arbeitsplatz|stelle|praktikum|wohnung|wohnungen|freund|freundin|partner|partnerin|mitbewohner)",
        // A plan for a later day, or a move, asks no way: "Ich will nächstes Jahr nach Berlin ziehen", "Wir wollen heute Abend ins Kino".
        "!(ich|wir) (möcht*|müss*|muss|will|wollen) (morgen|übermorgen|nächstes|nächste|nächsten|heute abend|am wochenende)",
        // …or later today: "Ich muss später noch zur Post, aber zuerst Kaffee."
        "!(ich|wir) (möcht*|müss*|muss|will|wollen) (später|nachher|irgendwann|heute nachmittag|dann später)",
        "!(ich|wir) (möcht*|müss*|muss|will|wollen) ... (ziehen|umziehen|reisen|fliegen|auswandern|studieren|arbeiten|wohnen)",
        // How the passer-by gets somewhere is her own life: "Wie gehen Sie zur Arbeit?", "Wie kommen Sie nach Hause?"
        "!((wie|wo|wohin) (kommen|gehen|fahren|laufen|finden|kommst|gehst|fährst|läufst|findest) (sie|du|ihr))",
        // …typed with one m as well: "wie komen sie nach hause".
        "!((wie|wo|wohin) (komen|komst|kommt) (sie|du|ihr))",
        // One's own place, told: "Mein Hotel ist in der Nähe vom Bahnhof."
        "!((mein|meine|unser|unsere) $place (ist|liegt|sind|liegen))",
        // A way one knows already: "Den Weg zum Hotel kenne ich schon, danke."
        "!!(kenne|kennen|weiss|weis) ... (schon|bereits)",
        "!(den weg|der weg|die strasse|die richtung) ... (kenne|kennen|weiss|weis) (ich|wir)",
        // …and one the learner will find unaided: "Den Weg zur Frauenkirche finde ich allein." ("Den Weg zur Apotheke finde
        // ich nicht." still asks: only with the word that says it needs no help).
        "!(den weg|der weg|die strasse|die richtung) ... ((finde|finden|schaffe|schaffen) (ich|wir) (allein|alleine|selbst|selber|schon|sicher|bestimmt|ohne))",
        // ...and so does one that another knows, or oneself, the verb first: "Er weiß den Weg zum Marienplatz", "meine kinder
        // wissen den weg zur schule" ("Wissen Sie den Weg zum Bahnhof?" still asks).
        // (The verb and the way side by side: "Ich weiß nicht den Weg zur Apotheke" asks.)
        "!((weiß|weiss|weis|kennt|findet) (den weg|die richtung|die strasse))",
        // One's own "kenne" tells it too ("Ich kenne den Weg zum Bahnhof."), the subject first: "Kennen Sie den Weg …?" asks.
        "!((ich|wir) (kenne|kennen) (den weg|die richtung|die strasse))",
        // …and with an adverb between, which the side-by-side blockers miss: "Mein Mann weiß sicher den Weg zum Bahnhof.",
        // "Ich kenne gut den Weg zum Dom." ("Kennen Sie auch den Weg …?" still asks: no "kennen" without "ich" or "wir").
        "!((weiß|weiss|weis|kennt|findet) (sicher|bestimmt|gut|sehr gut|immer|genau|auch|schon|ja|doch) (den weg|die richtung|die strasse))",
        "!((ich|wir) (kenne|kennen) (sicher|bestimmt|gut|sehr gut|immer|genau|auch|schon|ja|doch) (den weg|die richtung|die strasse))",
        // Not knowing it asks, the negation before the way: "ich kenne nicht den Weg zum Bahnhof", "Ich weiß nicht den Weg zur Apotheke."
        "(ich|wir) (kenne|kennen|weiss|weiß|weis) nicht (den weg|die richtung|die strasse) (zum|zur|nach|zu)",
        "!(meine|meinen|unsere|die) #word (wissen|kennen|finden) (den weg|die richtung|die strasse)",
        // "zu" before a measure is "too", no destination: "Meinem Sohn ist der Weg zu weit."
        // (adjacent, as one phrase: "zu" before a place with "weit" in the next clause is a destination, "Wie komme ich zu
        // Bahnhof und ist es weit?")
        "!(zu weit|zu lang|zu lange|zu kurz|zu steil|zu anstrengend|zu schwer|zu gefährlich)",
        // …nor before "Fuß", how the way is gone: "Wäre das ein weiter Weg zu Fuß?" asks the distance.
        "!(weg|wege|strecke) zu fuss",
        // "nach" before a turn is no destination: "Also ich muss nach rechts?" repeats a direction.
        "!nach (links|rechts|oben|unten|vorne|hinten|geradeaus)",
        // A day is no place, and sights to see are no way asked: "Ist hier am Sonntag alles geschlossen?", "Wohin soll ich in
        // München unbedingt gehen?"
        "!(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|feiertag|feiertagen)",
        "!!(unbedingt|sehenswürdigkeit*|sehenswert*|tipp|tipps|empfehlen|empfehlung*)",
        "!!(schon|bereits) (kenne|kennen|weiss|weis)",
        // Naming the place answers "Suchen Sie etwas?": "Ja, die Frauenkirche."
        "[(suchen sie|wohin|wo wollen sie|wo möchten sie|helfen)] =(die|der|das|den|zum|zur|ins|in die) (#noun|$place)",
        "[(suchen sie|wohin|wo wollen sie|wo möchten sie|helfen)] =$place",
        // …with an indefinite article, a known kind of place only ("Einen Moment." and "Eine Frage." answer nothing): "Einen Supermarkt."
        "[(suchen sie|wohin|wo wollen sie|wo möchten sie|helfen)] =(ein|eine|einen) $place",
        "[(suchen sie|wohin|wo wollen sie|wo möchten sie|helfen)] =(ja|ja gerne|ja bitte) (die|der|das|den|ein|eine|einen|zum|zur|ins) (#noun|$place)",
        "!wie (lange|weit|viel|viele)",
        // The place put first, a bare question word after: "Zum Dom – wo lang?", "Rathaus, wo?"
        "[$place] =(wo|wohin|wo lang|wo entlang|welche richtung)",
        "=$place (wo|wohin|wo lang|wo entlang|welche richtung)",
        // …with a hedge or a courtesy word after it: "Hofbräuhaus, wo ungefähr?", "Zum Dom, wo genau?"
        "[$place] ?=(wo|wohin|wo lang|wo entlang|welche richtung) (ungefähr|genau|denn|etwa|so ungefähr|denn genau)",
        // Whether the place lies where one looks, asked: "Ist der Viktualienmarkt da drüben?" (not a bare "hier" or "da",
        // which words between may take from another phrase: "Ist die Frauenkirche weit von hier?", "… und dann ist der Markt da?")
        "?=(ist|liegt|sind|liegen) (der|die|das) ($place|#noun) (da drüben|dort drüben|da vorne|dort vorne|da hinten|dort hinten|hier irgendwo|in dieser richtung)",
        "(wo lang|wo entlang|welche richtung) (zum|zur|nach)",
        // The way alone, asked: "Zum Bahnhof?", "Zur Stadthalle?"
        "?=(zum|zur|nach) (#noun|$place)",
        // The place with a courtesy word, to a passer-by: "Bahnhof, bitte."
        "=$place bitte",
        "=(zum|zur|nach) (#noun|$place) bitte",
        // A phrase learnt in class asks nothing: "Im Deutschkurs haben wir gelernt, wie man nach dem Weg zum Bahnhof fragt."
        "!!(gelernt|geübt|im kurs|im deutschkurs|im sprachkurs|im unterricht|im lehrbuch)",
        // A bench to rest on is no bank to find the way to: "ich suche nur eine Bank zum Sitzen", "eine Bank zum Ausruhen"
        "!(bank|bänke|bankerl) (zum sitzen|zum ausruhen|zum hinsetzen|zum verschnaufen|zum rasten|im schatten)",
        // The indirect question with an adverb set off before it: "Wissen Sie vielleicht, wo der Viktualienmarkt ist?"
        "(wissen sie|weisst du|weißt du|wisst ihr) (vielleicht|zufällig|eventuell|denn|eigentlich|auch|bitte) wo (ist|sind|liegt|liegen|der|die|das|den|ein|eine|hier|sich)",
        // One's own asking put off after the question, in a run-on with "aber": "ich will wissen wo ist kirche aber ich frage später"
        "!!(aber|doch|und) (ich|wir) (frage|fragen|frag) (später|morgen|nachher|übermorgen|dann später|ein andermal|heute abend|im hotel)",
        // A way found yesterday or walked every day asks for nothing now: "Letztes Mal bin ich zum Dom gelaufen."
        ...storyBlockers,
        indifference,
      ],
      examples: ["Wo ist der Marienplatz?", "Wie komme ich zum Bahnhof?", "Ich suche die Frauenkirche."],
      nudge: "Ask Frau Huber how to get to the place you are looking for.",
    },
    {
      id: "ask_distance",
      title: "Ask how far it is",
      points: 20,
      patterns: [
        // "weit" before a comparative is "far more", no distance: "Ist das Wetter hier weit besser als in Hamburg?"
        "!!(weit|bei weitem) (besser|schöner|mehr|größer|grösser|teurer|billiger|schlechter|wärmer|kälter|schneller|günstiger|älter|jünger|lieber|weniger|kleiner|ruhiger|lauter|voller|schwerer|einfacher|leichter|interessanter)",
        "wie weit",
        // …written as one word: "Wieweit ist das noch?" (not "inwieweit", another word)
        "wieweit (ist|ists|sind|is|es|das|noch|bis|zum|zur|denn|ungefähr)",
        // How far along one is asks no distance: "Wie weit bist du mit Deutsch?", "Wie weit sind Sie mit dem Buch?"
        "!!(wie weit) (bin|bist|ist|sind|seid) (ich|du|sie|er|wir|ihr) (mit|beim|bei|in)",
        // Asked, or verb first: "Meinem Sohn ist der Weg zu weit" tells another's trouble.
        "?ist (es|das|der|die|sie|er) weit",
        // The Konjunktiv and the negative question ask it as well: "Wäre es weit zu Fuß?", "Ist es nicht zu weit für zu Fuß?"
        // (Side by side: "Wäre die Wohnung nah an der Uni?" asks about a flat.)
        "?((wäre|wär) (es|das|der|die|sie|er) (weit|zu weit|sehr weit|nah|nahe|weit weg))",
        "?(ist|wäre|wär) (es|das) nicht (weit|zu weit|so weit|sehr weit)",
        // …with the way of going or the start between: "Wäre das zu Fuß zu weit für eine alte Frau wie mich?", "Ist es von hier aus weit?"
        "?(ist|ists|wäre|wär) (es|das) (zu fuss|zu fus|von hier|von hier aus|für mich|für uns|noch|denn|sehr|ziemlich|so) (weit|zu weit|sehr weit|nah|nahe|weit weg)",
        // A walk stated and asked back, or with a tag: "Ich kann zu Fuß gehen, oder?", "Man kann da laufen?"
        // (The walk itself right after, not how one walks in general: "Man kann in München gut laufen, oder?")
        "?(ich kann $walk|man kann $walk|wir können $walk|ich kann da $walkThere|man kann da $walkThere|wir können da $walkThere|ich kann dahin $walkThere|man kann dahin $walkThere|man kann das $walkThere|man kann es $walkThere)",
        "(ich kann $walk|man kann $walk|wir können $walk|ich kann da $walkThere|man kann da $walkThere|wir können da $walkThere|ich kann dahin $walkThere|man kann dahin $walkThere|man kann das $walkThere|man kann es $walkThere) ... #tag",
        // English mixed in, as in "How far ist das?"
        "how far",
        "^ist (es|das|der|die|sie|er) weit",
        // "ist" as chat writes it: "isch das weit oder was"
        "^isch (es|das) (weit|nah|nahe|weit weg)",
        "wie (lange|lang) (zu fuss|zu fus|bräuch*|dauert|dauern|läuf*|geh*|fähr*)",
        // How long a tour or a show lasts is no distance: "Wie lange dauert die Führung im Dom?"
        "!(dauert|dauern|geht|gehen) ... (*führung|film|konzert|messe|gottesdienst|tour|show|vorstellung|oper|spiel|pause|besichtigung|ausstellung|fest|*fest|feier|party)",
        // …nor how long a season or a stay lasts: "Wie lange dauert der Sommer hier?", "Wie lange dauert Ihr Urlaub?"
        "!(dauert|dauern) ... (sommer|winter|herbst|frühling|urlaub|ferien|semester|kurs|reise|aufenthalt|regen|stau|baustelle)",
        // A unit counted in another, as a riddle: "Wie viele Minuten hat eine Stunde?"
        "!!((hat|haben) (eine|ein|der|die|das) (stunde|minute|tag|woche|kilometer|meile|jahr))",
        // The passer-by's daily walk, a visit inside, a path for bikes, a ticket and opening hours measure no way: "Wie lange gehen
        // Sie jeden Tag spazieren?", "Wie viel Zeit brauche ich im Museum?", "Kann man hier gehen, oder ist das nur für Fahrräder?",
        // "Muss ich für die U-Bahn ein Ticket kaufen?", "Sind die Läden hier länger als bis 20 Uhr offen?"
        "!!(spazieren|gassi|jeden tag|täglich)",
        "!!(im|in der|in dem) (museum|dom|schloss|kirche|ausstellung|zoo|park|garten|laden|geschäft)",
        "!!(nur für|radweg|fahrradweg|erlaubt|verboten)",
        "!!(ticket*|fahrkarte*|fahrschein*|kaufen|bezahlen|zahlen)",
        "!!(offen|geöffnet|geschlossen|öffnungszeit*|läden|geschäfte)",
        // Small talk about the passer-by, and hours of service, measure no way: "Wie weit ist Ihr Weg zur Arbeit?",
        // "Wie lange gehen Sie schon hier spazieren?", "Wie viel Zeit haben Sie?", "Wie lange fährt die U-Bahn nachts?"
        "!!((ihr|ihre|ihren|ihrem|ihrer) (weg|arbeit|arbeitsweg|haus|wohnung|hund))",
        // …and the way to work: "Ist es ein weiter Weg zur Arbeit für Sie?"
        "!!((zur|zu ihrer|zu deiner) arbeit)",
        "!!((gehen|laufen|wohnen|arbeiten|sind|leben|warten|fahren|kennen|haben|machen) sie schon)",
        // …and where she lives or works, how far or how long: "Wie weit wohnen Sie von hier?", "Wie lange arbeiten Sie hier?"
        "!!((wohnen|arbeiten|leben|wohnst|arbeitest|lebst) (sie|du))",
        "!!(zeit haben sie|haben sie zeit|haben sie noch zeit)",
        "!!(nachts|in der nacht|heute nacht|diese nacht|am wochenende|sonntags|feiertags)",
        // A delay counted in minutes is no way: "Wie viele Minuten hat der Bus Verspätung?"
        "!!(verspätung|verspätet)",
        // …and so is a wait counted, for a tram or at a light: "Wie viele Minuten wartet man hier auf die Tram?"
        "!!((wartet|warte|warten|wartest) (man|ich|wir|du|sie) (hier|da|dort|noch|auf|immer|ungefähr|denn|so|normalerweise))",
        "!!(muss|müssen|soll|sollen) (ich|man|wir) ... warten",
        "!!(wartezeit*)",
        // A question put off for later asks nothing now, the subject in English order too: "Später ich will fragen, wie lange es dauert."
        "!!((morgen|später|nachher|übermorgen|am abend|heute abend|am nachmittag|heute nachmittag|am wochenende|nächste woche) (ich|wir) (frage|fragen|frag|will|möchte|muss|wollen|möchten|müssen|werde|werden))",
        "!!((morgen|später|nachher|übermorgen|am abend|heute abend|am nachmittag|heute nachmittag|am wochenende|nächste woche) (will|möchte|muss|wollen|möchten|müssen|werde|werden) (ich|wir) fragen)",
        // …the question first, the plan after: "Ob es weit ist, werde ich morgen im Hotel fragen."
        "!!(morgen|später|nachher|übermorgen|am abend|heute abend|am nachmittag|heute nachmittag|am wochenende|nächste woche) ... (fragen|frage|frag)",
        "!!(nächstes mal|nächste mal|beim nächsten mal|ein andermal|ein anderes mal) ... (fragen|frage|frag)",
        "!!(werde|werden) (ich|wir) ... (fragen|frage)",
        // …the plan after the question, in a run-on with "aber": "ich will wissen wie weit es ist aber ich frage morgen"
        "!!(aber|doch|und) (ich|wir) (frage|fragen|frag) (später|morgen|nachher|übermorgen|dann später|ein andermal|heute abend|im hotel)",
        // A way between two places elsewhere is no walk from here: "Wie weit ist es von Athen nach Thessaloniki?"
        "!!(von #noun nach #noun)",
        // …and between two things no place of the scene: "Wie weit ist der Mond von der Erde?" ("… vom Marienplatz?" asks)
        "!!(wie weit|wie lang|wie lange) (ist|sind) (der|die|das) #noun (von der|von dem|vom|von) #noun",
        // Standing in Munich, a way to or from Munich itself or a country is a journey, not this walk: "Wie weit ist es von Berlin
        // nach München?", "Wie lange fährt man nach Österreich?" (Not "aus": where one comes from, "Ich komme aus Italien, wie weit
        // ist der Dom?", still asks.)
        "!!(nach|bis|von) (münchen|deutschland|österreich|italien|der schweiz)",
        // …or another city: "ist es weit nach berlin?"
        "!!(nach|bis|von) $city",
        // …the city itself measured: "Wie weit ist Paris von hier?", "Wie lange dauert es bis Lyon?"
        "!!(wie weit|wie lange|wie lang|weit) (ist|ists|sind|is) $city",
        // …the verb first: "Ist Berlin weit?", "Liegt Salzburg nah?"
        "!!(ist|ists|wäre|sind|liegt) $city ... (weit|nah|nahe|weit weg)",
        // Whether to ask is asked of a companion, not of her: "Soll ich fragen, ob es weit ist?"
        "!!((soll|sollen|sollte|sollten) (ich|wir) (fragen|frage|mal fragen|sie fragen|jemand fragen|jemanden fragen))",
        // Not asking is no question: "Hätte ich ein Handy, würde ich nicht fragen, wie weit es ist.", "Ich frage nicht, ob es weit ist."
        "!!((nicht|nie|nicht mehr|niemals) (fragen|frage|fragt|gefragt))",
        "!!((frage|fragen|fragt|frag) (nicht|nie|niemals))",
        // A question one should have asked is none asked now: "Ich hätte fragen sollen, wie weit es ist."
        "!!(fragen sollen|fragen müssen|fragen können)",
        // Another's habit of asking, quoted, asks nothing now: "Meine Mutter fragt immer: ist das weit?", "Er fragt oft: Ist es
        // weit?" ("Meine Frau fragt: ist das weit?" passes her question on now.)
        "!!((mein|meine|meinen|unser|unsere) #word (fragt|fragen|sagt|sagen) (immer|oft|ständig|dauernd|jedes mal|manchmal|immer wieder))",
        "!!((er|sie|man) (fragt|sagt) (immer|oft|ständig|dauernd|jedes mal|manchmal|immer wieder))",
        // …nor does anyone's habit of asking, the subject any: "Die Kinder fragen die ganze Zeit, wie lange es noch dauert.",
        // "Ich frage immer, wie weit es ist." ("Die Kinder fragen, ob es weit ist." passes their question on now.)
        "!!((fragt|fragen|frage|frag|fragst|sagt|sagen) (die ganze zeit|den ganzen tag|immer|oft|ständig|dauernd|andauernd|immer wieder|jedes mal))",
        "wie viele minuten",
        "wie $many $unit",
        "wieviel* $unit",
        // Far or near asked first, or compared: "Nah oder weit?", "Weit zu Fuß oder Bus?", "Ist es weiter als ein Kilometer?"
        "?^(weit|nah|nahe|zu weit|sehr weit)",
        "?(weiter|näher|länger|kürzer) als",
        // …or a measure guessed alone, as a check after her directions: "Mehr als eine Viertelstunde?", "Unter zehn Minuten?"
        "?=(mehr als|weniger als|länger als|über|unter) (eine|ein|einen|1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|zwei|drei|vier) $unit",
        // …or whether one gets there within it: "Komme ich da in einer Viertelstunde hin?", "Bin ich in zehn Minuten da?"
        "?(komme|kommt|kommen|bin|ist|sind) (ich|man|wir|es|das) ... (in|unter|innerhalb) (einer|einem|1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|zwei|drei) $unit",
        "?(schaff|schaffe|schafft|schaffen|schaffst) ... (zu fuss|zu fus|min|minute|minuten|rechtzeitig)",
        "?(dauert|dauerts|braucht) (lange|lang)",
        // Whether it can be walked: "Geht das zu Fuß?", "Ist es zu Fuß erreichbar?"
        "?(geht|gehts) (das|es) (zu fuss|zu fus)",
        // On foot or by a line, to choose: "zu fuss oder bus?", "Bus oder zu Fuß?"
        "?((zu fuss|zu fus|laufen) oder) (bus|bahn|ubahn|u bahn|sbahn|tram|taxi|mit dem|mit der)",
        "?(bus|bahn|ubahn|u bahn|sbahn|tram|taxi) (oder (zu fuss|zu fus)|oder laufen)",
        "?(zu fuss|zu fus) (erreichbar|machbar|möglich|ok|okay|zu erreichen|zu schaffen|gut erreichbar|gut zu erreichen)",
        // The distance named as a noun, asked: "Wie groß ist die Entfernung bis zum Odeonsplatz?", "Wie lang ist der Fußweg?"
        "?(wie gross|wie lang|wie lange|wie weit) (ist|wäre|sind) (die|der|das) (entfernung|distanz|strecke|weg|fussweg|fussmarsch|laufweg)",
        "?(entfernung|distanz) (bis|zum|zur|nach|dorthin|dahin|von hier)",
        // …or named alone, a hedge after it: "Und die Entfernung? Ungefähr?"
        "?=(die entfernung|entfernung|die distanz|distanz) (ungefähr|etwa|circa|ca|bitte)",
        "?=(die entfernung|entfernung|die distanz|distanz)",
        // …between two places named, no walk from here: "Die Entfernung zwischen München und Augsburg?"
        "!!zwischen ($city|#noun) und ($city|#noun)",
        ...questionPutOff,
        ...notAsking,
        ...othersWantedToKnow,
        "(wieviel|wieviele) (minuten|meter|kilometer|km|stationen|haltestellen|schritte)",
        "wie (viele|viel) (minuten|meter|kilometer|km|stationen|haltestellen|schritte)",
        // It names its negation, and the tag makes it a question: "Weit ist es aber nicht, oder?"
        "(weit ist es|weit ist das|ist es|ist das|es ist|das ist) (aber nicht|nicht|nicht so|nicht zu) weit #tag",
        "(weit ist es|weit ist das) (aber nicht|nicht) #tag",
        "!!(gelaufen|gegangen|gefahren|gewesen|geflogen)",
        "(dauert|dauerts) (das|es) (lange|lang)",
        // The verb first asks, typed without a question mark: "brauch ich lang", "geht das zu fuss oder"
        // (The whole clause, or the way after: "Brauch ich lange für die Anmeldung?" and "Brauche ich lange Hosen für den Dom?" do not.)
        "^=(brauche|brauch) (ich|man|wir) (lange|lang)",
        "^(brauche|brauch) (ich|man|wir) (lange|lang) (bis|dahin|dorthin|hin|zu fuss|zu fus|zum|zur|mit dem|mit der)",
        "^(geht|gehts) (das|es) (zu fuss|zu fus)",
        // "bis" with the place or "dort": "Wie lange bis dort?", "Wie lange bis zur Frauenkirche?" (not "bis zum Oktoberfest")
        "?wie (lange|lang) (bis dort|bis dahin|bis da|bis dorthin|bis zum $place|bis zur $place|bis $place)",
        // The length of the way: "Ist es eine lange Strecke?"
        "?ist (es|das) (eine lange|ein langer|ein weiter|eine weite) (strecke|weg)",
        // …with words between, and the walk named: "Ist es von hier aus ein weiter Fußweg bis dorthin?"
        "?(ist|wäre) (es|das) ... (eine lange|ein langer|ein weiter|eine weite) (strecke|weg|fussweg|spaziergang|marsch)",
        // The subject right after the modal: "Kann man da zu Fuß gehen?", not "können Sie mir helfen, wo ich gehen muss".
        "(kann ich|kann man|könnte ich|könnte man|können wir|könnten wir) (zu fuss|zu fus|laufen|gehen|hinlaufen|hingehen|dahin laufen|dorthin laufen)",
        // How quick it is: "Komme ich da schnell hin?", "Ist das schnell zu Fuß?", "Wie lange mit dem Bus?"
        "?(komme|komm|kommt|kommen) (ich|man|wir) ... schnell",
        "?schnell (zu fuss|zu fus)",
        // Whether it can be walked, or is far, asked in a polite "dass" clause: "Meinen Sie, dass die Kinder das zu Fuß schaffen?",
        // "Würden Sie sagen, dass es weit ist?" (stated, "Ich glaube, dass es weit ist." asks nothing)
        "?(zu fuss|zu fus) (schaffen|schaffe|schafft|schaffst)",
        "?dass (es|das) (weit|nah|nahe|weit weg|zu weit|sehr weit) (ist|wäre|sei)",
        "wie (lange|lang) (mit dem|mit der|mit) (bus|bahn|ubahn|sbahn|tram|strassenbahn|taxi|rad|fahrrad|auto)",
        // The subject dropped, asked: "Und von dort ist weit zu Klinik?"
        "?(ist|ists) weit",
        "?=(ist|ists) (nah|nahe)",
        // Terse, one or two words asked: "Weit?", "Zu Fuß?", "Wie lange?"
        "?=(weit|sehr weit|zu weit|weit weg|zu fuss|zu fus|wie lange|wie lang)",
        // …the word set right after a slip: "Wait? Ich meine weit?"
        "?=(ich meine|ich meinte|ich mein|i mean) (weit|sehr weit|zu weit|weit weg|nah|nahe)",
        // …with a hedge after it: "Wie lange ungefähr, bitte?", "Und wie lange etwa?" (not while waiting: "Der Bus kommt gleich.")
        "[!(bus|bahn|tram|zug|ampel|warten|wartet|gleich|sofort)] ?=(wie lange|wie lang) (ungefähr|etwa|circa|ca|so ungefähr|denn ungefähr|in etwa)",
        // Within walking reach, asked: "Ist es in Gehweite?", "Liegt die Kirche fußläufig?" ("Gibt es eine Apotheke in Gehweite?" asks the way)
        "?(ist|ists|liegt|liegen|sind|wäre|wär) ... $walkRange",
        "?=(in|noch in) $walkRange",
        // A long walk asked, verb first: "Muss ich lange laufen?", "Läuft man weit?" ("Muss ich lange warten?" names no walk)
        "?(muss|müssen|muß) (ich|man|wir) (lange|lang|weit|sehr weit|sehr lange) (laufen|gehen|fahren|zu fuss|zu fus)",
        "?(läuft|geht|laufe|gehe|laufen|gehen) (man|ich|wir) (lange|lang|weit|sehr weit|sehr lange)",
        indifference,
        // What is left of the way: "Wie lange noch?", "Wie weit noch?"
        // (Not while waiting for a bus or a light: "Wie lange noch?" after "Der Bus kommt gleich." asks about the wait.)
        "[!(bus|bahn|tram|zug|ampel|warten|wartet|gleich|sofort)] ?=(wie lange|wie lang|noch lange|noch lang) (noch|denn noch|ungefähr noch)",
        "?=(wie weit|noch weit) (noch|denn noch|ungefähr noch)",
        // "weit" written as it sounds: "Ist das wait von hier?", "Ist es weid?"
        "?ist (es|das|der|die|sie|er) (wait|weid|wayt|far)",
        // …or as speech-to-text hears "wie weit": "wie weiß ist es zum Bahnhof"
        "wie weiss (ist|ists) (es|das)",
        // A run-on with no punctuation, the place asked just before, its article keeping "Zum Bahnhof ist es weit." out:
        // "wo ist der Hauptbahnhof ist das weit zu Fuß"
        "(der|die|das) $place (ist|ists) (es|das) (weit|weit weg)",
        // …the place as the object of the ask before, or a courtesy word before the verb, as a voice line runs on: "ich suche
        // den bahnhof ist das weit", "ok danke ist das weit" ("zum Bahnhof ist es weit" and "für mich ist das weit" tell)
        // (Not "danke" named here: a word of thanks named by two objectives is no longer the coach's sign of thanks.)
        "(den|eine|einen) $place (ist|ists) (es|das) (weit|weit weg)",
        "(ok|okay|alles klar|aha|verstanden) (ist|ists) (es|das) (weit|weit weg|nah|nahe|in der nähe)",
        // The question word in a tourist's English, the unit German: "how many minuten zu fuss?"
        "(how many|how much) $unit",
        // A unit asked alone after the way was described: "Kilometer?", "Minuten?"
        "?=(kilometer|km|meter|minuten|wie viele minuten|wie viele kilometer)",
        "?=(weit|sehr weit|zu weit|ist weit) (von hier|weg|zu laufen|zu fuss|zu fus|zu gehen)",
        // "Wie kann ich zum Markt gehen?" asks the way, not whether one can walk.
        "!(wie (kann|könnte|muss|soll))",
        // How walkable the town is in general measures no way: "Kann man in München gut zu Fuß gehen?"
        "!((gut|gern|gerne|viel|überall) (zu fuss|zu fus|laufen|gehen|hinlaufen))",
        "ist (es|das) (nah|nahe|weit weg|in der nähe)",
        // A yes/no question dictated without its question mark, run on after "oder"/"und": "wäre es möglich zu fuß zu gehen
        // oder ist es zu weit", "ich gehe zu fuß oder ist das zu weit"
        "(oder|und) (ist|ists|wäre|wär) (es|das) (weit|zu weit|sehr weit|so weit|weit weg|nah|nahe|zu weit (zu fuss|zu fus))",
        // Whether walking it is possible, asked verb first: "Wäre es möglich, zu Fuß zu gehen?", "ist es möglich zu fuß"
        "(ist|wäre|wär) (es|das) (möglich|machbar|realistisch) ... (zu fuss|zu fus|zu laufen|hinzulaufen|hinzugehen)",
        // The indirect question puts the verb last: "…, ob es weit ist", "…, ob man das zu Fuß erreicht".
        "ob (es|das|sie|er) (weit|nah|nahe|weit weg)",
        "ob (man|ich|wir) ... (zu fuss|zu fus)",
        // A guess to confirm asks the distance too: "Sind das mehr als zehn Minuten?"
        "(sind|ist|dauert) (das|es) (mehr|weniger|länger|über|unter|circa|etwa|ungefähr) (minute*|kilometer|km|meter|stunde*)",
        // …or a number guessed, or two to choose from: "5 minuten oder 20 minuten?", "Sind es zehn Minuten?"
        "?((1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|eine|ein|zwei|drei) (minute*|minuten|kilometer|km|meter|stunde*|stunden)) oder",
        // …or one guessed with "oder mehr" at the end, dictated without a question mark: "10 minuten zu fuß oder mehr"
        "=((1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|eine|ein|zwei|drei) (minute*|minuten|kilometer|km|meter|stunde*|stunden)) ... (oder mehr|oder weniger|oder länger|oder kürzer)",
        "?(sind|ist|dauert) (das|es) ((1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|eine|ein|zwei|drei) (minute*|minuten|kilometer|km|meter|stunde*|stunden))",
        // …not a time point, when a bus comes or a shop opens: "Der Bus kommt in 5 Minuten oder 10?" ("Schaffe ich das in
        // zehn Minuten zu Fuß?" still asks)
        "!((kommt|kommen|fährt|fahren|öffnet|öffnen|schliesst|schliessen|macht|beginnt|startet|geht|wartet) (in|nach|um|alle) (1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|fünfzehn|zwanzig|dreissig|eine|ein|zwei|drei) (minute*|minuten|stunde*|stunden))",
        // Taking a taxi is a question only when asked: "Nehme ich besser ein Taxi?", not "Dann nehme ich ein Taxi."
        "(bräuch*|muss) (ich|man) (den bus|die bahn|ein taxi|die ubahn|die tram|die strassenbahn)",
        // What others do not know asks nothing, the negation right after the verb: "Meine Freunde wissen nicht, wie weit es zum Viktualienmarkt ist." (A companion's
        // present question is passed on: "Meine Frau fragt, wie weit es ist" still asks.)
        "!!((mein|meine|unser|unsere) #word (wissen|weiß|weiss|weis|wusste|wussten) (nicht|auch nicht|es nicht|das nicht))",
        "!!((er|sie) (weiß|weiss|weis|wusste) (nicht|auch nicht|es nicht|das nicht))",
        "?nehm* (ich|man) (den bus|die bahn|ein taxi|die ubahn|die tram|die strassenbahn)",
        "?(brauch*|bräuch*|muss|soll) (ich|man|wir) (bus|bahn|taxi|ubahn|sbahn|tram|strassenbahn)",
      ],
      examples: ["Ist das weit?", "Wie weit ist es bis zum Bahnhof?", "Wie lange brauche ich zu Fuß?"],
      nudge: "Find out whether it is far, or how long it takes on foot.",
    },
    {
      id: "repeat_direction",
      title: "Repeat a direction to check it",
      points: 20,
      patterns: [
        // Repeating the directions just given, or checking them: "Also geradeaus und dann links?"
        "[(links|rechts|geradeaus|ampel|kreuzung|strasse|ecke|vorbei|entlang)] $direction",
        "(also|zuerst|erst|dann|und|ich gehe|ich soll|ich muss|wir gehen|wir sollen) $direction",
        // …joined in a tourist's English: "so first links and then geradeaus?", "ok then rechts at the ampel?"
        "(first|then|and then|so|so first|and first|after that) $direction",
        // …the landmark in English, before the turn: "after the ampel rechts?", "at the kirche links?"
        "?(after the|at the|by the|past the|behind the) (ampel|kreuzung|ecke|corner|lights|traffic light|crossing|$place|#noun) $direction",
        "$direction (richtig|stimmt|ja|oder|okay|ok|verstanden)",
        // A landmark between, then the tag: "Links bei der Ampel, verstanden?"
        "$direction #tag",
        "$step #tag",
        // A step or a landmark with its turn, opening a checking question: "Zwei Stationen mit der U-Bahn, dann aussteigen?",
        // "Bei der Post rechts, dann sehe ich den Bahnhof?"
        "?^$step",
        "?(bei der|beim|an der|am|nach der|nach dem|hinter der|hinter dem|vor der|vor dem) (#noun|$place) $direction",
        // …the case ending wrong, as A2 writes it: "nach die kirche rechts?", "bei die ampel links?"
        "?(bei die|bei das|bei den|nach die|nach das|nach den|an die|an das|hinter die|vor die) (#noun|$place|ampel|kreuzung|ecke) $direction",
        // …or the turn first, its landmark after: "Links an der Kreuzung?", "Rechts nach der Ampel?"
        "?=$direction (bei der|beim|an der|am|nach der|nach dem|hinter der|hinter dem|vor der|vor dem|bis zur|bis zum) (#noun|$place|ampel|kreuzung|ecke)",
        "?(also|zuerst|erst|und dann|ich nehme|ich fahre|wir nehmen|wir fahren) ... $step",
        // Echoing the route with a tag: "Die U3 bis Odeonsplatz, richtig?"
        // …or where the place stands, opening the echo, the tag right after: "Gegenüber vom Rathaus, oder?", "Also hinter der Kirche, ja?"
        // (not a sentence about it: "Vor dem Bahnhof ist ein Café, oder?")
        "?^((gegenüber vom|gegenüber von der|gegenüber von dem|gegenüber der|gegenüber dem|neben der|neben dem|hinter der|hinter dem|vor der|vor dem) ($place|ampel|kreuzung|ecke) (oder|ja|richtig|stimmt|stimmts|korrekt|gell|ne|nicht wahr|verstanden|genau))",
        "(bis|bis zum|bis zur|über die|über den|durch die|am|an der|zum|zur) (#noun|$place) #tag",
        // The ride she named, echoed: "Okay, U-Bahn bis Universität, dort raus." ("Die U3 bis Odeonsplatz" after "Nehmen Sie die U3")
        "[$line] $line bis (#noun|$place)",
        // …or taken, asked back: "Ich soll also die Tram Nummer 19 nehmen?"
        "[$line] ?(also|soll ich also|ich soll also|muss ich also|ich muss also|ich nehme|wir nehmen) ... $line",
        // Where the place stands, asked back after "also" or as her words: "Also hinter dem Rathaus?"
        "?^(also|ok|okay|aha|ach so|ah) (gegenüber vom|gegenüber von der|gegenüber der|gegenüber dem|neben der|neben dem|hinter der|hinter dem|vor der|vor dem) ($place|#noun|ampel|kreuzung|ecke)",
        "[(gegenüber|neben|hinter)] ?=(gegenüber vom|gegenüber von der|gegenüber der|gegenüber dem|neben der|neben dem|hinter der|hinter dem) ($place|#noun|ampel|kreuzung|ecke)",
        // A landmark passed, opening the echo asked, or after her "vorbei": "Am Rathaus vorbei und dann kommt der Markt?"
        "?^(am|an der|an dem|an den|beim) (#noun|$place|ampel|kreuzung|ecke) vorbei",
        "[vorbei] (am|an der|an dem|an den|beim) (#noun|$place|ampel|kreuzung|ecke) vorbei",
        "(runter|rauf|hoch|entlang|vorbei|weiter) (bis|bis zum|bis zur) (#noun|$place) #tag",
        // …or asked back, typed without a tag: "die kaufingerstraße entlang bis zum karlstor?"
        "?(runter|rauf|hoch|entlang|vorbei|weiter) (bis|bis zum|bis zur) (#noun|$place)",
        // Just round the corner, echoed with a tag: "Gleich um die Ecke, ja?"
        "?^((gleich|direkt|hier|da) (um die ecke|ums eck)|um die ecke|ums eck) #tag",
        // Crossing the street she told of, asked back: "Sie meinen, ich soll die Straße überqueren?"
        "[(überqueren|überquert)] ?(überqueren|überquere|überquert)",
        // Through or over the landmark she named, opening the echo asked: "Durch den Torbogen und dann sehe ich den Brunnen?"
        "[(durch|durchs|über|übers|unter)] ?^(durch den|durch das|durch die|durchs|über den|über die|über das|übers|unter der|unter dem|unter die) (#noun|$place)",
        // …or round the landmark she named: "Um den Brunnen rum und dann durch die Passage – hab ich's?"
        "[(herum|rum)] ?^um (den|die|das) (#noun|$place|ampel|kreuzung|ecke) (herum|rum)",
        // …or two such legs echoed in her order, stated: "Über den Platz, dann durch den Bogen. Okay!"
        "[(durch|durchs|über|übers|unter)] ^(durch den|durch das|durch die|durchs|über den|über die|über das|übers|unter der|unter dem) (#noun|$place) (dann|und dann|danach) (durch den|durch das|durch die|durchs|über den|über die|über das|übers|unter der|unter dem|am|an der|bis zum|bis zur)",
        // Repeated back and confirmed, unasked (a "#tag" asks): "Die Sonnenstraße runter bis zum Platz, okay, verstanden."
        "(runter|rauf|hoch|entlang|vorbei|weiter) (bis|bis zum|bis zur) (#noun|$place) (okay|ok|verstanden|genau|ja|alles klar)",
        "(bis|bis zum|bis zur|über die|über den|durch die|am|an der|zum|zur) (#noun|$place) (okay|ok|verstanden|genau|alles klar)",
        "$step (okay|ok|verstanden|genau|ja|alles klar)",
        // A step alone as a clause, after a line she named or the learner echoed: "Also U3, zwei Stationen, dann raus und hoch."
        "[$line] =$step",
        "=$direction",
        // The last leg alone, asked back: "immer geradeaus?"
        "?=(immer|einfach|nur|ganz) $direction",
        "(erste|ersten|zweite|zweiten|dritte|dritten|nächste|nächsten) (strasse|kreuzung|ampel|ecke|links|rechts)",
        // Landmarks of the route, not only left and right: "Also bis zur Ampel und dann über die Straße?"
        "(also|zuerst|erst|ich gehe|ich soll|ich muss|wir gehen|wir sollen) (bis zur|bis zum|über die|über den|um die|an der|am) (ampel|kreuzung|ecke|*strasse|*brücke|*platz|kirche)",
        // The turns echoed and not understood check nothing: "Links, rechts... ich verstehe nicht", "links rechts I don't understand"
        "!!((verstehe|versteh|verstehen) (nicht|ich nicht|das nicht|es nicht|nix|gar nicht)|(nicht|nix) (verstanden|verstehen|verstehe)|(dont|don t|do not|didnt|didn t) understand)",
        // Talking about left and right is not checking the way: "Links ist ein schönes Café."
        // ("links, ist das richtig?" checks: only what stands there is named.)
        "!!(links|rechts) (ist|sind|war|waren) (ein|eine|der|die|mein|meine|nur|auch|kein|keine|immer)",
        // …and so is what there is on either side, and the traffic rule: "Links und rechts gibt es viele Geschäfte hier.",
        // "Rechts vor links gilt hier auch, oder?"
        "!!((links|rechts|links und rechts|rechts und links) (gibt es|gibts) (ein|eine|einen|viele|nur|auch|kein|keine|so viele))",
        "!!(rechts vor links)",
        // …nor is how hard a turn is for the learner: "Geradeaus ist einfach, links ist schwer."
        "!!($direction (ist|sind|war) (einfach|schwer|schwierig|leicht|kompliziert))",
        // …said of the pair after it: "links und rechts, das ist schwer fur mich"
        "!!((das|es) (ist|war) (schwer|schwierig|kompliziert|verwirrend) (für mich|für uns))",
        // …nor how hard they are, sighed in English or the learner's own language: "Links, rechts, geradeaus - ang hirap ng
        // German!", "links rechts, so confusing", "Links, rechts, so schwer!"
        "!!(so hard|so difficult|so confusing|very confusing|too confusing|too hard|ang hirap|ang gulo|nakakalito|so schwer|so schwierig|so kompliziert|so verwirrend|sehr verwirrend|total verwirrend)",
        // A sight told at a place, with a tag, checks no way: "Am Marienplatz gibt es ein Glockenspiel, richtig?"
        "!((gibt es|gibts|steht|stehen) (ein|eine|einen|viele|das|den|die|der|ein schönes|eine schöne|einen schönen))",
        // "das" only before what stands there ("Links ist das Hotel, oder?"): "Links, ist das richtig?" checks.
        "!!(links|rechts) (ist|sind|war|waren) das ($place|#noun)",
        // A liking is no step taken: "Ich gehe gern geradeaus, das ist einfach."
        "!!(gehe|gehen|laufe|laufen|fahre|fahren) (gern|gerne|nicht gern|nicht gerne|lieber)",
        // Left and right in politics: "Politisch bin ich eher links, und mein Mann eher rechts."
        "!!(politisch|politik|partei|parteien|wähle|wählen|gewählt)",
        "!!((bin|ist|sind) (eher|ziemlich|sehr|ganz) $direction)",
        // Habits tell ("Ich verwechsle immer links und rechts"); "immer geradeaus" is a direction.
        "!!(verwechsle|verwechseln|verwechsel)",
        // …in English too: "links, rechts, I always mix them up"
        "!!((mix|mixed|mixing) (up|them up|it up|them|these))",
        "!!(always confuse)",
        // What a phone or map says is no check of the passer-by's words: "Mein Handy sagt links, aber ich glaube rechts."
        "!!(handy|navi|google|app|gps|karte|google maps) (sagt|zeigt|meint)",
        // Adjacent, or one word between ("Wir gehen morgens immer links"): "immer geradeaus" further on is the last leg of
        // the route ("Ich gehe hier rechts und dann immer geradeaus" repeats it).
        // (a span: the route echoed on after it checks, "Also ich gehe immer geradeaus und dann links?"; a habit's goal or
        // reason silences the sentence, "Wir gehen immer geradeaus und dann links zum Bäcker.")
        "!((ich|wir) (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) immer)",
        "!!((ich|wir) (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) immer) ... (zum bäcker|zur arbeit|zur schule|zur uni|zum einkaufen|nach hause|spazieren|zu fuss|gern|gerne|wenn|weil|so)",
        // (not "hier", "da", "dort" alone: "Also ich gehe hier immer geradeaus und dann links?" repeats the route; only
        // with another turn after, as a walk of one's own: "Wir gehen hier immer links zum Bäcker")
        "!!((ich|wir) (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) (morgens|abends|mittags|sonst|oft|meistens|normalerweise|auch|jeden) immer)",
        "!!((ich|wir) (gehe|gehen|laufe|laufen|fahre|fahren) (hier|da|dort) immer (links|rechts) (zum|zur|am|an der|in den|in die|ins))",
        // Another's habit of saying the way, quoted, checks none of hers: "Meine Enkelin sagt immer: erst links, dann rechts."
        // ("Meine Frau sagt: links?" passes her check on now.)
        "!!((mein|meine|meinen|unser|unsere) #word (sagt|sagen|fragt|fragen|meint|meinen) (immer|oft|ständig|dauernd|jedes mal|manchmal|immer wieder))",
        "!!((er|sie|man) (sagt|fragt|meint) (immer|oft|ständig|dauernd|jedes mal|manchmal|immer wieder))",
        // …and what another said, in the simple past, is told, not checked: "Mein Opa sagte immer: links ist da, wo der Daumen
        // rechts ist." ("Sie sagten: links?" to her still checks.)
        "!!((mein|meine|meinen|unser|unsere) #word (@sagte|@sagten|@meinte|@meinten|@erklärte|@zeigte))",
        "!!((er|man) (@sagte|@meinte))",
        // …and so is another's: "Meine Schwester geht immer rechts und dann geradeaus, sie kennt die Stadt."
        "!!((er|sie) (geht|läuft|fährt|nimmt) immer)",
        // A walk of another day, planned or told, checks no way given now: "Morgen ich gehe links zum Museum.", "Gestern bin ich rechts gegangen."
        "!!((morgen|übermorgen|nächste woche|am wochenende) (ich|wir|gehe|gehen|fahre|fahren|laufe|laufen|nehme|nehmen|will|möchte|muss))",
        "!!(gestern|vorgestern|letzte woche|letztes mal|letztes jahr)",
        // …the day after the verb: "Ich gehe morgen geradeaus zum Hotel."
        "!!((ich|wir) (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) (morgen|übermorgen|nächste woche|am wochenende))",
        // A bare list of places and then turns checks no way: "Bahnhof, Kirche, links, rechts"
        "!!($place $place $direction)",
        // …or three turns and then a place, bare: "Geradeaus, links, rechts, Kirche."
        "!!($direction $direction $direction $place)",
        "!!((mein|meine|unser|unsere) #word (geht|läuft|fährt|nimmt) immer)",
        // Where people live or drive is no direction given: "Mein Bruder wohnt rechts neben der Kirche, oder?", "Das Auto fährt rechts, oder?"
        "!!(wohnt|wohnen|wohne|arbeitet|parkt|parken)",
        "!!((auto|autos|man|fahrrad|fahrräder|radfahrer|verkehr|motorrad|motorräder|roller|mopeds) (fährt|fahren))",
        // …the side the traffic keeps, in a country or here, the verb first: "In Australien fahren wir links, hier rechts!",
        // "Hier fährt man rechts, oder?" ("Dann fährt man rechts?" still checks.)
        "!!((in|bei uns in) ($city|#noun) (fahren|fährt|fahre) (wir|man|die leute|alle|sie|ich))",
        "!!((hier|bei uns|zu hause|daheim|hier in #noun|hier in $city) (fährt|fahren) (man|wir|die leute|alle) $direction)",
        "!!(linksverkehr|rechtsverkehr)",
        // …the verb first, the traffic after: "in Vietnam fahren die Motorräder links und rechts überall"
        "!!((fährt|fahren) (die|der|das|alle|viele) (autos|auto|motorrad|motorräder|roller|mopeds|fahrräder|radfahrer|leute|menschen))",
        // Direction words taken up as a topic: "Rechts oder links, das ist mir egal", "Geradeaus, links, rechts – das haben wir gelernt".
        "!!(egal|gelernt|lernen|geübt|üben)",
        // …or as words known from class: "Geradeaus, links, rechts, das kenne ich schon aus dem Kurs."
        "!!(kurs|deutschkurs|sprachkurs|unterricht|vokabeln|wörter)",
        // …or asked apart as words: "Was ist der Unterschied zwischen links und rechts?"
        "!!(unterschied|unterschiede|unterscheiden|unterscheide|auseinanderhalten|verwechseln|verwechselt)",
        // Either way asked is no way repeated: "Links oder rechts?", "Muss ich links oder rechts gehen?"
        "!!$direction oder $direction",
        // A bare list of the scene's words, the distance among them, checks no way: "Bahnhof, links, rechts, weit."
        "!!($direction $direction (weit|nah|nahe|zu fuss|minuten))",
        "!!((weit|nah|nahe|zu fuss) $direction $direction)",
        // A habit told of home, the verb first, checks no way given now: "In Frankreich gehen wir immer geradeaus und dann
        // links zum Markt." ("Also gehe ich immer geradeaus?" still checks; "oft", "meistens" tell a habit in any place.)
        "!!((in|bei) #noun (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) (ich|wir|man) immer)",
        "!!((in|bei) (frankreich|deutschland|paris|lyon|hause|uns) (gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) (ich|wir|man) immer)",
        "!!((gehe|gehen|laufe|laufen|fahre|fahren|nehme|nehmen) (ich|wir|man) (oft|meistens|normalerweise|sonst|jeden tag))",
        // …and a habit named anywhere, the subject first: "Ich gehe jeden Tag geradeaus und dann links zum Bäcker."
        "!!(jeden (morgen|tag|abend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|jede woche|jedes mal|jedesmal|normalerweise|meistens)",
        // A walk told with "sein" and its participle left out: "Also ich bin zuerst geradeaus und dann links, und dann war ich da."
        "!!((ich|wir) (bin|sind) (zuerst|erst|einfach|immer|dann|danach|also) $direction)",
        // …and with "war", where one has been and turned: "Ich war am Bahnhof, dann links, dann war ich hier.", "Ich war heute
        // am Marienplatz und dann rechts bei der Kirche."
        "!!((ich|wir) (war|waren) (am|im|beim|bei der|bei dem|an der|in der|auf dem|auf der|vor dem|vor der|zuerst|erst|schon|heute|vorhin|eben|gerade|dann|danach))",
        // Looking one way is no turn taken: "Also ich muss nach rechts schauen?" (at the crossing, for cars).
        "!(nach links|nach rechts|links und rechts|rechts und links|nach links und rechts|nach rechts und links) (schauen|schaue|schau|gucken|gucke|guck|kucken|blicken)",
        // Being bad at left and right, what one sees there, and the passer-by's own walk check no direction: "Ich bin nicht gut
        // mit rechts und links", "Rechts sehe ich einen Bäcker, …", "Sie gehen mit dem Hund bis zum Park, oder?"
        "!!(gut|schlecht) mit",
        "!!$direction (sehe|seh|sieht|sehen) (ich|man|wir) (ein|eine|einen|viele|zwei)",
        "!!(hund|gassi)",
        // Whether this is the way to a place asks the way, it echoes no turn: "Zur Frauenkirche geht's da lang, oder?"
        "!(zum|zur) (#noun|$place) (geht es|geht) (hier|da|dort|so)",
        // …her own way now, a time or "auch" after: "Sie gehen jetzt nach links, oder?" (an echo of her order, "Gehen Sie
        // links, dann rechts?", still checks)
        "!!((sie gehen|gehen sie|sie laufen|laufen sie|sie fahren|fahren sie) (jetzt|auch|selbst|heute|gleich|nach hause))",
        // A direction word glossed is about the word: "Geradeaus heißt straight, richtig?", "Rechts ist auf Englisch right, oder?"
        "!!$direction (heißt|heisst|bedeutet)",
        // …or "ist" and its English, unquoted: "Links ist left, oder?", "Geradeaus ist straight, ja?"
        "!!($direction (ist|sind) (left|right|straight|straight on|ahead))",
        // A turn with the participle of the way walked tells it, where the perfect's auxiliary stood before a comma: "Wir sind
        // erst geradeaus, dann links gegangen, aber da war nur ein Park."
        "!!($direction (gegangen|gelaufen|gefahren|abgebogen|eingebogen))",
        "!!(auf|in) (englisch|english)",
        // The way one went, told in the perfect, checks nothing: "Ich habe zuerst links genommen, das war falsch."
        "!!(bin|sind|habe|hab|haben) ... (gegangen|genommen|gelaufen|gefahren|abgebogen|eingebogen|gewesen)",
        // …and so is where one looked or searched: "Ich habe links und rechts geschaut, aber keinen Bahnhof gesehen."
        "!!(habe|hab|haben|hatte|hatten) ... (geschaut|geguckt|gekuckt|geblickt|gesucht|gesehen)",
        // A way another explained or showed, told in the perfect, checks none of hers: "Mein Freund hat mir den Weg zur Uni
        // erklärt, links und dann rechts." ("Sie haben gesagt, links und dann rechts?" still checks: only "hat", "hatte".)
        "!!(hat|hatte) ... (erklärt|gezeigt|beschrieben|gesagt|aufgeschrieben|aufgemalt)",
        // …people at another place, or "man", in the plural: "Im Hotel haben sie uns gesagt: geradeaus und dann links." ("Sie
        // haben gesagt, links?" to her still checks.)
        "!!(im|in der|in dem|am|beim|an der|auf der) (#noun|$place) (haben|hatten|hat|hatte) (sie|die|man|er) ... (gesagt|erklärt|gezeigt|beschrieben)",
        "!!(man) (hat|hatte) (uns|mir) ... (gesagt|erklärt|gezeigt|beschrieben)",
        // "am", "zum", "zur" before a time or in a set phrase name no landmark of the route: "Die Apotheke hat am Sonntag zu,
        // oder?", "Sie gehen jetzt zum Essen, oder?", "Die Frauenkirche ist zum Glück offen, oder?"
        "!(am|zum|zur|bis|bis zum|bis zur) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|feiertag|abend|morgen|vormittag|nachmittag|mittag|glück|beispiel|schluss|essen|mittagessen|abendessen|frühstück|kaffee|arbeit|messe|urlaub)",
        // A place's hours or state asked before the tag checks no way: "Der Markt ist am Samstag voll, richtig?"
        "!!(zu|auf|offen|geöffnet|geschlossen|voll|ruhig|leer|schön) #tag",
        // What a turn or a street is like checks no way: "Das Restaurant rechts ist sehr teuer, oder?", "Die zweite Straße ist
        // sehr schön." ("Links ist richtig, oder?" checks.)
        "!!(($direction|strasse|kreuzung|ampel|ecke) (ist|sind|war|waren) $quality)",
        "!!(($direction|strasse|kreuzung|ampel|ecke) (ist|sind|war|waren) (sehr|so|zu|ziemlich|echt|wirklich|total|auch|nicht so) $quality)",
      ],
      examples: ["Also zuerst geradeaus und dann links?", "Die zweite Straße rechts, richtig?", "Ich gehe hier rechts und dann geradeaus, ja?"],
      nudge: "Repeat the directions back to Frau Huber to check you got them right.",
    },
    {
      id: "thank",
      title: "Say thank you",
      points: 10,
      after: ["ask_way", "ask_distance", "repeat_direction"],
      // "Ich bin Ihnen sehr dankbar." thanks; "Ich wäre Ihnen dankbar, wenn …" asks.
      patterns: [
        ...thankPatterns,
        "(bin|sind) ... dankbar",
        // The formula of thanks for a kindness, beside English thanks or alone: "Thank you, das ist sehr nett von Ihnen.",
        // "Das ist lieb von Ihnen." (a favour asked, "Das wäre nett von Ihnen, wenn …", thanks for nothing yet)
        "(ist|war|sehr|so|wirklich|echt|total|super|wirklich sehr) (nett|lieb|freundlich) von (ihnen|dir|euch)",
        "!(wäre|wär|wären|würde) ... (nett|lieb|freundlich) von",
      ],
      examples: ["Vielen Dank!", "Danke, das ist sehr nett von Ihnen."],
      nudge: "Frau Huber has helped you: thank her.",
    },
  ],
};
