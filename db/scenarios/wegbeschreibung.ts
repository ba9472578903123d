import { greetPatterns, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

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
    place: [
      "*bahnhof", "bahnhof*", "post", "postamt", "apotheke*", "*museum", "*platz", "*strasse", "*kirche", "rathaus",
      "*haltestelle", "u bahn", "s bahn", "ubahn", "sbahn", "supermarkt", "bank", "*hotel", "hotel*", "*markt",
      "toilette*", "klo", "krankenhaus", "*park", "*garten", "zentrum", "innenstadt", "altstadt", "dom", "bibliothek",
      "kino", "theater", "universitat", "uni", "polizei", "*information", "*tor", "*brucke", "restaurant", "cafe",
      "stadion", "flughafen",
    ],
  },
  objectives: [
    {
      id: "get_attention",
      title: "Say hello or excuse me",
      points: 10,
      patterns: [...greetPatterns, "(entschuldig*|verzeihung|tschuldigung)"],
      examples: ["Entschuldigung!", "Entschuldigen Sie, bitte!", "Grüß Gott!"],
      nudge: "Catch the passer-by's attention politely before you ask anything.",
    },
    {
      id: "ask_way",
      title: "Ask the way to a place",
      points: 30,
      patterns: [
        "wo (ist|sind|liegt|liegen|finde|finden|gibt) $place",
        "wie (komm*|gehe|geh*|fahr*|finde) (zum|zur|nach|zu|in|ins)",
        "(ich|wir) (such*|mocht*|muss*|will|wollen) $place",
        "(ich|wir) (mocht*|muss*|will|wollen) (zum|zur|nach)",
        "(weg|richtung) (zum|zur|nach|zu)",
        "gibt es $place",
        "!wie (lange|weit|viel|viele)",
      ],
      examples: ["Wo ist der Marienplatz?", "Wie komme ich zum Bahnhof?", "Ich suche die Frauenkirche."],
      nudge: "Ask Frau Huber how to get to the place you are looking for.",
    },
    {
      id: "ask_distance",
      title: "Ask how far it is",
      points: 20,
      patterns: [
        "wie weit",
        "ist (es|das|der|die|sie|er) weit",
        "wie lange (zu fuss|brauch*|dauert|lauf*|geh*|fahr*)",
        "wie viele minuten",
        "(kann|konn*) (ich|man) (zu fuss|laufen|gehen)",
      ],
      examples: ["Ist das weit?", "Wie weit ist es bis zum Bahnhof?", "Wie lange brauche ich zu Fuß?"],
      nudge: "Find out whether it is far, or how long it takes on foot.",
    },
    {
      id: "repeat_direction",
      title: "Repeat a direction to check it",
      points: 20,
      patterns: [
        "(links|rechts|geradeaus|gerade aus)",
        "(erste|ersten|zweite|zweiten|dritte|dritten|nachste|nachsten) (strasse|kreuzung|ampel|ecke)",
      ],
      examples: ["Also zuerst geradeaus und dann links?", "Die zweite Straße rechts, richtig?", "Ich gehe hier rechts und dann geradeaus, ja?"],
      nudge: "Repeat the directions back to Frau Huber to check you got them right.",
    },
    {
      id: "thank",
      title: "Say thank you",
      points: 10,
      patterns: thankPatterns,
      examples: ["Vielen Dank!", "Danke, das ist sehr nett von Ihnen."],
      nudge: "Frau Huber has helped you: thank her.",
    },
  ],
};
