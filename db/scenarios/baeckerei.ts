import { companionOfferBlockers, goodbyePatterns, greetPatterns, notMoneyCardBlockers, paidBlockers, storyBlockers } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// "Was kostet ein Brötchen?" and "Sind die Brezeln frisch?" ask; they do not buy.
const questionBlockers = [
  "!(was|wie viel|wieviel|wie teuer) (kost*|ist|sind|macht)",
  // ...the verb left to the end behind "würde": "Was würde ein ganzes Roggenbrot bei Ihnen kosten?"
  "!(was|wie viel|wieviel|wie teuer) (würde|würden|wird|werden|soll|sollte|sollen|könnte|täte) ... (kosten|kostet|machen|macht)",
  // ... and so does the verbless price question: "wie viel 1 franzbrötchen?", "Wie viel für ein Brot?"
  "!(wie viel|wieviel|wie teuer)",
  // What is in it asks, it does not buy: "Wie viele Kalorien hat so ein Berliner?", "Welche Zutaten sind im Kuchen?"
  "!!(kalorien|kcal|zutaten|allergene|inhaltsstoffe|nährwert*)",
  ...companionOfferBlockers,
  // The item as the subject of a remark orders nothing: "Ein Croissant ist zu viel Zucker für mich."
  "!(($bread|$sweet) (ist|sind|war|waren|schmeckt|schmecken|hat|hatte|enthält|macht dick))",
  "!(haben|habt) (sie|ihr)",
  // What a count comes to asks the price: "Was zahle ich für zwei Brötchen?"
  "!(was|wie viel|wieviel) (zahle|bezahle|zahlen|bezahlen|muss|müssen|soll|sollen) (ich|wir)",
  "!gibt es",
  // "Ich bin ein Berliner" names the speaker, not a pastry.
  "!(bin|bist|ist|sind|war|kostet|kosten)",
  "!(gestern|früher|normalerweise|oft|immer)",
  // The goods priced in a statement asked: "Ein Brötchen kostet 50 Cent?"
  "!(($bread|$sweet) (kostet|kosten|kostete))",
  // A plan, a cake of one's own baking, or a photo buys nothing: "Morgen kaufe ich Brötchen", "Ich backe einen Kuchen".
  "!!((morgen|übermorgen) ($order|hole|holen|backe|backen))",
  // ...and with the subject before the verb, as beginners order it: "Nächste Woche ich kaufe Torte." (not "morgen ich nehme":
  // "Morgen, ich nehme …" greets; buying, fetching or baking is the plan: "morgen ich kaufe kuchen").
  "!!((übermorgen|nächste woche|nächstes mal) (ich|wir) ($order|hole|holen|kaufe|kaufen|backe|backen))",
  "!!(morgen (ich|wir) (kaufe|kaufen|hole|holen|backe|backen))",
  // ...with another day set first as well: "Nächste Woche will ich einen Kuchen bestellen", "Nächstes Mal nehme ich den Kuchen".
  "!!((nächste woche|nächsten monat|nächstes jahr|nächstes mal|nächste mal|beim nächsten mal|nächstes wochenende|nächsten samstag|nächsten sonntag) ($order|hole|holen|kaufe|kaufen|backe|backen))",
  "!!((ich|wir) ($order|hole|holen) (morgen|übermorgen|nächste|nächsten|nächstes))",
  // ...the verb first behind an adverb, or a hedge before the day: "Vielleicht kaufe ich nächste Woche eine Torte",
  // "Ich kaufe dann nächsten Samstag einen Kuchen" (adjacent only: "Ich nehme ein Brot für nächste Woche" buys now).
  "!!(($order|hole|holen|backe|backen) (ich|wir) (morgen|übermorgen|nächste|nächsten|nächstes))",
  "!!(($order|hole|holen|backe|backen) (ich|wir) (vielleicht|dann|erst|wohl|lieber|eventuell|wahrscheinlich|bestimmt|sicher|noch) (morgen|übermorgen|nächste|nächsten|nächstes))",
  "!!((ich|wir) ($order|hole|holen|backe|backen) (vielleicht|dann|erst|wohl|lieber|eventuell|wahrscheinlich|bestimmt|sicher|noch) (morgen|übermorgen|nächste|nächsten|nächstes))",
  // ...and a purchase on a later visit, or a day set later in the clause: "Morgen komme ich wieder und kaufe eine Torte",
  // "…, nehme ich vielleicht morgen einen" ("Ich nehme ein Brot für morgen" buys now, for later).
  "!!(morgen|übermorgen|später|nachher|nächste woche|nächstes mal) (komme|kommen) (ich|wir) ... und ($order|hole|holen|kaufe|kaufen)",
  "!!(vielleicht|dann|erst|lieber|eher) (morgen|übermorgen)",
  // ...or the coming back said first: "Ich komme morgen wieder und kaufe Kuchen."
  "!!(ich|wir) (komme|kommen) (morgen|übermorgen|später|nachher|nächste woche|nächstes mal|wieder|bald) ... und ($order|hole|holen)",
  "!!(backe|backen|backst|gebacken)",
  // Fetched or bought later buys nothing now: "Mein Mann möchte später vielleicht noch einen Kuchen holen."
  "!(später|nachher|irgendwann) ... (holen|abholen|kaufen|mitnehmen)",
  "!(hole|holen|hol|kaufe|kaufen) (ich|wir|dann) (später|nachher|irgendwann)", "!(hole|holen|hol|kaufe|kaufen) (später|nachher|irgendwann)",
  // ...and so does taking one later: "Vielleicht nehme ich später noch ein Stück Torte.", "Ich nehme nachher noch einen Berliner."
  // (Adjacent only: "Ich nehme ein Brot für später" buys now.)
  "!!(($order) (ich|wir) (später|nachher|irgendwann))", "!!((ich|wir) ($order) (später|nachher|irgendwann))",
  "!!((später|nachher|irgendwann) ($order) (ich|wir))", "!!((später|nachher|irgendwann) (ich|wir) ($order))",
  // ...with a hedge between the verb and the later time: "Ich nehme vielleicht später einen.", "Nehme ich dann nachher zwei."
  "!!((ich|wir) ($order) (vielleicht|dann|erst|wohl|lieber|eventuell|wahrscheinlich|bestimmt|sicher|noch|evtl) (später|nachher|irgendwann))",
  "!!(($order) (ich|wir) (vielleicht|dann|erst|wohl|lieber|eventuell|wahrscheinlich|bestimmt|sicher|noch|evtl) (später|nachher|irgendwann))",
  // Bare goods listed, then a remark, buy nothing: "Brot, Brötchen, Kuchen, Torte, alles sieht lecker aus."
  "!!(($bread|$sweet) ($bread|$sweet) ($bread|$sweet) (alles|alle|sieht|sehen|schmeckt|schmecken|riecht|riechen))",
  // ...nor do they with an exclamation after them: "Mohnkuchen, Quarkkuchen, Apfelkuchen, so viele Kuchen!"
  "!!(($bread|$sweet) ($bread|$sweet) ($bread|$sweet) (so|wie|was für|toll|lecker|herrlich|wunderbar|wunderschön|schön|super|oh|ach))",
  "!((so viele|so viel|soviel|soviele|was für) ($bread|$sweet))",
  // A wish to taste it once more, as one's mother baked it, orders nothing: "Ich möchte so gerne noch einmal das Brot von
  // meiner Mutter essen", "Ich würde gern wieder Kuchen wie bei Oma essen" (the infinitive closes the wish).
  "!!(ich|wir) $order ... (wieder|noch einmal|nochmal|noch mal|mal wieder|wieder einmal) ... (essen|schmecken|riechen|kosten|probieren)",
  "!!$order (ich|wir) ... (wieder|noch einmal|nochmal|noch mal|mal wieder|wieder einmal) ... (essen|schmecken|riechen|kosten|probieren)",
  // Money that comes only later makes a later purchase: "Die Rente kommt erst am Montag, dann kaufe ich Torte."
  "!!(rente|gehalt|lohn|geld|kindergeld|pension) (kommt|kommen|gibt es|gibts|bekomme ich|kriege ich|ist) ... (erst|morgen|übermorgen|nächste|nächsten|nächstes|anfang|ende|am)",
  "!!(wenn|sobald|falls) ... (rente|gehalt|lohn|geld|kindergeld|pension) (kommt|kommen|da ist|habe|hab)",
  // A free taste offered and taken buys nothing: "Danke, ich probiere mal den Keks." after "Probieren Sie mal, kostenlos."
  "!![(probieren|probier|probiert|kostprobe|gratis|kostenlos|umsonst)] (probiere|probier)",
  "!!(foto|fotos|photo|bild|bilder)",
  // Pasta is no Rohrnudel, an insect's sting no Bienenstich, and goods bought elsewhere no order: "Nudeln kaufe ich dann im
  // Supermarkt.", "Ich habe einen Mückenstich, das juckt so."
  "!(nudeln|nudel)",
  "!(mückenstich*|insektenstich*|wespenstich*|zeckenstich*|nadelstich*)",
  "!!(supermarkt|discounter|aldi|lidl|rewe|edeka|netto|penny)",
  // A modal clause that closes with another verb asks how to keep it: "Kann ich Brot einfrieren?"
  "!(kann|könn*|darf|soll|sollte|muss) ... (einfrieren|aufbacken|aufwärmen|aufbewahren|lagern|toasten|frieren|essen)",
  // The goods as the subject of a statement order nothing: "Zwei Brötchen sind zu viel für mich."
  "!(*brot sind|*brot ist|*brötchen sind|*brötchen ist|*kuchen ist|*kuchen sind|*brot war|*brötchen waren|*kuchen war|*brötchen kosten|*brot kostet|*kuchen kostet|*brötchen reichen|*brot reicht)",
  // The goods set first and turned down, the negation not closing the clause: "kuchen nehme ich nicht wegen allergie",
  // "Den Kuchen nehme ich heute nicht wegen der Nüsse" (adjacent: "Einen Berliner nehme ich bitte, aber nicht mit Zuckerguss" buys).
  // (A tail after the negation, since a comma does not part a group: "Den Käsekuchen nehme ich, nicht den Apfelkuchen" buys.)
  "!(($bread|$sweet) ($order|hätt*) (ich|wir) (nicht|nie|niemals) (wegen|weil|denn|da|so|gern|gerne|mehr|danke|leider|heute|wirklich|zu|jetzt|lieber))",
  "!(($bread|$sweet) ($order|hätt*) (ich|wir) (heute|heut|leider|lieber|doch|dann|jetzt|hier|wirklich|eigentlich|diesmal|momentan) (nicht|nie|niemals) (wegen|weil|denn|da|so|gern|gerne|mehr|danke|leider|wirklich|zu|jetzt|lieber))",
  // Weighing whether to take it takes nothing yet: "ich überlege noch, ob ich einen berliner nehme", "Ich bin nicht sicher,
  // ob ich den Kuchen nehme" (the clause after it still buys: "…, ob das gut ist, aber ich nehme zwei Berliner").
  // Only the weighing, told by its verb at the end, blocks: the polite request "Ich wollte fragen, ob ich vielleicht ein Stück
  // Apfelkuchen bekommen könnte" asks for it, as "kann", "darf", "könnte" close it.
  "!ob (ich|wir) ... (nehme|nehmen|nehm|kaufe|kaufen|möchte|möchten|will|wollen|brauche|brauchen|soll|sollte|sollen|sollten|bestelle|bestellen|hole|holen|esse|essen|probiere|probieren|mag|nehmen soll|nehmen sollte|kaufen soll|kaufen sollte)",
  // Whether a loaf would be better is a thought, no order: "Ich frage mich, ob ein Vollkornbrot für meinen Magen nicht besser wäre
  // als das Weißbrot."
  "!(ob ein|ob eine|ob einen|ob der|ob die|ob das|ob den|ob dieses|ob diese|ob dieser|ob es|ob man|ob so)",
  // Wondering whether one should is no order yet: "Vielleicht sollte ich nächste Woche einen Kuchen bestellen."
  "!!((sollte|sollten) (ich|wir)|(ich|wir) (sollte|sollten))",
  // ...nor is a purchase in the future set on a later day: "Nächste Woche werde ich eine Torte bestellen."
  "!!((werde|werden) (ich|wir)|(ich|wir) (werde|werden)) ... (morgen|übermorgen|nächste|nächsten|nächstes|später|nachher|irgendwann)",
  "!!((morgen|übermorgen|nächste woche|nächstes mal|nächsten samstag|später|nachher|irgendwann) (werde|werden) (ich|wir))",
  // A later visit told, and what one buys "then" with company, is the plan: "Morgen komme ich mit meiner Enkelin wieder, dann
  // kaufen wir zusammen einen Geburtstagskuchen."
  "!!(wieder|zurück|vorbei) (dann|und dann|danach) ($order|hole|holen|kaufe|kaufen) (ich|wir)",
  // ...and after the verb, with a reason or "mehr" after it: "ich möchte den apfelkuchen nicht wegen der nüsse"
  // (not a wish about the goods: "Ich möchte das Brot nicht geschnitten", "… nicht so dunkel").
  "!(ich|wir) ($order|hätt*) (($bread|$sweet) (nicht|nie|niemals) (wegen|leider|mehr|heute|wirklich|gern|gerne|danke|weil|denn|da))",
  ...storyBlockers,
  // What one got or bought, in the perfect, orders nothing: "Ich habe nur fünf Brötchen bekommen.", nor what another customer
  // got: "der mann vor mir hat 10 brötchen gekauft".
  "!!(habe|hab|haben|hat|hatte|hatten) ... (bekommen|gekauft|bestellt|gegessen|genommen|gekriegt)",
  // A stranger buying, in the third person's present, is no order of the learner's: "die frau vor mir kauft 10 brötchen",
  // "Der Herr da nimmt sechs Rundstücke." (exact, so the learner's own "kaufe" stays an order; one's own party, "Meine Frau
  // bekommt ein Roggenbrot", is an order relayed).
  "!!(der|die|dieser|diese) (frau|mann|dame|herr|kunde|kundin|junge|mädchen|typ|leute|nachbar|nachbarin) ... (@kauft|@kaufen|@nimmt|@nehmen|@kriegt|@bekommt|@holt|@bestellt)",
];

