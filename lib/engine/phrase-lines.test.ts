import { describe, expect, it } from "vitest";
import { phraseDone } from "./phrase-lines";

const objectives = [
  { id: "ask_bill", patterns: ["rechnung"] },
  { id: "pay", patterns: ["karte"] },
  { id: "say_goodbye", patterns: ["tschüss"], after: ["ask_bill", "pay"] },
];

describe("phraseDone", () => {
  it("judges a line as if the prerequisites of what it earns were met", () => {
    expect([...phraseDone({ earns: ["say_goodbye"], message: "Tschüss!" }, objectives)]).toEqual(["ask_bill", "pay"]);
    expect([...phraseDone({ earns: [], message: "Tschüss!" }, objectives)]).toEqual([]);
  });

  it("leaves them open where the line earns one of them itself", () => {
    expect([...phraseDone({ earns: ["pay", "say_goodbye"], message: "Mit Karte. Tschüss!" }, objectives)]).toEqual([]);
  });
});
