// Whether .next was built from the sources now on disk: a hash of everything that goes into the
// build, recorded beside it, so `git pull && npm start` rebuilds exactly when the code changed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Folders whose files are compiled into the build or served by it. */
export const SOURCE_DIRS = ["app", "lib", "db", "public"];
/** Single files that change what `next build` produces. */
export const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "tsconfig.json",
  "instrumentation.ts",
  "middleware.ts",
  "proxy.ts",
  "postcss.config.mjs",
];
/** Tests sit beside their sources but never reach the build. */
const IGNORED_FILE = /\.(test|e2e)\.(ts|tsx|mts)$/;
export const HASH_FILE = path.join(".next", "alltag-source-hash");

/** Relative paths of every source file under `root`, sorted so the hash does not depend on readdir order. */
export function sourceFiles(root) {
  const found = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !IGNORED_FILE.test(entry.name)) found.push(child);
    }
  };
  for (const dir of SOURCE_DIRS) if (fs.existsSync(path.join(root, dir))) walk(dir);
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) found.push(file);
  return found.sort();
}

/** sha256 over each source file's path and bytes. */
export function sourceHash(root) {
  const hash = createHash("sha256");
  for (const file of sourceFiles(root)) {
    // The path and a separator keep "a"+"bc" and "ab"+"c" apart.
    hash.update(`${file}\0`);
    hash.update(file === "package.json" ? packageJsonForBuild(root) : fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** package.json without its scripts: adding an npm script changes nothing `next build` makes. */
function packageJsonForBuild(root) {
  const text = fs.readFileSync(path.join(root, "package.json"), "utf8");
  try {
    const manifest = JSON.parse(text);
    delete manifest.scripts;
    return JSON.stringify(manifest);
  } catch {
    return text;
  }
}

/**
 * What `npm start` should do with the build in `root/.next`:
 * { rebuild: false } when it matches `hash`, else { rebuild: true, reason } with the line to print.
 */
export function buildDecision(root, hash = sourceHash(root)) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    return { rebuild: true, reason: "no production build yet: running `next build` (a minute or two)…" };
  }
  const recorded = readRecordedHash(root);
  if (recorded === hash) return { rebuild: false };
  if (recorded === undefined) return { rebuild: true, reason: "the build has no record of its sources: rebuilding…" };
  return { rebuild: true, reason: "the code changed since the last build: rebuilding…" };
}

export function readRecordedHash(root) {
  try {
    return fs.readFileSync(path.join(root, HASH_FILE), "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Called after a successful build with the hash taken before it began, so edits made during the build count as changes. */
export function recordBuild(root, hash) {
  fs.writeFileSync(path.join(root, HASH_FILE), `${hash}\n`);
}
