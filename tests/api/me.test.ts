import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteMe } from "@/app/api/v1/me/route";
import { POST as changePassword } from "@/app/api/v1/me/password/route";
import { GET as listScenarios } from "@/app/api/v1/scenarios/route";
import { POST as createToken } from "@/app/api/v1/tokens/route";
import { recordLearnerTurn, startConversation } from "@/db/queries/conversations";
import { getUserById } from "@/db/queries/users";
import { apiTokens, conversations, messages, objectiveCompletions, users, type User } from "@/db/schema";
import type { User as NextAuthUser } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { verifyPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";
import { SessionEnded } from "@/lib/auth/session-epoch";
import { confirmPassword, PASSWORD_CHECK_LIMIT, PASSWORD_CHECK_WINDOW_MS } from "@/lib/auth/password-check";
import { apiRequest, errorCode, freshApp, makeUser, params, sessionCookie, TEST_ORIGIN } from "../support/app";

const PASSWORD = "correct horse battery";

let app: ReturnType<typeof freshApp>;
let ada: User;
let bo: User;
let adaCookie: string;

beforeEach(async () => {
  app = freshApp();
  ada = await makeUser("Ada");
  bo = await makeUser("Bo");
  adaCookie = await sessionCookie(ada);
});
afterEach(() => app.cleanup());

type Init = Parameters<typeof apiRequest>[1];
const sameOrigin = { origin: TEST_ORIGIN };
const postPassword = (json: unknown, init: Init = {}) =>
  changePassword(apiRequest("/api/v1/me/password", { method: "POST", json, cookie: adaCookie, headers: sameOrigin, ...init }), params({}));
const scenariosWith = async (init: Init) => (await listScenarios(apiRequest("/api/v1/scenarios", init), params({}))).status;

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<NextAuthUser | null>;

/**
 * A credentials sign-in through our next-auth configuration: its authorize() and jwt callback,
 * encoded as next-auth encodes the session cookie. The cookie, or undefined when refused.
 */
async function signIn(email: string, password: string): Promise<string | undefined> {
  const options = authOptions();
  const { authorize } = (options.providers[0] as unknown as { options: { authorize: Authorize } }).options;
  const user = await authorize({ email, password }, { headers: {} });
  if (!user) return undefined;
  const token = await options.callbacks!.jwt!({ token: { name: user.name, email: user.email }, user, account: null });
  return `next-auth.session-token=${await encode({ token, secret: authSecret() })}`;
}

/** What next-auth's jwt callback makes of a session cookie when a page or /api/auth/session reads it. */
async function refreshed(cookie: string) {
  const token = await decode({ token: cookie.slice(cookie.indexOf("=") + 1), secret: authSecret() });
  return authOptions().callbacks!.jwt!({ token: token!, user: undefined as never, account: null });
}

const deleteAccount = (json: unknown, init: Init = {}) => deleteMe(apiRequest("/api/v1/me", { method: "DELETE", json, cookie: adaCookie, headers: sameOrigin, ...init }), params({}));

/** A round with a learner message, an earned objective and a reply, plus an API token: everything an account owns. */
async function playSomething(user: User, cookie: string): Promise<void> {
  const conversation = startConversation({ userId: user.id, scenarioId: "restaurant", openingLine: "Guten Abend!" });
  recordLearnerTurn({ conversationId: conversation.id, content: "Guten Tag!", objectiveCount: 5, judge: () => [{ objectiveId: "greet", evidence: "Guten Tag", points: 20 }] });
  const token = await createToken(apiRequest("/api/v1/tokens", { method: "POST", json: { name: "script" }, cookie, headers: sameOrigin }), params({}));
  expect(token.status).toBe(201);
}

function rowsOf(userId: string) {
  const tokens = app.database.select().from(apiTokens).all().filter((row) => row.userId === userId).length;
  const rounds = app.database.select().from(conversations).all().filter((row) => row.userId === userId);
  const ids = new Set(rounds.map((row) => row.id));
  return {
    tokens,
    conversations: rounds.length,
    messages: app.database.select().from(messages).all().filter((row) => ids.has(row.conversationId)).length,
    completions: app.database.select().from(objectiveCompletions).all().filter((row) => ids.has(row.conversationId)).length,
  };
}

describe("POST /api/v1/me/password", () => {
  it("changes the password when the current one is right", async () => {
    const response = await postPassword({ current_password: PASSWORD, new_password: "ein neues Passwort" });
    expect(response.status).toBe(204);
    const stored = getUserById({ id: ada.id })!;
    expect(await verifyPassword(stored.passwordHash, "ein neues Passwort")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
  });

  it("ends every other session, keeps this browser signed in, and leaves API tokens working", async () => {
    const laptop = await sessionCookie(ada);
    const bosCookie = await sessionCookie(bo);
    const token = await createToken(apiRequest("/api/v1/tokens", { method: "POST", json: { name: "script" }, cookie: adaCookie, headers: sameOrigin }), params({}));
    const { token: secret } = (await token.json()) as { token: string };
    // A session from before epochs (none in its token) lasts only until the first change.
    const undated = `next-auth.session-token=${await encode({ token: { sub: ada.id }, secret: authSecret() })}`;
    expect(await scenariosWith({ cookie: undated })).toBe(200);

    const response = await postPassword({ current_password: PASSWORD, new_password: "ein neues Passwort" });
    expect(response.status).toBe(204);
    const renewed = response.headers.get("set-cookie") ?? "";
    expect(renewed).toMatch(/^next-auth\.session-token=[^;]+; Path=\/; Expires=[^;]+; Max-Age=2592000; HttpOnly; SameSite=Lax$/);

    expect(await scenariosWith({ cookie: renewed.split(";")[0] })).toBe(200);
    for (const old of [adaCookie, laptop, undated]) {
      const refused = await listScenarios(apiRequest("/api/v1/scenarios", { cookie: old }), params({}));
      expect(refused.status).toBe(401);
      expect(await errorCode(refused)).toBe("unauthorized");
    }
    expect(await scenariosWith({ cookie: bosCookie })).toBe(200);
    expect(await scenariosWith({ bearer: `Bearer ${secret}` })).toBe(200);
  });

  it("ends a sign-in with the old password that races the change", async () => {
    // Sign-ins with the old password keep starting until the change has landed; each is checked
    // against the row it read, so whichever got through carries the old epoch.
    let changed = false;
    const change = postPassword({ current_password: PASSWORD, new_password: "ein neues Passwort" }).then((response) => {
      changed = true;
      return response;
    });
    const racing: Promise<string | undefined>[] = [];
    while (!changed) {
      racing.push(signIn(ada.email, PASSWORD));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await change).status).toBe(204);
    const sessions = (await Promise.all(racing)).filter((cookie) => cookie !== undefined);
    expect(sessions.length).toBeGreaterThan(0);
    for (const cookie of sessions) expect(await scenariosWith({ cookie })).toBe(401);
    expect(await signIn(ada.email, PASSWORD)).toBeUndefined();
    const fresh = await signIn(ada.email, "ein neues Passwort");
    expect(await scenariosWith({ cookie: fresh! })).toBe(200);
  });

  it("makes next-auth refuse an ended session when a page or /api/auth/session reads it, which clears its cookie", async () => {
    const other = await sessionCookie(ada);
    expect((await refreshed(other)).sub).toBe(ada.id);
    const response = await postPassword({ current_password: PASSWORD, new_password: "ein neues Passwort" });
    await expect(refreshed(other)).rejects.toBeInstanceOf(SessionEnded);
    expect((await refreshed((response.headers.get("set-cookie") ?? "").split(";")[0]!)).sub).toBe(ada.id);
  });

  it("keeps every session after a refused change", async () => {
    expect((await postPassword({ current_password: "not it", new_password: "ein neues Passwort" })).status).toBe(403);
    expect(await scenariosWith({ cookie: adaCookie })).toBe(200);
    expect(getUserById({ id: ada.id })!.sessionEpoch).toBe(0);
  });

  it("refuses a wrong current password with 403 JSON and a field error, and keeps the old one", async () => {
    const response = await postPassword({ current_password: "not it", new_password: "ein neues Passwort" });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("wrong_password");
    expect(body.error.fields.current_password).toMatch(/not your current password/);
    expect(await verifyPassword(getUserById({ id: ada.id })!.passwordHash, PASSWORD)).toBe(true);
  });

  it("validates input: short or missing new password, non-JSON, oversized", async () => {
    const short = await postPassword({ current_password: PASSWORD, new_password: "kurz" });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { fields: Record<string, string> } }).error.fields.new_password).toMatch(/at least 8/);
    expect((await postPassword({ current_password: PASSWORD })).status).toBe(400);
    expect((await postPassword({ current_password: PASSWORD, new_password: "x".repeat(257) })).status).toBe(400);
    expect((await postPassword(undefined, { body: "current_password=x", headers: { ...sameOrigin, "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect((await postPassword(undefined, { body: "{", headers: { ...sameOrigin, "content-type": "application/json" } })).status).toBe(400);
  });

  it("slows guessing: after the limit even the right password waits, with Retry-After; other users are not affected", async () => {
    for (let attempt = 0; attempt < PASSWORD_CHECK_LIMIT; attempt++) {
      expect((await postPassword({ current_password: `guess ${attempt}`, new_password: "ein neues Passwort" })).status).toBe(403);
    }
    const limited = await postPassword({ current_password: PASSWORD, new_password: "ein neues Passwort" });
    expect(limited.status).toBe(429);
    expect(await errorCode(limited)).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await verifyPassword(getUserById({ id: ada.id })!.passwordHash, PASSWORD)).toBe(true);

    const boChange = await changePassword(
      apiRequest("/api/v1/me/password", { method: "POST", json: { current_password: PASSWORD, new_password: "ein neues Passwort" }, cookie: await sessionCookie(bo), headers: sameOrigin }),
      params({}),
    );
    expect(boChange.status).toBe(204);
  });

  it("lifts the limit once the window has passed", async () => {
    const start = Date.now();
    for (let attempt = 0; attempt < PASSWORD_CHECK_LIMIT; attempt++) await expect(confirmPassword(ada, "guess", start)).rejects.toMatchObject({ code: "wrong_password" });
    await expect(confirmPassword(ada, PASSWORD, start + PASSWORD_CHECK_WINDOW_MS - 1000)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(confirmPassword(ada, PASSWORD, start + PASSWORD_CHECK_WINDOW_MS + 1)).resolves.toBeUndefined();
  });

  it("takes only a same-origin session: no token, no cross-site request, no anonymous call", async () => {
    const json = { current_password: PASSWORD, new_password: "ein neues Passwort" };
    expect((await postPassword(json, { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await postPassword(json, { cookie: undefined, headers: sameOrigin })).status).toBe(401);
    const viaToken = await postPassword(json, { cookie: undefined, bearer: "Bearer alltag_" + "a".repeat(43) });
    expect(viaToken.status).toBe(401);
    expect(await errorCode(viaToken)).toBe("session_required");
    expect(await verifyPassword(getUserById({ id: ada.id })!.passwordHash, PASSWORD)).toBe(true);
  });
});

describe("DELETE /api/v1/me", () => {
  it("deletes the account with every row it owns, ends the session, and leaves other learners alone", async () => {
    await playSomething(ada, adaCookie);
    await playSomething(bo, await sessionCookie(bo));
    expect(rowsOf(ada.id)).toMatchObject({ tokens: 1, conversations: 1, messages: 3, completions: 1 });

    const response = await deleteAccount({ password: PASSWORD });
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie();
    expect(cleared.some((cookie) => /^next-auth\.session-token=;.*Max-Age=0/.test(cookie))).toBe(true);

    expect(getUserById({ id: ada.id })).toBeUndefined();
    expect(rowsOf(ada.id)).toMatchObject({ tokens: 0, conversations: 0, messages: 0, completions: 0 });
    expect(rowsOf(bo.id)).toMatchObject({ tokens: 1, conversations: 1, messages: 3, completions: 1 });
    // The old cookie no longer opens anything.
    expect((await listScenarios(apiRequest("/api/v1/scenarios", { cookie: adaCookie }), params({}))).status).toBe(401);
  });

  it("hands the owner role to the longest-standing remaining learner", async () => {
    expect(ada.role).toBe("owner");
    expect((await deleteAccount({ password: PASSWORD })).status).toBe(204);
    const roles = app.database.select({ id: users.id, role: users.role }).from(users).all();
    expect(roles).toEqual([{ id: bo.id, role: "owner" }]);
  });

  it("refuses without the right password, keeping everything", async () => {
    await playSomething(ada, adaCookie);
    const wrong = await deleteAccount({ password: "not it" });
    expect(wrong.status).toBe(403);
    expect(await errorCode(wrong)).toBe("wrong_password");
    const missing = await deleteAccount({});
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe("invalid_input");
    expect((await deleteAccount(undefined, { body: "", headers: { ...sameOrigin, "content-type": "application/json" } })).status).toBe(400);
    expect(getUserById({ id: ada.id })).toBeDefined();
    expect(rowsOf(ada.id)).toMatchObject({ tokens: 1, conversations: 1, messages: 3 });
  });

  it("takes only a same-origin session", async () => {
    expect((await deleteAccount({ password: PASSWORD }, { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await deleteAccount({ password: PASSWORD }, { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    expect((await deleteAccount({ password: PASSWORD }, { cookie: undefined })).status).toBe(401);
    expect((await deleteAccount({ password: PASSWORD }, { cookie: undefined, bearer: "Bearer alltag_" + "a".repeat(43) })).status).toBe(401);
    expect(getUserById({ id: ada.id })).toBeDefined();
  });
});
