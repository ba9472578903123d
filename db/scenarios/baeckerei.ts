import { goodbyePatterns, greetPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

// "Was kostet ein Brötchen?" and "Sind die Brezeln frisch?" ask; they do not buy.
const questionBlockers = [
  "!(was|wie viel|wieviel|wie teuer) (kost*|ist|sind|macht)",
  "!(haben|habt) (sie|ihr)",
  "!gibt es",
  "!(ist|sind|war|kostet|kosten)",
  "!(gestern|fruher|normalerweise|oft|immer)",
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
      "*brot", "*brote", "*brotchen", "rundstuck*", "semmel*", "schrippe*", "*brezel", "*brezeln", "breze", "brezn",
      "laugen*", "baguette*", "croissant", "croissants", "*weck", "*wecken", "*weckle", "*stange", "*stangen",
    ],
    sweet: [
      "*kuchen", "*torte", "*torten", "*tortchen", "berliner", "krapfen", "*schnecke", "*schnecken", "franzbrotchen",
      "*plunder", "*teilchen", "donut*", "*muffin*", "*keks", "*kekse", "amerikaner", "schoko*", "*strudel",
      "windbeutel", "*eclair*",
    ],
    order: [
      "mocht*", "nehm*", "krieg*", "bekomm*", "brauch*", "wurd*", "will", "kauf*",
      "hatt* (gern*|lieber|bitte|dann|auch|noch|mal)",
    ],
    count: [
      "ein", "eine", "einen", "zwei", "drei", "vier", "funf", "sechs", "acht", "zehn", "zwolf", "einmal", "zweimal",
      "1", "2", "3", "4", "5", "6", "8", "10", "12", "paar",
    ],
    pay: ["zahl", "zahle", "zahlen", "bezahl", "bezahle", "bezahlen"],
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
        "($order|hatt*) (ich|wir) $bread",
        "$bread ($order|hatt*) (ich|wir)",
        "$count $bread",
        "$bread bitte",
        "bitte $bread",
        "fur (mich|uns) $bread",
        "(kann|konn*|konnt*) (ich|wir) $bread",
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
        "($order|hatt*) (ich|wir) $sweet",
        "$sweet ($order|hatt*) (ich|wir)",
        "$count $sweet",
        "$sweet bitte",
        "bitte $sweet",
        "fur (mich|uns) $sweet",
        "(kann|konn*|konnt*) (ich|wir) $sweet",
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
        "(was|wie viel|wieviel) (kost*|macht)",
        "wie teuer",
        "was (bekommen|kriegen) sie",
        "(was|wie) preis*",
        "kost* (das|der|die|es|ein|eine|einen)",
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
        "(kann|konn*|darf) (ich|man|wir) $pay",
        "(mit|per) (karte|ec karte|eckarte|kreditkarte|girokarte|handy)",
        "(bar|karte) bitte",
        "hier (euro|geld|cent|zehn|zwanzig|funf|funfzig)",
        "stimmt so",
        "!(sie|ihr) $pay",
      ],
      examples: ["Ich zahle mit Karte.", "Hier sind zehn Euro.", "Stimmt so, danke!"],
      nudge: "Greta has told you the price: pay, by card or in cash.",
    },
    {
      id: "say_goodbye",
      title: "Say goodbye",
      points: 15,
      patterns: goodbyePatterns,
      examples: ["Tschüss!", "Schönes Wochenende!", "Auf Wiedersehen, bis morgen!"],
      nudge: "You have your bag: say goodbye to Greta.",
    },
  ],
};
