import { describe, expect, it } from "vitest";
import { GET as getReport } from "@/app/api/v1/conversations/[id]/report/route";
import { GET as getConversation } from "@/app/api/v1/conversations/[id]/route";
import { GET as listConversations } from "@/app/api/v1/conversations/route";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { POST as postHint } from "@/app/api/v1/scenarios/[id]/hint/route";
import { POST as startScene } from "@/app/api/v1/scenarios/[id]/start/route";
import { getCurrentConversation } from "@/db/queries/conversations";
import { updateProfile } from "@/db/queries/users";
import type { ConversationReport } from "@/lib/coach/report";
import { apiRequest, makeUser, params, sessionCookie, TEST_ORIGIN } from "../support/app";
import { turnFixture } from "../support/turn-fixture";

const t = turnFixture({ languageData: true });

const restaurant = params({ id: "restaurant" });
const sameOrigin = { origin: TEST_ORIGIN };

async function say(message: string): Promise<void> {
  const response = await sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json: { message }, cookie: t.cookie }), restaurant);
  expect(response.status).toBe(200);
  await response.text();
}

async function report(id: string, as = t.cookie): Promise<Response> {
  return getReport(apiRequest(`/api/v1/conversations/${id}/report`, { cookie: as }), params({ id }));
}

/** A whole round: a hint on the drink, a wrong article that the learner never asked to have checked. */
async function playRound(): Promise<string> {
  updateProfile({ id: t.ada.id, change: { corrections: "off" } });
  await say("Guten Abend!");
  expect((await postHint(apiRequest("/api/v1/scenarios/restaurant/hint", { method: "POST", cookie: t.cookie, headers: sameOrigin }), restaurant)).status).toBe(200);
  for (const line of ["Ich hätte gern ein Apfelschorle.", "Ich nehme das Schnitzel.", "Die Rechnung, bitte.", "Auf Wiedersehen!"]) await say(line);
  return getCurrentConversation({ userId: t.ada.id, scenarioId: "restaurant" })!.id;
}

describe("GET /api/v1/conversations/{id}/report", () => {
  it("reports objectives with evidence and hints, every corrected sentence, key words and a next scene", async () => {
    const id = await playRound();
    const response = await report(id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ConversationReport;
    expect(body).toMatchObject({ conversation_id: id, scenario: { id: "restaurant", title: "Im Restaurant" }, status: "complete", score: 95, max_score: 100 });
    expect(body.ended_at).not.toBeNull();
    const drink = body.objectives.find((objective) => objective.id === "order_drink")!;
    expect(drink).toMatchObject({ points: 20, points_earned: 15, done: true, evidence: expect.stringContaining("Apfelschorle") });
    expect(drink.hints).toEqual([{ step: 1, text: "Hans is waiting for your drink order.", cost: 5 }]);
    // The sentence that earned the objective has an error: the report sets the corrected form beside it.
    expect(body.corrections).toEqual([
      {
        message_id: drink.message_id,
        text: "Ich hätte gern ein Apfelschorle.",
        findings: [expect.objectContaining({ original: "ein", suggestion: "eine", kind: "gender" })],
        corrected: "Ich hätte gern eine Apfelschorle.",
      },
    ]);
    expect(body.key_words).toContainEqual({ de: "die Rechnung", en: "the bill" });
    expect(body.key_words.length).toBeGreaterThanOrEqual(6);
    expect(body.next_scene).toEqual({ id: "baeckerei", title: "In der Bäckerei" });
  });

  it("is 404 for another learner's round and for a missing one", async () => {
    const id = await playRound();
    const bo = await makeUser("Bo");
    expect((await report(id, await sessionCookie(bo))).status).toBe(404);
    expect((await report("no-such-round")).status).toBe(404);
  });
});

describe("the history", () => {
  it("lists past rounds with scene, date, score and how each ended, and opens any of them", async () => {
    const completeId = await playRound();
    const restart = () => startScene(apiRequest("/api/v1/scenarios/restaurant/start", { method: "POST", cookie: t.cookie, headers: sameOrigin }), restaurant);
    await restart();
    await say("Hallo!");
    await restart();
    const response = await listConversations(apiRequest("/api/v1/conversations", { cookie: t.cookie }), params({}));
    const { conversations } = (await response.json()) as { conversations: { id: string; status: string; score: number; scenario_title: string; created_at: string; total_points: number }[] };
    expect(conversations.map(({ status, score, scenario_title, total_points }) => ({ status, score, scenario_title, total_points }))).toEqual([
      { status: "open", score: 0, scenario_title: "Im Restaurant", total_points: 100 },
      { status: "abandoned", score: 20, scenario_title: "Im Restaurant", total_points: 100 },
      { status: "complete", score: 95, scenario_title: "Im Restaurant", total_points: 100 },
    ]);
    expect(conversations.every((conversation) => !Number.isNaN(Date.parse(conversation.created_at)))).toBe(true);

    const old = await getConversation(apiRequest(`/api/v1/conversations/${completeId}`, { cookie: t.cookie }), params({ id: completeId }));
    const detail = (await old.json()) as { messages: { role: string; content: string }[]; conversation: { status: string } };
    expect(detail.conversation.status).toBe("complete");
    expect(detail.messages.filter((message) => message.role === "user").map((message) => message.content)).toEqual([
      "Guten Abend!",
      "Ich hätte gern ein Apfelschorle.",
      "Ich nehme das Schnitzel.",
      "Die Rechnung, bitte.",
      "Auf Wiedersehen!",
    ]);
  });
});
