import type { ScenarioSeed } from "./types";

export const wohnungsbesichtigung: ScenarioSeed = {
  id: "wohnungsbesichtigung",
  title: "Die Wohnungsbesichtigung",
  subtitle: "View a flat in Berlin and ask the landlord the right questions",
  character: {
    name: "Michael Brandt",
    role: "Vermieter",
    persona:
      "Dir gehören ein paar Wohnungen in Berlin; diese zeigst du selbst. Du sagst „Sie“ zu den Besuchern, bist sachlich und etwas in Eile, antwortest aber offen. Die Wohnung: Altbau in Neukölln, zwei Zimmer, 55 Quadratmeter, Balkon zum Hof, dritter Stock ohne Aufzug. Kaltmiete 780 Euro plus 180 Euro Nebenkosten, Kaution drei Kaltmieten, frei ab dem Ersten des nächsten Monats, eine Katze ist erlaubt.",
  },
  setting:
    "A viewing of a two-room flat in an old building (Altbau) in Berlin-Neukölln: 55 square metres, third floor, no lift, a balcony facing the courtyard. The cold rent is 780 euros plus 180 euros for heating and service charges; the deposit is three months' cold rent; the flat is free from the first of next month.",
  level: { min: "B1", max: "B1" },
  openingLine:
    "Guten Tag, kommen Sie herein! Das ist die Wohnung: zwei Zimmer, Küche, Bad und ein Balkon zum Hof. Schauen Sie sich ruhig um.",
  keyWords: [
    { de: "die Miete", en: "the rent" },
    { de: "die Kaltmiete", en: "the rent without heating and bills" },
    { de: "die Nebenkosten", en: "the extra costs, the bills" },
    { de: "die Kaution", en: "the deposit" },
    { de: "einziehen", en: "to move in" },
    { de: "das Haustier", en: "the pet" },
    { de: "der Balkon", en: "the balcony" },
    { de: "der Mietvertrag", en: "the tenancy agreement" },
  ],
  exchanges: [
    { learner: "Wie hoch sind die Nebenkosten?", character: "Dazu kommen 180 Euro Nebenkosten. Warm sind es also 960 Euro." },
    { learner: "Ab wann ist die Wohnung frei?", character: "Ab dem Ersten des nächsten Monats. Wann möchten Sie einziehen?" },
    { learner: "Darf ich eine Katze haben?", character: "Eine Katze ist kein Problem. Haben Sie noch Fragen?" },
  ],
  lexicon: {
    cost: ["miete*", "*miete", "nebenkost*", "heizkost*", "betriebskost*", "kosten", "strom*"],
    pet: ["haustier*", "katze*", "kater", "hund*", "tier*", "hamster*", "vogel", "kaninchen"],
  },
  objectives: [
    {
      id: "introduce_yourself",
      title: "Introduce yourself",
      points: 10,
      patterns: ["(mein name ist|ich heiss*|ich bin frau|ich bin herr)", "wir haben (telefoniert|geschrieben|gemailt)"],
      examples: ["Guten Tag, mein Name ist Lara Novak.", "Ich heiße Tom Berger, wir haben telefoniert."],
      nudge: "Herr Brandt does not know you yet: tell him your name.",
    },
    {
      id: "ask_rent",
      title: "Ask about the rent and extra costs",
      points: 20,
      patterns: [
        "(wie hoch|wie viel|wieviel|was|welche) $cost",
        "(was|wie viel|wieviel) kost* (wohnung|monat|miete|alles|insgesamt)",
        "(ist|sind) $cost (inklusive|enthalten|dabei|warm|kalt|extra)",
      ],
      examples: ["Wie hoch ist die Miete?", "Sind die Nebenkosten in der Miete enthalten?", "Was kostet die Wohnung im Monat?"],
      nudge: "Ask Herr Brandt how much the rent is, and about the extra costs.",
    },
    {
      id: "ask_deposit",
      title: "Ask about the deposit",
      points: 15,
      patterns: ["(wie hoch|wie viel|wieviel|muss|mussen|gibt es|ist|brauch*|wann|was|welche) kaution*"],
      examples: ["Wie hoch ist die Kaution?", "Muss ich eine Kaution bezahlen?", "Wann muss ich die Kaution überweisen?"],
      nudge: "Ask about the deposit: how much it is, or when to pay it.",
    },
    {
      id: "ask_move_in",
      title: "Ask when you can move in",
      points: 15,
      patterns: [
        "(ab wann|wann|bis wann) (frei|einzieh*|einzug*|verfugbar|bezugsfertig|bezieh*|leer)",
        "(kann|konn*|konnt*|darf|durf*) (ich|wir) einzieh*",
        "ist (die wohnung|sie|das) (frei|verfugbar)",
        "(einzugstermin*|einzugsdatum)",
      ],
      examples: ["Ab wann ist die Wohnung frei?", "Wann kann ich einziehen?", "Könnten wir schon im März einziehen?"],
      nudge: "Ask Herr Brandt from when you could move in.",
    },
    {
      id: "ask_pets",
      title: "Ask whether pets are allowed",
      points: 15,
      patterns: [
        "(darf|durfen|kann|konnen|durft*|konnt*) (ich|wir|man) $pet",
        "(sind|ist) $pet (erlaubt|gestattet|ok|okay|in ordnung|moglich)",
        "(was ist mit|wie ist es mit|wie sieht es mit|wie sieht es aus mit) $pet",
      ],
      examples: ["Sind Haustiere erlaubt?", "Darf ich meine Katze mitbringen?", "Was ist mit Haustieren, zum Beispiel einem kleinen Hund?"],
      nudge: "Ask whether pets are allowed in the flat.",
    },
    {
      id: "express_interest",
      title: "Say that you want to rent the flat",
      points: 25,
      patterns: [
        "(ich|wir) interessiert",
        "(ich|wir) (mocht*|wurd*|will|wollen) (mieten|nehmen)",
        "(ich|wir) (nehm*|miet*) (die wohnung|sie)",
        "(gefallt|gefallen) (mir|uns)",
        // The landlord's question: "Gefällt Ihnen die Wohnung?", "Sind Sie interessiert?"
        "!(sind sie|ihnen|ihr)",
      ],
      examples: ["Die Wohnung gefällt mir sehr gut, ich würde sie gern mieten.", "Wir sind sehr interessiert.", "Ich möchte die Wohnung nehmen."],
      nudge: "Tell Herr Brandt that you like the flat and want to rent it.",
    },
  ],
};
