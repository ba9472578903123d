import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { openDatabase, setDatabase, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedBuiltinScenarios } from "@/db/seed";
import { createUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { authSecret } from "@/lib/auth/secret";

export const TEST_ORIGIN = "http://localhost:3000";

/**
 * A fresh data dir with a real SQLite file built by the real migrations and seed, wired in
 * as the process database. Call before anything reads the environment.
 */
export function freshApp(): { dataDir: string; database: Db; cleanup: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-test-"));
  process.env.DATA_DIR = dataDir;
  const database = openDatabase(path.join(dataDir, "alltag.db"));
  runMigrations(database);
  seedBuiltinScenarios(database);
  setDatabase(database);
  return {
    dataDir,
    database,
    cleanup: () => {
      database.$client.close();
      setDatabase(undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// A precomputed argon2id hash of "correct horse battery": tests skip hashing cost where it is not under test.
let knownHash: string | undefined;
export async function makeUser(name: string, email = `${name.toLowerCase()}@example.test`, password = "correct horse battery"): Promise<User> {
  const { hashPassword } = await import("@/lib/auth/password");
  knownHash ??= await hashPassword(password);
  const result = createUser({ name, email, passwordHash: password === "correct horse battery" ? knownHash : await hashPassword(password) });
  if (!result.ok) throw new Error(`could not create ${email}: ${result.reason}`);
  return result.user;
}

/** A session cookie exactly as next-auth would set it after sign-in. */
export async function sessionCookie(user: User): Promise<string> {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, sessionEpoch: user.sessionEpoch }, secret: authSecret() });
  return `next-auth.session-token=${token}`;
}

type RequestOptions = { method?: string; json?: unknown; body?: string; headers?: Record<string, string>; cookie?: string; bearer?: string };

export function apiRequest(pathname: string, { method = "GET", json, body, headers = {}, cookie, bearer }: RequestOptions = {}): Request {
  const allHeaders: Record<string, string> = { host: "localhost:3000", ...headers };
  if (json !== undefined) allHeaders["content-type"] ??= "application/json";
  if (cookie) allHeaders.cookie = cookie;
  if (bearer !== undefined) allHeaders.authorization = bearer;
  return new Request(new URL(pathname, TEST_ORIGIN), { method, headers: allHeaders, body: json !== undefined ? JSON.stringify(json) : body });
}

export function params<T extends Record<string, unknown>>(value: T): { params: Promise<T> } {
  return { params: Promise.resolve(value) };
}

export async function errorCode(response: Response): Promise<string | undefined> {
  const payload = (await response.json()) as { error?: { code?: string } };
  return payload.error?.code;
}
