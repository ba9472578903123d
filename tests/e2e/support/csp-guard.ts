import { afterEach, expect } from "vitest";
import { takeCspViolations } from "./browser";

// Every browser test runs under the app's Content-Security-Policy and fails on any violation a page reported.
afterEach(() => {
  expect(takeCspViolations(), "Content-Security-Policy violations reported by the browser").toEqual([]);
});
