import { greetPatterns, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

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
    booked: ["reserviert", "gebucht", "reservierung*", "buchung*", "vorbestellt"],
    internet: ["wlan*", "wifi", "wi fi", "internet*", "passwort*", "kennwort*", "netz"],
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
        "(ich|wir) $booked",
        "(zimmer|*zimmer) $booked",
        "(auf den|unter dem|auf dem) namen",
        // The receptionist's question: "Haben Sie ein Zimmer reserviert?"
        "!(haben|hatten) sie",
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
        "(wann|wo|ab wann|bis wann|wie lange|gibt es|ist|kostet|was kostet|wie viel) fruhstuck*",
        "fruhstuck* (inklusive|inbegriffen|dabei)",
      ],
      examples: ["Wann gibt es Frühstück?", "Ist das Frühstück im Preis inklusive?", "Wo ist der Frühstücksraum?"],
      nudge: "Ask Sophie when or where breakfast is served.",
    },
    {
      id: "ask_wifi",
      title: "Ask about the Wi-Fi",
      points: 15,
      patterns: ["(gibt es|haben sie|ist|wie|was|wo|kann ich|brauch*|funktioniert) $internet"],
      examples: ["Gibt es WLAN im Zimmer?", "Wie ist das WLAN-Passwort?", "Haben Sie kostenloses Internet?"],
      nudge: "Ask Sophie about the Wi-Fi or its password.",
    },
    {
      id: "ask_checkout",
      title: "Ask when you have to check out",
      points: 15,
      patterns: [
        "(wann|bis wann|um wie viel uhr|um wieviel uhr|wie spat) (auscheck*|check out|checkout|abreis*|verlassen|raus|abgeben)",
        "(check out|checkout|auschecken) (wann|wie viel uhr|wieviel uhr)",
      ],
      examples: ["Bis wann muss ich auschecken?", "Um wie viel Uhr ist der Check-out?", "Wann muss ich das Zimmer verlassen?"],
      nudge: "Ask Sophie by what time you have to check out.",
    },
    {
      id: "thank",
      title: "Thank the receptionist",
      points: 10,
      patterns: thankPatterns,
      examples: ["Vielen Dank!", "Danke schön, sehr freundlich."],
      nudge: "Sophie has answered your questions: thank her.",
    },
  ],
};