export const baeckerei: ScenarioSeed = {
  id: "baeckerei",
  title: "In der Bäckerei",
  subtitle: "Buy bread and something sweet at a Hamburg bakery",
  character: {
    name: "Greta",
    role: "Verkäuferin",
    persona:
      "Du verkaufst Brot und Kuchen in einer kleinen Bäckerei in Hamburg. Du sagst „Sie“ zu den Kunden, sprichst kurz und herzlich und empfiehlst gern, was frisch aus dem Ofen kommt. Es gibt Brötchen, Brezeln, Roggenbrot, Vollkornbrot, Croissants, Franzbrötchen und Kuchen. Man zahlt bar oder mit Karte.",
  },
  setting:
    "A neighbourhood bakery in Hamburg-Eimsbüttel on a Saturday morning. Behind the glass counter: rolls (Brötchen, called Rundstück in Hamburg), pretzels, rye and wholegrain loaves, croissants, Franzbrötchen and several cakes. Card and cash are both fine.",
  level: { min: "A1", max: "A1" },
  openingLine: "Moin! Was darf es sein?",
  keyWords: [
    { de: "das Brötchen", en: "the bread roll" },
    { de: "das Vollkornbrot", en: "the wholemeal bread" },
    { de: "die Brezel", en: "the pretzel" },
    { de: "der Kuchen", en: "the cake" },
    { de: "das Stück", en: "the piece, the slice" },
    { de: "Was kostet …?", en: "What does … cost?" },
    { de: "bar oder mit Karte", en: "in cash or by card" },
    { de: "der Bon", en: "the receipt" },
  ],
  exchanges: [
    { learner: "Moin! Zwei Brötchen, bitte.", character: "Gern. Sonst noch etwas?" },
    { learner: "Was kostet das Franzbrötchen?", character: "Das kostet 1,80 Euro. Möchten Sie eins?" },
    { learner: "Mit Karte, bitte.", character: "Kein Problem. Brauchen Sie eine Tüte?" },
  ],
  lexicon: {
    bread: [
      "*brot", "*brote", "*brötchen", "rundstück*", "rund stück", "rund stücke", "semmel*", "schrippe*", "*brezel", "*brezeln", "breze", "brezn",
      "laugen*", "baguette*", "ciabatta*", "toast*", "*toast", "*weck", "*wecken", "*weckle", "*stange", "*stangen",
      // Regional and learners' own words for rolls and loaves: Bavarian "Semmerl", "Laiberl", Swiss "Weggli", "Bürli", "Zopf", Italian "pane".
      "*semmel", "*semmeln", "semmerl*", "*weggli", "*bürli", "*brötli", "zopf", "laibl", "laiberl", "focaccia", "pane",
      // A loaf named by its grain alone, as the counter says it: "Ein Vollkorn, bitte.", "Zwei Mehrkorn."
      "vollkorn", "mehrkorn", "dreikorn", "vierkorn", "fünfkorn", "sechskorn", "siebenkorn",
      // The umlaut of "Brötchen" slipped into the loaf: "Ein Vollkornbröt bitte."
      "*bröt",
      // Austrian rolls: "Kornspitz", "Weckerl", "Salzstangerl", "Mohnflesserl".
      "kornspitz*", "dinkelspitz*", "*weckerl", "*weckerln", "*stangerl", "*stangerln", "*flesserl", "*flesserln",
      // A grandmother's diminutives: "drei Brezelchen", "ein Semmelchen", "zwei Brötlein".
      "*brezelchen", "*semmelchen", "*brötlein", "*brotlaibchen",
    ],
    sweet: [
      "*kuchen", "*torte", "*torten", "*törtchen", "berliner", "krapfen", "*schnecke", "*schnecken", "franzbrötchen",
      "*plunder", "*teilchen", "bienenstich", "*stich", "donut*", "*muffin*", "*keks", "*kekse", "amerikaner", "schoko*", "*strudel",
      "windbeutel", "*eclair*",
      // Pastries by their kind: "Nussecke", "Quarktasche", "Plunderstück", "Mandelhörnchen", "Makronen", "Pain au chocolat".
      "nussecke*", "mandelecke*", "quarktasche*", "apfeltasche*", "*teigtasche*", "plunder*", "kopenhagener", "*hörnchen", "makrone*",
      "pain au chocolat", "*kringel",
      // Croissants lie with the pastries, filled or plain ("Zwei Croissants, bitte").
      "*croissant", "*croissants", "hörnchen",
      // Regional pastries: Bavarian "Zwetschgendatschi", "Kipferl", "Rohrnudel", Swiss "Gipfeli", Italian "cornetto".
      // The course, not the pastry, named: "Ich hätte gern einen Nachtisch."
      "nachtisch", "dessert", "desserts",
      // Austrian and Hungarian pastries: "Topfengolatsche", "Punschkrapfen", "Vanillekipferl", "Nussbeugel".
      "*golatsche", "*golatschen", "*kolatsche", "*kolatschen", "*krapfen", "*kipferl", "*kipferln", "*beugel", "*beugerl",
      // Christmas biscuits and a grandmother's diminutives: "200 Gramm Plätzchen", "ein Küchlein", "das Kuchenstückchen".
      "*plätzchen", "*kekschen", "*küchlein", "*kuchenstück*", "*tortenstück*",
      "*datschi", "kipferl*", "*gipfeli", "cornetto", "cornetti", "*nudel", "*nudeln", "buchteln", "hefezopf", "cremeschnitte*", "sahneschnitte*", "*kranz",
    ],
    order: [
      "möcht*", "nehm*", "krieg*", "bekomm*", "bräuch*", "würd*", "will", "kauf*", "wollen", "brauche", "brauchen",
      "hätt* (gern*|lieber|bitte|dann|auch|noch|mal)",
    ],
    // Trying one is buying one with "mal": "Ich probiere mal den Bienenstich." Without it, it is a habit or a taste:
    // "Ich probiere gern neue Kuchen, wenn ich reise." (see tryOne).
    tryOne: ["(ich|wir) (probiere|probier) mal", "(probiere|probier) (ich|wir) mal"],
    count: [
      "ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "acht", "zehn", "zwölf", "einmal", "zweimal",
      "eins", "1", "2", "3", "4", "5", "6", "8", "10", "12", "paar", "dreimal", "viermal", "fünfmal", "sieben", "neun", "elf",
      // The clipped article of speech: "Noch n Brot dazu."
      "n", "ne", "nen",
      // Bavarian "an" is "einen" ("an Bienenstich"); "zwo" is how Germans say "zwei" to be heard.
      "an", "zwo", "zwöi", "zwee",
      // Austrian "a" is "ein", "eine": "A Weckerl, bitte schön."
      "a",
      // A Dutch speaker's numbers: "twee broodjes", "zes Brötchen".
      "twee", "drie", "vijf", "zes", "tien",
      // A share of a loaf: "Ein halbes Vollkornbrot, bitte."
      "halbe", "halbes", "halben", "ganze", "ganzes", "ganzen",
    ],
    pay: ["zahl", "zahle", "zahlen", "bezahl", "bezahle", "bezahlen"],
    // Money handed over: "Hier sind zehn Euro", "Do hams an Zehner".
    money: ["euro", "eur", "geld", "kleingeld", "cent", "zehner", "zwanziger", "fünfer", "fünfziger", "fuffi", "hunderter", "münzen", "schein"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the baker",
      points: 10,
      patterns: greetPatterns,
      examples: ["Moin!", "Guten Morgen!", "Hallo, guten Tag!"],
      nudge: "Greta is behind the counter: greet her first.",
    },
    {
      id: "order_bread",
      title: "Buy bread or rolls",
      points: 25,
      patterns: [
        "(ich|wir) $order $bread",
        "$tryOne $bread",
        "[$bread] $tryOne ($count|davon|ein stück|eins davon)",
        "($order|hätt*) (ich|wir) $bread",
        "$bread ($order|hätt*) (ich|wir)",
        "$count $bread",
        "$bread bitte",
        "bitte $bread",
        "für (mich|uns) $bread",
        // The measure without its article, and the imperative: "Stück Roggenbrot", "Geben Sie mir zwei Brötchen."
        "(stück|stücke|stückchen|scheibe|scheiben|scheibchen|laib|tüte|stückl|stückerl|stückle|stückli|laibl|laiberl) $bread",
        // The infinitive last, as in Turkish or Korean order: "Ich Brot kaufen möchten."
        "(ich|wir) $bread (kaufen|nehmen|bestellen|mitnehmen)",
        // Verbless, as a beginner orders: "Ich Brezel zwei.", "Ich Vollkornbrot."
        "=((ich|wir) $bread)",
        "((ich|wir) $bread) ($count|mit|und|bitte)",
        "(geben sie|gib|geben sie mir|gib mir|machen sie mir|packen sie mir) $bread",
        // The imperative with its "Sie" dropped: "geben mir brot bitte".
        // Only opening the sentence: after a subject it tells what others give ("Die Kollegen geben uns Brot zum Frühstück").
        "^((geben mir|gebe mir|geben uns) ($bread|$count $bread|noch $bread|noch $count $bread))",
        // The bare infinitive as a blunt imperative: "Brot geben."
        "=$bread (geben|einpacken)",
        // Naming it, then the imperative or the cut: "Roggenbrot, eins. Geben Sie.", "Kornbrot, geschnitten."
        "[$bread] =(geben sie|geben sie mir|gib mir)",
        // The item alone answers the character's "Was darf es sein?": "Vollkornbrot."
        "[(darf es sein|darfs sein|möchten sie|hätten sie gern|sonst noch|noch etwas|noch was|wünschen sie|bekommen sie|kriegen sie|süsses)] =($bread|$count $bread)",
        // ...with its article, or pointed at: "Das Roggenbrot.", "Die Brezel da.", "Das da, das Vollkornbrot."
        "[(darf es sein|darfs sein|möchten sie|hätten sie gern|sonst noch|noch etwas|noch was|wünschen sie|bekommen sie|kriegen sie|süsses|das da|die da|den da)] =(der|die|das|den|dieses|diese|diesen) $bread",
        "=.(der|die|das|den|dieses|diese|diesen) $bread da",
        // One of the kinds asked for, told by what is on it: "Das mit Körnern, bitte." after "Welches Brot möchten Sie?"
        "[((welche|welches|welchen|welcher|welche sorte) $bread)] =.(der|die|das|den|einen|eine|eins|ein) (mit|ohne) #word",
        // Picking one of the loaves the baker just named: "Das Vollkorn." after "Roggen oder Vollkorn?"
        // Only where the baker offers a choice: after a mere mention the word is echoed to ask about it ("Roggenbrot. Hm, was
        // ist das?" after "Unser Roggenbrot ist heute frisch."; "Ich mag Brot. Das Vollkornbrot ist gesund.").
        "[(oder|welche|welches|welchen|welcher|welche sorte)] [!(kein|keine|keinen|nicht|leider|aus|ausverkauft|alle)] =.($bread|(der|die|das|den|dieses|diese|diesen) $bread)",
        // A yes to the loaf the baker offers: "Ja, bitte." after "Möchten Sie ein Roggenbrot?" (not to a taste of it).
        "[((möchten sie|nehmen sie|wollen sie|hätten sie gern|hätten sie gerne) (ein|eine|einen|noch ein|noch eine|noch einen|auch ein|auch eine|auch einen|zwei|vier|sechs|ein stück|noch ein stück|auch ein stück) $bread)] [!(probieren|kosten|testen|schneiden|geschnitten|scheiben|tüte|warm)] =.(ja|ja gerne|ja gern|ja bitte|gerne|gern|oh ja|ja klar|klar|ok|okay|ok gerne|okay gerne|warum nicht|ja warum nicht)",
        // A yes that goes on to something else takes the other thing: "Ja, aber lieber ein Croissant." after "Noch ein Brötchen?"
        "!![(möchten sie|nehmen sie|wollen sie|hätten sie gern) $bread] (ja|gern|gerne|ok|okay|klar) (aber|lieber|sondern)",
        "$bread (geschnitten|ungeschnitten|am stück|in scheiben)",
        // The goods first, then how many: "Roggenbrot, ein Stück bitte."
        "$bread $count (stück|stücke|bitte)",
        // Terse nominal style, the count after the item in its own clause or sentence: "Brötchen fünf.", "Brötchen. Fünf."
        "=$bread $count",
        "[$bread] =($count|$count stück|$count $count)",
        // ...closed by a grandmother's "bitte schön", which the clause-closing "bitte" alone does not cover: "Zwei Stück bitte schön."
        "[$bread] =($count|$count stück|$count $count) (bitte schön|bitteschön|bitte sehr)",
        "!!(was|wie viel|wieviel) (kostet|kosten|kostest) ... $bread",
        "(kann|könn*|könnt*) (ich|wir) $bread",
        // A Dutch speaker's "mag ik" is "darf ich", asked: "Mag ik een brood?" (not "Ich mag Brot", a taste).
        "?^(mag|mogen) (ich|wir) ($count|noch|noch $count|den|die|das|von dem|von den) $bread",
        // …the German word given after the Dutch one: "Mag ik een Brood, das Vollkornbrot dort links?"
        "[^(mag|mogen) (ich|wir)] ?=(der|die|das|den|dieses|diese|diesen|ein|eine|einen) ($bread|$bread (da|dort|hier) #word|$bread (da|dort|hier))",
        "[$bread] (dann|ich nehme|nehme ich|ich hätte gern|ich möchte) $count",
        // "Zwei davon." after the baker names the bread.
        "[$bread] $count (davon|von denen|von den)",
        // A bare number answers "Wie viele Brötchen möchten Sie?": "Fünf."
        "[(wie viele|wieviele|wie viel) $bread] =$count",
        // Franzbrötchen are pastry, however they end.
        "!franzbrötchen",
        // ...but bread ordered beside them is bread: the blocker's two-word reach would take it ("2 Franzbrötchen und
        // 1 Brot bitte", "Ein Franzbrötchen und zwei Brötchen"); a pattern that names the word passes its blocker.
        "franzbrötchen (und|und noch|und dann|und auch|und ausserdem|plus|sowie) ($count $bread|$bread bitte)",
        // Asking the baker to count the rolls again orders nothing new.
        "!!(zählen|zähl) sie",
        // Counting again checks what was packed, it orders nothing: "Zählen Brötchen nochmal bitte?", "Bitte nochmal zählen".
        "!!(zählen|zähl|zählst) ... (nochmal|noch mal|nach)",
        "!!(nochmal|noch mal) (zählen|zähl|nachzählen)",
        ...questionBlockers,
      ],
      examples: ["Ich hätte gern vier Brötchen.", "Ein Vollkornbrot, bitte.", "Zwei Brezeln, bitte."],
      nudge: "Tell Greta which bread you want, or how many rolls.",
    },
    {
      id: "order_sweet",
      title: "Buy something sweet",
      points: 20,
      patterns: [
        "(ich|wir) $order $sweet",
        "$tryOne $sweet",
        // Trying "one" of the pastry named before: "Diese Franzbrötchen riechen himmlisch. … Ich glaube, ich probiere mal eins."
        "[$sweet] $tryOne ($count|davon|ein stück|eins davon)",
        "($order|hätt*) (ich|wir) $sweet",
        "$sweet ($order|hätt*) (ich|wir)",
        "$count $sweet",
        "=$sweet $count",
        "[$sweet] =($count|$count stück)",
        "[$sweet] =($count|$count stück) (bitte schön|bitteschön|bitte sehr)",
        // A weight after the pastry was named: "Haben Sie Kekse? Dann 200 Gramm."
        "[$sweet] =(1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|ein halbes|ein viertel|zwei|drei) (gramm|g|kilo|pfund)",
        // ...and with the verb, in a learner's order too: "Haben Sie Plätzchen? Dann ich nehme 200 Gramm."
        "[$sweet] ((ich|wir) $order|$order (ich|wir)) (1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|ein halbes|ein viertel|zwei|drei) (gramm|g|kilo|pfund)",
        // The price of the item asked, the count tacked on, orders nothing: "Was kostet der Apfelkuchen, ein Stück?"
        "!!(was|wie viel|wieviel) (kostet|kosten|kostest) ... $sweet",
        "$sweet bitte",
        "bitte $sweet",
        "für (mich|uns) $sweet",
        "(stück|stücke|stückchen|scheibe|scheiben|scheibchen|stückl|stückerl|stückle|stückli) $sweet",
        "(ich|wir) $sweet (kaufen|nehmen|bestellen|mitnehmen)",
        "=((ich|wir) $sweet)",
        "((ich|wir) $sweet) ($count|mit|und|bitte)",
        "(geben sie|gib|geben sie mir|gib mir|machen sie mir|packen sie mir) $sweet",
        "^((geben mir|gebe mir|geben uns) ($sweet|$count $sweet|noch $sweet|noch $count $sweet))",
        "=$sweet (geben|einpacken)",
        "[$sweet] =(geben sie|geben sie mir|gib mir)",
        "[(darf es sein|darfs sein|möchten sie|hätten sie gern|sonst noch|noch etwas|noch was|wünschen sie|bekommen sie|kriegen sie|süsses)] =($sweet|$count $sweet)",
        "[(darf es sein|darfs sein|möchten sie|hätten sie gern|sonst noch|noch etwas|noch was|wünschen sie|bekommen sie|kriegen sie|süsses|das da|die da|den da)] =(der|die|das|den|dieses|diese|diesen) $sweet",
        "=.(der|die|das|den|dieses|diese|diesen) $sweet da",
        // One of the kinds asked for, told by what is on it: "Den mit Kirschen, bitte." after "Welchen Kuchen möchten Sie?"
        "[((welche|welches|welchen|welcher|welche sorte) $sweet)] =.(der|die|das|den|einen|eine|eins|ein stück) (mit|ohne) #word",
        "[(oder|welche|welches|welchen|welcher|welche sorte)] [!(kein|keine|keinen|nicht|leider|aus|ausverkauft|alle)] =.(der|die|das|den|dieses|diese|diesen) $sweet",
        "[((möchten sie|nehmen sie|wollen sie|hätten sie gern|hätten sie gerne) (ein|eine|einen|noch ein|noch eine|noch einen|auch ein|auch eine|auch einen|zwei|dazu ein|dazu eine|dazu einen|ein stück|noch ein stück|auch ein stück|dazu ein stück|ein stückchen|noch ein stückchen) $sweet)] [!(probieren|kosten|testen|tüte|geschnitten|warm)] =.(ja|ja gerne|ja gern|ja bitte|gerne|gern|oh ja|ja klar|klar|ok|okay|ok gerne|okay gerne|warum nicht|ja warum nicht)",
        // Something sweet asked for without naming it: "Ich möchte etwas Süßes.", "Noch was Süßes, bitte."
        "(ich|wir) $order ... (etwas|was) süsses",
        "($order|hätt*) (ich|wir) ... (etwas|was) süsses",
        "(kann|könn*|könnt*) (ich|wir) ... (etwas|was) süsses",
        "(geben sie mir|gib mir|geben sie|für mich|für uns) ... (etwas|was) süsses",
        // Stated: "Und was Süßes?" asks what there is.
        "=.(noch|dann|und) (etwas|was) süsses",
        ".(etwas|was) süsses (bitte|dazu)",
        "!![(möchten sie|nehmen sie|wollen sie|hätten sie gern) $sweet] (ja|gern|gerne|ok|okay|klar) (aber|lieber|sondern)",
        "$sweet $count (stück|stücke|bitte)",
        "(kann|könn*|könnt*) (ich|wir) $sweet",
        "?^(mag|mogen) (ich|wir) ($count|noch|noch $count|den|die|das|von dem|von den) $sweet",
        "[^(mag|mogen) (ich|wir)] ?=(der|die|das|den|dieses|diese|diesen|ein|eine|einen|ein stück) ($sweet|$sweet (da|dort|hier) #word|$sweet (da|dort|hier))",
        "[$sweet] (dann|ich nehme|nehme ich|ich hätte gern|ich möchte) $count",
        "[$sweet] $count (davon|von denen|von den)",
        // Picking one of the sweets the baker just named: "Bienenstich."
        "[$sweet] [!(kein|keine|keinen|nicht|leider|aus|ausverkauft|alle)] =$sweet",
        ...questionBlockers,
      ],
      examples: ["Ein Stück Apfelkuchen, bitte.", "Ich nehme zwei Franzbrötchen.", "Ich hätte gern einen Berliner."],
      nudge: "Treat yourself: ask Greta for a piece of cake or a pastry.",
    },
    {
      id: "ask_price",
      title: "Ask what it costs",
      points: 15,
      patterns: [
        "(was|wie viel|wieviel) kost*",
        // "macht" asks a price only of the goods or the sum: "Was macht das?", "Was macht ein Brötchen?" ("Was macht die Familie?" is small talk).
        "((was|wie viel|wieviel) macht) (das|es|alles|zusammen|insgesamt|dann|denn|ein|eine|einen|zwei|drei|vier|fünf|sechs|zehn|$bread|$sweet)",
        "((was|wie viel|wieviel) macht) (der|die|den) ($bread|$sweet)",
        "=(was|wie viel|wieviel) macht",
        // What someone is doing, or the weather, is no price: "Was macht Ihr Sohn?", "Was macht das Wetter?"
        "!(macht|machen) (ihr|ihre|dein|deine|sie|du|er)",
        // "es" is what something does or causes ("Was macht es so dunkel?", "Macht es Ihnen etwas aus?"), but after "wie viel"
        // it is the sum: "Wie viel macht es zusammen?"
        "!((was|wer|warum|wieso|wie|das|dann) (macht|machen) es)",
        "!macht das #noun",
        // What makes a thing so, in lowercase chat as well: "was macht das brot so dunkel?"
        "!(macht|machen) (das|der|die|den) #word (so|denn so)",
        "wie teuer",
        // Without a verb: "Wie viel alles zusammen?", "Was insgesamt?"
        "(was|wie viel|wieviel) (alles|zusammen|insgesamt|total|für alles)",
        "(sagen sie|sag|nennen sie) ... (preis*|kosten)",
        // ...and asked with a modal: "Können Sie mir den Preis sagen?"
        "(können|könnten|kannst|könntest) (sie|du) ... (preis|preise|gesamtpreis|kosten) (sagen|nennen)",
        // The question word last: "Kostet wie viel?", "Preis wie viel?"
        "?(kost*|preis*|macht|zusammen) (wie viel|wieviel)",
        // ...unpunctuated too, where the verb makes it a price: "kostet wie viel das", "das kosten wie viel".
        "(kostet|kosten|kost) (wie viel|wieviel)",
        "=(preis*|kosten) (sagen|nennen)",
        // "Um wie viel Uhr machen Sie zu?" asks a time: "machen" is no price there.
        "!(wie viel|wieviel) uhr",
        // The price of something the bakery does not sell is small talk: "Wie viel kostet eine Wohnung hier, wissen Sie das?"
        "!!(wohnung|wohnungen|miete|auto|ticket|fahrkarte|taxi|benzin|zimmer|hotel|flug|handy|strom|leben|parken|parkplatz|parkhaus|bus)",
        // The shop itself, or the world, is not for sale: "Wie viel kostet so eine Bäckerei?", "Was kostet die Welt?"
        "!!(bäckerei|laden|geschäft|die welt)",
        // Prices in a country at large are small talk, not this counter's: "Wie viel kostet ein Brot in Deutschland
        // normalerweise?"
        "!!(normalerweise|in deutschland|in meinem land|in meiner heimat|bei uns zu hause|in der heimat)",
        "!!((wissen sie|weisst du) (das|es))",
        "was (bekommen|kriegen) sie",
        // The du-form, clipped as spoken: "Was kriegste?", "Was bekommst du?"
        "=(was|wie viel|wieviel) (kriegste|kriegst du|bekommste|bekommst du|kriegst|bekommst)",
        "was (kriegste|kriegst du|bekommste|bekommst du) (dafür|zusammen|von mir)",
        "((wie viel|wieviel) (ist|sind|wäre|wären) (das|es|der|die|ein|eine|zusammen|alles))",
        "(was|wie) preis*",
        // Asked, not told: "Kostet das Brot drei Euro?", not "Im Supermarkt kostet das Brot weniger."
        "?kost* (das|der|die|es|ein|eine|einen)",
        // A comparison asks only as a question: "Ist das Roggenbrot teurer als das Weißbrot?", not "Im Supermarkt ist es billiger als hier."
        "?(teurer|billiger|günstiger) als",
        "^(ist|sind) (das|es|der|die|dieses|dieser|diese) ... (teurer|billiger|günstiger) als",
        // The goods priced in a statement asked: "Ein Brötchen kostet 50 Cent?"
        "?($bread|$sweet) (kostet|kosten)",
        "?=(preis*|kosten)",
        // ...with its article: "Und der Preis?", "Die Kosten?"
        "?=(der|den|die) (preis|preise|gesamtpreis|endpreis|kosten)",
        // The currency asked for: "Wie viel Euro?", "Wie viel Euro zusammen?"
        "?=(wie viel|wieviel) euro",
        "?=(wie viel|wieviel) euro (zusammen|alles|insgesamt|bitte|dann|für)",
        // An item and "Preis?" asked, verbless: "Franzbrötchen Preis?", "Preis Roggenbrot?".
        "?=($bread|$sweet) (preis*|kosten)",
        "?=(preis*|kosten) ($bread|$sweet)",
        "?=($bread|$sweet) (wie viel|wieviel|wie teuer)",
        // The statement asked, the price left open: "Und das kostet?" after the cake is handed over.
        "?=(das|es|alles|das alles|das zusammen|der|die|dieser|diese|dieses) (kostet|kosten|macht)",
        // Verbless, the goods after the question word with a count, an article or "für": "wie viel 1 franzbrötchen?",
        // "Wie viel für ein Brot?" ("Wie viele Brötchen?" may ask how many to take, so a bare plural is left out).
        "?(wie viel|wieviel|wie teuer) ($count|der|die|das|den|für|für $count|für (der|die|das|den)) ($bread|$sweet)",
        // After the learner's own order, or the character naming an item, a bare "Wie viel?" asks the price.
        "[($bread|$sweet)] [!(wie viele|wieviele)] ?=(wie viel|wieviel|wie viel zusammen|wieviel zusammen)",
        // ...and so does one once the order is closed or the bag offered: "Wie viel?" after "Sonst noch etwas?"
        "[(sonst noch|noch etwas|noch was|tüte|bitte schön|bitteschön|darf es noch|das wäre)] ?=(wie viel|wieviel|wie viel zusammen|wieviel zusammen)",
        "(bin|sind) (ich|wir) schuldig",
        "(was|wie viel|wieviel) (schulde|schulden) (ich|wir)",
        "(was|wie viel|wieviel) (muss|müssen|soll|sollen) (ich|wir) (zahlen|bezahlen)",
        "(was|wie viel|wieviel) (ich|wir) (zahlen|bezahlen|zahle|bezahle)",
        // ...and the verb second: "Wie viel zahle ich?", "Was bezahlen wir?" ("Wie zahle ich?" asks the means).
        "(was|wie viel|wieviel) (zahlen|bezahlen|zahle|bezahle) (ich|wir)",
        // ...but not of a way of paying, which may ask a fee: "Wie viel zahle ich mit Karte?"
        "!(zahlen|bezahlen|zahle|bezahle) (ich|wir) (mit|per|bar|kontaktlos)",
        // ...nor the tip: "Wie viel zahle ich Trinkgeld?"
        "!(zahlen|bezahlen|zahle|bezahle|gebe|geben) (ich|wir|man) trinkgeld",
        // The learner's ending of "macht": "Was mach das?", "Wie viel machen das zusammen?"
        "?=(was|wie viel|wieviel) (mach|machen|mache) (das|es|alles|zusammen|das zusammen|alles zusammen|das alles)",
        // Asking put off asks nothing yet, the wondering before it too: "Ich frage mich, was der Kuchen kostet, aber ich frage
        // später.", "Ich werde später fragen, was das kostet."
        "!!(ich frage|frage ich|wir fragen|fragen wir) (später|nachher|morgen|dann|noch|lieber)",
        "!!(ich|wir) (werde|werden) ... (fragen|nachfragen)", "!!(werde|werden) (ich|wir) ... (fragen|nachfragen)",
      ],
      examples: ["Was kostet das?", "Wie viel kostet ein Brötchen?", "Was macht das zusammen?"],
      nudge: "Ask Greta how much it all costs.",
    },
    {
      id: "pay",
      title: "Pay",
      points: 15,
      patterns: [
        "(ich|wir) $pay",
        "(kann|könn*|darf) (ich|man|wir) $pay",
        "?(kann|könn*|darf) (ich|man|wir) (mit karte|karte|bar|mit handy|kontaktlos)",
        // The card may be named by its brand: "mit Visa", "per Mastercard".
        "(mit|per) (karte|ec karte|eckarte|kreditkarte|girokarte|bankkarte|debitkarte|girocard|handy|visa|mastercard|maestro|amex|google pay|apple pay)",
        // The verb put first after an adverb: "Dann bezahle ich mit Karte.", "Jetzt zahlen wir bar."
        "(zahle|bezahle|zahl|bezahl|zahlen|bezahlen) (ich|wir) (mit|per|bar|in bar|kontaktlos)",
        "!(was|wie viel|wieviel|wie) (zahle|bezahle|zahlen|bezahlen)",
        "(bar|karte) bitte",
        "hier (euro|geld|cent|zehn|zwanzig|fünf|fünfzig)",
        "stimmt so",
        // The card handed over or held to the reader: "Hier ist meine Karte.", "Ich halte die Karte ran."
        // Not the phone, nor "da ist", which finds a thing: "Oh, da ist mein Handy!", "Hier ist mein Handy, da sehen Sie …".
        "(hier (ist|haben sie|nehmen sie|bitte|bitteschön|bitte schön)|da (haben sie|nehmen sie|bitte|bitteschön|bitte schön)) (meine|die) (karte|kreditkarte|ec karte|eckarte|girokarte)",
        "(halte|halt|halten) ... (karte|kreditkarte|eckarte|handy) (ran|dran|drauf|hin|an)",
        // Asking to pay: "Zahlen, bitte.", "Bezahlen bitte."
        "=(zahlen|bezahlen) bitte",
        // Money handed over once the sum is named, by the number alone: "Hier sind 5 €.", "Ich gebe Ihnen zehn.", "Machen Sie fünf.",
        // "Ich habe nur einen Zwanziger.", "Den Rest können Sie behalten."
        "(hier (sind|ist|haben sie) (1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|zwanzig|fünfzig|hundert))",
        "[(macht|kostet|euro)] ((ich gebe ihnen|ich geb ihnen|ich gebe dir) (1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|zwanzig|fünfzig|hundert))",
        "[(macht|kostet|euro)] ((ich gebe ihnen|ich geb ihnen|ich gebe dir) (einen|ein|nen) (zwanziger|zehner|fünfziger|fünfer|hunderter|*schein))",
        "[(macht|kostet|euro)] =machen sie (1*|2*|3*|4*|5*|6*|7*|8*|9*|fünf|zehn|zwanzig|fünfzig|hundert)",
        "[(macht|kostet|euro)] (ich habe|ich hab) nur (einen|ein|nen) (zwanziger|zehner|fünfziger|fünfer|hunderter|*schein)",
        "(den rest|rest) ... behalten",
        // A yes that answers "…, richtig?" confirms the order: "Ja, stimmt so."
        "!((ja|jawohl|jo|genau) stimmt so)",
        "(hier|da) passend",
        "(habe|hab) (es|das) passend",
        "((hier|da|do) (haben sie|habens|hams|hamse|hast du|hast|nehmen sie|ist|sind|bitte)) ($count|mein|meine|das|der|die|#word euro) $money",
        // A French speaker's "voilà" hands it over as "hier ist" does: "Voilà das Geld.", "Voilà, zehn Euro."
        "(voila|voici) ($count|mein|meine|das|der|die|#word euro) $money",
        "!!(boden|verloren|gefunden|zurückgegeben|falsch)",
        "=passt so",
        // ...with a pronoun once the sum is named: "Das passt so." after "Das macht 4,20 Euro."
        // (Not where the baker asks about the size or the cut: "Das passt so." after "So groß, oder kleiner?")
        "[(macht|kostet|euro|cent|zurück)] [!(gross|grösser|kleiner|dicker|dünner|schneiden|geschnitten|so viel|mehr|weniger)] =(das|dann|ok|okay|gut|so) passt so",
        // A habit of never paying so pays nothing: "Ich zahle nie mit Karte."
        "!((zahle|bezahle|zahlen|bezahlen|zahl|bezahl) (nie|niemals))",
        "!((zahle|bezahle|zahlen|bezahlen|zahl|bezahl) (ich|wir) (nie|niemals))",
        "(der rest|rest) (ist für sie|ist trinkgeld|für sie)",
        // The way of paying, asked: "Karte geht?"
        "?(karte|kreditkarte|eckarte|ec karte|kartenzahlung|apple pay|handy|bar) (geht|möglich|ok|okay)",
        // Asking whether a way of paying works: "Geht auch Karte?", "Nehmen Sie Kreditkarte?"
        "(geht|gehts|nehmen sie|akzeptieren sie) (karte|kreditkarte|eckarte|ec karte|ec|girocard|kartenzahlung|apple pay|handy|bargeld)",
        "[(bar|karte)] =(bar|karte|mit karte|bar bitte|mit karte bitte|in bar|mit ec karte|mit eckarte)",
        // The means named answers the question how: "Bar." after "Wie möchten Sie zahlen?", "Bargeld." after "Bar oder Karte?"
        "[(bar|karte|wie (möchten|wollen|zahlen|bezahlen)|zahlen sie|bezahlen sie)] =(bar|karte|mit karte|in bar|bargeld|mit bargeld|ec|ec karte|eckarte|mit ec karte|kreditkarte|mit kreditkarte|handy|mit handy)",
        // Money handed over, named: "Ich gebe Ihnen zehn Euro.", "Ich gebe Ihnen das Geld."
        // ("dir" only once the sum is named: "Anna, ich gebe dir zehn Euro für den Kuchen" pays a companion.)
        "(ich gebe ihnen|ich geb ihnen) ... $money",
        "[(macht|kostet|euro)] (ich gebe dir|ich geb dir) ... $money",
        // Money promised in a moment is not handed over yet: "Ich gebe Ihnen gleich das Geld, einen Moment."
        "!!(ich gebe ihnen|ich geb ihnen|ich gebe dir|ich geb dir) gleich",
        ...paidBlockers,
        ...notMoneyCardBlockers,
        "(kartenzahlung|barzahlung|kontaktlos|apple pay|paypal)",
        // The subject dropped: "zahle bar", "Bezahle mit Karte."
        // Stated: "Zahle bar? Oder Karte? Was ist besser?" weighs the ways.
        "=.(zahle|bezahle|zahl|bezahl) (bar|in bar|karte|mit karte|mit ec karte|mit kreditkarte|mit handy|kontaktlos)",
        // The infinitive last: "Karte zahlen.", "Bar bezahlen bitte."
        "(karte|bar|handy|kreditkarte|eckarte|ec karte) (zahlen|bezahlen|zahle|bezahle)",
        "!!(zahlen|bezahlen) (sie|ihr)",
        // Paying later pays nothing now: "Kann ich später zahlen?"
        "!!(später|nachher|anschreiben)",
        // Whether one can pay so here, asked of "man", asks about the shop, it pays nothing: "Kann man hier mit Karte zahlen?"
        "!!(kann|darf|könnte|nimmt) man",
        // ... and so does paying on another day, or without the purse: "Kann ich morgen bezahlen? Ich habe mein Portemonnaie vergessen"
        "!!(morgen|übermorgen|nächste woche|nächstes mal|beim nächsten mal)",
        "!!(vergessen|liegen lassen|zu hause gelassen)",
        // Paying in a moment, or fetching the money first, pays nothing yet: "Ich zahle gleich, ich hole nur mein Portemonnaie."
        "!!(ich|wir) $pay gleich",
        "!!(hole|holen|hol) ... (geld|portemonnaie|portmonee|portemonee|geldbeutel|brieftasche|karte|geldbörse)",
        // On the phone, not paying with it: "Ich telefoniere gerade mit Handy, Moment."
        "!!(telefonier*|anruf*|angerufen)",
        // Asking someone by phone pays nothing: "Moment, ich frage meine Frau per Handy, welches Brot sie will."
        "!!(frage|fragen|frag|schreibe|schreiben|schreib) (meine|meinen|mein|die|den|ihn|sie)",
        "!!(rufe|rufen|ruft|ruf) ... an",
        // Asking where or whether one must pay pays nothing: "Muss ich hier bezahlen oder an der Kasse?"
        "!(muss|müssen) (ich|wir)",
        // A payer named before the third person's "zahlt" is another paying, not the learner: "er bezahlt mit karte" (named, since
        // a typo's tolerance would read "ich bezahle" as "bezahlt").
        "!(er|sie|es|mann|frau|freund|freundin|chef|chefin|kollege|kollegin|kollegen|mutter|vater|sohn|tochter|eltern|#noun) (zahlt|bezahlt)",
        // Hours, photos and searching for the purse pay nothing: "Arbeiten Sie hier fünf Tage?", "Moment, ich suche mein Geld."
        "!(zehn|zwanzig|fünf|fünfzig) (tage|jahre|wochen|stunden|minuten|monate|mal)",
        "!!(foto|fotos|photo|bild|bilder)",
        // ...but only in its own clause: money handed over before it still pays ("Hier haben Sie zehn Euro, Moment, ich suche noch Kleingeld").
        "!(suche|suchen|such)",
        "!(suche|suchen|such) ... ($money|karte|kreditkarte|portemonnaie|portmonee|geldbeutel|geldbörse|brieftasche|tasche|handy) ... (hier|da|ist|irgendwo)",
        "!(suche|suchen|such) ... ($money|karte|kreditkarte|portemonnaie|portmonee|geldbeutel|geldbörse|brieftasche|tasche|handy)",
        // A bag or a person shown is no money handed over: "Moment, hier ist meine Tasche, …", "Hier ist mein Enkel."
        "!((hier|da) (ist|sind) (meine|mein|meinen|die|der) (tasche|taschen|tüte|beutel|stoffbeutel|einkaufstasche|handtasche|korb|rucksack|brille|schlüssel|jacke|enkel|enkelin|sohn|tochter|mann|frau|hund))",
        "!((kartenzahlung|barzahlung|kontaktlos) (ist|war|wird))",
        // Paying so, as the subject of a remark, pays nothing: "Mit Karte zahlen ist in Frankreich normal."
        "!((mit karte|mit kreditkarte|mit handy|bar|in bar|karte) (zahlen|bezahlen) (ist|war|wird|sind))",
        // Whether one can pay so in general asks about the shop: "Kann man hier eigentlich mit Karte zahlen?"
        // …and so does "auch", asked before the sum is named: "Kann man hier auch mit Karte zahlen?"
        "!!man (eigentlich|generell|überhaupt|grundsätzlich|auch|hier auch)",
        // Handing over the money the baker just named: "Hier, bitte, passend."
        "[(macht|kostet|euro|bitte schön)] (passend|hier bitte|hier sind|hier ist)",
        // "Bitte schön" hands money over only on its own, once a sum is named: not closing the learner's own question or order
        // ("Wie viel kostet alles zusammen, bitte schön?", "Ein Brot, bitte schön."), nor a yes to an offer ("Ja, bitte schön."
        // after "Möchten Sie eins?").
        "[(euro|cent|(macht|kostet|kosten|zusammen|wären|sind) (1*|2*|3*|4*|5*|6*|7*|8*|9*|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig))] [!(möchten sie|wollen sie|nehmen sie|hätten sie|darf es|sonst noch|noch etwas|noch was)] ^=.(bitte schön|bitteschön|bitte sehr|hier bitte schön|hier bitteschön|hier bitte sehr|so bitte schön)",
        // The money after the courtesy: "Hier, bitte schön, zehn Euro."
        "(hier|da) (bitte schön|bitteschön|bitte sehr) ($count|mein|meine|das|die|1*|2*|3*|4*|5*|6*|7*|8*|9*|zwanzig|fünfzig|hundert) $money",
        ...storyBlockers,
        "!(sie|ihr) $pay",
        // "Wie viel muss ich bezahlen?" asks the price.
        "!(was|wie viel|wieviel) (muss|müssen|soll|sollen) (ich|wir)",
      ],
      examples: ["Ich zahle mit Karte.", "Hier sind zehn Euro.", "Stimmt so, danke!"],
      nudge: "Greta has told you the price: pay, by card or in cash.",
    },
    {
      id: "say_goodbye",
      title: "Say goodbye",
      points: 15,
      after: ["pay"],
      patterns: goodbyePatterns,
      examples: ["Tschüss!", "Schönes Wochenende!", "Auf Wiedersehen, bis morgen!"],
      nudge: "You have your bag: say goodbye to Greta.",
    },
  ],
};
