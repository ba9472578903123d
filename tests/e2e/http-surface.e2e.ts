import http from "node:http";
import net from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "../support/fake-ollama";
import { DESKTOP, launchBrowser, takeCspViolations } from "./support/browser";
import { OWNER } from "./support/flows";
import { startAppServer, type AppServer } from "./support/server";

// What reaches `next start` from outside, before and around our handlers: bad paths, headers, sign-in limits.

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One raw request; `from` picks the local address (any 127.x works on Linux), i.e. another client. */
function send(path: string, { method = "GET", headers = {}, body, from = "127.0.0.1" }: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${app.url}${path}`, { method, headers, localAddress: from }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** next-auth's credentials sign-in as the login form does it: CSRF token first, then the form. */
async function signIn(email: string, password: string, { from = "127.0.0.1", forwardedFor }: { from?: string; forwardedFor?: string } = {}): Promise<{ status: number; cookie?: string }> {
  const csrf = await send("/api/auth/csrf", { from });
  const csrfCookie = (csrf.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
  const form = new URLSearchParams({ email, password, csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, json: "true" });
  const answer = await send("/api/auth/callback/credentials", {
    method: "POST",
    from,
    body: form.toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: app.url, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
  });
  const session = (answer.headers["set-cookie"] ?? []).find((cookie) => cookie.startsWith("next-auth.session-token="));
  return { status: answer.status, cookie: session?.split(";")[0] };
}

let fake: FakeOllama;
let app: AppServer;
let browser: Browser;
let ownerCookie: string;

beforeAll(async () => {
  fake = await startFakeOllama();
  app = await startAppServer({ ollamaUrl: fake.url });
  browser = await launchBrowser();
  const setup = await send("/api/v1/setup", { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: JSON.stringify(OWNER) });
  expect(setup.status).toBe(201);
  ownerCookie = (await signIn(OWNER.email, OWNER.password)).cookie ?? "";
  expect(ownerCookie).toMatch(/^next-auth\.session-token=/);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await fake?.close();
});

const json = (answer: Answer) => JSON.parse(answer.body) as { error: { code: string; message: string } };

describe("paths no handler can take", () => {
  it.each([
    ["GET", "/api/v1/scenarios/%C3%28"],
    ["POST", "/api/v1/scenarios/%C3%28/start"],
    ["POST", "/api/v1/scenarios/%C3%28/message"],
    ["POST", "/api/v1/scenarios/%C3%28/message/stream"],
    ["GET", "/api/v1/conversations/%C3%28"],
    ["DELETE", "/api/v1/tokens/%E0%A4%A"],
    ["GET", "/api/auth/%FF"],
  ])("%s %s with broken percent-encoding is a 400 JSON error", async (method, path) => {
    const answer = await send(path, { method, headers: { cookie: ownerCookie, origin: app.url, "content-type": "application/json" }, body: method === "POST" ? '{"message":"Hallo"}' : undefined });
    expect(answer.status).toBe(400);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(json(answer).error.code).toBe("invalid_input");
  });

  it.each([
    ["GET", "/api/v1/nope"],
    ["GET", "/api/v1"],
    ["DELETE", "/api/v1/scenarios/restaurant/extra/parts"],
    ["POST", "/api/v1/scenarios/%2e%2e/message/stream"],
    ["GET", "/api/v1/conversations/%2E%2E/%2e%2e/nope"],
  ])("%s %s is a 404 JSON not_found", async (method, path) => {
    const answer = await send(path, { method, headers: { cookie: ownerCookie, origin: app.url, "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    expect(answer.status).toBe(404);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(json(answer).error.code).toBe("not_found");
  });

  it("answers an id of %2e%2e in a GET with JSON too, after Next's trailing-slash redirect", async () => {
    const answer = await fetch(`${app.url}/api/v1/scenarios/%2e%2e`, { headers: { cookie: ownerCookie } });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});

describe("security headers", () => {
  function expectSecurityHeaders(answer: Answer, { page = false } = {}): string {
    const policy = String(answer.headers["content-security-policy"] ?? "");
    expect(policy).toContain(page ? "default-src 'self'" : "default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["referrer-policy"]).toBe("same-origin");
    // Plain http, and a client's own X-Forwarded-Proto counts for nothing without TRUST_PROXY.
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
    return policy;
  }

  it("come on pages, with a fresh nonce that Next puts on its scripts", async () => {
    const first = await send("/login", { headers: { "x-forwarded-proto": "https" } });
    const second = await send("/login");
    expect(first.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(expectSecurityHeaders(first, { page: true }))?.[1];
    expect(nonce).toBeTruthy();
    expect(first.body).toContain(`nonce="${nonce}"`);
    expect(/<script(?![^>]*nonce=)[^>]*>/.exec(first.body)).toBeNull();
    expect(/'nonce-([^']+)'/.exec(expectSecurityHeaders(second, { page: true }))?.[1]).not.toBe(nonce);
  });

  it("come on API answers and errors", async () => {
    expectSecurityHeaders(await send("/api/v1/health"));
    expectSecurityHeaders(await send("/api/v1/scenarios", { headers: { cookie: ownerCookie } }));
    expectSecurityHeaders(await send("/api/v1/nope"));
    expectSecurityHeaders(await send("/api/v1/scenarios/%C3%28"));
    // An upload does not pass the proxy: its answer gets the same headers from next.config.ts.
    expectSecurityHeaders(await send("/api/v1/setup", { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: "{}" }));
    expectSecurityHeaders(await send("/api/v1/scenarios/%C3%28/start", { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: "{}" }));
  });

  it("come on a reply stream, which still sends its first byte before the model's first token", async () => {
    fake.setDefault({ text: "Guten Tag!", firstChunkDelayMs: 1500 });
    const chatsBefore = fake.requests.length;
    const response = await fetch(`${app.url}/api/v1/scenarios/restaurant/message/stream`, {
      method: "POST",
      headers: { cookie: ownerCookie, origin: app.url, "content-type": "application/json" },
      body: JSON.stringify({ message: "Guten Tag!" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first.length).toBeGreaterThan(0);
    // The first byte came through while the fake model was still holding its first token.
    const chats = fake.requests.slice(chatsBefore).filter((request) => request.path === "/api/chat");
    expect(chats.every((request) => request.tokensSent === 0)).toBe(true);
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(first + rest).toContain('"type":"complete"');
    fake.reset();
  });

  it("hold in the browser: pages run without violations, and an injected handler or foreign image is refused and reported", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${app.url}/login`);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Password").fill(OWNER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/scenarios$/);
    await page.goto(`${app.url}/scenarios/restaurant`);
    await expect.poll(() => page.getByRole("textbox").count()).toBeGreaterThan(0);
    expect(takeCspViolations()).toEqual([]);

    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img alt="" src="/no-such-image.png" onerror="window.__injected = true">');
      new Image().src = "http://127.0.0.2:9/tracker.png";
    });
    let reported = "";
    const refused = () => {
      reported += takeCspViolations().join("\n");
      return /script-src/.test(reported) && /img-src/.test(reported);
    };
    await expect.poll(refused, { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await page.context().close();
  });
});

