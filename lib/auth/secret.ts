import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensurePrivateDir } from "@/lib/private-files";

const SECRET_FILE = "auth-secret";

/**
 * The secret that signs session cookies: from the environment if given, otherwise generated
 * once into the data directory (mode 0600) and reused on every start.
 */
export function ensureAuthSecret(dataDir = env().DATA_DIR): string {
  const fromEnv = env().AUTH_SECRET ?? env().NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.resolve(dataDir, SECRET_FILE);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  ensurePrivateDir(path.dirname(file));
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx" fails if another process won the race; then read theirs.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}

let cached: string | undefined;
export function authSecret(): string {
  cached ??= ensureAuthSecret();
  return cached;
}
