import diagnostics from "node:diagnostics_channel";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as checkMessage } from "@/app/api/v1/messages/[id]/check/route";
import { POST as explainMessage } from "@/app/api/v1/messages/[id]/explain/route";
import { POST as translateMessage } from "@/app/api/v1/messages/[id]/translate/route";
import { GET as getScenario } from "@/app/api/v1/scenarios/[id]/route";
import { POST as sendJson } from "@/app/api/v1/scenarios/[id]/message/route";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { getMessageCheck } from "@/db/queries/coach";
import { getCurrentConversation, listMessages } from "@/db/queries/conversations";
import { updateProfile } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { MetadataEvent } from "@/lib/sse/events";
import type { FakeReply, RecordedRequest } from "../support/fake-ollama";
import { apiRequest, errorCode, makeUser, params, sessionCookie, TEST_ORIGIN } from "../support/app";
import { sayInRestaurant, turnFixture } from "../support/turn-fixture";

type ChatBody = { model: string; stream?: boolean; messages: { role: string; content: string }[] };

const t = turnFixture({ languageData: true });
let bo: User;
beforeEach(async () => {
  bo = await makeUser("Bo");
});

const restaurant = params({ id: "restaurant" });
const sameOrigin = { origin: TEST_ORIGIN };
const chatRequests = (): RecordedRequest[] => t.fake.requests.filter((request) => request.path === "/api/chat");
const isCoach = (request: RecordedRequest) => (request.body as ChatBody).messages[0]?.content.startsWith("You are Alltag's coach");

async function say(message: string, reply?: FakeReply): Promise<MetadataEvent> {
  if (reply) t.fake.enqueue(reply);
  return sayInRestaurant(message, t.cookie);
}

const messagesOf = (user: User) => listMessages({ conversationId: getCurrentConversation({ userId: user.id, scenarioId: "restaurant" })!.id });
const post = (route: typeof checkMessage, id: string, as = t.cookie) => route(apiRequest(`/api/v1/messages/${id}/x`, { method: "POST", cookie: as, headers: sameOrigin }), params({ id }));

describe("feedback after each turn", () => {
  it("marks a wrong article in the metadata frame: 'ein Apfelschorle' → 'eine'", async () => {
    const metadata = await say("Ich hätte gern ein Apfelschorle.");
    const learnerLine = messagesOf(t.ada).find((message) => message.role === "user")!;
    expect(metadata.user_message_id).toBe(learnerLine.id);
    expect(metadata.feedback).toEqual({
      message_id: learnerLine.id,
      findings: [expect.objectContaining({ start: 15, end: 18, original: "ein", suggestion: "eine", kind: "gender" })],
      corrected: "Ich hätte gern eine Apfelschorle.",
    });
    expect(metadata.feedback?.findings[0]?.explanation).toMatch(/Schorle is feminine/);
    // The objective still counts: the learner ordered, with a wrong article.
    expect(metadata.objectives_completed.map((objective) => objective.id)).toEqual(["order_drink"]);
  });

  it("checks once the model's request is on the wire: the check never holds the request back", async () => {
    const checkedBeforeSent: boolean[] = [];
    const onSent = (message: unknown) => {
      if (!(message as { request: { path: string } }).request.path.endsWith("/api/chat")) return;
      const learnerLine = messagesOf(t.ada).findLast((line) => line.role === "user");
      checkedBeforeSent.push(learnerLine !== undefined && getMessageCheck({ messageId: learnerLine.id }) !== undefined);
    };
    diagnostics.subscribe("undici:request:bodySent", onSent);
    try {
      for (const line of ["Ich hätte gern ein Apfelschorle.", "Ein Schnitzel, bitte."]) await say(line);
    } finally {
      diagnostics.unsubscribe("undici:request:bodySent", onSent);
    }
    expect(checkedBeforeSent).toEqual([false, false]);
    expect(messagesOf(t.ada).filter((line) => line.role === "user").every((line) => getMessageCheck({ messageId: line.id }))).toBe(true);
  });

  it("sends an empty list for a correct sentence, and is stored for the scene detail", async () => {
    const metadata = await say("Ich hätte gern eine Apfelschorle.");
    expect(metadata.feedback).toMatchObject({ findings: [], corrected: "Ich hätte gern eine Apfelschorle." });
    const detail = (await (await getScenario(apiRequest("/api/v1/scenarios/restaurant", { cookie: t.cookie }), restaurant)).json()) as { messages: { role: string; check?: unknown; translation: unknown }[] };
    expect(detail.messages.map((message) => [message.role, message.check, message.translation])).toEqual([
      ["assistant", undefined, null],
      ["user", { findings: [], corrected: "Ich hätte gern eine Apfelschorle." }, null],
      ["assistant", undefined, null],
    ]);
  });

  it.each(["off", "on_request"] as const)("is absent with corrections %s, while user_message_id stays", async (corrections) => {
    updateProfile({ id: t.ada.id, change: { corrections } });
    const metadata = await say("Ich hätte gern ein Apfelschorle.");
    expect(metadata.user_message_id).toBeDefined();
    expect(metadata).not.toHaveProperty("feedback");
  });

  it("comes with the JSON fallback too", async () => {
    const response = await sendJson(apiRequest("/api/v1/scenarios/restaurant/message", { method: "POST", json: { message: "Ich möchtet ein Wasser." }, cookie: t.cookie }), restaurant);
    const body = (await response.json()) as { feedback?: { findings: { original: string; suggestion: string; kind: string }[] } };
    expect(body.feedback?.findings).toEqual([expect.objectContaining({ original: "möchtet", suggestion: "möchte", kind: "conjugation" })]);
  });
});

