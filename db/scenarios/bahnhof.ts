import { greetPatterns, storyBlockers } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// The destinations a learner names most; "Nach Hamburg." alone is a whole request.
// The clerk travels nowhere: a trip asked in "du" or "ihr" is one's company's ("Wann fährt dein Zug, Anna?",
// "Wann kommst du an?"), and asks the clerk nothing.
const othersTrip = [
  "!!(dein|deine|deinen|deinem|euer|eure|euren|eurem) ($train|zug|züge|gleis|bahnsteig|fahrkarte|ticket|reise|flug)",
  "!!(kommst|fährst|fliegst|reist|bist|musst|steigst) du",
  "!!(kommt|fahrt|fliegt|reist|seid|müsst|steigt) ihr",
  // …nor does the clerk's own way home or to work, asked in "Sie": "Fährt Ihr Zug nach Hause auch von Gleis 1?", "Wann fahren Sie
  // nach Hause?", "Wann kommen Sie morgen zur Arbeit?" ("Die Züge nach Berlin, wann fahren sie?" still asks.)
  "!!(ihr|ihre|ihren|ihrem) ($train|heimweg|arbeitsweg)",
  "!!((fahren|kommen|gehen|nehmen) sie) ... (nach hause|heim|zur arbeit|in den urlaub|in urlaub|selbst|selber|privat|oft|gern|gerne|jeden tag)",
];

// Another's trip told is no ticket asked nor kind chosen: "Er braucht ein Ticket nach München", "Sie fährt morgen nach
// Hamburg, hin und zurück", "Meine Schwester fährt heute nach Frankfurt, nur hin". The verb's third person singular keeps
// the formal "Sie" ("Sie möchten nach Berlin?" is the clerk's own question, "Fahren Sie …" comes first) out. "Er fährt" alone
// may be the train ("Einmal Berlin, er fährt um 10, richtig?"), and one who comes along travels with the learner ("Meine Frau
// kommt mit, zwei Fahrkarten nach Berlin").
const OTHERS = "(mein|meine|meinem|mijn|unser|unsere|sein|seine|ihr|ihre|zijn|haar) (mann|frau|freund|freundin|bruder|schwester|vater|mutter|sohn|tochter|kind|kollege|kollegin|chef|chefin|oma|opa|onkel|tante|nachbar|nachbarin|enkel|enkelin|enkelkind|enkelsohn|enkeltochter|schwiegertochter|schwiegersohn|schwiegermutter|schwiegervater|cousin|cousine|neffe|nichte|schwager|schwägerin|kinder|eltern|freunde|freundinnen|kollegen|kolleginnen|geschwister|brüder|schwestern|nachbarn|enkelkinder|cousins|cousinen|söhne|töchter|mitbewohner|vrouw|vriend|vriendin|broer|zus|zoon|dochter|collega|ouders)";
const OTHERS_PL = "(meine|unsere|seine|ihre) (freunde|freundinnen|kollegen|kolleginnen|geschwister|brüder|schwestern|nachbarn|enkel|enkelkinder|cousins|cousinen|söhne|töchter|mitbewohner|kinder|eltern)";
const othersTicket = [
  // Outer brackets keep subject and verb adjacent: "Entschuldigen Sie bitte, ich möchte …" is no "Sie möchte".
  "!!((er|sie) (braucht|möchte|will|muss|reist|fliegt|nimmt|kauft|soll))",
  "!!((er|sie) fährt (auch|allein|alleine|zurück))",
  `!!(${OTHERS} (fährt|reist|fliegt|nimmt|kauft))`,
  // …or wants or needs one, told of them: "Mein Sohn möchte eine Fahrkarte nach Frankfurt kaufen, aber er ist nicht hier."
  // (Adjacent: "Meine Frau und ich möchten nach Berlin" travels with the learner; "für meine Frau eine Fahrkarte" relays an order;
  // the ticket told with its verb, or right after the modal: "Mein Mann braucht auch eins – also zwei Tickets nach Frankfurt
  // bitte." and "Meine Frau möchte auch mit, zwei Fahrkarten nach Berlin bitte." buy.)
  `!!(${OTHERS} (möchte|möchten|will|wollen|wollte|wollten|braucht|brauchen|brauchte|muss|müssen|musste|soll|sollen|plant|hat vor|haben vor)) ... (kaufen|buchen|lösen|holen|besorgen|haben|fahren|reisen|fliegen)`,
  `!!((${OTHERS} (möchte|möchten|will|wollen|wollte|wollten|braucht|brauchen|brauchte|muss|müssen|musste|soll|sollen)) (nach|$ticket|hin|einfach*|nur|rückfahr*|zurück|$city|(ein|eine|einen|zwei) ($ticket|karte|karten)))`,
  // …or the wish in the Konjunktiv: "Mein Chef hätte gerne eine Rückfahrkarte nach Berlin, aber er bucht selbst online."
  `!!((${OTHERS} (hätte|hätten|würde|würden) (gern|gerne)) (nach|$ticket|hin|einfach*|nur|rückfahr*|zurück|$city|(ein|eine|einen|zwei) ($ticket|karte|karten)|(kaufen|buchen|fahren|reisen)))`,
  // …or plans one: "Meine Freunde planen eine Reise nach München, sie wollen hin und zurück fahren."
  `!!(${OTHERS} (plant|planen|plante|planten|machen|macht|organisiert|organisieren))`,
  // …or the infinitive, as telegraphic learners leave the verb: "mein sohn fahren köln hin und zurück"
  `!!(${OTHERS} (fahren|reisen|fliegen|nehmen|kaufen|gehen))`,
  // …the subject after the verb too: "Die Fahrkarte nach Berlin hat mein Enkel.", "Hin und zurück nimmt meine Tochter."
  `!!((hat|hatte|kauft|kaufte|holt|bringt|nimmt|bucht|fährt) ${OTHERS})`,
  // …plural, the verb first: "Nächsten Monat fahren meine Freunde nach Berlin, hin und zurück." (Plural nouns only: "Morgen
  // fahren meine Frau und ich nach Berlin" travels with the learner.)
  `!!((haben|hatten|kaufen|kauften|holen|bringen|nehmen|buchen|fahren|reisen|fliegen|planen) ${OTHERS_PL})`,
  // A trip one only may take is a plan told, the verb first: "Vielleicht fahre ich nächste Woche hin und zurück nach Berlin."
  "!!(vielleicht (fahre|fahren|reise|reisen|fliege|fliegen|komme|kommen|kaufe|kaufen|buche|buchen|nehme|nehmen|mache|machen) (ich|wir))",
  "!!((ich|wir) (fahre|fahren|reise|reisen|komme|kommen) vielleicht)",
  // A trip far off is a plan told, no ticket bought now: "nächstes Jahr ich fahre nach Istanbul hin und zurück"
  "!!(nächstes jahr|nächsten sommer|im sommer|im winter|irgendwann|eines tages|in zukunft|später mal)",
];

// A trip asked about in the perfect is over, another's or one's own: "Welches Gleis hat mein Freund genommen?", "Wann ist der
// Zug gestern angekommen?" (from the question word on, so "Ich bin gerade angekommen, wann fährt der Zug?" still asks).
const pastTrip = [
  "!(welch*|wann|wo|von wo|um wie viel uhr) ... (hat|hatte|haben|hatten|ist|war|sind|waren|bin|bist) ... (genommen|gefahren|abgefahren|angekommen|gekommen|gehalten|losgefahren|eingefahren|gewesen)",
];

// A train of the past, or a question someone asked back then, asks nothing now: "Meine Oma fragte früher immer, wann der Zug
// kommt", "Von welchem Gleis fuhr damals der Zug?" (not "früher" alone: "Fährt früher ein Zug?" asks an earlier train).
const pastTrain = [
  "!!damals",
  // The simple past in the question itself, not in a clause before it: "Der letzte Zug fuhr mir vor der Nase weg, wann fährt der nächste?"
  "!(welch*|wann|wo) ... (fuhr|fuhren)",
  "!!früher (immer|oft|meistens)",
  // Yesterday only in the clause it dates: "Gestern war ich in Bonn, wann fährt heute der Zug nach Köln?" asks.
  "!(gestern|vorgestern|letzte woche|letztes mal|yesterday|last week|last time)",
  // The simple past asked, where it dates the train ("Welches Gleis war das gestern?"; "Welches Gleis war das noch mal?" asks now).
  "!(welch*|wann|wo) ... (war|waren|kam|kamen|hielt|hielten) ... (gestern|vorgestern|damals|letzte|letztes)",
  "!wann (kam|kamen)",
  // …or the day gone after the question, as telegraphic learners put it: "ich nicht wissen welche gleis gestern"
  "!(welch*|wann|wo) ... (gestern|vorgestern)",
];

// Not wanting to know refuses the question it puts: "Ich möchte nicht wissen, was es kostet."
const notWanted = ["!!(möchte|will|wollen|möchten|muss|müssen|brauche) (nicht|gar nicht) wissen"];

// An English story told, or a wish on a condition, asks nothing now: "Yesterday I bought eine Fahrkarte nach Köln online.",
// "If I had more money, würde ich nach Paris fahren."
const englishStory = [
  "!!(yesterday|last week|last time|last year|last month|last night|next year|someday)",
  "!!(bought|booked|paid|took|said|told|says)",
  // …nor does asking put off, or a word talked about: "Tomorrow I'll ask wie viel das kostet", "The word Rückfahrkarte is so long"
  "!!(i ll ask|ill ask|i will ask|ask later|ask tomorrow|the word|this word|that word)",
  // ("i" beside no other English word reads as the Bavarian "ich")
  "!!if (i|ich|we|wir|you|it)",
  // Another's trip told in English is none of the learner's: "My friend Anna fährt morgen nach Berlin, one way."
  "!!(my|his|her|our) (friend|roommate|brother|sister|mom|mother|dad|father|girlfriend|boyfriend|wife|husband|host|family|parents|professor)",
];

// Another's question told as a habit or in the past asks the clerk nothing: "Meine Kinder fragen immer, wann der Zug kommt",
// "Meine Freunde fragen immer, was die Fahrkarte kostet", "Mein Freund wollte wissen, wann der Zug fährt", "mein kollege
// wollte fragen welches gleis aber er ist schon weg"
// ("Meine Frau fragt, wann der Zug kommt" relays her question now, for the learner's party).
const othersAsked = [
  `!!((${OTHERS}|die kinder|unsere kinder|er|sie) (fragt|fragen) (immer|oft|ständig|dauernd|jedes mal|die ganze zeit|manchmal))`,
  `!!((${OTHERS}|die kinder|unsere kinder) (fragte|fragten))`,
  `!!((${OTHERS}|die kinder|unsere kinder|er) (wollte|wollten|wusste|wussten) (wissen|fragen|nicht|es nicht))`,
];

