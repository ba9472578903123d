import { describe, expect, it } from "vitest";
import { scrolledUpByLearner } from "./follow-scroll";

describe("scrolledUpByLearner", () => {
  it("is true when the view sits above where the page last put it, short of the end", () => {
    expect(scrolledUpByLearner({ scrollTop: 100, autoTop: 534, maxTop: 534 })).toBe(true);
  });

  it("is false when shrinking content pulled the view down to the new end", () => {
    // The typing line (40 px) gave way to a first word on a shorter line: the end moved up 18 px.
    expect(scrolledUpByLearner({ scrollTop: 516, autoTop: 534, maxTop: 516 })).toBe(false);
  });

  it("is false at or below the last automatic position, and within two pixels of it", () => {
    expect(scrolledUpByLearner({ scrollTop: 534, autoTop: 534, maxTop: 600 })).toBe(false);
    expect(scrolledUpByLearner({ scrollTop: 533, autoTop: 534, maxTop: 600 })).toBe(false);
  });
});
