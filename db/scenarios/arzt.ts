import { describeSymptomPatterns, greetPatterns, symptomLexicon, thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

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
    when: [
      "gestern", "vorgestern", "heute", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "wochenende", "woche*", "tag*", "monat*", "stund*", "jahr*", "nacht", "kurzem", "langem",
    ],
    medicine: [
      "rezept*", "medikament*", "*tablett*", "medizin", "antibiotik*", "salbe", "tropfen", "*spray", "sirup", "mittel",
    ],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the doctor",
      points: 10,
      patterns: greetPatterns,
      examples: ["Guten Morgen!", "Guten Tag, Frau Doktor Hartmann."],
      nudge: "Dr. Hartmann has just come in: greet her.",
    },
    {
      id: "describe_symptom",
      title: "Say what is wrong",
      points: 25,
      patterns: describeSymptomPatterns,
      examples: ["Ich habe seit gestern Kopfschmerzen.", "Mein Hals tut weh.", "Mir ist schlecht und ich habe Fieber."],
      nudge: "Tell Dr. Hartmann what hurts or how you feel.",
    },
    {
      id: "say_since_when",
      title: "Say since when you have it",
      points: 15,
      patterns: ["seit $when", "vor $when", "($when) (angefangen|begonnen)", "!seit wann"],
      examples: ["Seit drei Tagen.", "Das habe ich seit letzter Woche.", "Es hat vor zwei Tagen angefangen."],
      nudge: "Dr. Hartmann wants to know since when you have had it.",
    },
    {
      id: "ask_medicine",
      title: "Ask what you should take",
      points: 20,
      patterns: [
        "(was|welch*) (soll|muss|kann|darf) (ich|man) (nehmen|einnehmen|machen|tun)",
        "(brauch*|bekomm*|krieg*) (ich|wir) $medicine",
        "(ich|wir) (brauch*|mocht*|hatt* gern*) $medicine",
        "(konn*|konnt*) sie mir (verschreib*|geben|aufschreiben|empfehl*)",
        "(was|welch*) (hilft|helfen)",
      ],
      examples: ["Brauche ich ein Rezept?", "Was soll ich nehmen?", "Können Sie mir etwas gegen die Schmerzen verschreiben?"],
      nudge: "Ask Dr. Hartmann what you should take for it.",
    },
    {
      id: "ask_sick_note",
      title: "Ask for a sick note",
      points: 20,
      patterns: [
        "(krankschreib*|krankgeschrieben|krankmeld*|krankschein*|arbeitsunfahig*|attest*)",
        "krank (schreib*|schreiben|geschrieben)",
        // The doctor's own offer: "Ich gebe Ihnen eine Krankschreibung."
        "!ich (geb*|schreib*|stell*|mach*)",
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
      patterns: thankPatterns,
      examples: ["Vielen Dank, Frau Doktor!", "Danke für Ihre Hilfe.", "Herzlichen Dank!"],
      nudge: "Thank Dr. Hartmann for her help.",
    },
  ],
};
