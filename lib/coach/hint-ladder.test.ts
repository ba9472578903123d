import { describe, expect, it } from "vitest";
import { restaurant } from "@/db/scenarios/restaurant";
import { builtinScenarios } from "@/db/scenarios";
import { exampleForLevel, fragmentOf, hintCost, hintText, nextHintObjective } from "./hint-ladder";

const orderDrink = restaurant.objectives.find((objective) => objective.id === "order_drink")!;

describe("the hint ladder", () => {
  it("costs a quarter of the points per step: 20 pays 15, 10, then 5", () => {
    expect([1, 2, 3].map((step) => 20 - step * hintCost(20))).toEqual([15, 10, 5]);
  });

  it("blanks an example's nouns for step 2 and keeps the rest", () => {
    expect(fragmentOf("Ich hätte gern ein Wasser, bitte.")).toEqual({ fragment: "Ich hätte gern ein …, bitte.", words: ["Wasser"] });
    expect(fragmentOf("Guten Tag, Frau Doktor Hartmann.").fragment).toBe("Guten …, ….");
    expect(fragmentOf("Ich möchte bitte bezahlen.")).toEqual({ fragment: "Ich möchte bitte ….", words: ["bezahlen"] });
    expect(fragmentOf("Moin!")).toEqual({ fragment: "Mo…!", words: ["Moin"] });
    expect(fragmentOf("Wo ist der Marienplatz? Ist das weit?").words).toEqual(["Marienplatz"]);
  });

  it("picks the shortest example for A1 and the longest for B1", () => {
    expect(exampleForLevel(orderDrink.examples, "A1")).toBe("Für mich ein Bier, bitte.");
    expect(exampleForLevel(orderDrink.examples, "B1")).toBe("Ich hätte gern ein Wasser, bitte.");
  });

  it("writes the three steps: nudge, fragment with key words, whole sentence", () => {
    expect(hintText(orderDrink, 1, "A1")).toBe("Hans is waiting for your drink order.");
    expect(hintText(orderDrink, 2, "A1")).toBe('Try: "Für mich ein …, bitte." Key words: Wasser, Bier, Apfelschorle.');
    expect(hintText(orderDrink, 3, "A1")).toBe('You could say: "Für mich ein Bier, bitte."');
  });

  it("offers the first open objective whose prerequisite is met", () => {
    const objectives = [
      { id: "pay", title: "Pay", points: 10, examples: ["Mit Karte."], nudge: "Pay." },
      { id: "bye", title: "Bye", points: 10, examples: ["Tschüss!"], nudge: "Bye.", after: ["pay"] },
      { id: "ask", title: "Ask", points: 10, examples: ["Was kostet das?"], nudge: "Ask." },
    ];
    expect(nextHintObjective(objectives, new Set())?.id).toBe("pay");
    expect(nextHintObjective(objectives, new Set(["pay"]))?.id).toBe("bye");
    expect(nextHintObjective(objectives.slice(1), new Set())?.id).toBe("ask");
  });

  it("has a nudge and a step-2 fragment for every objective of every scene", () => {
    for (const scene of builtinScenarios) {
      for (const objective of scene.objectives) {
        expect(objective.nudge, `${scene.id}/${objective.id}`).toMatch(/^[A-Z].{10,90}[.?!]$/);
        expect(hintText(objective, 2, "A1"), `${scene.id}/${objective.id}`).toContain("…");
      }
    }
  });

  it("gives every scene 6 to 10 key words with English glosses for the report", () => {
    for (const scene of builtinScenarios) {
      expect(scene.keyWords.length, scene.id).toBeGreaterThanOrEqual(6);
      expect(scene.keyWords.length, scene.id).toBeLessThanOrEqual(10);
      for (const word of scene.keyWords) expect(word.en, `${scene.id}: ${word.de}`).toMatch(/^[A-Za-z][A-Za-z ,.'!?…-]+$/);
    }
  });
});
