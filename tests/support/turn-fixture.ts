import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import type { User } from "@/db/schema";
import { loadLanguageData } from "@/lib/coach/language-data";
import type { MetadataEvent, TurnEvent } from "@/lib/sse/events";
import { createSseParser } from "@/lib/sse/parse";
import { startFakeOllama, type FakeOllama } from "./fake-ollama";
import { apiRequest, freshApp, makeUser, params, sessionCookie } from "./app";

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

/**
 * Says one learner line in the restaurant over the real stream route and reads the whole turn: its metadata frame,
 * after checking that the stream opened and ended with `complete`.
 */
export async function sayInRestaurant(message: string, cookie: string): Promise<MetadataEvent> {
  const response = await sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json: { message }, cookie }), params({ id: "restaurant" }));
  expect(response.status).toBe(200);
  const parser = createSseParser();
  const events: TurnEvent[] = [...parser.push(await response.text()), ...parser.end()];
  expect(events.at(-1)?.type).toBe("complete");
  if (events[0]?.type !== "metadata") throw new Error("the turn opened with no metadata frame");
  return events[0];
}
