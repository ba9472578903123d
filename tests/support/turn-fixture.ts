import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { User } from "@/db/schema";
import { loadLanguageData } from "@/lib/coach/language-data";
import { startFakeOllama, type FakeOllama } from "./fake-ollama";
import { freshApp, makeUser, sessionCookie } from "./app";

export type TurnFixture = {
  /** The test Ollama, one per file, reset before each test. */
  fake: FakeOllama;
  /** A fresh data directory built by the real migrations, per test. */
  app: ReturnType<typeof freshApp>;
  /** The signed-in learner (the first account, so the owner) and her session cookie. */
  ada: User;
  cookie: string;
};

/**
 * The setup every turn-level API test shares: registers the hooks and returns an object whose fields
 * are filled before each test. `env` is set once the test Ollama is up (env() is parsed on first use);
 * `languageData` loads the coach's dictionaries, as the server does before it serves.
 */
export function turnFixture({ env = {}, languageData = false }: { env?: Record<string, string>; languageData?: boolean } = {}): TurnFixture {
  const fixture = {} as TurnFixture;
  beforeAll(async () => {
    fixture.fake = await startFakeOllama();
    process.env.OLLAMA_HOST = fixture.fake.url;
    Object.assign(process.env, env);
    if (languageData) loadLanguageData();
  });
  afterAll(async () => {
    await fixture.fake.close();
    for (const name of Object.keys(env)) delete process.env[name];
  });
  beforeEach(async () => {
    fixture.fake.reset();
    fixture.app = freshApp();
    fixture.ada = await makeUser("Ada");
    fixture.cookie = await sessionCookie(fixture.ada);
  });
  afterEach(() => fixture.app.cleanup());
  return fixture;
}
