import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { builtinScenarios } from "@/db/scenarios";
import type { ScenarioSeed } from "@/db/scenarios/types";
import { systemPrompt } from "@/lib/engine/prompt";
import { getScenario } from "@/db/queries/scenarios";
import type { User } from "@/db/schema";
import { createSseParser } from "@/lib/sse/parse";
import type { TurnEvent } from "@/lib/sse/events";
import { apiRequest, freshApp, makeUser, params, sessionCookie } from "./app";
import { startFakeOllama, type FakeOllama } from "./fake-ollama";
import { SCENE_SCRIPTS, sceneReplyText, UNKNOWN_SCENE_LINE } from "./fake-ollama-scenes";

let fake: FakeOllama;
let app: ReturnType<typeof freshApp>;
let learner: User;
let cookie: string;

beforeAll(async () => {
  fake = await startFakeOllama({ defaultReply: (messages) => ({ text: sceneReplyText(messages) }) });
  process.env.OLLAMA_HOST = fake.url;
});
afterAll(() => fake.close());
beforeEach(async () => {
  app = freshApp();
  learner = await makeUser("Lena");
  cookie = await sessionCookie(learner);
});
afterEach(() => app.cleanup());

/** One turn through the app's real stream route; the reply is what the stand-in streamed. */
async function say(sceneId: string, message: string): Promise<{ reply: string; completed: string[] }> {
  const request = apiRequest(`/api/v1/scenarios/${sceneId}/message/stream`, { method: "POST", json: { message }, cookie });
  const response = await sendStream(request, params({ id: sceneId }));
  expect(response.status).toBe(200);
  const parser = createSseParser();
  const events: TurnEvent[] = [...parser.push(await response.text()), ...parser.end()];
  expect(events.at(-1)?.type).toBe("complete");
  const completed = events.flatMap((event) => (event.type === "metadata" ? event.objectives_completed.map((objective) => objective.id) : []));
  const reply = events.flatMap((event) => (event.type === "token" ? [event.content] : [])).join("");
  return { reply, completed };
}

function scriptLines(id: string): string[] {
  const script = SCENE_SCRIPTS[id];
  if (!script) return [];
  return [...Object.values(script.objectives).flatMap((lines) => [lines.answer, ...lines.lead]), ...script.generic, script.farewell, script.inGerman];
}

/** The lines only other scenes say: none may turn up in this one. */
function otherScenesLines(scene: ScenarioSeed): string[] {
  const own = new Set(scriptLines(scene.id));
  return Object.keys(SCENE_SCRIPTS)
    .filter((id) => id !== scene.id)
    .flatMap(scriptLines)
    .filter((line) => line.length > 20 && !own.has(line));
}

describe("the stand-in Ollama plays the scene being played", () => {
  it("has lines for every objective of every built-in scene", () => {
    for (const scene of builtinScenarios) {
      const script = SCENE_SCRIPTS[scene.id];
      expect(script, scene.id).toBeDefined();
      expect(Object.keys(script?.objectives ?? {}).sort(), scene.id).toEqual(scene.objectives.map((objective) => objective.id).sort());
    }
  });

  it.each(builtinScenarios.map((scene) => [scene.id, scene] as const))("walks %s through its objectives in its character's voice", async (_id, scene) => {
    const script = SCENE_SCRIPTS[scene.id];
    if (!script) throw new Error(`no script for ${scene.id}`);
    const done = new Set<string>();
    for (const objective of scene.objectives) {
      if (done.has(objective.id)) continue;
      const { reply, completed } = await say(scene.id, objective.examples[0] ?? "");
      for (const id of completed) done.add(id);
      expect(done.has(objective.id), `"${objective.examples[0]}" meets ${objective.id}`).toBe(true);
      for (const line of otherScenesLines(scene)) expect(reply).not.toContain(line);

      const next = scene.objectives.find((candidate) => !done.has(candidate.id));
      if (objective.id === "say_goodbye") {
        // A goodbye is answered with a goodbye.
        expect(reply).toBe(script.farewell);
      } else if (!next) {
        // The last step is answered, and the scene closes.
        expect(reply.endsWith(script.farewell), `closes: ${reply}`).toBe(true);
      } else {
        // One example can meet two objectives ("seit drei Tagen Halsschmerzen"): the later one is answered.
        const answered = scene.objectives.filter((candidate) => completed.includes(candidate.id)).at(-1)?.id ?? objective.id;
        expect(reply.startsWith(script.objectives[answered]?.answer ?? "?"), `answers ${answered}: ${reply}`).toBe(true);
        expect(script.objectives[next.id]?.lead.some((lead) => reply.endsWith(lead)), `leads toward ${next.id}: ${reply}`).toBe(true);
      }
    }
  });

  it("never offers the baker's customer a Weißbier, and answers Hans's goodbye with a goodbye", async () => {
    const bakery = await say("baeckerei", "Moin! Vier Brötchen, bitte.");
    expect(bakery.reply).not.toMatch(/bier|trinken/i);
    expect(bakery.reply).toMatch(/Franzbrötchen|Kuchen/);
    const restaurant = await say("restaurant", "Auf Wiedersehen!");
    expect(restaurant.reply).toBe(SCENE_SCRIPTS.restaurant?.farewell);
  });
});

describe("reading the request", () => {
  const bakery = getScenarioSeed("baeckerei");

  it("finds the open objectives when the steering note moves into the learner's newest message", () => {
    const system = systemPrompt(scenarioRow(bakery));
    const text = sceneReplyText([
      { role: "system", content: system },
      { role: "assistant", content: bakery.openingLine },
      { role: "user", content: "Ich hätte gern vier Brötchen.\n\n(Still to come: buy something sweet; pay; say goodbye.)" },
    ]);
    expect(text).toBe(`${SCENE_SCRIPTS.baeckerei?.objectives.order_bread?.answer} ${SCENE_SCRIPTS.baeckerei?.objectives.order_sweet?.lead[1]}`);
  });

  it("keeps the scene going in its own voice when no objective is named", () => {
    const text = sceneReplyText([{ role: "system", content: systemPrompt(scenarioRow(bakery)) }, { role: "user", content: "Schönes Wetter heute." }]);
    expect(SCENE_SCRIPTS.baeckerei?.generic).toContain(text);
  });

  it("asks for German when the learner writes English", () => {
    const text = sceneReplyText([{ role: "system", content: systemPrompt(scenarioRow(bakery)) }, { role: "user", content: "I would like two rolls please" }]);
    expect(text).toBe(SCENE_SCRIPTS.baeckerei?.inGerman);
  });

  it("answers a request from no known scene in plain German", () => {
    expect(sceneReplyText([{ role: "user", content: "Hallo?" }])).toBe(UNKNOWN_SCENE_LINE);
  });
});

function getScenarioSeed(id: string): ScenarioSeed {
  const seed = builtinScenarios.find((scene) => scene.id === id);
  if (!seed) throw new Error(`no scene ${id}`);
  return seed;
}

/** The stored scene, as the app builds its prompt from it. */
function scenarioRow(seed: ScenarioSeed) {
  const row = getScenario({ id: seed.id });
  if (!row) throw new Error(`scene ${seed.id} not seeded`);
  return row;
}
