import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as listScenarios } from "@/app/api/v1/scenarios/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { apiTokens, type User } from "@/db/schema";
import { apiRequest, errorCode, freshApp, makeUser, params, sessionCookie } from "../support/app";

let app: ReturnType<typeof freshApp>;
let ada: User;
let bo: User;
let adaCookie: string;
let boCookie: string;

beforeEach(async () => {
  app = freshApp();
  ada = await makeUser("Ada");
  bo = await makeUser("Bo");
  adaCookie = await sessionCookie(ada);
  boCookie = await sessionCookie(bo);
});
afterEach(() => app.cleanup());

async function create(cookie: string, name = "laptop"): Promise<{ id: string; token: string; last_four: string }> {
  const response = await createToken(apiRequest("/api/v1/tokens", { method: "POST", json: { name }, cookie, headers: { origin: "http://localhost:3000" } }), params({}));
  expect(response.status).toBe(201);
  return response.json();
}

const scenarios = (bearer?: string, cookie?: string) => listScenarios(apiRequest("/api/v1/scenarios", { bearer, cookie }), params({}));

describe("API tokens", () => {
  it("creates a token shown once, stored only as a hash, that authenticates /api/v1", async () => {
    const created = await create(adaCookie);
    expect(created.token).toMatch(/^alltag_[A-Za-z0-9_-]{43}$/);
    expect(created.last_four).toBe(created.token.slice(-4));
    const row = app.database.select().from(apiTokens).get();
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await (await listTokens(apiRequest("/api/v1/tokens", { cookie: adaCookie }), params({}))).json();
    expect(listed.tokens).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const response = await scenarios(`Bearer ${created.token}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { scenarios: { id: string; title: string }[] };
    expect(body.scenarios.map((scenario) => scenario.title)).toContain("Im Restaurant");
    const used = await (await listTokens(apiRequest("/api/v1/tokens", { cookie: adaCookie }), params({}))).json();
    expect(used.tokens[0].last_used_at).not.toBeNull();
  });

  it("fails at once after revocation", async () => {
    const created = await create(adaCookie);
    expect((await scenarios(`Bearer ${created.token}`)).status).toBe(200);
    const revoked = await revokeToken(apiRequest(`/api/v1/tokens/${created.id}`, { method: "DELETE", cookie: adaCookie }), params({ id: created.id }));
    expect(revoked.status).toBe(204);
    const after = await scenarios(`Bearer ${created.token}`);
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe("unauthorized");
  });

  it("answers malformed Authorization headers with 401 JSON, never 500", async () => {
    for (const header of ["Bearer %%", "Bearer", "Bearer ", "Basic YWRhOnB3", "bearer x", `Bearer ${"a".repeat(20_000)}`, "Bearer alltag_" + "!".repeat(43), "Bearer a b"]) {
      const response = await scenarios(header);
      expect(response.status, header.slice(0, 20)).toBe(401);
      expect(await errorCode(response)).toBe("unauthorized");
    }
    // A valid session cookie does not rescue a bad bearer header: the header decides alone.
    expect((await scenarios("Bearer nope", adaCookie)).status).toBe(401);
    expect((await scenarios(undefined, adaCookie)).status).toBe(200);
    expect((await scenarios()).status).toBe(401);
  });

  it("manages tokens only with the session cookie, never with a token", async () => {
    const created = await create(adaCookie);
    const viaToken = await listTokens(apiRequest("/api/v1/tokens", { bearer: `Bearer ${created.token}` }), params({}));
    expect(viaToken.status).toBe(401);
    expect(await errorCode(viaToken)).toBe("session_required");
    const createViaToken = await createToken(apiRequest("/api/v1/tokens", { method: "POST", json: { name: "x" }, bearer: `Bearer ${created.token}` }), params({}));
    expect(createViaToken.status).toBe(401);
  });

  it("keeps users apart: nobody lists or revokes another user's token", async () => {
    const adas = await create(adaCookie, "ada's");
    await create(boCookie, "bo's");
    const boList = await (await listTokens(apiRequest("/api/v1/tokens", { cookie: boCookie }), params({}))).json();
    expect(boList.tokens.map((token: { name: string }) => token.name)).toEqual(["bo's"]);

    const steal = await revokeToken(apiRequest(`/api/v1/tokens/${adas.id}`, { method: "DELETE", cookie: boCookie }), params({ id: adas.id }));
    expect(steal.status).toBe(404);
    expect((await scenarios(`Bearer ${adas.token}`)).status).toBe(200);
  });

  it("validates input and refuses cross-site and non-JSON requests", async () => {
    const post = (init: Parameters<typeof apiRequest>[1]) => createToken(apiRequest("/api/v1/tokens", { method: "POST", cookie: adaCookie, ...init }), params({}));
    expect((await post({ json: { name: "  " } })).status).toBe(400);
    expect((await post({ json: { name: "x".repeat(101) } })).status).toBe(400);
    expect((await post({ json: { name: "x" }, headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await post({ body: "name=x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await post({ json: { name: "ok" } })).status).toBe(201);
    expect((await createToken(apiRequest("/api/v1/tokens", { method: "POST", json: { name: "x" } }), params({}))).status).toBe(401);
  });
});
