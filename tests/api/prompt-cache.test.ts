// A whole round through the real turn path: what Ollama receives must keep its cached prefix.
import { describe, expect, it } from "vitest";
import { POST as sendStream } from "@/app/api/v1/scenarios/[id]/message/stream/route";
import { getCurrentConversation, listMessages } from "@/db/queries/conversations";
import type { FakeReply } from "../support/fake-ollama";
import { apiRequest, params } from "../support/app";
import { turnFixture } from "../support/turn-fixture";

type ChatBody = { messages: { role: string; content: string }[]; options: Record<string, number> };

const t = turnFixture();

async function send(json: { message?: string; retry?: boolean }, reply: FakeReply): Promise<void> {
  t.fake.enqueue(reply);
  const response = await sendStream(apiRequest("/api/v1/scenarios/restaurant/message/stream", { method: "POST", json, cookie: t.cookie }), params({ id: "restaurant" }));
  expect(response.status).toBe(200);
  await response.text();
}

const chatBodies = () => t.fake.requests.filter((request) => request.path === "/api/chat").map((request) => request.body as ChatBody);
/** What Ollama's template shows as the system block: every system message, joined, wherever it stood. */
const ollamaSystemText = (body: ChatBody) => body.messages.filter((message) => message.role === "system").map((message) => message.content).join("\n\n");

describe("the prompt across a round", () => {
  it("keeps the system text byte-identical, and each request is the previous one without its stage direction, plus the new exchange", async () => {
    await send({ message: "Guten Abend!" }, { text: "Guten Abend! Was trinken Sie?" });
    await send({ message: "Ich hätte gern ein Wasser, bitte." }, { text: "Gern. Und zu essen?" });
    await send({ message: "Ich nehme das Schnitzel." }, { fault: "http_503" });
    await send({ retry: true }, { text: "Sehr gern." });
    await send({ message: "Die Rechnung, bitte." }, { text: "Das macht 19 Euro." });
    await send({ message: "Auf Wiedersehen!" }, { text: "Auf Wiedersehen!" });

    const bodies = chatBodies();
    expect(bodies).toHaveLength(6);
    const system = bodies[0]?.messages[0];
    expect(system?.role).toBe("system");
    for (const [index, body] of bodies.entries()) {
      // One system message, first, the same bytes every time: the objectives completing never touch it.
      expect(body.messages.filter((message) => message.role === "system")).toHaveLength(1);
      expect(ollamaSystemText(body)).toBe(system?.content);
      expect(body.messages[0]).toEqual(system);
      // The stage direction is the last message, a user turn right after the learner's newest message.
      expect(body.messages.at(-1)?.role).toBe("user");
      expect(body.messages.at(-1)?.content).toMatch(/^\[Regie: .*\]$/);
      expect(body.messages.at(-2)?.role).toBe("user");
      const next = bodies[index + 1];
      if (next) expect(next.messages.slice(0, body.messages.length - 1)).toEqual(body.messages.slice(0, -1));
      expect(body.options).toEqual(bodies[0]?.options);
    }
    expect(bodies[0]?.options.temperature).toBe(0.6);

    // It names the objectives still open by their titles, and closes the scene once none are.
    const directions = bodies.map((body) => body.messages.at(-1)?.content ?? "");
    expect(directions[0]).toContain("Order a drink; Order a main dish; Ask for the bill; Say goodbye");
    expect(directions[1]).not.toContain("Order a drink");
    expect(directions[3]).toBe(directions[2]);
    expect(directions[4]).toContain("Say goodbye");
    expect(directions[5]).toMatch(/Alles ist erledigt/);

    // Earlier learner turns are re-sent exactly as stored, and no direction was ever stored.
    const conversation = getCurrentConversation({ userId: t.ada.id, scenarioId: "restaurant" });
    const stored = listMessages({ conversationId: conversation?.id ?? "" });
    expect(stored.some((message) => message.content.includes("[Regie"))).toBe(false);
    const last = bodies.at(-1)?.messages ?? [];
    expect(last.filter((message) => message.role === "user").slice(0, -1).map((message) => message.content)).toEqual(
      stored.filter((message) => message.role === "user").map((message) => message.content),
    );
  });
});
