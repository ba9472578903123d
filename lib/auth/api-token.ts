import { createHash, randomBytes } from "node:crypto";

const PREFIX = "alltag_";
// 32 random bytes = 256 bits, base64url: 43 characters.
const TOKEN_PATTERN = /^alltag_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
