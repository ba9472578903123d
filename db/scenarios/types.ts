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
  /** Objective ids of which one must be met first: "say goodbye" after paying. Until then its words earn nothing. */
  after?: string[];
  /** 2 to 3 correct German example phrases; hints show them, and each must satisfy its own patterns. */
  examples: string[];
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
    /** 1 to 3 English sentences: who they are, how they speak (Sie/du), their manner. Goes into the system prompt. */
    persona: string;
  };
  /** English description of the place and situation. Goes into the system prompt and the scene card. */
  setting: string;
  /** Lowest and highest CEFR level the scene suits. */
  level: { min: CefrLevel; max: CefrLevel };
  /** The character's first line, in German, shown instantly (not generated). */
  openingLine: string;
  /** Named word sets usable in patterns as $name, e.g. { drink: ["wasser*", "bier*"] }. */
  lexicon: Record<string, string[]>;
  objectives: ObjectiveSeed[];
}