// What one knows already asks nothing: "wann der zug fährt weiß ich schon", "Ich weiß schon, welches Gleis."
// …nor what one saw or read, or the radio says: "ich habe gesehen im fernsehen wann der zug fährt", "im radio sie sagen welches gleis"
const known = [
  "!!(weiß ich schon|weiß ich bereits|weiß ich doch|ich weiß schon|ich weiß bereits|ich weiß es schon|ich weiß doch|kenne ich schon|ich kenne schon)",
  "!!(habe|hab|haben) ... (gesehen|gelesen)",
  // …or looked up already, or knew (or not) back then: "Ich habe schon im Internet nachgeschaut, wann der Zug fährt", "Im Urlaub
  // haben wir nie gewusst, von welchem Gleis der Zug fährt" (not "Ich wüsste gern, wann der Zug fährt": the umlaut asks now).
  "!!(habe|hab|haben|hat) ... (nachgeschaut|nachgesehen|geschaut|geguckt|gecheckt|recherchiert|gegoogelt)",
  "!!(gewusst|wusste|wussten)",
  // …nor what another knows: "Mein Kollege nimmt immer den ICE um 7 Uhr, welches Gleis weiß er auswendig."
  "!!(weiß er|weiß sie|weiss er|weiss sie|kennt er|kennt sie|wissen die|kennen die)",
  ...othersAsked,
  "!!(im fernsehen|im radio|in der zeitung|auf der tafel|auf der anzeige)",
];

// Wondering as a habit asks the clerk nothing: "Ich frage mich manchmal, wann die Züge hier überhaupt pünktlich sind."
const wondered = ["!!((ich frage mich|frage ich mich|wir fragen uns|fragen wir uns) (manchmal|oft|immer|ständig|jedes mal|schon lange|oft schon))"];

// Asking put off, the subject before the verb in English order, asks nothing now: "morgen ich frage wann der Zug fährt"
// (the judge puts off "Morgen frage ich …" itself).
const putOff = [
  "!!((morgen|später|nachher|übermorgen) (ich|wir) (frage|fragen|frag))",
  // …or the question first, unpunctuated: "wann fährt der zug frage ich später"
  "!!((frage|fragen|frag) (ich|wir) (später|morgen|nachher|übermorgen))",
  // …or to the next trip: "Das nächste Mal frage ich lieber vorher, von welchem Gleis der Zug fährt."
  "!!((nächste mal|nächstes mal|beim nächsten mal|ein andermal|nächste woche) (frage|fragen|frag|erkundige) (ich|wir))",
  "!!((nächste mal|nächstes mal|beim nächsten mal) (ich|wir) (frage|fragen|frag|erkundige))",
  "!!(frage|fragen|frag|erkundige) (ich|wir) ... (nächste mal|nächstes mal|beim nächsten mal|lieber vorher)",
];

// What the clerk just said, asked back, asks nothing new: "Wie bitte, um wie viel Uhr haben Sie gesagt?", "Welches Gleis sagten Sie?"
// (before a question opened by "aber" only up to it: "Das haben Sie gesagt, aber wann fährt der Zug zurück?").
const askedBack = ["!!((haben sie|hatten sie|hast du) (gesagt|gemeint))", "!!(sagten sie|sagtest du)"];

// The learner's home or another country, where trains and fares are compared, not asked: "Kostet das in Frankreich auch so
// viel?", "Bei uns in Korea fährt der Zug immer pünktlich", "In meinem Land ist das Gleis …" ("nach Paris" still travels).
const COUNTRIES = "(frankreich|korea|südkorea|japan|china|italien|spanien|england|amerika|usa|polen|türkei|holland|niederlanden|belgien|schweiz|österreich|indien|brasilien|russland|griechenland|portugal|schweden|vietnam|kanada|mexiko|ägypten|marokko|iran|syrien|ukraine)";
// The place put first with its verb tells of there; named after a fare, it asks there's. The place in a clause of its own does
// not compare: "Ich wohne in Frankreich, was kostet die Fahrkarte?" asks.
const ELSEWHERE = `(in ${COUNTRIES}|wie in ${COUNTRIES}|bei uns|bei euch|in meinem land|in meiner heimat|in unserem land)`;
const elsewhere = [
  `!!(${ELSEWHERE} (kostet|kosten|kostete|ist|sind|war|waren|gibt es|gibt|fährt|fahren|zahlt|zahlen|bezahlt|bezahlen))`,
  `!!(kost*|teuer*|billig*|günstig*|preis*|*preis|zahlt|zahlen|bezahlt|bezahlen) ... ${ELSEWHERE}`,
  // …the verb first, the place right after it: "Gibt es in Japan auch Sparpreise?", "Ist in Frankreich die Fahrkarte billiger?"
  `!!((gibt es|gibts|kostet|kosten|kostete|ist|sind|war|waren) ${ELSEWHERE})`,
];

const CITIES = [
  "berlin", "hamburg", "münchen", "frankfurt", "köln", "bonn", "düsseldorf", "stuttgart", "dresden", "leipzig",
  "hannover", "bremen", "nürnberg", "aachen", "dortmund", "essen", "paris", "amsterdam", "brüssel", "wien", "zürich", "basel",
  // Towns no ending below finds: "Kassel, bitte." after "Wohin möchten Sie fahren?" (not "Halle", "Rom", "Siegen": words too)
  "kassel", "mainz", "bochum", "münster", "bielefeld", "karlsruhe", "mannheim", "wiesbaden", "kiel", "lübeck", "rostock",
  "potsdam", "koblenz", "trier", "wuppertal", "osnabrück", "paderborn", "darmstadt", "heilbronn", "konstanz", "krefeld",
  "chemnitz", "fulda", "jena", "weimar", "prag", "london", "warschau", "mailand", "venedig", "innsbruck", "graz", "linz", "bern",
];

