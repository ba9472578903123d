import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getMe, PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as getModels } from "@/app/api/v1/models/route";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { POST as startScene } from "@/app/api/v1/scenarios/[id]/start/route";
import { POST as warmup } from "@/app/api/v1/llm/warmup/route";
import { getCurrentConversation } from "@/db/queries/conversations";
import type { User } from "@/db/schema";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { apiRequest, errorCode, freshApp, makeUser, params, sessionCookie, TEST_ORIGIN } from "../support/app";

let fake: FakeOllama;
let app: ReturnType<typeof freshApp>;
let ada: User;
let cookie: string;

beforeAll(async () => {
  fake = await startFakeOllama();
  process.env.OLLAMA_HOST = fake.url;
  process.env.OLLAMA_COACH_MODEL = "qwen2.5:7b";
});
afterAll(async () => {
  delete process.env.OLLAMA_COACH_MODEL;
  await fake.close();
});
beforeEach(async () => {
  fake.reset();
  fake.setModels(["llama3.2:1b", "qwen2.5:7b", "llama3.1:8b"]);
  app = freshApp();
  ada = await makeUser("Ada");
  cookie = await sessionCookie(ada);
});
afterEach(() => app.cleanup());

const me = () => getMe(apiRequest("/api/v1/me", { cookie }), params({}));
const patch = (json: unknown, init: Parameters<typeof apiRequest>[1] = {}) =>
  patchMe(apiRequest("/api/v1/me", { method: "PATCH", json, cookie, headers: { origin: TEST_ORIGIN }, ...init }), params({}));

describe("GET /api/v1/me", () => {
  it("shows the defaults: A1, corrections after each turn, the environment's models", async () => {
    const response = await me();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: ada.id,
      name: "Ada",
      email: "ada@example.test",
      role: "owner",
      level: "A1",
      corrections: "after_each_turn",
      character_model: null,
      coach_model: null,
      reply_speed: "instant",
      speak_replies: false,
      voice: null,
      // The coach's second opinion is the learner's choice, off until chosen.
      coach_judge: false,
      defaults: { character_model: "llama3.2:1b", coach_model: "qwen2.5:7b" },
      capabilities: { server_voice: false, speech_input: false },
    });
  });

  it("needs a signed-in learner", async () => {
    const response = await getMe(apiRequest("/api/v1/me"), params({}));
    expect(response.status).toBe(401);
  });
});

describe("PATCH /api/v1/me", () => {
  it("keeps the reply settings: speed, speaking and the chosen voice", async () => {
    const response = await patch({ reply_speed: "slow", speak_replies: true, voice: "Google Deutsch" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reply_speed: "slow", speak_replies: true, voice: "Google Deutsch", level: "A1" });
    expect(await (await me()).json()).toMatchObject({ reply_speed: "slow", speak_replies: true, voice: "Google Deutsch" });
    expect(await (await patch({ voice: null, speak_replies: false })).json()).toMatchObject({ voice: null, speak_replies: false, reply_speed: "slow" });
  });


  it("changes any subset of the settings and answers the whole profile", async () => {
    const response = await patch({ level: "B1", corrections: "on_request", coach_model: "llama3.1:8b" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ level: "B1", corrections: "on_request", character_model: null, coach_model: "llama3.1:8b" });
    expect(await (await me()).json()).toMatchObject({ level: "B1", corrections: "on_request", coach_model: "llama3.1:8b" });
    expect(await (await patch({ coach_model: null })).json()).toMatchObject({ coach_model: null, level: "B1" });
  });

  it.each([
    [{ level: "C2" }],
    [{ corrections: "sometimes" }],
    [{ theme: "dark" }],
    [{ character_model: "" }],
    [{ level: 1 }],
    [{ reply_speed: "turbo" }],
    [{ speak_replies: "yes" }],
    [{ voice: "" }],
    [{ voice: "x".repeat(201) }],
    [[]],
  ])("refuses %j with 400 invalid_input", async (json) => {
    const response = await patch(json);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_input");
  });

  it("refuses a model Ollama has not installed with 400 unknown_model, naming the fix", async () => {
    const response = await patch({ character_model: "mistral:7b" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unknown_model");
    expect(body.error.message).toContain("ollama pull mistral:7b");
    expect(await (await me()).json()).toMatchObject({ character_model: null });
  });

  it("keeps a model name as given while Ollama does not answer", async () => {
    await fake.close();
    try {
      const response = await patch({ character_model: "mistral:7b" });
      expect(await response.json()).toMatchObject({ character_model: "mistral:7b" });
    } finally {
      fake = await startFakeOllama({ port: fake.port });
    }
  });

  it("refuses a cookie request from another site", async () => {
    const response = await patch({ level: "A2" }, { headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
  });
});

describe("GET /api/v1/models", () => {
  it("lists what Ollama has installed, with the defaults", async () => {
    const response = await getModels(apiRequest("/api/v1/models", { cookie }), params({}));
    const body = (await response.json()) as { reachable: boolean; models: { name: string; size: number }[]; defaults: unknown };
    expect(body.reachable).toBe(true);
    expect(body.models.map((model) => model.name)).toEqual(["llama3.2:1b", "qwen2.5:7b", "llama3.1:8b"]);
    expect(body.models[0]?.size).toBeGreaterThan(0);
    expect(body.defaults).toEqual({ character_model: "llama3.2:1b", coach_model: "qwen2.5:7b" });
  });
});

describe("the profile in a round", () => {
  const chatRequests = () => fake.requests.filter((request) => request.path === "/api/chat").map((request) => request.body as { model: string; messages: { role: string; content: string }[] });

  it("plays the character with the learner's model and keeps the round's level when the profile changes", async () => {
    await patch({ level: "B1", character_model: "llama3.1:8b" });
    const start = await startScene(apiRequest("/api/v1/scenarios/restaurant/start", { method: "POST", cookie, headers: { origin: TEST_ORIGIN } }), params({ id: "restaurant" }));
    expect(start.status).toBe(201);
    expect(getCurrentConversation({ userId: ada.id, scenarioId: "restaurant" })?.level).toBe("B1");

    const say = async (message: string) => (await sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json: { message }, cookie }), params({ id: "restaurant" }))).text();
    await say("Guten Abend!");
    await patch({ level: "A1" });
    await say("Ein Wasser, bitte.");
    const [first, second] = chatRequests();
    expect(first?.model).toBe("llama3.1:8b");
    expect(first?.messages[0]?.content).toContain("Niveau B1");
    expect(first?.messages[0]?.content).toContain("jeder Satz höchstens 14 Wörter");
    // The same system text all round: the level change waits for the next round.
    expect(second?.messages[0]?.content).toBe(first?.messages[0]?.content);
  });

  it("warms up the learner's own character model", async () => {
    await patch({ character_model: "llama3.1:8b" });
    const before = fake.requests.length;
    const response = await warmup(apiRequest("/api/v1/llm/warmup", { method: "POST", cookie, headers: { origin: TEST_ORIGIN } }), params({}));
    expect(await response.json()).toEqual({ model: "llama3.1:8b", state: "loading" });
    // /api/ps and /api/tags first, then the load itself.
    await fake.waitForRequest(before + 3);
    const load = fake.requests.find((request) => request.path === "/api/chat");
    expect(load?.body).toMatchObject({ model: "llama3.1:8b", messages: [] });
  });
});
