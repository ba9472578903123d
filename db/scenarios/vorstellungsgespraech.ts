import { thankPatterns } from "./shared-patterns";
import type { ScenarioSeed } from "./types";

export const vorstellungsgespraech: ScenarioSeed = {
  id: "vorstellungsgespraech",
  title: "Das Vorstellungsgespräch",
  subtitle: "Talk about yourself in a job interview near Stuttgart",
  character: {
    name: "Katrin Vogel",
    role: "Personalleiterin",
    persona:
      "Du leitest die Personalabteilung bei Holzwerk Vogel, einem Möbelhersteller bei Stuttgart. Du sagst „Sie“ zu den Bewerbern, bist freundlich, fragst aber genau nach und willst konkrete Beispiele hören. Die Stelle ist im Team Lager und Logistik; am Ende darf die Person eigene Fragen stellen.",
  },
  setting:
    "A job interview in a meeting room at Holzwerk Vogel near Stuttgart. The learner has applied for a position in the warehouse and logistics team; the interview is in German and takes about twenty minutes, ending with the candidate's own questions.",
  level: { min: "B1", max: "B1" },
  openingLine:
    "Guten Tag, schön, dass Sie da sind! Bitte nehmen Sie Platz. Erzählen Sie doch zuerst ein bisschen über sich.",
  keyWords: [
    { de: "die Berufserfahrung", en: "the work experience" },
    { de: "die Stärke", en: "the strength" },
    { de: "zuverlässig", en: "reliable" },
    { de: "pünktlich", en: "punctual" },
    { de: "die Arbeitszeiten", en: "the working hours" },
    { de: "die Weiterbildung", en: "further training" },
    { de: "die Kündigungsfrist", en: "the notice period" },
    { de: "anfangen", en: "to start" },
  ],
  exchanges: [
    { learner: "Ich habe drei Jahre in einem Lager gearbeitet.", character: "Das klingt gut. Welche Aufgaben hatten Sie dort genau?" },
    { learner: "Ich bin sehr zuverlässig.", character: "Schön. Können Sie mir dafür ein Beispiel geben?" },
    { learner: "Wie sind die Arbeitszeiten?", character: "Wir arbeiten von 7 bis 16 Uhr, Montag bis Freitag. Passt das für Sie?" },
  ],
  lexicon: {
    trait: [
      "zuverlassig", "punktlich", "flexibel", "teamfahig", "belastbar", "motiviert", "organisiert", "kommunikativ",
      "freundlich", "genau", "ehrgeizig", "kreativ", "selbststandig", "fleissig", "hilfsbereit", "geduldig",
      "lernbereit", "strukturiert", "sorgfaltig", "offen",
    ],
    topic: [
      "arbeitszeit*", "team*", "aufgabe*", "weiterbildung*", "fortbildung*", "schicht*", "homeoffice", "home office",
      "einarbeitung*", "urlaub*", "probezeit*", "gehalt*", "lohn", "verdien*", "vertrag*", "befrist*", "kolleg*",
      "uberstunden", "arbeitsbeginn", "chef*", "vorgesetzt*",
    ],
  },
  objectives: [
    {
      id: "introduce_yourself",
      title: "Introduce yourself",
      points: 10,
      patterns: ["(mein name ist|ich heiss*)", "ich (komme|komm) aus", "(ich bin|bin) jahre alt"],
      examples: ["Mein Name ist Mara Lind und ich komme aus Schweden.", "Ich heiße Ali Demir und bin 29 Jahre alt."],
      nudge: "Frau Vogel wants to know who you are: introduce yourself.",
    },
    {
      id: "describe_experience",
      title: "Describe your work experience",
      points: 25,
      patterns: [
        "(ich|wir) (hab*|habe) (gearbeitet|erfahrung*|ausbildung*|studiert|praktikum)",
        "((ich|wir) (arbeite|arbeitete|arbeiten) (als|bei|seit|schon|jetzt|momentan|zurzeit|derzeit))",
        "(jahr*|monat*|lange|als|bei|in|im) (gearbeitet|tatig|beschaftigt|gejobbt)",
        "(arbeite|arbeitete) (ich|wir)",
        "erfahrung* (in|im|als|mit)",
        "ich war (als|bei|jahre|jahr)",
        "!(haben|hatten) sie",
      ],
      examples: [
        "Ich habe fünf Jahre als Lagerist gearbeitet.",
        "Seit drei Jahren arbeite ich bei einer Spedition in Ulm.",
        "Ich habe viel Erfahrung mit Gabelstaplern und der Warenannahme.",
      ],
      nudge: "Tell Frau Vogel where you have worked, and for how long.",
    },
    {
      id: "name_strength",
      title: "Name one of your strengths",
      points: 20,
      patterns: [
        "(meine|eine|meiner) (starke|starken)",
        "ich bin $trait",
        "(ich kann gut|ich arbeite gern|ich arbeite gerne)",
        "(auf mich verlassen)",
      ],
      examples: ["Ich bin sehr zuverlässig und pünktlich.", "Meine Stärke ist, dass ich gut im Team arbeiten kann.", "Man kann sich immer auf mich verlassen."],
      nudge: "Name one of your strengths, for example that you are reliable.",
    },
    {
      id: "ask_about_job",
      title: "Ask a question about the job",
      points: 15,
      patterns: ["(wie|was|welch*|wann|wo|gibt es|ist|sind|kann ich|muss ich|wie viel|wer) $topic"],
      examples: ["Wie sehen die Arbeitszeiten aus?", "Gibt es Möglichkeiten zur Weiterbildung?", "Wie groß ist das Team?"],
      nudge: "Show interest: ask Frau Vogel a question about the job.",
    },
    {
      id: "state_availability",
      title: "Say when you could start",
      points: 20,
      patterns: [
        "(ich|konnte|kann|wurde|mochte) (anfangen|beginnen|starten|anfange|beginne)",
        "ab sofort",
        "(ich bin) (verfugbar|frei)",
        "kundigungsfrist*",
      ],
      examples: ["Ich könnte ab dem ersten März anfangen.", "Ich bin ab sofort verfügbar.", "Meine Kündigungsfrist beträgt einen Monat."],
      nudge: "Tell Frau Vogel when you could start.",
    },
    {
      id: "thank",
      title: "Thank the interviewer",
      points: 10,
      patterns: thankPatterns,
      examples: ["Vielen Dank für das Gespräch!", "Danke für Ihre Zeit."],
      nudge: "The interview is ending: thank Frau Vogel for her time.",
    },
  ],
};
