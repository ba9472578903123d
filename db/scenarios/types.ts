// Typed seed data for built-in scenes. Seeding upserts these rows by id, so editing a
// scene here updates the stored scene on the next start.

export type CefrLevel = "A1" | "A2" | "B1" | "B2";

export interface ObjectiveSeed {
  /** Stable id used by clients and reports, e.g. "order_drink". Unique within its scene. */
  id: string;
  /** Short English title shown in the checklist, e.g. "Order a drink". */
  title: string;
  points: number;
  /** Patterns in the matcher's pattern language (lib/engine/objectives.ts). */
  patterns: string[];
  /** 2 to 3 correct German example phrases; hints show them, and each must satisfy its own patterns. */
  examples: string[];
  /** Hint step 1: one English sentence that says what the character is waiting for, e.g. "Hans is waiting for your drink order." */
  nudge: string;
}

/** A word of the scene with its English gloss, for the end-of-scene report: { de: "die Rechnung", en: "the bill" }. */
export interface KeyWord {
  de: string;
  en: string;
}

/** One short example exchange for the character's prompt: what a learner says and how the character answers. */
export interface SceneExchange {
  learner: string;
  character: string;
}

export interface ScenarioSeed {
  /** URL-safe stable id, e.g. "restaurant". */
  id: string;
  /** German title, e.g. "Im Restaurant". */
  title: string;
  /** English subtitle, e.g. "Order a meal in a Berlin restaurant". */
  subtitle: string;
  character: {
    name: string;
    /** German role noun, e.g. "Kellner". */
    role: string;
    /**
     * 2 to 5 short, simple German sentences addressed to the character (du): who and where they are, how they
     * speak (Sie/du), and the facts they answer with (menu, prices, times). Goes into the system prompt, in German
     * so that nothing there pulls a small model toward English.
     */
    persona: string;
  };
  /** English description of the place and situation, for the scene card. The prompt uses the German persona instead. */
  setting: string;
  /** Lowest and highest CEFR level the scene suits. */
  level: { min: CefrLevel; max: CefrLevel };
  /** The character's first line, in German, shown instantly (not generated). */
  openingLine: string;
  /** 2 to 3 short German exchanges at the scene's lowest level: the character's prompt shows them as the model's pattern. */
  exchanges: SceneExchange[];
  /** Named word sets usable in patterns as $name, e.g. { drink: ["wasser*", "bier*"] }. */
  lexicon: Record<string, string[]>;
  /** 6 to 10 words the scene teaches, nouns with their article, each with an English gloss. */
  keyWords: KeyWord[];
  objectives: ObjectiveSeed[];
}
