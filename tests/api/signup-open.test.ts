import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as setup } from "@/app/api/v1/setup/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import { getUserByEmail } from "@/db/queries/users";
import { apiRequest, errorCode, freshApp, params } from "../support/app";

let app: ReturnType<typeof freshApp>;
beforeEach(() => {
  process.env.ALLOW_SIGNUP = "true";
  app = freshApp();
});
afterEach(() => {
  app.cleanup();
  delete process.env.ALLOW_SIGNUP;
});

const post = (json: unknown) => signup(apiRequest("/api/v1/signup", { method: "POST", json }), params({}));

describe("open sign-up (ALLOW_SIGNUP=true)", () => {
  it("needs the owner first, then creates learners and refuses a taken email", async () => {
    expect(await errorCode(await post({ name: "Bo", email: "bo@example.test", password: "12345678x" }))).toBe("forbidden");
    await setup(apiRequest("/api/v1/setup", { method: "POST", json: { name: "Ada", email: "ada@example.test", password: "ein sicheres Passwort" } }), params({}));

    const created = await post({ name: "Bo", email: "Bo@Example.test", password: "12345678x" });
    expect(created.status).toBe(201);
    expect(getUserByEmail({ email: "bo@example.test" })?.role).toBe("learner");

    const taken = await post({ name: "Bo again", email: "bo@example.test", password: "12345678x" });
    expect(taken.status).toBe(409);
    expect(await errorCode(taken)).toBe("email_taken");
  });
});
