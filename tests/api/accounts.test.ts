import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as setup } from "@/app/api/v1/setup/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import { countUsers, getUserByEmail, normalizeEmail } from "@/db/queries/users";
import { recordLoginFailure } from "@/db/queries/login-failures";
import { LOGIN_LIMITS, loginRetryAfter, verifyCredentials } from "@/lib/auth/login";
import { apiRequest, errorCode, freshApp, params } from "../support/app";

let app: ReturnType<typeof freshApp>;
beforeEach(() => {
  app = freshApp();
});
afterEach(() => app.cleanup());

const owner = { name: "Ada", email: "Ada@Example.test", password: "ein sicheres Passwort" };

describe("first-run setup", () => {
  it("creates the owner once, then closes", async () => {
    const first = await setup(apiRequest("/api/v1/setup", { method: "POST", json: owner }), params({}));
    expect(first.status).toBe(201);
    expect(getUserByEmail({ email: "ada@example.test" })?.role).toBe("owner");
    const stored = getUserByEmail({ email: "ada@example.test" });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const second = await setup(apiRequest("/api/v1/setup", { method: "POST", json: { ...owner, email: "eve@example.test" } }), params({}));
    expect(second.status).toBe(409);
    expect(await errorCode(second)).toBe("already_set_up");
    expect(countUsers()).toBe(1);
  });

  it("rejects bad input with field errors, never a 500", async () => {
    const short = await setup(apiRequest("/api/v1/setup", { method: "POST", json: { ...owner, password: "kurz" } }), params({}));
    expect(short.status).toBe(400);
    const body = (await short.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields.password).toMatch(/at least 8/);

    const long = await setup(apiRequest("/api/v1/setup", { method: "POST", json: { ...owner, password: "x".repeat(257) } }), params({}));
    expect(long.status).toBe(400);
    const badEmail = await setup(apiRequest("/api/v1/setup", { method: "POST", json: { ...owner, email: "nope" } }), params({}));
    expect((await badEmail.json()).error.fields.email).toBeTruthy();

    const notJson = await setup(apiRequest("/api/v1/setup", { method: "POST", body: "name=a", headers: { "content-type": "application/x-www-form-urlencoded" } }), params({}));
    expect(notJson.status).toBe(415);
    const broken = await setup(apiRequest("/api/v1/setup", { method: "POST", body: "{", headers: { "content-type": "application/json" } }), params({}));
    expect(broken.status).toBe(400);
    expect(await errorCode(broken)).toBe("invalid_json");
    expect(countUsers()).toBe(0);
  });

  it("refuses a cross-site origin", async () => {
    const response = await setup(apiRequest("/api/v1/setup", { method: "POST", json: owner, headers: { origin: "https://evil.example" } }), params({}));
    expect(response.status).toBe(403);
    expect(countUsers()).toBe(0);
  });
});

describe("sign-up", () => {
  it("is closed unless ALLOW_SIGNUP is set", async () => {
    await setup(apiRequest("/api/v1/setup", { method: "POST", json: owner }), params({}));
    const response = await signup(apiRequest("/api/v1/signup", { method: "POST", json: { name: "Bo", email: "bo@example.test", password: "12345678x" } }), params({}));
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("signup_closed");
    expect(countUsers()).toBe(1);
  });
});

describe("sign-in", () => {
  const attacker = "198.51.100.7";
  const home = "203.0.113.9";
  beforeEach(async () => {
    await setup(apiRequest("/api/v1/setup", { method: "POST", json: owner }), params({}));
  });

  it("accepts the right password with any email case and refuses wrong ones alike", async () => {
    expect((await verifyCredentials("ADA@example.test", owner.password, home)).ok).toBe(true);
    expect(await verifyCredentials("ada@example.test", "wrong password", home)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("nobody@example.test", owner.password, home)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(undefined, undefined, home)).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts parallel guesses before checking them, so a burst cannot slip past the limit", async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, attempt) => verifyCredentials(owner.email, `guess-${attempt}`, attacker)));
    const checked = burst.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(LOGIN_LIMITS.emailFromAddress);
    expect(burst.filter((result) => !result.ok && result.reason === "rate_limited").length).toBeGreaterThanOrEqual(30 - LOGIN_LIMITS.emailFromAddress);
  });

  it(`locks an email from one address after ${LOGIN_LIMITS.emailFromAddress} failures, even for the right password, and not from another`, async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.emailFromAddress; attempt++) {
      expect((await verifyCredentials(owner.email, `wrong-${attempt}`, attacker)).ok).toBe(false);
    }
    const locked = await verifyCredentials(owner.email, owner.password, attacker);
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });

    const form = new URLSearchParams({ email: owner.email, password: owner.password, csrfToken: "x", json: "true" });
    const response = await authPost(
      apiRequest("/api/auth/callback/credentials", { method: "POST", body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": attacker } }),
      params({ nextauth: ["callback", "credentials"] }),
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(800);
    const body = (await response.json()) as { error: { code: string }; url: string };
    expect(body.error.code).toBe("rate_limited");
    // next-auth's signIn() parses `url` with new URL(): it must be absolute.
    expect(new URL(body.url).searchParams.get("error")).toBe("rate_limited");

    const asJson = await authPost(
      apiRequest("/api/auth/callback/credentials", { method: "POST", json: { email: owner.email, password: owner.password } }),
      params({ nextauth: ["callback", "credentials"] }),
    );
    expect(asJson.status).toBe(415);

    // The owner at home is not locked out by the stranger, and signing in leaves the stranger's count alone.
    expect(loginRetryAfter({ email: owner.email, address: home })).toBeNull();
    expect((await verifyCredentials(owner.email, owner.password, home)).ok).toBe(true);
    expect(await verifyCredentials(owner.email, owner.password, attacker)).toMatchObject({ reason: "rate_limited" });
  });

  it(`locks an address after ${LOGIN_LIMITS.address} failures across any emails`, async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.address; attempt++) {
      expect(await verifyCredentials(`guess-${attempt}@example.test`, "whatever1", attacker)).toMatchObject({ reason: "invalid" });
    }
    expect(await verifyCredentials("someone-new@example.test", "whatever1", attacker)).toMatchObject({ reason: "rate_limited" });
    expect(await verifyCredentials(owner.email, owner.password, attacker)).toMatchObject({ reason: "rate_limited" });
    expect((await verifyCredentials(owner.email, owner.password, home)).ok).toBe(true);
  });

  it(`locks an email only after ${LOGIN_LIMITS.email} failures from many addresses together`, async () => {
    const email = normalizeEmail(owner.email);
    for (let failure = 0; failure < LOGIN_LIMITS.email - 1; failure++) recordLoginFailure({ email, address: `192.0.2.${failure % 250}` });
    expect((await verifyCredentials(owner.email, owner.password, home)).ok).toBe(true);
    recordLoginFailure({ email, address: "192.0.2.251" });
    expect(await verifyCredentials(owner.email, owner.password, home)).toMatchObject({ reason: "rate_limited" });
  });
});
