import "server-only";
import fs from "node:fs";

// The data directory holds the password hashes, the conversations and the session secret: owner only.

/** Creates the directory, or tightens an existing one, to mode 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  restrict(dir, 0o700);
}

/** Creates the file empty if it is missing; either way leaves it at mode 0600. */
export function ensurePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, "a", 0o600));
  restrict(file, 0o600);
}

/** Tightens a file to mode 0600 if it exists. */
export function restrictIfPresent(file: string): void {
  if (fs.existsSync(file)) restrict(file, 0o600);
}

function restrict(target: string, mode: number): void {
  if ((fs.statSync(target).mode & 0o777) === mode) return;
  try {
    fs.chmodSync(target, mode);
  } catch (error) {
    // Not ours to change (a directory the admin made and owns): say so rather than refuse to start.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    console.warn(`[alltag] cannot restrict ${target} to mode ${mode.toString(8)}: it belongs to another user`);
  }
}