describe("sign-in limits", () => {
  it("keep the owner able to sign in while another address hammers their email, even one that fakes X-Forwarded-For", async () => {
    const attempts = [];
    for (let attempt = 0; attempt < 14; attempt++) {
      attempts.push((await signIn(OWNER.email, `guess-${attempt}`, { from: "127.0.0.2", forwardedFor: `10.0.0.${attempt}` })).status);
    }
    // Ten wrong guesses from one address are checked, the rest refused however the header is faked.
    expect(attempts.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(attempts.slice(10)).toEqual([429, 429, 429, 429]);
    expect((await signIn(OWNER.email, OWNER.password, { from: "127.0.0.2" })).status).toBe(429);

    const owner = await signIn(OWNER.email, OWNER.password, { from: "127.0.0.1" });
    expect(owner.status).toBe(200);
    expect(owner.cookie).toMatch(/^next-auth\.session-token=/);
  });
});

describe("an upload the client cuts off", () => {
  it("is logged as one informational line, with no stack trace", async () => {
    const logsBefore = app.logs().length;
    const socket = net.connect(app.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const body = '{"message": "Guten Tag, ich hätte gern';
    socket.write(
      [
        "POST /api/v1/scenarios/restaurant/message HTTP/1.1",
        `Host: 127.0.0.1:${app.port}`,
        `Origin: ${app.url}`,
        `Cookie: ${ownerCookie}`,
        "Content-Type: application/json",
        "Content-Length: 4000",
        "",
        body,
      ].join("\r\n"),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    socket.destroy();
    await expect.poll(() => app.logs().slice(logsBefore), { timeout: 5000 }).toContain("the client closed the connection before its body arrived");
    const logged = app.logs().slice(logsBefore);
    expect(logged).not.toMatch(/failed:|\n\s+at /);
    expect(logged.trim().split("\n")).toHaveLength(1);
  });
});