export const bahnhof: ScenarioSeed = {
  id: "bahnhof",
  title: "Am Bahnhof",
  subtitle: "Buy a train ticket at Cologne main station",
  character: {
    name: "Jonas Becker",
    role: "Bahnmitarbeiter",
    persona:
      "Du arbeitest im Reisezentrum am Kölner Hauptbahnhof. Du sagst „Sie“ zu den Reisenden, bist geduldig und genau und sagst Zeiten und Gleise langsam. Züge nach Berlin, Hamburg, Frankfurt und München fahren jede oder jede zweite Stunde. Sparpreise gelten nur für einen festen Zug.",
  },
  setting:
    "The travel centre at Cologne main station on a busy Friday afternoon. The learner wants a train ticket; trains to Berlin, Hamburg, Frankfurt and Munich leave every hour or two, and there are cheaper saver fares for fixed trains.",
  level: { min: "A1", max: "A2" },
  openingLine: "Guten Tag! Wohin möchten Sie fahren?",
  keyWords: [
    { de: "die Fahrkarte", en: "the ticket" },
    { de: "hin und zurück", en: "there and back, a return" },
    { de: "die einfache Fahrt", en: "the one-way trip" },
    { de: "das Gleis", en: "the platform, the track" },
    { de: "der Zug", en: "the train" },
    { de: "abfahren", en: "to leave, to depart" },
    { de: "ankommen", en: "to arrive" },
    { de: "der Sparpreis", en: "the saver fare" },
  ],
  exchanges: [
    { learner: "Eine Fahrkarte nach Hamburg, bitte.", character: "Gern. Einfach oder hin und zurück?" },
    { learner: "Wann fährt der nächste Zug?", character: "Um 14:10 Uhr von Gleis 5. Passt das?" },
    { learner: "Was kostet das?", character: "Das kostet 89 Euro. Möchten Sie mit Karte zahlen?" },
  ],
  lexicon: {
    // The Swiss "Billett" too: "Ein Billett nach Zürich, bitte."
    ticket: ["kaartje", "kaartjes", "fahrkarte*", "*fahrkarte", "*fahrkarten", "*ticket", "*tickets", "fahrschein*", "*fahrschein", "*sparpreis", "flexpreis", "billett*", "billet", "billets", "bilet", "bilety", "bileti"],
    // Smaller towns by the shape of their names: "Heidelberg", "Wolfsburg", "Ingolstadt" is too like "Stadt".
    city: [...CITIES, "*berg", "*burg", "*dorf", "*hausen", "*furt", "*ingen", "*hafen", "*brücken", "*kirchen", "*lingen"],
    // A route typed with a hyphen is one word ending in the destination: "Köln-Berlin" ("*essen" would be "Mittagessen").
    route: CITIES.filter((city) => city !== "essen").map((city) => `*${city}`),
    train: ["zug", "züge", "ice", "ic", "regionalbahn", "regionalexpress", "bahn", "s bahn", "verbindung", "anschluss*"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the clerk",
      points: 10,
      patterns: greetPatterns,
      examples: ["Guten Tag!", "Hallo, guten Morgen!"],
      nudge: "Jonas is at the ticket counter: greet him.",
    },
    {
      id: "buy_ticket",
      title: "Ask for a ticket to your destination",
      points: 20,
      patterns: [
        "$ticket nach",
        // The kind of journey stands for the ticket: "Einfache Fahrt nach München, bitte."
        "(einfache fahrt|einfach fahrt|hin und zurück|hin und rück*) nach",
        // "1x Berlin" reads as the words "1" and "x".
        "(einmal|zweimal|dreimal|1 x|2 x|3 x) (nach|hin|bitte)",
        // The counter's shorthand: "Einmal Köln–Berlin, zweite Klasse."
        "(einmal $city|zweimal $city|dreimal $city|1 x $city|2 x $city|3 x $city|einmal $route|zweimal $route|1 x $route|2 x $route)",
        // Not "müss*" nor "müsste": a pattern's umlaut accepts the plain vowel, and the past "musste" asks nothing ("Ich musste am Montag nach Bonn").
        "(ich|wir) (möcht*|muss|müssen|will|wollen|würd*|fähr*|reise|reisen) nach",
        "(ich|wir) (möcht*|muss|müssen|will|wollen|würd*) ... nach $city",
        "(ich|wir) (bräuch*|möcht*|kauf*|nehm*|hätt* gern*) $ticket",
        // The verb first, after a clause put ahead: "Da ich morgen nach Frankfurt muss, bräuchte ich eine Fahrkarte."
        "(bräuchte|bräuchten|möchte|möchten|nehme|nehmen|kaufe|kaufen|hätte gern|hätte gerne) (ich|wir) $ticket",
        "(könn*|könnt*) sie mir (eine|ein|zwei|drei) (karte|karten|$ticket) nach",
        "!!(zurückgeben|zurückgegeben|stornier*|umtausch*|umtauschen|erstatt*)",
        // "Noch einmal, bitte" asks the clerk to say it again; "hier essen" is a meal, not the city Essen.
        "!(noch einmal|noch mal|nochmal)",
        "!(hier essen|ich essen|wir essen|man essen|was essen|etwas essen)",
        // Eating out is no city either: "Ich möchte vorher noch essen gehen."
        "!(noch|vorher|erst|zuerst|mal|gern|gerne) essen",
        "!essen (gehen|gehe|gegangen)",
        // A ticket one holds is none asked for: "Gilt mein Ticket nach Berlin auch für die S-Bahn?", "Ich habe ein Ticket nach Hamburg, aber …"
        // (Adjacent, or with one adjective: "für meine Frau eine Fahrkarte nach Berlin" relays an order for one's party.)
        "!((mein|meine|meinen|unser|unsere|unseren|dein|deine) $ticket)",
        "!((mein|meine|meinen|unser|unsere|unseren|dein|deine) (alte|alten|altes|neue|neuen|neues|gültige|gültigen|jetzige|jetzigen|andere|anderen|erste|ersten|zweite|zweiten) $ticket)",
        "!(ich habe|ich hab|wir haben|habe ich|haben wir) (ein|eine|einen|das|die|den|zwei|meine|mein) $ticket",
        // Asking to say it again slowly: "Einmal bitte langsamer, ich verstehe nicht."
        "!(einmal|einmal bitte) (langsamer|lauter|deutlicher|wiederholen)",
        // A trip turned down by its price: "Ich würde nach Berlin fahren, aber es ist zu teuer."
        "!!aber (es|das|der|die) (ist|wäre|war) zu",
        // Buying elsewhere or travelling another way turns the ticket down: "Ich kaufe das Ticket lieber im Automaten."
        "!!(lieber im|lieber am|lieber online|lieber in der|lieber bei|lieber mit dem)",
        "!!(im zug|am automaten|im automaten|online|in der app) (kaufen|kaufe|lösen|löse|buchen|buche)",
        // Flying, or a wish for a lifetime, buys no train ticket: "ich will nach berlin fliegen", "einmal nach Mekka im Leben"
        "!!(fliegen|fliege|flieg|flug)",
        "!!(im leben|in meinem leben)",
        "!!(mit dem auto|mit dem bus|mit dem fernbus|mit dem flugzeug|mit dem fahrrad|mit dem rad|mit dem wagen|mit meinem auto|mit meinem wagen)",
        // …the article dropped, as A1 learners drop it: "Nächste Woche wir fahren nach Varna, mit Auto."
        "!!mit (auto|bus|fernbus|flixbus|flugzeug|fahrrad|rad|wagen|taxi|schiff)",
        "nach bitte",
        // The destination as the aim: "Mein Ziel ist Hannover."
        "(mein|unser) (ziel|reiseziel|fahrtziel) (ist|wäre) ($city|$route)",
        "=bitte nach ($city|#noun)",
        // A trip one only may take is no ticket asked: "Nächste Woche will ich vielleicht nach Berlin fahren."
        "!((ich|wir) vielleicht)",
        "!(vielleicht (nach|$city))",
        // A condition is no order: "Wenn ich nach Berlin fahre, besuche ich meine Oma."
        "!((wenn|falls) (ich|wir)) ... nach",
        // Whether a cheaper fare runs there asks the price, it buys nothing: "Gibt es einen Sparpreis nach Berlin?"
        "!(gibt es|gibts|haben sie) ... (sparpreis*|*sparpreis|ermäßig*|rabatt*|angebot*|flexpreis) nach",
        // The bare infinitive as a blunt request, opening the sentence: "karte kaufen nach hamburg"
        "^(karte|karten|$ticket) (kaufen|buchen) nach",
        // The imperative, and the city with what kind of ticket: "Geben Sie Ticket Frankfurt", "Stuttgart, einfache Fahrt."
        "(geben sie|gib|geben sie mir|gib mir|machen sie mir) $ticket",
        // "Karte" is a ticket where it goes somewhere: "eine Karte nach Heidelberg".
        // The count written as it sounds: "Zwai Karte nach Frankfurt", "ain Karte nach Berlin".
        "(eine|zwei|drei|1|2|3|ain|aine|ein) (karte|karten) nach",
        "($city|$route) (einfach|einfache fahrt|hin und zurück|hin und rück*|nur hin|nur hinfahrt|erste klasse|zweite klasse|#word klasse|eine person|ein erwachsener|zwei personen|2 personen|zwei erwachsene|für zwei|für eine person)",
        // The destination put first, the verb second: "Nach Berlin möchte ich fahren."
        "nach $city (möcht*|will|wollen|muss|müssen|würd*|fahre|fahren|bräuchte) (ich|wir)",
        // Travellers counted, then the destination: "zwei Erwachsene, ein Kind nach Hamburg"
        "((ein|eine|zwei|drei|vier|1|2|3|4) (erwachsene|erwachsener|personen|person|kind|kinder) nach)",
        // The infinitive last: "Ich nach Köln fahren."
        "(ich|wir) nach $city (fahren|reisen)",
        // …or "gehen" for travel, adjacent, as A1 learners say it: "ich hamburg gehen, karte bitte", "ich nach Berlin gehen"
        "((ich|wir) (nach $city|$city) (gehen|gehe|geh|fahre|fahr))",
        // The city and the ticket, no verb, opening the sentence: "berlin ticket was kostet", "Hamburg Fahrkarte, bitte"
        "^(($city|$route) $ticket)",
        "!$ticket (ist|war|sind|waren|kostet|kosten) (teuer|billig|zu|sehr|so)",
        // A trip on a condition of money or time is none asked: "wenn ich geld habe, ich fahre munchen"
        "!!((wenn|falls) (ich|wir)) ... (geld|zeit|urlaub|frei) (habe|hab|haben|bekomme|bin|sind)",
        // …the subject dropped: "wenn geld haben ich fahren wien"
        "!!((wenn|falls) (geld|zeit|urlaub|frei) (habe|hab|haben|bekomme|bekommen|ist|sind))",
        // Without the preposition, as beginners drop it: "Ich Berlin fahren."
        "(ich|wir) $city (fahren|reisen|fahre)",
        "(ich|wir) (fahren|fahre|fahr|muss|will|möchte) $city",
        "^(muss|will|möcht*|würde gern|würde gerne) nach $city",
        // The ticket asked after the destination was named, by the learner or the clerk: "Ich nehme den ICE nach Berlin, eine Fahrkarte bitte."
        "[($city|$route)] =(ein|eine|einmal|1|zwei|2|drei|3|vier|4|fünf|5) $ticket bitte",
        "[($city|$route)] =$ticket bitte",
        // A place that is no city in answer to "Wohin?": "Zum Frankfurter Flughafen, bitte."
        "[(wohin|ziel)] =(nach|zum|zur|bis|bis nach|bis zum) (#noun|#noun #noun)",
        "!zum (glück|beispiel|schluss|teil|glueck)",
        // A ticket bought before is a story: "Gestern habe ich ein Ticket nach Berlin gekauft."
        "!!(gekauft|gebucht|bestellt)",
        // A ticket one has already, or lost, is no request: "Ich habe schon eine Rückfahrkarte.", "… die Fahrkarte verloren."
        "!(habe|hab|haben) (schon|bereits)",
        "!$ticket ... (verloren|vergessen|gefunden|liegen lassen)",
        // Home is no destination to sell: "Ich muss nach Hause."
        "!nach (hause|haus)",
        // A purchase planned for later buys nothing now: "Morgen kaufe ich dann die Fahrkarte, heute nur Information."
        "!!(morgen|später|übermorgen|irgendwann|nächste woche) (kaufe|kauf|buche|hole|besorge) ich",
        // …the subject first, in English order: "Morgen ich kaufe ein Ticket nach Berlin."
        "!!(morgen|später|übermorgen|irgendwann|nächste woche) (ich|wir) (kaufe|kauf|kaufen|buche|buchen|hole|holen|besorge|besorgen)",
        ...storyBlockers,
        ...othersTicket,
        ...englishStory,
        // A modal question with the ticket and its verb far apart: "Kann ich eine Karte für den ICE nach Berlin kaufen?"
        "(kann|könn*|könnt*|darf) (ich|wir) (eine|ein|zwei|drei) $ticket",
        // "Karte" alone is a map too ("Kann ich eine Karte von der Stadt haben?"): only where it goes somewhere.
        "(kann|könn*|könnt*|darf) (ich|wir) (eine|ein|zwei|drei) (karte|karten) ... nach",
        "(ich|wir) (~brauchen|~kaufen|~nehmen|~mögen) (eine|ein|zwei) (karte|karten) nach",
        "=nach $city",
        // The ticket and the city, no more: "Ticket Berlin."
        "=$ticket $city",
        // …with an article or a "bitte" before: "Bitte ein Ticket Hamburg.", "Eine Fahrkarte Kassel."
        "=(bitte|ein|eine|zwei|bitte ein|bitte eine|bitte zwei) $ticket ($city|$route)",
        // …counted in digits, or a "Karte" counted, going to a city: "1 Karte München", "2 Ticket Hamburg"
        "=(1|2|3|4|drei|vier|bitte 1|bitte 2) $ticket ($city|$route)",
        // …inside a longer clause, as a greeting or the party runs on unpunctuated: "guten tag fahrkarte münchen bitte",
        // "ich und meine frau zwei fahrkarte hannover" (not one held: "Zwei Tickets Berlin habe ich schon.")
        "($ticket ($city|$route) bitte)",
        "((zwei|drei|vier|2|3|4) $ticket ($city|$route))",
        "!($ticket ($city|$route) (habe|hab|haben|hat|hatte|hatten))",
        "=(ein|eine|einmal|zwei|drei|vier|1|2|3|4|bitte ein|bitte eine|bitte zwei) (karte|karten) ($city|$route)",
        // The request in a zu-infinitive: "Wäre es möglich, ein Ticket für den Zug um 17 Uhr nach Frankfurt zu kaufen?"
        "[(es möglich|ich möchte|ich würde|ich bitte|ich hätte)] $ticket ... zu (kaufen|buchen|bekommen|lösen|reservieren)",
        "!!(vergessen|versucht|geschafft|vergass|vergaß)",
        // A return ticket without a destination answers one-way-or-return, it buys no ticket to anywhere: "Brauche
        // Rückfahrkarte, Sonntag zurück." With the destination it buys one: "Eine Rückfahrkarte nach Köln, bitte."
        "!(rückfahrkarte|rückfahrkarten|rückfahrticket|rückfahrtickets|rückfahrschein)",
        "(rückfahrkarte|rückfahrkarten|rückfahrticket|rückfahrtickets|rückfahrschein) (nach|$city|$route)",
        // The ticket by its kind alone, as the scene's own ticket lines do without a destination: "Ein Schönes-Wochenende-Ticket, bitte."
        "=(ein|eine|einmal|zwei) (fahrkarte|fahrschein|ticket|*ticket)",
        "((ich|wir) $ticket $city)",
        // A short answer to "Wohin möchten Sie fahren?": "Hamburg, bitte."
        "[(wohin|ziel)] =$city",
        "[(wohin|ziel)] $city bitte",
        "$city bitte",
        // Asking the price of a ticket buys none ("Was kostet eine Karte nach Berlin?"); a price asked after the order does not undo it.
        // (Its own clause only: "Ich möchte nach Berlin fahren, was kostet eine Fahrkarte?" orders, then asks.)
        "!(was|wie viel|wieviel|wie teuer) (kost*|macht|ist|sind) ... (nach|$ticket|$city)",
        // …nor asked indirectly, the verb last: "ich wollte fragen wie viel eine fahrkarte nach berlin kostet also hin und zurück"
        "!(was|wie viel|wieviel|wie teuer) ... $ticket nach ... (kostet|kosten|kostete)",
        // …nor with the verb first, a fare told: "In Korea kostet eine Fahrkarte nach Busan nur 50 Euro."
        "!(kostet|kosten|kostete|kosteten)",
        // A ticket at home or abroad is compared, not bought: "Bei uns in Korea ist ein Ticket nach Busan billig." (Its own clause
        // only: "In Frankreich ist es billiger, aber ich möchte eine Fahrkarte nach Berlin." buys.)
        `!(${ELSEWHERE} (kostet|kosten|kostete|ist|sind|war|waren|gibt es|gibt|fährt|fahren|kauft|kaufen))`,
        `!!$ticket nach ... ${ELSEWHERE}`,
        // A ticket talked about is none asked for: "Ein Ticket nach Berlin kostet zu viel, finde ich."
        // (The present only with the fare told after it: "ich brauche ein ticket nach hamburg und was kostet das", dictated
        // without a stop, orders and then asks.)
        "!!$ticket nach ... (kostete|gekostet|war|finde)",
        "!!$ticket nach ... (kostet|kosten) (zu|so|sehr|viel|nur|mehr|weniger|über|unter|fast|etwa|ungefähr|circa|ca|bestimmt|wohl|ja|doch|mindestens|bloß|immer|normalerweise|eigentlich|nichts|wenig|ein vermögen|1*|2*|3*|4*|5*|6*|7*|8*|9*|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|hundertfünfzig|zweihundert)",
        // …or judged dear: "zwei Fahrkarte nach Berlin wäre zu teuer für uns"
        "!!$ticket nach ... (ist|sind|wäre|wären) (zu|sehr|so|ganz|teuer|billig)",
        // "nach" of time, and moving house, go nowhere by train: "Ich möchte nach dem Mittagessen fahren", "Ich möchte nach Berlin ziehen".
        // (Adjacent: "Ein Ticket nach Hannover mit dem ICE um 16:10", "Eine Fahrkarte nach Berlin mit meinem Enkel" go to the city.)
        "!(nach (dem|der|einem|einer|meinem|meiner|unserem|unserer))",
        "!!(ziehen|umziehen|umzug|auswandern|wohnen)",
        // The fare asked in nominal style buys nothing either: "Wie hoch ist der Fahrpreis nach Berlin?"
        "!!wie hoch (ist|sind|wäre|wären) ... (preis*|*preis|kosten|gebühr*)",
        // A city one arrives in is no destination bought: "Wann kommt der Zug in München an, bitte?"
        "!(in|ab|von|aus) $city",
        // "Ich möchte wissen, wann der Zug nach Berlin fährt" asks for a time, not a ticket.
        "!(wissen|fragen|ob)",
        // …but one's own wish to ask whether one can buy it, the polite frame, asks for it: "ich wollte fragen ob ich eine
        // fahrkarte nach hamburg kaufen kann" (not "Ich weiß nicht, ob ich eine Fahrkarte kaufen kann": no wish to ask).
        "(ich|wir) (wollte|wollten|möchte|möchten|würde gern|würde gerne|würden gern|würden gerne) ... (fragen|wissen) ob (ich|wir) ... (eine|ein|zwei|drei) $ticket ... (kaufen|bekommen|buchen|lösen|haben|kriegen) (kann|könnte|können|könnten|darf|dürfte)",
        // "fährt" also meets "Fahrt", so the train names itself: "Einfache Fahrt nach München" buys a ticket.
        "!(wann|wo|welch*|geht) nach",
        // Where one waits or goes is a question of the platform, no order: "wo ich muss warten für zug nach hamburg"
        "!wo (ich|wir|man)",
        "!($train|er|es) (fährt|fahren) nach",
        "!(fährt|fahren) $train nach",
      ],
      examples: ["Ich möchte eine Fahrkarte nach Berlin.", "Einmal nach München, bitte.", "Ich brauche ein Ticket nach Hamburg."],
      nudge: "Tell Jonas where you want to go and ask for a ticket.",
    },
    {
      id: "choose_return",
      title: "Say one-way or return",
      points: 15,
      patterns: [
        // Typed fast: "hinn und zurück", "hin und zurük", "ein fach".
        "(hin|hinn|hinnn) und (zurück|zurük|zurüch|rück*)",
        // "ü" heard and written as "i", as Slavic and Yiddish speakers spell it: "hin und zurick", "hin und zurik"
        "(hin|hinn) (und|u) (zurick|zurik|zurikk|zurrick|tsurick|tsurik)",
        // The "und" dropped or clipped, as terse learners type it: "hin zurück", "hin u zurück".
        "((hin|hinn) (zurück|zurük|u zurück|u zurük))",
        "nur (hin|hinfahrt|einfach|eine richtung)",
        "nur (die|eine) (hinfahrt|einfache fahrt)",
        "einfach* (fährt|bitte)",
        // "Können Sie das einfach bitte aufschreiben?": the adverb "just" is no one-way ticket.
        "!(sie einfach|du einfach|das einfach|es einfach|mal einfach|doch einfach)",
        "rückfahr*",
        // The return named as a ticket or a trip: "Mit Rückticket, bitte.", "Die Rückreise auch." Only so, as a choice: the
        // bare word is a trip talked about too ("Die Rückreise mache ich mit dem Bus.", "Kann ich das Rückticket später kaufen?").
        "=(mit|und|auch|auch mit|ein|einmal|auch ein|mit einem|mit einer) (rückticket*|rückreise*)",
        "=(die|das|ein|eine|mit|und) (rückticket*|rückreise*) (auch|dazu|bitte)",
        "=(rückticket*|rückreise*) (auch|dazu|auch bitte)",
        "(ich|wir) (brauche|brauchen|möchte|möchten|nehme|nehmen|hätte gern|hätte gerne|will) (ein|das|auch ein|auch das) rückticket*",
        // Declined, the noun put first: "Die Rückfahrt brauche ich nicht.", "Zurück brauche ich nicht."
        // (The whole clause: "Zurück will ich nicht über Frankfurt fahren" chooses no way.)
        "=((rückfahr*|rückticket*|rückreise*|zurück)|(die|den|das|eine|einen|ein) (rückfahr*|rückticket*|rückreise*)) (brauche|brauch|brauchen|will|möchte|möchten|nehme|nehmen) (ich|wir) (nicht|keine|keins|keinen)",
        // An option picked by its place, after the clerk names both: "Das zweite." after "Einfach oder hin und zurück?"
        // Not where the class or the trains are counted too ("Die zweite, bitte." after "…? Und erste oder zweite Klasse?"), nor asked back.
        "[(einfach|nur hin|hinfahrt*|hin und zurück|rückfahr*|retour*) oder (einfach|nur hin|hinfahrt*|hin und zurück|rückfahr*|retour*)] [!(klasse|$train)] .=(das erste|das zweite|die erste|die zweite|das letzte|die letzte|erstes|zweites|ersteres|letzteres|das erstere|das letztere)",
        // The day one comes back chooses the return: "Ich komme am Sonntag zurück.", "Ich fahre am Freitag wieder zurück."
        "(ich|wir) (komme|kommen|fahre|fahren|reise|reisen) (am|nächsten|nächste|diesen|diese|morgen|übermorgen) ... zurück",
        "(ich|wir) (fahre|fahren|reise|reisen) ... (wieder zurück)",
        // A yes to the clerk's question about the return: "Ja." after "Möchten Sie auch eine Rückfahrt?"
        "[(auch eine rückfahrt*|auch eine rückfahrkarte|auch zurück|auch hin und zurück)] =(ja|ja bitte|gerne|ja gerne|ja gern|gern)",
        // ... or to the return asked alone, the line opening with it: "Ja, bitte." after "Hin und zurück?" (not after
        // "Einfach oder hin und zurück?", where a yes chooses nothing).
        "[^(hin und zurück|also hin und zurück|rückfahrt*|rückfahrkarte*|mit rückfahrt*|retour*)] =(ja|ja bitte|gerne|ja gerne|ja gern|gern|genau|ja genau|richtig|ja richtig)",
        // Someone's return trip told is no choice: "Meine Rückfahrt ist am Sonntag mit dem Bus."
        "!((meine|mein|meinen|seine|ihre|unsere) (rückfahr*|rückticket*|rückreise*))",
        // The clerk's words, or another's, repeated are no choice: "sie sagen hin und zurück ja ich verstehe"
        "!!(sie sagen|sie sagten|du sagst|sie meinen|sagt|sagte|meint|meinte)",
        // A word asked about is no choice: "hin und zurück was ist das", "Rückfahrkarte, was bedeutet das?"
        "!!(was ist das|was heißt das|was heisst das|was bedeutet das|was bedeutet|was heißt|was heisst)",
        // …nor the way back made another way: "Die Rückfahrt mache ich mit dem Flixbus."
        "!!(rückfahr*|rückreise*) (mache|machen|fahre|fahren|nehme|nehmen) (ich|wir) ... (mit dem|mit der|mit einem|mit meinem|mit meiner)",
        // (its own clause only: "Nur die Hinfahrt, zurück fahre ich mit dem Auto." chooses one way)
        "!zurück (komme|kommen|fahre|fahren) (ich|wir) ... (mit dem|mit der|mit einem|mit meinem|mit meiner) (bus|fernbus|flixbus|auto|wagen|flugzeug|fahrrad|rad|taxi)",
        // The Swiss and Austrian word, and the return added after: "Retour, bitte.", "Zurück auch, bitte."
        "retour*",
        // The English words for it, mixed into German: "Zwei Tickets nach Stuttgart, round trip bitte.", "One way, bitte."
        // (Alone, or in English, it practises no German: "One way, please.")
        "(round trip|roundtrip|return ticket|return trip|one way|oneway|single ticket) (bitte|fahrkarte|fahrkarten|karte|also)",
        "(nach|$city|$route|$ticket|karte) ... (round trip|roundtrip|return ticket|return trip|one way|oneway)",
        // The destination and back, as the counter hears it: "Einmal nach Leipzig und zurück, bitte.", "Köln-Berlin und zurück"
        "(nach $city|$city|$route) und (zurück|zurük|zuruck|zurick|zurik)",
        // Typed as one word with hyphens: "hin-und-zurück"; or both ways named: "beide Richtungen".
        "hinund*",
        "(beide richtungen|in beide richtungen|zwei richtungen)",
        "=(zurück auch|auch zurück)",
        // The way back and its day, the verb after, as A1 learners order it: "zurück auch kommen ich samstag", "zuruck fahre ich sonntag"
        "^(zurück|zurück auch|auch zurück) (kommen|komme|fahren|fahre|reise|reisen) (ich|wir)",
        "((ich|wir) (komme|kommen|fahre|fahren) zurück) (am|an|diesen|nächsten|nächste|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|wochenende)",
        "(zurück auch|auch zurück) bitte",
        // …with the day of the way back: "zurück auch samstag" after "Nur die Hinfahrt?"
        "=((zurück auch|auch zurück|zurück|zurück am|auch zurück am|zurück auch am) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|übermorgen|wochenende))",
        // Both, after the choice was offered: "Beides."
        "[(hin und zurück|rückfahrt*|zurück)] =(beides|beide|ja beides|beides bitte)",
        // "Einmal nach Frankfurt, einfach."
        "=(einfache fahrt|nur hin|nur hinfahrt)",
        // "Einfach!" alone chooses only after talk of the trip: not after "War das schwer mit dem Automaten?"
        "[(einfach|hin|zurück|rückfahr*|richtung|$ticket|$city|$route|wohin|fahrt|fahren|klasse|$train)] =(einfach|ein fach)",
        // "Einfach! Das war einfach." answers how hard something was: the sentences beside it say so.
        "!!(war|ist|sehr|so|ganz) einfach",
        // The route, then the kind: "Köln-Berlin einfach", "Berlin nur hin".
        "($city|$route) (einfach|einfache fahrt|nur hin|nur hinfahrt)",
        "(einfach|einfache fahrt|nur hin|hin und zurück) (reicht|genügt)",
        // Preferred, after talk of the trip: "Einfach ist besser." after "Einfach oder hin und zurück?" ("Das ist einfach besser"
        // keeps its adverb).
        "[(einfach|hin|zurück|rückfahr*|richtung|$ticket|$city|$route|wohin|fahrt|fahren|klasse|$train)] ^(einfach|einfache fahrt|nur hin) (ist besser|wäre besser|ist gut|passt|ist okay|ist ok|ist mir lieber|ist genug)",
        "=(also|ja|dann|okay|ok) (einfache fahrt|nur hin|nur hinfahrt)",
        // "Einfach" after a yes is "simply" unless the trip was talked of: "Ja, einfach. Ganz einfach." after "War das schwer mit dem Automaten?"
        "[(einfach|hin|zurück|rückfahr*|richtung|$ticket|$city|$route|wohin|fahrt|fahren|klasse|$train|one way|oneway|single)] =(also|ja|dann|okay|ok) einfach",
        // Declining the return chooses one way: "Ich brauche keine Rückfahrkarte."
        // (Stated: "Gibt es heute keine Rückreise mehr?" asks whether a train runs.)
        "(keine|kein|keinen) (rückfahr*|rückfahrt*)",
        ".(keine|kein|keinen) (rückticket*|rückreise*)",
        // The way back refused in answer to the choice, the whole clause: "nur gehen nicht zurück" after "Einfach oder hin und
        // zurück?" ("Mein Mann kommt nicht zurück." tells).
        "[(einfach|hin und zurück|rückfahrt*|auch zurück)] .=(nicht zurück|kein zurück|ohne zurück|ohne rückfahrt|hin nicht zurück|nur hin nicht zurück|nur gehen nicht zurück|nur fahren nicht zurück|gehen nicht zurück)",
        // ... or the way back: "Ich komme nicht zurück.", "Wir fahren nicht wieder zurück."
        "(ich|wir) (komme|kommen|fahre|fahren|reise|reisen) nicht (zurück|mehr zurück|wieder zurück|so schnell zurück)",
        // A trip liked is no ticket's kind: "Ich mag die einfache Fahrt mit dem Zug am Rhein."
        // (In its own clause: "Einfache Fahrt bitte, ich mag Zugfahren." chooses.)
        "!((ich|wir) (mag|mögen|liebe|lieben|genieße|genießen))",
        "!!(einfach*|hin und zurück|rückfahrt*) ... (gefällt|gefallen|gefiel)",
        // Whether is no choice yet: "Ich weiß nicht, ob wir hin und zurück fahren."
        "!ob",
        // …nor a whether put before the way in its clause: "Ich weiß nicht, ob meine Tochter schon die Rückfahrt gebucht hat."
        "!ob ... (hin und zurück|rückfahr*|rückticket*|rückreise*|nur hin|hinfahrt*|einfach*)",
        // A kind of trip judged against the other is an opinion, no choice: "Ich finde, hin und zurück ist praktischer für
        // ältere Leute wie mich." ("Einfach ist besser." after the clerk's question chooses.)
        "!!(hin und zurück|rückfahr*|einfach*|nur hin|hinfahrt*) ... (ist|sind|wäre|wären) ... (praktischer|bequemer|sicherer|schneller|angenehmer|entspannter|stressfreier|flexibler|stressiger|anstrengender|komplizierter)",
        // Asking what the return costs chooses nothing yet.
        "!(was|wie viel|wieviel|wie teuer) (kost*|macht|ist)",
        // …nor with the ticket and its destination between: "Was kostet Fahrkarte nach München hin und zurück?"
        "!(was|wie viel|wieviel|wie teuer) (kost*|macht|ist) ... (hin|hinn|rückfahr*|einfach*|nur hin|retour*)",
        "!!(billiger|teurer|günstiger|oder)",
        // …nor judging one dear: "Zurück fahre ich mit dem Bus, hin und zurück ist zu teuer."
        "!((hin und zurück|rückfahr*|retour*) (ist|wäre|war|sind) (zu|sehr|so|ganz|teuer|billig))",
        // Where a train runs is no return chosen: "Fährt der Zug von hier in beide Richtungen?"
        "!!(fährt|fahren|geht|gehen) ... (beide|zwei) richtungen",
        "!!(hatte|hatten|war)",
        "!(habe|hab|haben) (schon|bereits)",
        // Another's ticket bought or paid is no choice of the learner's: "Mein Bruder hat die Fahrkarten schon gekauft,
        // hin und zurück", "Mein Kollege hat 50 Euro bezahlt, hin und zurück" ("hat" is never the learner's own verb).
        // One's own choice made before is told, not made, too: "Ich habe hin und zurück bezahlt", "Wir sind einfach gefahren."
        "!!(hat|habe|hab|haben) ... (gekauft|gebucht|bezahlt|gezahlt|bestellt|genommen|gewählt)",
        "!!(bin|sind) ... (gefahren|gereist|geflogen)",
        // …the participle before its auxiliary, in a clause of "ob", "dass" or "weil": "…, ob meine Tochter die Rückfahrt gebucht hat"
        "!!(gekauft|gebucht|bezahlt|gezahlt|bestellt|genommen|gewählt|gefahren|gereist) (hat|habe|haben|hatte|hatten|bin|sind|ist|war|waren)",
        "!$ticket ... (verloren|vergessen|gefunden|liegen lassen)",
        ...storyBlockers,
        ...othersTicket,
        ...englishStory,
      ],
      examples: ["Hin und zurück, bitte.", "Nur hin, bitte.", "Eine einfache Fahrt, bitte."],
      nudge: "Jonas needs to know: one way, or there and back?",
    },
    {
      id: "ask_price",
      title: "Ask about the price",
      points: 15,
      patterns: [
        "(was|wie viel|wieviel) kost*",
        // The Dutch question word before a German verb: "Hoeveel kostet das Ticket?"
        "hoeveel (kostet|kosten|macht|ist|sind)",
        // "macht" asks a price only of the ticket or the sum: "Was macht das?" ("Was macht die Bahn, immer Verspätung!" complains).
        "((was|wie viel|wieviel) macht) (das|es|alles|zusammen|insgesamt|dann|denn|ein|eine|einen|zwei|$ticket)",
        "((was|wie viel|wieviel) macht) (der|die|den) ($ticket|fahrt|karte|rückfahrt*|hinfahrt*)",
        "=(was|wie viel|wieviel) macht",
        // "Was macht man, wenn …", "Was macht Ihr Sohn?": doing, not a price.
        "!(macht man|macht ihr|macht ihre|macht dein|macht deine|macht mein|macht meine|macht er|macht du|macht das wetter)",
        "wie teuer",
        // Wanting to know the price asks it: "Wäre es möglich, den Preis zu erfahren?"
        "(preis*|fahrpreis*|kosten) (zu erfahren|erfahren|wissen|zu wissen|mitzuteilen|zu sagen|zu nennen)",
        // The polite Konjunktiv of "wissen" asks it too: "Ich wüsste gern den Fahrpreis." ("gern" keeps out the past "wusste").
        "(ich|wir) (wüsste|wüssten) (gern|gerne) ... (preis*|fahrpreis*|*preis|kosten)",
        // A fare stated and asked, to confirm it: "Das Ticket kostet dann 49 Euro?" (stated, it tells: "Das kostet 49 Euro.")
        "?(das|es|der|die|sie|$ticket|karte|fahrt|rückfahrt*|hinfahrt*) (kostet|kosten) ... (euro|eur|1*|2*|3*|4*|5*|6*|7*|8*|9*)",
        // Dear, asked alone: "Teuer?", "is teuer?"
        "?=(teuer|is teuer|ist teuer|ist das teuer|ist es teuer|is das teuer|sehr teuer|teuer ist|teuer is|das teuer ist)",
        // The ticket and the word, no verb, asked: "karte teuer?", "Ticket billig?"
        "?=(($ticket|karte|fahrt) (teuer|billig|günstig|sehr teuer|zu teuer))",
        // The question word last without the mark, as in Turkish or Japanese order: "das kostet wie viel"
        // (Opening its sentence: "Gestern hat mein Freund gefragt, das kostet wie viel." reports.)
        "^(das|es|fahrkarte|ticket|karte) (kostet|kosten) (wie viel|wieviel|wie teuer)",
        "^(kostet|kosten) (wie viel|wieviel|wie teuer)",
        // …or of the ticket, cheap or dear, or its cost large: "Ist das Ticket billig?", "Ist die Fahrkarte teuer?", "Kostet das viel?"
        // (whole, so "Kostet das viel Zeit?" asks none)
        // (Adjacent: "Ist das Hotel in Hamburg teuer?", "Ist es in Köln teuer?" ask no fare.)
        "?((ist|sind|wäre|is) (das|es|$ticket|das $ticket|die $ticket|der $ticket|die fahrt|die karte) (teuer|billig|günstig|preiswert|sehr teuer|zu teuer))",
        "?=(kostet|kosten|kostete) (das|es|der|die|sie) (viel|wenig|sehr viel|viel geld)",
        // Verb first, the clause whole, it asks even unpunctuated, as voice typing writes it: "kostet das viel", "ist das teuer"
        // (Adjacent: "Ist es in Köln teuer?" asks no fare.)
        "=((kostet|kosten) (das|es|der|die|sie) (viel|wenig|sehr viel|viel geld))",
        "=((ist|is|wäre) (das|es|das $ticket|die $ticket|der $ticket|die fahrt|die karte) (teuer|billig|günstig|preiswert|sehr teuer|zu teuer))",
        // Written as it sounds: "wie fiel kostet".
        "(wie fiel|wiefiel) (kost*|macht|ist|sind)",
        // A cheaper fare asked with the verb last: "billig Ticket gibt?"
        "?(billig*|günstig*|preiswert*|sparpreis*|ermäßig*) ... (gibt|gibts|gibt es|haben sie)",
        // …unpunctuated, the clause whole: "sparpreis haben sie", "billig ticket gibt es"
        "=((sparpreis*|ermäßigung*|rabatt*|studentenpreis*) (haben sie|gibt es|gibts|gibt))",
        // …or asked alone, or whether it can be had: "Sparpreis?", "Sparpreis möglich?", "Wäre ein Sparpreis möglich?"
        "?=(sparpreis*|*sparpreis|sparangebot*|ermäßigung*|studentenrabatt*|studentenpreis*|mit sparpreis|ein sparpreis|auch sparpreis)",
        "?(sparpreis*|*sparpreis|sparangebot*|ermäßigung*|rabatt*|studentenrabatt*|studentenpreis*) ... (möglich|verfügbar|drin|noch da|noch frei|machbar)",
        "=((billig*|günstig*|preiswert*) ($ticket|karte|karten|fahrt) (haben sie|gibt es|gibts|gibt))",
        // The fare or cost asked by its size: "Wie hoch ist der Fahrpreis?", "Wie hoch sind die Kosten?"
        "wie hoch (ist|sind|wäre|wären) ... (preis*|*preis|kosten|gebühr*|aufpreis|zuschlag)",
        // A yes/no question about a difference in price: "Kostet das mit Reservierung mehr?"
        "?(kostet|kosten|kostete) (das|es|der|die|ein|eine|sie) ... (mehr|extra|weniger|zusätzlich|etwas)",
        // …the article dropped, as learners of article-less languages drop it: "Kostet Sitzplatzreservierung extra?"
        "?^(kostet|kosten) ... (extra|zusätzlich|mehr|weniger)",
        // What a discount saves asks the price: "Wie viel spare ich mit der BahnCard 25?"
        "(wie viel|wieviel|was) (spare|spart|sparen) (ich|wir|man)",
        "((wie viel|wieviel) (ist|sind|wäre|wären) (das|es|der|die|ein|eine|zusammen|alles))",
        "(was|wie viel|wieviel) (muss|müssen|zahle|zahlen|bezahle) (ich|wir) (zahlen|bezahlen)",
        // …the verb far, or Dutch: "Wie viel muss ich dafür betalen?"
        "(was|wie viel|wieviel) (muss|müssen) (ich|wir) ... (zahlen|bezahlen|betalen)",
        // The paying verb asked in the present: "Was bezahle ich für die Fahrt?", "Wie viel zahlen wir zusammen?"
        "(wie viel|wieviel) (zahle|zahl|bezahle|bezahl|zahlen|bezahlen) (ich|wir|man)",
        "was (zahle|zahl|bezahle|bezahl|zahlen|bezahlen) (ich|wir|man) (für|dafür|insgesamt|zusammen|da)",
        "(was|wie|welch*) preis*",
        "und (der|den) preis",
        // A question announced about it: "Ich hätte eine Frage zum Preis."
        "(frage|fragen) (zum|zu dem|wegen dem|wegen des|nach dem) (preis*|fahrpreis*)",
        "preis bitte",
        // The "p" an Arabic speaker hears as "b": "Breis?", "Was Breis?", "Breis bitte"
        "?=(breis|fahrbreis|der breis)",
        "(was|wie|welch*) breis",
        "breis bitte",
        // The question word last, or the currency asked: "Kostet wie viel?", "Wie viel Euro?"
        "?(kost*|preis*|fahrpreis*) (wie viel|wieviel)",
        "(wie viel|wieviel) (euro|geld)",
        // "Um wie viel Uhr macht …" asks a time: "macht" is no price there.
        "!(wie viel|wieviel) uhr",
        // Without the article: "Wie viel ist Fahrkarte?"
        "(wie viel|wieviel) (ist|sind|kostet|kosten) ($ticket|karte|fahrt|rückfahrt*)",
        // The bare infinitive as a blunt imperative: "Preis sagen."
        "=(preis*|fahrpreis*|kosten) (sagen|nennen)",
        // Asked as an imperative: "Sagen Sie mir bitte den Preis."
        "(sagen sie|sag|nennen sie) ... (preis*|kosten)",
        // After the clerk names the ticket: "Wie viel?"
        "[($ticket|fahrt|verbindung|$train)] ?=(wie viel|wieviel|wie teuer)",
        "?=(preis*|kosten|fahrpreis*|kostet|kostet das|kostet es|kostet der|kostet die)",
        "(was|welch*) ist (billiger|günstiger|teurer)",
        // One fare compared, asked: "Ist die Rückfahrt teurer?", "Ist die erste Klasse billiger?" (adjacent: "Ist es in Berlin teurer?" asks no fare).
        "?((ist|sind|wäre|wird|is) (das|es|das $ticket|die $ticket|der $ticket|die fahrt|die rückfahrt*|die hinfahrt*|die karte|hin und zurück|erste klasse|die erste klasse|der ice|der sparpreis) (teurer|billiger|günstiger|preiswerter|viel teurer|viel billiger))",
        "!$ticket (kaufen|nehmen|buchen)",
        "(gibt es|haben sie|kann ich|bekomme ich) (ermäßig*|sparpreis*|rabatt*|günstig*|bahncard*|billiger|preiswerter)",
        // …in the polite Konjunktiv, asked: "Und gäbe es vielleicht einen günstigeren Tarif für Senioren?", "Hätten Sie auch einen Sparpreis?"
        "?(gäbe es|gäbs|hätten sie|könnte ich|könnten wir|bekäme ich|bekämen wir) ... (ermäßig*|sparpreis*|rabatt*|*rabatt|*ermäßigung|günstig*|billig*|preiswert*|seniorenpreis*|studentenpreis*|seniorentarif*|*sparpreis)",
        // A cheap ticket asked for, no verb before it: "billig ticket haben?", "günstige Fahrkarte gibt es?"
        // Declarative word order, asked: "Es gibt ein Sparpreis für Studenten?"
        "?(es gibt|gibt es|gibts) ... (ermäßig*|sparpreis*|rabatt*|*rabatt|*ermäßigung|studentenpreis*|bahncard*|discount*|*discount)",
        // Whether it is dear, asked in either order: "Das ist teuer oder nicht so teuer, hin und zurück?", "Ist das billig?"
        "?((das|es) (ist|wäre|is) (teuer|billig|günstig|preiswert))",
        // Dear or cheap put as the alternative asks even unpunctuated, as speech-to-text writes it: "ist teuer oder billig diese karte"
        "(ist|is|sind|wäre) ... (teuer oder billig|billig oder teuer|teuer oder günstig|günstig oder teuer|teuer oder nicht|billig oder nicht)",
        // …but not where it does not matter: "mir egal ist teuer oder billig"
        "!!(mir egal|ist egal|egal ob|ganz egal)",
        "?((ist|wäre|is) (das|es) (teuer|billig|günstig|preiswert))",
        "?((billig|billige|billiges|billigen|günstig|günstige|günstiges|günstigen|preiswert*) ($ticket|karte|fahrt|$train))",
        // Something cheaper, as a noun: "gibts was billigeres?", "Haben Sie auch etwas Günstigeres?"
        "?(gibt es|haben sie|hätten sie|kann ich|bekomme ich) ... (was|etwas|nichts) (billiger*|günstiger*|preiswerter*)",
        // "ist … billiger" asks only as a question: "In Frankreich ist der Zug billiger." compares.
        "?ist (ermäßig*|sparpreis*|rabatt*|günstig*|billiger|preiswerter)",
        // An English "is there" frame round a German noun asks in English: "Is there a Sparpreis?"
        "!(there|theres)",
        // What someone else says of a price asks nothing: "Meine Frau sagt, hin und zurück ist billiger."
        "!!(sagt|sagte|meint|meinte|gesagt)",
        // A fare of the past, dated, asks nothing now: "Wie teuer war das Ticket letztes Jahr?" ("Wie viel war das noch mal?" asks again);
        // nor does the saying "Was kostet die Welt?"
        "!!(wie teuer|wie viel|wieviel|was) (war|waren|kostete|kosteten) ... (letzte|letzten|letztes|letzter|gestern|vorgestern|damals|früher|vor)",
        "!kostet die welt",
        // What else the station sells is no fare: "Was kostet ein Kaffee hier?", "Was kostet das Schließfach?"
        "!!(kaffee|tee|wasser|brötchen|essen|snack|zeitung|schließfach*|gepäckfach*|parken|parkplatz|toilette|klo|taxi|taxis|uber)",
        // Money back for a delay is a refund, not a fare: "Wie viel Geld bekomme ich zurück für die Verspätung?"
        "!!(bekomme|bekommen|kriege|kriegen|gibt es) ... zurück",
        "!!(erstatt*|rückerstatt*|entschädigung*)",
        // A price paid before is judged, not asked: "Ich habe 30 Euro bezahlt, ist das teuer?", "Letztes Mal hat es 30 Euro gekostet, ist das billig?"
        // (Only where the judgement follows it: "Letztes Mal habe ich 30 Euro bezahlt, was kostet es heute?" asks.)
        "!!(habe|hab|haben|hat|hatte|hatten) ... (bezahlt|gezahlt|gekostet) (ist|is|war|wäre) (das|es)",
        // Living, staying and eating out are no fare: "Ist es teuer, in Berlin zu wohnen?", "Wie viel zahle ich für das Hotel?"
        "!!(wohnen|leben|miete|wohnung|hotel|hotels|restaurant|trinkgeld)",
        // …nor is the bus's or a car's: "Ist es billig, mit dem Bus zu fahren?"
        "!!(bus|fernbus|flixbus|mitfahrgelegenheit|blablacar|mit dem auto)",
        // A fare at home or abroad compared asks nothing of this counter: "Kostet das in Frankreich auch so viel?", "Wie teuer
        // ist der Zug bei uns in Korea?"
        ...elsewhere,
        ...othersAsked,
        ...wondered,
        ...notWanted,
        ...askedBack,
        ...putOff,
        ...englishStory,
      ],
      examples: ["Was kostet die Fahrkarte?", "Wie teuer ist das?", "Gibt es einen Sparpreis?"],
      nudge: "Ask Jonas what the ticket costs.",
    },
    {
      id: "ask_time",
      title: "Ask when the train leaves or arrives",
      points: 20,
      patterns: [
        "wann (fährt|fahren|geht|gehen|kommt|kommen|fähr*|vertrekt|vertrekken)",
        // The Dutch question word before a German verb: "Wanneer fährt der Zug?"
        "wanneer (fährt|fahren|fahrt|geht|gehen|kommt|kommen|ist|sind)",
        // "fährt" written as it sounds, by ear or by speech-to-text: "Und wann fair er ab?", "wann fehrt der Zug"
        "wann (fair|fehrt|fert) (er|es|der|die|das|mein|unser|$train)",
        // "ist" only about the train or the journey: "Wann ist die Abfahrt?", not "Wann ist das Restaurant offen?"
        "wann (ist|sind) ($train|abfahrt*|ankunft*|wir|ich|man|der nächste|die nächste|der erste|der letzte)",
        "wann (abfahrt*|ankunft*|$train)",
        "=und (die|der) (abfahrt*|ankunft*)",
        // The time asked by "wie" or "was", as other languages ask it: "Wie ist die Abfahrtszeit, bitte?", "Was ist die Ankunftszeit?"
        "(wie|was) (ist|sind|wäre|wären) (die|der) (abfahrtszeit*|ankunftszeit*|abfahrtzeit*|ankunftzeit*)",
        // The bare noun, asked: "Abfahrt?"
        "?=(abfahrt*|ankunft*|abfahrtszeit*|ankunftszeit*)",
        // The question word last, as a terse learner types it: "zug fährt wann?"
        "$train (fährt|fahren|geht|gehen|kommt|kommen|abfährt|ankommt) (wann|um wie viel uhr|um wieviel uhr)",
        "=$train wann",
        // One adjective before the train: "nachste zug wann bitte", "letzter ICE wann"
        "=(der|die|nächste|nächster|erste|erster|letzte|letzter|schnellste|direkte|direkter) $train wann",
        // After the clerk names a train: "Und wann?", "Wann genau?"
        "[($train|verbindung)] ?=(wann|wann genau|um wann|wann denn)",
        // The question word last, after a longer noun phrase: "nächster Zug wann?", "Zug nach Berlin heute wann?"
        "?$train ... wann",
        "wann (muss|müssen|soll|sollen) (ich|wir) (los|losfahren|einsteigen|am gleis sein|da sein|dort sein)",
        // …or at the station: "Wann soll ich am Bahnhof sein?", "Wann müssen wir auf dem Bahnsteig sein?"
        "wann (muss|müssen|soll|sollen) (ich|wir) (am|an dem|auf dem|im|beim) (bahnhof|gleis|bahnsteig|zug|hauptbahnhof) sein",
        "(um wie viel|um wieviel|wie viel|wieviel|welche) (uhr|uhrzeit)",
        "(welche|um welche|zu welcher) zeit",
        // The question word last: "Zug nach Köln, wann?"
        "?$train nach $city wann",
        // Opening hours are no train times: "Zu welcher Zeit öffnet der Schalter?"
        "!!(öffnet|öffnen|schließt|schließen|geöffnet|offen|aufmacht|zumacht)",
        "!!(macht|machen) ... (auf|zu)",
        "(abfahrt*|ankunft*|abfahrtszeit*) (wann|uhr)",
        "wie lange (dauert|fährt|braucht|brauchen)",
        // The clock, the queue and the clerk's shift are no train times: "Wie viel Uhr ist es jetzt?"
        "!(wie viel|wieviel) uhr (ist es|is es|haben wir)",
        "!(uhrzeit|uhr) (ist es|is es|haben wir)",
        // People come and go, taxis and buses are no trains: "Wann kommt mein Freund?", "Wie lange braucht das Taxi zum Hotel?"
        "!!(wann|wie spät|hoe laat) (kommt|kommen|fährt|fahren|geht|gehen) (mein|meine|dein|deine|unser|unsere|ihr|ihre) (freund|freundin|mann|frau|sohn|tochter|mutter|vater|bruder|schwester|kollege|kollegin|chef|chefin|familie|kinder|kind|oma|opa)",
        "!!(urlaub|feierabend|mittagspause|streik*)",
        // Refunds, walks and opening hours are no train times: "Wann kommt das Geld zurück auf mein Konto?", "Wie lange braucht man
        // zu Fuß zum Dom?", "Wann geht das Reisezentrum morgen auf?"
        "!!(geld|konto|erstatt*|rückerstatt*|entschädigung*)",
        "!!zu fuß",
        // The wait at the counter, or the clerk's work, is no journey: "wie lange dauert das noch", "Wie lange brauchen Sie noch?"
        "!(dauert das noch|dauert es noch|brauchen sie noch|brauchst du noch|braucht das noch|dauert das hier|noch lange)",
        "!!(reisezentrum|schalter|kiosk|lounge|laden|geschäft|shop|restaurant|café|cafe|fundbüro|büro|supermarkt) ... (auf|zu)",
        "!!(taxi|taxis|auto|uber|fahrrad|flugzeug|flug)",
        // A bus's time is no train's: "Wenn der Zug ausfällt, wann fährt dann der Bus?"
        "!!wann (fährt|fahren|kommt|kommen|geht|gehen) (dann|denn) (der|ein|mein|unser) (bus|fernbus|flixbus)",
        "!!wann (fährt|fahren|kommt|kommen|geht|gehen) (der|ein|mein|unser) (bus|fernbus|flixbus)",
        "!!(schlange|wartezeit|warten|schicht|feierabend|mittagspause|pause|dienst)",
        "(sagen sie|sag|nennen sie) ... (abfahrt*|ankunft*|uhrzeit*|abfahrtszeit*|ankunftszeit*)",
        // The verb last, after a modal: "Könnten Sie mir die Abfahrtszeit nennen?"
        "(kann|können|könnten|würden|kannst|könntest|würdest) (sie|du) ... (abfahrt*|ankunft*|uhrzeit*|abfahrtszeit*|ankunftszeit*) ... (sagen|nennen|aufschreiben|wiederholen|zeigen)",
        // The polite zu-infinitive: "Wären Sie so freundlich, mir die Abfahrtszeit mitzuteilen?"
        "(abfahrt*|ankunft*|uhrzeit*|abfahrtszeit*|ankunftszeit*) (mitzuteilen|zu sagen|zu nennen|aufzuschreiben)",
        "=(abfahrt*|ankunft*|uhrzeit*|zeit|abfahrtszeit*|ankunftszeit*) (sagen|nennen)",
        "wann (bin|sind) (ich|wir) (in|da|dort)",
        // …in the Konjunktiv, or with a particle between: "Und wann wäre ich dann in Berlin?", "Wann sind wir ungefähr da?"
        "wann (wäre|wären) (ich|wir) (in ($city|$route|#noun)|da|dort|am ziel)",
        "wann (bin|sind|wäre|wären) (ich|wir) (dann|denn|ungefähr|etwa|genau|so) (in ($city|$route|#noun)|da|dort|am ziel)",
        // Whether trains keep time is a complaint, no train's time: "…, wann die Züge hier überhaupt pünktlich sind"
        "!wann (ist|sind|war|waren) ... pünktlich",
        // The verb left out: "Wann da in Frankfurt?"
        "wann (da|dort) (in|am) ($city|#noun)",
        // The verb after the subject, as learners place it: "Wann ich bin in Berlin?"
        "wann (ich|wir) (bin|sind|komme|kommen) in",
        "wann (~ankommen|komme ich|kommen wir|kommt der zug)",
        // A yes/no question about a time asks for it: "Gibt es einen Zug um 16 Uhr?", "Wie spät fährt der letzte ICE?"
        // Verb first opens the question, or it is asked: after a word put ahead it tells ("Laut App fährt der Zug um 14 Uhr.").
        "^(gibt es|fährt|geht|kommt) $train ((um|gegen|vor|nach) (1*|2*|3*|4*|5*|6*|7*|8*|9*|halb|viertel|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mitternacht))",
        "(entschuldigung|entschuldigen sie|hallo|sorry|frage) (gibt es|fährt|geht|kommt) $train ((um|gegen|vor|nach) (1*|2*|3*|4*|5*|6*|7*|8*|9*|halb|viertel|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mitternacht))",
        "?(gibt es|fährt|geht|kommt) $train ((um|gegen|vor|nach) (1*|2*|3*|4*|5*|6*|7*|8*|9*|halb|viertel|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mitternacht))",
        "(gibt es|fährt|geht|kommt) (später*|früher*|noch|heute|morgen|abends) $train",
        // Declarative word order, a time with it, asked: "Es gibt einen Zug später, so um 18 Uhr?"
        "?(es gibt|gibt es) ... $train ... (später*|früher*|um|gegen|heute|morgen|abends|nachmittags|vormittags)",
        // …and the Dutch "hoe laat": "Hoe laat fährt der Zug?"
        "(wie spät|hoe laat) (fährt|fahren|geht|gehen|kommt|kommen|vertrekt|vertrekken)",
        // Whether a train runs at a time or a part of the day: "Fährt um 10 Uhr ein Zug?", "Gibt es einen Zug am Nachmittag?",
        // "Welche Verbindungen gibt es morgen früh?"
        "?(fährt|fahren|geht|gehen) (um|gegen) ... $train",
        "(gibt es|fährt|geht) ... $train (am|heute|morgen) (morgen|vormittag|mittag|nachmittag|abend|früh)",
        // The train right after the question word, or after one adjective ("Welche direkten Züge fahren …"): so a slip of
        // "welchem" before the platform asks where, not when ("…, von welchem Bahnsteig der Zug fährt.").
        "((welche|welcher) ($train|verbindungen)) ... (gibt es|fahren|fährt|gehen|geht)",
        // (An adjective's ending: "welcher gleis zug fährt nach berlin?" asks the platform.)
        "((welche|welcher) (*e|*en|*er|*es) ($train|verbindungen)) ... (gibt es|fahren|fährt|gehen|geht)",
        ...pastTrip,
        ...pastTrain,
        ...notWanted,
        ...askedBack,
        ...putOff,
        ...wondered,
        ...known,
        ...englishStory,
        // The indirect question puts the verb last: "Können Sie mir sagen, wann der Zug fährt?"
        "wann (der|die|das|mein|unser|ein) $train (fährt|abfährt|ankommt|kommt|geht|losfährt)",
        // A time to confirm: "Der ICE fährt um 10 Uhr, richtig?"
        "$train (fährt|kommt|geht) um #tag",
        // …or the time stated and asked: "Der Zug fährt um 15 Uhr?" (stated, it tells: "Der Zug fährt um 15 Uhr.")
        "?$train (fährt|fahren|kommt|kommen|geht|gehen) (um|gegen) (1*|2*|3*|4*|5*|6*|7*|8*|9*|halb|viertel|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mitternacht)",
        // …with no verb, the clock time asked after the train: "Zug 14 Uhr?", "ICE nach Berlin um 9 Uhr?"
        // (the hour named, so "ICE 578?" asks after a train's number, no time)
        "?=($train|$train um|$train $city|$train $city um|$train nach $city|$train nach $city um) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) uhr",
        ...othersTrip,
      ],
      examples: ["Wann fährt der nächste Zug nach Berlin?", "Um wie viel Uhr kommt der Zug in Hamburg an?", "Wann geht der ICE?"],
      nudge: "Ask Jonas when your train leaves or when it arrives.",
    },
    {
      id: "ask_platform",
      title: "Ask which platform",
      points: 20,
      patterns: [
        "(welch*|was für) (gleis*|bahnsteig*|perron*)",
        // The Dutch "welk" before the German noun: "Welk Gleis, bitte?"
        "(welk|welke) (gleis*|bahnsteig*|perron*)",
        // The Dutch "spoor" (track) carried over, or as German "Spur": "Von welchem Spur fährt der ICE?"
        "(von|auf|ab) (welchem|welcher|welche|welches|welk|welke) (spur|spoor)",
        "=(welche|welches|welk|welke) (spur|spoor)",
        // "Gleis" as speech-to-text hears it: "welches gleich bitte", "von welchem gleich fährt der Zug"
        "=(welches|welchem|von welchem) gleich",
        "(von welchem|auf welchem|welches) gleich (fährt|fahren|geht|gehen|ist|hält)",
        // The English word in a German question, or Germanised: "…, von welchem platform der Zug abfährt?", "Welche Plattform?"
        "(welch*|was für) (platform|platforms|plattform)",
        // …but a platform one books or buys on is a website: "Auf welcher Plattform kann ich online buchen?"
        "!(platform|platforms|plattform|plattformen) ... (buchen|buche|kaufen|kaufe|bestellen|bestelle|reservieren|online|app|internet|website|webseite|seite)",
        // The Swiss word for it, asked alone: "Perron?"
        "?=(perron|welches perron|welcher perron)",
        "wo (fährt|fahren|hält|halten|geht|gehen|ist|is|finde) $train",
        "wo (fährt|fahren|geht|gehen) ab",
        // "Wo muss ich warten?" at the counter asks about the queue, not the platform.
        "wo (muss|soll|kann) (ich|wir|man) (einsteigen|hin|hingehen)",
        // Waiting in the queue or for the clerk, and a socket for the phone, are no platform: "Wo kann ich warten, bis Sie Zeit haben?"
        "!!(schlange|bis sie zeit|handy|akku|laptop|steckdose|ladekabel)",
        // Other places and vehicles at a station are no platform: "Wo muss ich hin für die Fundsachen?", "Wo fährt der Bus zum Flughafen ab?"
        "!!(aufzug|aufzüge|fahrstuhl|lift|rolltreppe*|fundsachen|fundbüro|toilette*|klo|schließfach*|gepäckaufbewahrung|ausgang|eingang|parkplatz|taxistand|kiosk|lounge|info|information)",
        "!!(bus|busse|fernbus|flixbus|taxi|taxis|straßenbahn|tram)",
        "wo (ist|is|sind|finde) (gleis*|bahnsteig*)",
        // Both asked at once, or the learner's verb last: "wann und wo zug fahren", "wo zug abfahren?"
        "((wann und wo|wo und wann) (fährt|fahren|geht|gehen|abfahren|abfährt|$train|der $train|mein $train))",
        "(wo $train (fährt|fahren|abfahren|abfährt|hält|halten))",
        // The number asked: "Gleis Nummer?", "Gleisnummer?"
        "?=(gleis nummer|gleis nr|bahnsteig nummer|gleisnummer|welche nummer)",
        // A yes/no question about the platform asks for it: "Fährt der Zug von Gleis 4?"
        "?(fährt|fahren|geht|gehen|hält|halten|kommt) ... (gleis|bahnsteig)",
        "(sagen sie|sag|nennen sie) ... (gleis|bahnsteig)",
        "(kann|können|könnten|würden|kannst|könntest|würdest) (sie|du) ... (gleis|bahnsteig) ... (sagen|nennen|aufschreiben|wiederholen|zeigen)",
        "(gleis|bahnsteig) (mitzuteilen|zu sagen|zu nennen|aufzuschreiben)",
        "=(gleis|bahnsteig) (sagen|nennen)",
        "?$train nach $city (wo|welches gleis|gleis)",
        // …the preposition dropped, as telegraphic learners ask: "Zug München wo?"
        "?=$train ($city|$route) (wo|von wo|welches gleis|welche gleis|gleis)",
        // …unpunctuated, the question word closing the clause: "zug münchen wo"
        "=$train ($city|$route|nach $city) (wo|von wo|welches gleis|welche gleis)",
        "und (das|welches) (gleis|bahnsteig)",
        // The way to it, or a question announced about it: "Wie komme ich zum Gleis 7?", "Ich hätte eine Frage zum Gleis."
        "wie (komme|komm|kommen|gehe|finde) (ich|wir|man) (zum|zu|zu dem) (gleis|bahnsteig)",
        "(frage|fragen) (zum|zu dem|wegen dem) (gleis|bahnsteig)",
        "[$train] ?=(wo|wo genau|von wo|wo denn)",
        "?=(gleis|bahnsteig)",
        // A platform's number asked to confirm: "Ist das Gleis 5?", "Gleis 5?" (a number only: "Ist das Gleis barrierefrei?" asks none)
        // (Adjacent: "Ist es weit bis Gleis 9?", "Ist das Café bei Gleis 3?" know the platform.)
        "?((ist|is) (das|es|der zug auf|er auf) (gleis|bahnsteig) (1*|2*|3*|4*|5*|6*|7*|8*|9*|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))",
        "?=(gleis|bahnsteig) (1*|2*|3*|4*|5*|6*|7*|8*|9*|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)",
        // The noun put first, the question after: "Gleis – welches?", "Der Bahnsteig, wo ist der?"
        "(gleis|bahnsteig) (welch*|wo)",
        // The train first, the question word and the verb after: "zug wo abfahren", "ICE wo hält?"
        // (Opening the sentence or asked: "Ich weiß, der Zug wo abfährt." knows it.)
        "^$train (wo|von wo) (abfahren|abfährt|fahren|fährt|halten|hält|einsteigen)",
        "?$train (wo|von wo) (abfahren|abfährt|fahren|fährt|halten|hält|einsteigen)",
        // Waiting for the train asks its platform ("wo ich muss warten für zug nach hamburg"; the queue's wait names no train).
        "wo ... (warten|warte) (für|auf) $train",
        "wo (der|die|das|mein|unser) $train (abfährt|fährt|hält|losfährt)",
        // A guess to confirm: "Der ICE fährt von Gleis 8, oder?"
        "(gleis|bahnsteig) #word #tag",
        // A platform asked for its looks or size is sightseeing, no train's platform: "Welches Gleis ist das schönste hier?"
        "!!(gleis*|bahnsteig*) ... (schönste*|größte*|längste*|älteste*|beste*|ruhigste*|neueste*|kürzeste*|sauberste*|berühmteste*|interessanteste*|leerste*|vollste*|lauteste*)",
        // A platform named in a question of when knows the platform: "Wann fährt der Zug ab Gleis 4?"
        "!(wann|wie spät|um wie viel uhr|um wieviel uhr) ... ((ab|von|auf) (gleis|bahnsteig) (1*|2*|3*|4*|5*|6*|7*|8*|9*|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))",
        ...pastTrip,
        ...pastTrain,
        ...notWanted,
        ...askedBack,
        ...putOff,
        ...wondered,
        ...known,
        ...englishStory,
        ...othersTrip,
      ],
      examples: ["Von welchem Gleis fährt der Zug?", "Wo fährt der ICE nach Berlin ab?", "Welches Gleis, bitte?"],
      nudge: "Ask Jonas which platform your train leaves from.",
    },
  ],
};
