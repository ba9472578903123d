import { greetPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

export const buergeramt: ScenarioSeed = {
  id: "buergeramt",
  title: "Im Bürgeramt",
  subtitle: "Register your new address at a Berlin citizens' office",
  character: {
    name: "Beate Krüger",
    role: "Sachbearbeiterin",
    persona:
      "Du arbeitest am Schalter im Bürgeramt Berlin-Mitte. Du sagst „Sie“, sprichst förmlich und etwas trocken, erklärst Begriffe aber gern. Zur Anmeldung der neuen Adresse braucht man Ausweis oder Pass, Mietvertrag und Wohnungsgeberbestätigung; danach gibt es die Meldebescheinigung.",
  },
  setting:
    "A service desk at the Bürgeramt (citizens' office) in Berlin-Mitte. The learner has moved into a new flat and must register the address (Anmeldung) within two weeks; they have an appointment and a folder with passport, rental contract and the landlord's confirmation (Wohnungsgeberbestätigung).",
  level: { min: "B1", max: "B1" },
  openingLine: "Guten Morgen. Bitte nehmen Sie Platz. Worum geht es bei Ihnen?",
  keyWords: [
    { de: "sich anmelden", en: "to register your address" },
    { de: "die Unterlagen", en: "the documents" },
    { de: "der Reisepass", en: "the passport" },
    { de: "der Mietvertrag", en: "the tenancy agreement" },
    { de: "die Wohnungsgeberbestätigung", en: "the landlord's confirmation that you moved in" },
    { de: "das Geburtsdatum", en: "the date of birth" },
    { de: "die Meldebescheinigung", en: "the registration certificate" },
    { de: "der Wohnsitz", en: "the place of residence" },
  ],
  exchanges: [
    { learner: "Ich möchte meine neue Wohnung anmelden.", character: "Gut. Haben Sie Ihren Ausweis und die Wohnungsgeberbestätigung dabei?" },
    { learner: "Was ist eine Wohnungsgeberbestätigung?", character: "Das ist ein Formular von Ihrem Vermieter. Er bestätigt damit, dass Sie dort wohnen." },
    { learner: "Hier sind meine Unterlagen.", character: "Danke. Wie ist Ihr Geburtsdatum, bitte?" },
  ],
  lexicon: {
    document: [
      "pass", "passe", "*reisepass", "*ausweis", "*ausweise", "mietvertrag*", "*bestatigung", "*bestatigungen",
      "*formular", "*formulare", "aufenthaltstitel*", "aufenthaltserlaubnis", "visum", "*urkunde", "dokument*",
      "unterlagen", "papiere",
    ],
    certificate: ["meldebescheinigung*", "meldebestatigung*", "bescheinigung*", "bestatigung*", "nachweis", "kopie"],
  },
  objectives: [
    {
      id: "greet",
      title: "Greet the clerk",
      points: 10,
      patterns: greetPatterns,
      examples: ["Guten Morgen!", "Guten Tag, Frau Krüger."],
      nudge: "Frau Krüger is waiting at her desk: greet her.",
    },
    {
      id: "state_purpose",
      title: "Say that you want to register your address",
      points: 20,
      patterns: [
        "(anmeld*|ummeld*|wohnsitz*)",
        "(melde|melden) an",
        "(ich|wir) (umgezogen|eingezogen)",
        "neue (adresse|wohnung|anschrift)",
        // The clerk's own words: "Sie möchten sich anmelden?", "Für die Anmeldung brauche ich Ihren Pass."
        "!sie (mocht*|wollen|mussen)",
        "!(brauche|benotige) ich",
      ],
      examples: [
        "Ich möchte mich anmelden.",
        "Ich bin umgezogen und möchte meine neue Adresse anmelden.",
        "Ich möchte meinen Wohnsitz ummelden.",
      ],
      nudge: "Tell Frau Krüger that you want to register your new address.",
    },
    {
      id: "ask_documents",
      title: "Ask which documents you need",
      points: 15,
      patterns: [
        "(welch*|was) (brauch*|mitbring*|benotig*|notig|vorleg*|vorzeig*)",
        "(brauch*|benotig*) (ich|man) $document",
        "(muss|soll) (ich|man) $document (mitbring*|vorleg*|zeigen|haben)",
        "!(brauchen|benotigen) sie",
      ],
      examples: ["Welche Unterlagen brauche ich?", "Was muss ich mitbringen?", "Brauche ich auch meinen Mietvertrag?"],
      nudge: "Ask Frau Krüger which documents you need.",
    },
    {
      id: "hand_documents",
      title: "Hand over your documents",
      points: 20,
      patterns: [
        "hier (ist|sind|bitte|haben sie) $document",
        "(ich|wir) (hab*|habe|bring*) $document",
        "(das|dies) (ist|sind) (mein|meine|der|die|das) $document",
        // "Ich habe meinen Pass nicht dabei" or "leider vergessen" hands nothing over.
        "!$document (nicht|vergessen|verloren|zuhause|zu hause|vergesse)",
      ],
      examples: [
        "Hier sind mein Pass und die Wohnungsgeberbestätigung.",
        "Ich habe meinen Reisepass und den Mietvertrag dabei.",
        "Hier, bitte: mein Personalausweis.",
      ],
      nudge: "Hand over your papers and say what they are.",
    },
    {
      id: "give_birth_date",
      title: "Give your date of birth",
      points: 15,
      patterns: ["(geboren|geburtsdatum|geburtstag)", "!sind sie", "!(ihr|ihre|ihren) geburts*"],
      examples: ["Ich bin am 3. Mai 1994 geboren.", "Mein Geburtsdatum ist der 12.07.1990.", "Ich bin in Porto geboren, am ersten Juni 1988."],
      nudge: "Frau Krüger needs your date of birth.",
    },
    {
      id: "ask_certificate",
      title: "Ask for the registration certificate",
      points: 20,
      patterns: [
        "(bekomm*|krieg*|brauch*|hatt*|mocht*|kann|konn*|konnt*|geben) $certificate",
        "$certificate bitte",
        "!(bekommen|kriegen) sie",
      ],
      examples: [
        "Bekomme ich eine Meldebescheinigung?",
        "Könnte ich bitte eine Bestätigung der Anmeldung bekommen?",
        "Ich brauche die Meldebescheinigung für meine Bank.",
      ],
      nudge: "Ask for the registration certificate before you go.",
    },
  ],
};
