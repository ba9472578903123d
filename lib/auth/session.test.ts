import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./session";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/scenarios/restaurant")).toBe("/scenarios/restaurant");
    expect(safeReturnPath("/settings?tab=tokens#new")).toBe("/settings?tab=tokens#new");
    expect(safeReturnPath(["/settings", "/x"])).toBe("/settings");
  });

  it.each(["//evil.com", "/\t/evil.com", "/\n/evil.com", "/\\evil.com", "https://evil.com", "evil.com", "", "/%09/x/../"])("refuses %j", (value) => {
    const result = safeReturnPath(value);
    expect(result === "/scenarios" || (result.startsWith("/") && !result.startsWith("//"))).toBe(true);
    expect(new URL(result, "https://alltag.example").host).toBe("alltag.example");
  });

  it("falls back when there is nothing", () => {
    expect(safeReturnPath(undefined)).toBe("/scenarios");
  });
});
