import { describe, expect, it } from "vitest";
import { builtinScenarios } from "@/db/scenarios";
import { systemPrompt } from "@/lib/engine/prompt";
import type { Scenario } from "@/db/schema";
import { explanationMessages, translationMessages } from "@/lib/coach/prompts";
import { coachLine } from "./fake-ollama-coach";
import { sceneReplyText } from "./fake-ollama-scenes";

const restaurant = builtinScenarios[0]!;
const scenario = { characterName: restaurant.character.name, characterRole: restaurant.character.role, characterPersona: restaurant.character.persona, levelMin: "A1", exchanges: restaurant.exchanges } as Scenario;

describe("the stand-in coach", () => {
  it("translates a scene's lines sentence by sentence, with a rough gloss for the rest", () => {
    expect(coachLine(translationMessages(restaurant.openingLine))).toBe("Good evening and welcome! I'm Hans. Have you booked, or would you like to sit down right away?");
    expect(coachLine(translationMessages("Ich habe heute Kuchen."))).toBe("I have today cake.");
  });

  it("explains the findings it is given as facts", () => {
    const feedback = {
      message_id: "m1",
      findings: [{ start: 15, end: 18, original: "ein", suggestion: "eine", kind: "gender" as const, explanation: "Schorle is feminine: eine Apfelschorle" }],
      corrected: "Ich hätte gern eine Apfelschorle.",
    };
    const text = coachLine(explanationMessages(feedback, "Ich hätte gern ein Apfelschorle.", "A1"));
    expect(text).toContain('You wrote "ein", but it should be "eine". Schorle is feminine: eine Apfelschorle.');
    expect(text).toContain('"Ich hätte gern eine Apfelschorle."');
  });

  it("leaves the character's requests to the scene scripts", () => {
    const messages = [
      { role: "system", content: systemPrompt(scenario) },
      { role: "assistant", content: restaurant.openingLine },
      { role: "user", content: "Guten Abend!" },
    ];
    expect(coachLine(messages)).toBeUndefined();
    expect(sceneReplyText(messages)).toMatch(/Tisch|trinken/);
  });
});
