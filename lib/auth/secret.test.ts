import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "./secret";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("ensureAuthSecret", () => {
  it("generates a secret once into the data dir with mode 0600 and reuses it", () => {
    delete process.env.AUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-secret-"));
    dirs.push(dir);
    const dataDir = path.join(dir, "data");
    const first = ensureAuthSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, "auth-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureAuthSecret(dataDir)).toBe(first);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first);
  });
});
