import "server-only";
import { z } from "zod";

// Parsed once: a bad value fails at start with one line naming the variable,
// not on the first request that happens to read it.

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  DATA_DIR: z.string().min(1).default("./data"),
  OLLAMA_HOST: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:11434"),
  OLLAMA_MODEL: z.string().min(1).default("llama3.2:1b"),
  // Explains and translates; unset, the character's model does it too.
  OLLAMA_COACH_MODEL: z.string().min(1).optional(),
  OLLAMA_NUM_CTX: positiveInt.default(4096),
  OLLAMA_NUM_PREDICT: positiveInt.default(256),
  OLLAMA_KEEP_ALIVE: z.string().min(1).default("30m"),
  // Llama 3.2 Instruct's own sampling default (Ollama's is 0.8): a 1B model drifts into English and rare words less.
  OLLAMA_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.6),
  OLLAMA_FIRST_TOKEN_TIMEOUT_MS: positiveInt.default(120_000),
  OLLAMA_STALL_TIMEOUT_MS: positiveInt.default(30_000),
  // How long a resumable turn keeps generating once no client follows it.
  LIVE_TURN_GRACE_MS: positiveInt.default(60_000),
  // Optional OpenAI-compatible speech servers: TTS_URL serves /v1/audio/speech, STT_URL /v1/audio/transcriptions.
  TTS_URL: z.url({ protocol: /^https?$/ }).optional(),
  TTS_MODEL: z.string().min(1).default("tts-1"),
  TTS_VOICE: z.string().min(1).default("alloy"),
  STT_URL: z.url({ protocol: /^https?$/ }).optional(),
  STT_MODEL: z.string().min(1).default("whisper-1"),
  AUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  ALLOW_SIGNUP: booleanFlag.default(false),
  // Behind reverse proxies: how many of them to trust for the client's address and scheme (X-Forwarded-For/-Proto).
  // "true" is one (nginx in front); "2" is a CDN and nginx. 0 ("false", the default) when clients reach the app directly.
  TRUST_PROXY: z
    .union([booleanFlag.transform(Number), z.enum(["2", "3", "4", "5"]).transform(Number)])
    .default(0),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new EnvError(`Invalid environment variable ${name}: ${issue?.message ?? "invalid value"} (got ${JSON.stringify(source[name])})`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
