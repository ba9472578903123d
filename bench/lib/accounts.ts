/** Accounts for the bench, made through the app's own endpoints: setup, sign-up, credentials sign-in, API tokens. */
export type Account = {
  name: string;
  email: string;
  password: string;
  /** Cookie header value carrying the next-auth session. */
  sessionCookie: string;
  sessionToken: string;
  /** API token for `Authorization: Bearer`. */
  token: string;
};

const PASSWORD = "Bench-Passwort 2026!";

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) throw new Error(`${what}: expected HTTP ${status}, got ${response.status}: ${await response.text()}`);
}

function cookiesFrom(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";", 1)[0] ?? "";
    const index = pair.indexOf("=");
    if (index > 0) cookies.set(pair.slice(0, index), pair.slice(index + 1));
  }
  return cookies;
}

const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** next-auth credentials sign-in without a browser: csrf cookie and token, then the callback. */
async function signIn(url: string, email: string, password: string): Promise<{ cookie: string; sessionToken: string }> {
  const csrfResponse = await fetch(`${url}/api/auth/csrf`);
  await expectStatus(csrfResponse, 200, "GET /api/auth/csrf");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = cookiesFrom(csrfResponse);
  const callback = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  for (const [name, value] of cookiesFrom(callback)) cookies.set(name, value);
  const sessionToken = cookies.get("next-auth.session-token");
  if (!sessionToken) throw new Error(`credentials sign-in for ${email} set no session cookie (HTTP ${callback.status})`);
  return { cookie: `next-auth.session-token=${sessionToken}`, sessionToken };
}

async function createToken(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ name: "bench" }),
  });
  await expectStatus(response, 201, "POST /api/v1/tokens");
  return ((await response.json()) as { token: string }).token;
}

async function register(url: string, endpoint: "setup" | "signup", name: string, email: string): Promise<Account> {
  const response = await fetch(`${url}/api/v1/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, email, password: PASSWORD }),
  });
  await expectStatus(response, 201, `POST /api/v1/${endpoint}`);
  const { cookie, sessionToken } = await signIn(url, email, PASSWORD);
  return { name, email, password: PASSWORD, sessionCookie: cookie, sessionToken, token: await createToken(url, cookie) };
}

export function createOwner(url: string): Promise<Account> {
  return register(url, "setup", "Bench Owner", "owner@bench.test");
}

/** `count` learners through open sign-up, a few at a time (each costs two argon2 runs on the server); numbered from `first`. */
export async function createLearners(url: string, count: number, { parallel = 4, first = 1 }: { parallel?: number; first?: number } = {}): Promise<Account[]> {
  const accounts: Account[] = [];
  for (let start = first - 1; start < first - 1 + count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, first - 1 + count - start) }, (_, offset) => start + offset);
    accounts.push(...(await Promise.all(batch.map((index) => register(url, "signup", `Learner ${index + 1}`, `learner${index + 1}@bench.test`)))));
  }
  return accounts;
}

/** Changes a learner's profile, as the settings page does (e.g. `{"corrections":"off"}`). */
export async function patchProfile(url: string, account: Account, change: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/api/v1/me`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${account.token}` },
    body: JSON.stringify(change),
  });
  await expectStatus(response, 200, "PATCH /api/v1/me");
}
