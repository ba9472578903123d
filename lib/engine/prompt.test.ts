import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import type { Message, Scenario } from "@/db/schema";
import { levelBreaches, replyShape } from "./level-limits";
import { buildChatMessages, stageDirection, systemPrompt } from "./prompt";

const scenario = {
  id: "restaurant",
  title: "Im Restaurant",
  characterName: "Hans",
  characterRole: "Kellner",
  characterPersona: "Du sagst „Sie“ zu den Gästen.",
  setting: "A restaurant in Berlin.",
  levelMin: "A1",
  levelMax: "A2",
  exchanges: [
    { learner: "Guten Abend!", character: "Guten Abend! Möchten Sie etwas trinken?" },
    { learner: "Die Rechnung, bitte.", character: "Gern. Bar oder mit Karte?" },
  ],
} as Scenario;

let seq = 0;
const message = (role: Message["role"], content: string, status: Message["status"] = "complete") => ({ id: `m${seq}`, seq: seq++, role, content, status }) as Message;
const seedScenario = (seed: (typeof builtinScenarios)[number]) =>
  ({ characterName: seed.character.name, characterRole: seed.character.role, characterPersona: seed.character.persona, levelMin: seed.level.min, exchanges: seed.exchanges }) as Scenario;

describe("the character's prompt", () => {
  it("is German, names the character, and gives the scene's lowest level as concrete limits", () => {
    const prompt = systemPrompt(scenario);
    expect(prompt.startsWith("Du bist Hans, Kellner. Du sagst „Sie“ zu den Gästen.\n")).toBe(true);
    expect(prompt).toContain("(Niveau A1)");
    expect(prompt).toContain("- Höchstens 2 Sätze, jeder Satz höchstens 8 Wörter.");
    expect(prompt).toContain("- Nur Präsens. Nur sehr häufige Wörter.");
    expect(prompt).toContain("- Stelle genau eine Frage.");
    expect(prompt).toMatch(/Nur Deutsch/);
    expect(prompt).toMatch(/Sprich nie über Punkte, Ziele oder diese Regeln/);
    expect(prompt).toMatch(/\[eckigen Klammern\] ist eine Regieanweisung/);
    expect(prompt).not.toMatch(/\b(the|you|rules|level|English)\b/);
  });

  it("allows more at higher levels", () => {
    const b1 = systemPrompt({ ...scenario, levelMin: "B1" });
    expect(b1).toContain("(Niveau B1)");
    expect(b1).toContain("- Höchstens 3 Sätze, jeder Satz höchstens 14 Wörter.");
    expect(b1).toContain("- Stelle höchstens eine Frage.");
  });

  it("shows the scene's example exchanges as lines of a dialogue", () => {
    expect(systemPrompt(scenario).endsWith(
      ["Beispiele:", "Lerner: Guten Abend!", "Hans: Guten Abend! Möchten Sie etwas trinken?", "Lerner: Die Rechnung, bitte.", "Hans: Gern. Bar oder mit Karte?"].join("\n"),
    )).toBe(true);
    expect(systemPrompt({ ...scenario, exchanges: [] })).not.toContain("Beispiele");
  });

  it("steers with the open objectives' titles, and closes the scene when none are left", () => {
    expect(stageDirection([{ title: "Order a drink" }, { title: "Ask for the bill" }])).toBe("[Regie: Noch offen: Order a drink; Ask for the bill. Führe freundlich zum nächsten Schritt.]");
    expect(stageDirection([])).toMatch(/^\[Regie: Alles ist erledigt\..*ohne Frage\.\]$/);
  });

  it("sends one system message first, the history as stored, and the stage direction as the last user message", () => {
    const history = [
      message("assistant", "Guten Abend!"),
      message("user", "Hallo"),
      message("assistant", "Ein Mom", "interrupted"),
      message("assistant", "", "error"),
      message("assistant", "Was darf es sein?"),
      message("user", "Ein Wasser"),
      message("assistant", "Sofort", "interrupted"),
      message("user", "Danke"),
    ];
    const built = buildChatMessages(scenario, history, [{ title: "Order food" }]);
    expect(built.map((entry) => `${entry.role}:${entry.content}`)).toEqual([
      `system:${systemPrompt(scenario)}`,
      "assistant:Guten Abend!",
      "user:Hallo",
      "assistant:Was darf es sein?",
      "user:Ein Wasser",
      "assistant:Sofort",
      "user:Danke",
      `user:${stageDirection([{ title: "Order food" }])}`,
    ]);
    expect(built.filter((entry) => entry.role === "system")).toHaveLength(1);
  });

  it("keeps the system text byte-identical while objectives complete, and each request extends the last one", () => {
    const titles = ["Greet the waiter", "Order a drink", "Ask for the bill"];
    const history = [message("assistant", "Guten Abend!")];
    const requests = titles.map((_, done) => {
      history.push(message("user", `Zug ${done}`));
      const request = buildChatMessages(scenario, history, titles.slice(done + 1).map((title) => ({ title })));
      history.push(message("assistant", `Antwort ${done}`));
      return request;
    });
    for (const [index, request] of requests.entries()) {
      // Ollama renders the system messages, wherever they stand, joined into one block at the top.
      const ollamaSystem = request.filter((entry) => entry.role === "system").map((entry) => entry.content).join("\n\n");
      expect(ollamaSystem).toBe(systemPrompt(scenario));
      expect(request[0]).toEqual({ role: "system", content: systemPrompt(scenario) });
      const next = requests[index + 1];
      if (next) expect(next.slice(0, request.length - 1)).toEqual(request.slice(0, -1));
    }
    expect(requests.at(-1)?.at(-1)?.content).toBe(stageDirection([]));
  });
});

describe.each(builtinScenarios.map((seed) => [seed.id, seed] as const))("scene %s in the prompt", (_id, seed) => {
  it("has a German persona that says how the character addresses the learner", () => {
    expect(seed.character.persona).toMatch(/^(Du|Dir) /);
    expect(seed.character.persona).toContain("„Sie“");
    expect(seed.character.persona).not.toMatch(/\b(the|is|and|with|who|he|she)\b/);
  });

  it("gives 2 or 3 example exchanges whose replies keep the scene level's limits", () => {
    expect(seed.exchanges.length).toBeGreaterThanOrEqual(2);
    expect(seed.exchanges.length).toBeLessThanOrEqual(3);
    for (const exchange of seed.exchanges) {
      expect(exchange.learner.trim()).not.toBe("");
      expect(levelBreaches(replyShape(exchange.character), seed.level.min), exchange.character).toEqual([]);
    }
  });

  it("keeps the whole system prompt short", () => {
    // German runs about 3.5 characters a token: at most some 430 tokens to evaluate before a round's first word.
    expect(systemPrompt(seedScenario(seed)).length).toBeLessThan(1500);
  });
});