describe("POST /api/v1/messages/{id}/check", () => {
  it("checks the learner's own message; a character's line is 400, another learner's or a missing one 404", async () => {
    updateProfile({ id: t.ada.id, change: { corrections: "on_request" } });
    await say("Ich hätte gern ein Apfelschorle.");
    const [opening, learnerLine] = messagesOf(t.ada);
    const response = await post(checkMessage, learnerLine!.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      message_id: learnerLine!.id,
      findings: [expect.objectContaining({ original: "ein", suggestion: "eine", kind: "gender" })],
      corrected: "Ich hätte gern eine Apfelschorle.",
    });

    const character = await post(checkMessage, opening!.id);
    expect(character.status).toBe(400);
    expect(await errorCode(character)).toBe("not_checkable");
    const others = await post(checkMessage, learnerLine!.id, await sessionCookie(bo));
    expect(others.status).toBe(404);
    expect((await post(checkMessage, "no-such-id")).status).toBe(404);
  });
});

describe("POST /api/v1/messages/{id}/explain", () => {
  it("has the coach model explain the checker's findings, given as facts, labelled as the model's", async () => {
    await say("Ich hätte gern ein Apfelschorle.");
    const learnerLine = messagesOf(t.ada).find((message) => message.role === "user")!;
    const response = await post(explainMessage, learnerLine.id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { message_id: string; explanation: string; model: string; generated_by: string };
    expect(body).toMatchObject({ message_id: learnerLine.id, model: "llama3.2:1b", generated_by: "model" });
    expect(body.explanation).toContain('"eine"');
    expect(body.explanation).toContain("Ich hätte gern eine Apfelschorle.");

    const request = chatRequests().find(isCoach)!.body as ChatBody;
    expect(request.stream).toBe(false);
    expect(request.messages[0]?.content).toContain("(A1)");
    expect(request.messages[1]?.content).toContain('- "ein" → "eine" (gender): Schorle is feminine');
  });

  it("refuses a message without findings with 400 no_findings", async () => {
    await say("Ich hätte gern eine Apfelschorle.");
    const learnerLine = messagesOf(t.ada).find((message) => message.role === "user")!;
    const response = await post(explainMessage, learnerLine.id);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("no_findings");
    expect(chatRequests().filter(isCoach)).toHaveLength(0);
  });
});

describe("POST /api/v1/messages/{id}/translate", () => {
  it("translates the character's line with the coach model, then answers from the cache", async () => {
    await say("Guten Abend!");
    const opening = messagesOf(t.ada)[0]!;
    const first = await post(translateMessage, opening.id);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      message_id: opening.id,
      translation: "Good evening and welcome! I'm Hans. Have you booked, or would you like to sit down right away?",
      model: "llama3.2:1b",
      generated_by: "model",
    });
    const asked = chatRequests().length;
    const second = await post(translateMessage, opening.id);
    expect((await second.json()) as { translation: string }).toMatchObject({ translation: expect.stringMatching(/^Good evening and welcome!/) });
    expect(chatRequests()).toHaveLength(asked);

    const own = messagesOf(t.ada).find((message) => message.role === "user")!;
    expect(((await (await post(translateMessage, own.id)).json()) as { translation: string }).translation).toBe("Good evening!");
    expect((await post(translateMessage, own.id, await sessionCookie(bo))).status).toBe(404);
  });

  it("refuses a text over the cap with 413", async () => {
    await say("Guten Abend!", { text: `${"Das ist ein sehr langer Satz über das Essen. ".repeat(50)}` });
    const reply = messagesOf(t.ada).at(-1)!;
    expect(reply.content.length).toBeGreaterThan(2000);
    const response = await post(translateMessage, reply.id);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("text_too_long");
  });

  it("answers a missing coach model with a typed error and its fix; the scene goes on", async () => {
    t.fake.setModels(["llama3.2:1b", "qwen2.5:7b"]);
    updateProfile({ id: t.ada.id, change: { coachModel: "qwen2.5:7b" } });
    await say("Guten Abend!");
    t.fake.setModels(["llama3.2:1b"]);
    const opening = messagesOf(t.ada)[0]!;
    const response = await post(translateMessage, opening.id);
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("model_not_found");
    expect(body.error.message).toContain("ollama pull qwen2.5:7b");
    const metadata = await say("Ein Wasser, bitte.");
    expect(metadata.objectives_completed.map((objective) => objective.id)).toEqual(["order_drink"]);
    expect(messagesOf(t.ada).map((message) => message.status)).toEqual(["complete", "complete", "complete", "complete", "complete"]);
  });

  it("waits for the character's first token before it asks Ollama", async () => {
    await say("Guten Abend!");
    const opening = messagesOf(t.ada)[0]!;
    t.fake.enqueue({ text: "Was darf ich Ihnen bringen?", firstChunkDelayMs: 400 });
    const turn = sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json: { message: "Ein Wasser, bitte." }, cookie: t.cookie }), restaurant).then((response) => response.text());
    const characterRequest = await t.fake.waitForRequest(2);
    const translation = await post(translateMessage, opening.id);
    expect(translation.status).toBe(200);
    await turn;
    const coachRequest = chatRequests().find(isCoach)!;
    expect(coachRequest.receivedAt).toBeGreaterThanOrEqual(characterRequest.tokenSentAt[0]!);
  });
});

describe("the character's request", () => {
  it("replays the dialogue only: no check, explanation or translation reaches it", async () => {
    await say("Ich hätte gern ein Apfelschorle.");
    const [opening, learnerLine] = messagesOf(t.ada);
    await post(translateMessage, opening!.id);
    const explanation = ((await (await post(explainMessage, learnerLine!.id)).json()) as { explanation: string }).explanation;
    await say("Ich nehme das Schnitzel.");
    const last = chatRequests().filter((request) => !isCoach(request)).at(-1)!.body as ChatBody;
    const sent = last.messages.map((message) => message.content).join("\n");
    expect(sent).not.toContain("Good evening");
    expect(sent).not.toContain(explanation);
    expect(sent).not.toContain("eine Apfelschorle");
    expect(last.messages.slice(1, 5).map((message) => message.content)).toEqual([opening!.content, "Ich hätte gern ein Apfelschorle.", messagesOf(t.ada)[2]!.content, "Ich nehme das Schnitzel."]);
  });
});
