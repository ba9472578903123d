import { describe, expect, it } from "vitest";
import { GET as getScenario } from "@/app/api/v1/scenarios/[id]/route";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { POST as postHint } from "@/app/api/v1/scenarios/[id]/hint/route";
import { createSseParser } from "@/lib/sse/parse";
import type { TurnEvent } from "@/lib/sse/events";
import { apiRequest, errorCode, params, TEST_ORIGIN } from "../support/app";
import { turnFixture } from "../support/turn-fixture";

type HintBody = { hint: { objective_id: string; step: number; text: string; cost: number; points_left: number } };
type ChatBody = { messages: { role: string; content: string }[] };

const t = turnFixture();

const restaurant = params({ id: "restaurant" });
const hint = (json?: unknown) =>
  postHint(apiRequest("/api/v1/scenarios/restaurant/hint", { method: "POST", json, cookie: t.cookie, headers: { origin: TEST_ORIGIN } }), restaurant);

async function say(message: string): Promise<TurnEvent[]> {
  const response = await sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json: { message }, cookie: t.cookie }), restaurant);
  expect(response.status).toBe(200);
  const parser = createSseParser();
  return [...parser.push(await response.text()), ...parser.end()];
}

function metadataOf(events: TurnEvent[]) {
  const metadata = events[0];
  if (metadata?.type !== "metadata") throw new Error("no metadata");
  return metadata;
}

describe("POST /api/v1/scenarios/{id}/hint", () => {
  it("climbs the ladder for the first open objective: nudge, fragment, sentence, then 409 no_more_hints", async () => {
    const steps: HintBody["hint"][] = [];
    for (let index = 0; index < 3; index++) {
      const response = await hint({});
      expect(response.status).toBe(200);
      steps.push(((await response.json()) as HintBody).hint);
    }
    expect(steps.map(({ objective_id, step, cost, points_left }) => ({ objective_id, step, cost, points_left }))).toEqual([
      { objective_id: "greet", step: 1, cost: 5, points_left: 15 },
      { objective_id: "greet", step: 2, cost: 5, points_left: 10 },
      { objective_id: "greet", step: 3, cost: 5, points_left: 5 },
    ]);
    expect(steps[0]?.text).toBe("Hans has just welcomed you: say hello back.");
    expect(steps[1]?.text).toContain("…");
    expect(steps[2]?.text).toBe('You could say: "Grüß Gott!"');
    const fourth = await hint();
    expect(fourth.status).toBe(409);
    expect(await errorCode(fourth)).toBe("no_more_hints");
  });

  it("pays an objective its points less its hints; one without hints pays in full", async () => {
    expect(metadataOf(await say("Guten Abend!")).objectives_completed).toEqual([expect.objectContaining({ id: "greet", points: 20 })]);
    const first = ((await (await hint()).json()) as HintBody).hint;
    expect(first).toMatchObject({ objective_id: "order_drink", step: 1, text: "Hans is waiting for your drink order.", points_left: 15 });
    expect(((await (await hint({ objective_id: "order_drink" })).json()) as HintBody).hint).toMatchObject({ step: 2, points_left: 10 });
    const metadata = metadataOf(await say("Ich hätte gern ein Wasser, bitte."));
    expect(metadata.objectives_completed).toEqual([expect.objectContaining({ id: "order_drink", points: 10 })]);
    expect(metadata).toMatchObject({ score_change: 10, score: 30 });

    const detail = (await (await getScenario(apiRequest("/api/v1/scenarios/restaurant", { cookie: t.cookie }), restaurant)).json()) as {
      objectives: { id: string; points_left: number; hints: { step: number; cost: number }[]; next_hint_cost: number | null }[];
    };
    const byId = new Map(detail.objectives.map((objective) => [objective.id, objective]));
    expect(byId.get("order_drink")).toMatchObject({ points_left: 10, next_hint_cost: null });
    expect(byId.get("order_drink")?.hints.map((each) => each.step)).toEqual([1, 2]);
    expect(byId.get("order_food")).toMatchObject({ points_left: 20, hints: [], next_hint_cost: 5 });
  });

  it("reaches full points in a round without hints", async () => {
    let score = 0;
    for (const line of ["Guten Abend!", "Ein Wasser, bitte.", "Ich nehme das Schnitzel.", "Die Rechnung, bitte.", "Auf Wiedersehen!"]) score = metadataOf(await say(line)).score;
    expect(score).toBe(100);
  });

  it("refuses a complete scene with 409, an unknown or done objective with 400, and an unknown key", async () => {
    await say("Guten Abend!");
    const done = await hint({ objective_id: "greet" });
    expect(done.status).toBe(400);
    const unknown = await hint({ objective_id: "dance" });
    expect(unknown.status).toBe(400);
    expect(await errorCode(unknown)).toBe("invalid_input");
    const extra = await hint({ objective: "greet" });
    expect(extra.status).toBe(400);
    for (const line of ["Ein Wasser, bitte.", "Ich nehme das Schnitzel.", "Die Rechnung, bitte.", "Auf Wiedersehen!"]) await say(line);
    const complete = await hint();
    expect(complete.status).toBe(409);
    expect(await errorCode(complete)).toBe("conversation_complete");
    const missing = await postHint(apiRequest("/api/v1/scenarios/nowhere/hint", { method: "POST", cookie: t.cookie, headers: { origin: TEST_ORIGIN } }), params({ id: "nowhere" }));
    expect(missing.status).toBe(404);
  });

  it("never sends a hint to the character: its request replays the dialogue only", async () => {
    await say("Guten Abend!");
    const texts: string[] = [];
    for (let index = 0; index < 3; index++) texts.push(((await (await hint()).json()) as HintBody).hint.text);
    await say("Ein Bier, bitte.");
    const last = t.fake.requests.filter((request) => request.path === "/api/chat").at(-1)?.body as ChatBody;
    const sent = last.messages.map((message) => message.content).join("\n");
    for (const text of texts) expect(sent).not.toContain(text);
    expect(sent).not.toMatch(/Key words|You could say|waiting for your drink/);
    expect(last.messages.map((message) => message.role)).toEqual(["system", "assistant", "user", "assistant", "user", "user"]);
  });
});
