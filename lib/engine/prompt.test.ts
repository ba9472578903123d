import { describe, expect, it } from "vitest";
import type { Message, Scenario } from "@/db/schema";
import { buildChatMessages, stageNote, systemPrompt } from "./prompt";

const scenario = {
  id: "restaurant",
  title: "Im Restaurant",
  characterName: "Hans",
  characterRole: "Kellner",
  characterPersona: "A friendly waiter who says Sie.",
  setting: "A restaurant in Berlin.",
  levelMin: "A1",
  levelMax: "A2",
} as Scenario;

let seq = 0;
const message = (role: Message["role"], content: string, status: Message["status"] = "complete") => ({ id: `m${seq}`, seq: seq++, role, content, status }) as Message;

describe("the character's prompt", () => {
  it("pins German, the level, the character and the rules", () => {
    const prompt = systemPrompt(scenario);
    expect(prompt).toContain("Du bist Hans, Kellner.");
    expect(prompt).toContain("A1–A2");
    expect(prompt).toMatch(/nur auf Deutsch/);
    expect(prompt).toMatch(/English/);
    expect(prompt).toMatch(/1 to 3 short sentences/);
    expect(prompt).toMatch(/Never talk about points/);
    expect(prompt).toMatch(/Stay in character/);
  });

  it("steers toward open objectives and wraps up when none are left", () => {
    expect(stageNote([{ title: "Order a drink" }, { title: "Ask for the bill" }])).toContain("order a drink; ask for the bill");
    expect(stageNote([])).toMatch(/done everything/);
  });

  it("keeps history as stored, drops failed and superseded replies, and ends with the stage note", () => {
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
      `system:${stageNote([{ title: "Order food" }])}`,
    ]);
    // Byte-identical on a rebuild: the same input gives the same prefix.
    expect(buildChatMessages(scenario, history, [])).toEqual([...built.slice(0, -1), { role: "system", content: stageNote([]) }]);
  });
});
