import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Finding } from "../lib/coach/finding";
import type { KeyWord, SceneExchange } from "./scenarios/types";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["owner", "learner"] }).notNull().default("learner"),
  level: text("level", { enum: ["A1", "A2", "B1"] }).notNull().default("A1"),
  corrections: text("corrections", { enum: ["off", "on_request", "after_each_turn"] }).notNull().default("after_each_turn"),
  // null: the model OLLAMA_MODEL / OLLAMA_COACH_MODEL names.
  characterModel: text("character_model"),
  coachModel: text("coach_model"),
  // How the scene page shows and voices the character's reply; kept here so it follows the learner across devices.
  replySpeed: text("reply_speed", { enum: ["instant", "fast", "normal", "slow"] }).notNull().default("instant"),
  speakReplies: integer("speak_replies", { mode: "boolean" }).notNull().default(false),
  // A browser voice's name (or a TTS server voice): null picks the first German voice there is.
  voice: text("voice"),
  // A second opinion from the coach model on messages the rules credited with nothing (lib/coach/judge.ts).
  coachJudge: integer("coach_judge", { mode: "boolean" }).notNull().default(false),
  // A session counts while it carries this number; a password change moves it on, ending every other sign-in.
  sessionEpoch: integer("session_epoch").notNull().default(0),
  createdAt: createdAt(),
});

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    lastFour: text("last_four").notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (table) => [index("api_tokens_user_idx").on(table.userId)],
);

export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    // The client's address; "" for rows from before addresses were kept.
    address: text("address").notNull().default(""),
    failedAt: integer("failed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("login_failures_email_idx").on(table.email, table.failedAt), index("login_failures_address_idx").on(table.address, table.failedAt)],
);

export const scenarios = sqliteTable("scenarios", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  subtitle: text("subtitle").notNull(),
  characterName: text("character_name").notNull(),
  characterRole: text("character_role").notNull(),
  characterPersona: text("character_persona").notNull(),
  setting: text("setting").notNull(),
  levelMin: text("level_min").notNull(),
  levelMax: text("level_max").notNull(),
  openingLine: text("opening_line").notNull(),
  lexicon: text("lexicon", { mode: "json" }).$type<Record<string, string[]>>().notNull(),
  exchanges: text("exchanges", { mode: "json" }).$type<SceneExchange[]>().notNull().default([]),
  keyWords: text("key_words", { mode: "json" }).$type<KeyWord[]>().notNull().default([]),
  sortOrder: integer("sort_order").notNull().default(0),
  builtin: integer("builtin", { mode: "boolean" }).notNull().default(false),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const objectives = sqliteTable(
  "objectives",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    title: text("title").notNull(),
    points: integer("points").notNull(),
    patterns: text("patterns", { mode: "json" }).$type<string[]>().notNull(),
    examples: text("examples", { mode: "json" }).$type<string[]>().notNull(),
    /** Objective ids of which one must be met first (lib/engine/objectives.ts). */
    after: text("after", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    nudge: text("nudge").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.id] })],
);

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["open", "complete", "abandoned"] }).notNull().default("open"),
    score: integer("score").notNull().default(0),
    // The learner's level when the round began: the character's system text stays the same all round. null: rounds from before levels.
    level: text("level", { enum: ["A1", "A2", "B1"] }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("conversations_user_idx").on(table.userId, table.scenarioId, table.status),
    // At most one open conversation per learner and scene.
    uniqueIndex("conversations_one_open_idx")
      .on(table.userId, table.scenarioId)
      .where(sql`status = 'open'`),
  ],
);

export type MessageTimings = {
  firstTokenMs?: number;
  totalMs?: number;
  loadDurationNs?: number;
  promptEvalCount?: number;
  promptEvalDurationNs?: number;
  evalCount?: number;
  evalDurationNs?: number;
};

export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    content: text("content").notNull(),
    status: text("status", { enum: ["complete", "streaming", "interrupted", "error"] }).notNull(),
    errorCode: text("error_code"),
    timings: text("timings", { mode: "json" }).$type<MessageTimings>(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("messages_conversation_seq_idx").on(table.conversationId, table.seq)],
);

export const objectiveCompletions = sqliteTable(
  "objective_completions",
  {
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    objectiveId: text("objective_id").notNull(),
    messageId: text("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    evidence: text("evidence").notNull(),
    points: integer("points").notNull(),
    // "coach": the coach model's second opinion found it where the rules found nothing (lib/coach/judge.ts).
    judgedBy: text("judged_by", { enum: ["rules", "coach"] }).notNull().default("rules"),
    createdAt: createdAt(),
  },
  // Each objective pays once per conversation: the key enforces it.
  (table) => [primaryKey({ columns: [table.conversationId, table.objectiveId] })],
);

/** The checker's verdict on one learner message. */
export const messageChecks = sqliteTable("message_checks", {
  messageId: text("message_id")
    .primaryKey()
    .references(() => messages.id, { onDelete: "cascade" }),
  findings: text("findings", { mode: "json" }).$type<Finding[]>().notNull(),
  corrected: text("corrected").notNull(),
  createdAt: createdAt(),
});

/**
 * The coach model's second opinion on one learner message, asked at most once: a learner cannot ask
 * again until a model says yes. `awarded` lists the objective ids it credited (often none).
 */
export const coachJudgements = sqliteTable("coach_judgements", {
  messageId: text("message_id")
    .primaryKey()
    .references(() => messages.id, { onDelete: "cascade" }),
  awarded: text("awarded", { mode: "json" }).$type<string[]>().notNull(),
  model: text("model").notNull(),
  createdAt: createdAt(),
});

/** Hints a learner opened in a round; each lowers what its objective still pays. */
export const hints = sqliteTable(
  "hints",
  {
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    objectiveId: text("objective_id").notNull(),
    step: integer("step").notNull(),
    text: text("text").notNull(),
    cost: integer("cost").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.conversationId, table.objectiveId, table.step] })],
);

/** The coach model's English for a message, kept so a second tap costs nothing. */
export const translations = sqliteTable("translations", {
  messageId: text("message_id")
    .primaryKey()
    .references(() => messages.id, { onDelete: "cascade" }),
  text: text("text").notNull(),
  model: text("model").notNull(),
  createdAt: createdAt(),
});

export type User = typeof users.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type Scenario = typeof scenarios.$inferSelect;
export type Objective = typeof objectives.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type ObjectiveCompletion = typeof objectiveCompletions.$inferSelect;
export type MessageCheck = typeof messageChecks.$inferSelect;
export type Hint = typeof hints.$inferSelect;
export type Translation = typeof translations.$inferSelect;
export type CoachJudgement = typeof coachJudgements.$inferSelect;
