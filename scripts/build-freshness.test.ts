import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildDecision, HASH_FILE, recordBuild, sourceFiles, sourceHash } from "./build-freshness.mjs";

let root: string;

function write(relative: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
}

/** A project tree as `next build` leaves it, with the hash of its sources recorded. */
function builtProject(): void {
  write("app/page.tsx", "export default function Home() { return null; }\n");
  write("lib/engine/turn.ts", "export const turn = 1;\n");
  write("lib/engine/turn.test.ts", "test\n");
  write("db/migrations/0000_init.sql", "create table t (id text);\n");
  write("public/icon.svg", "<svg/>\n");
  write("package.json", JSON.stringify({ scripts: {} }));
  write("package-lock.json", '{"lockfileVersion":3}\n');
  write("tests/e2e/scene.e2e.ts", "test\n");
  write("bench/run.ts", "bench\n");
  write("data/alltag.db", "rows\n");
  write(".next/BUILD_ID", "abc\n");
  recordBuild(root, sourceHash(root));
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-freshness-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("whether npm start must build", () => {
  it("builds when there is no build", () => {
    write("app/page.tsx", "x");
    expect(buildDecision(root)).toEqual({ rebuild: true, reason: expect.stringContaining("no production build yet") });
  });

  it("serves a build made from the sources on disk, without building", () => {
    builtProject();
    expect(buildDecision(root)).toEqual({ rebuild: false });
  });

  it("rebuilds after a pull changed a source file, and says so", () => {
    builtProject();
    write("lib/engine/turn.ts", "export const turn = 2;\n");
    expect(buildDecision(root)).toEqual({ rebuild: true, reason: "the code changed since the last build: rebuilding…" });
  });

  it.each([["a new page", "app/settings/page.tsx"], ["the lock file", "package-lock.json"], ["a migration", "db/migrations/0001_next.sql"], ["a static file", "public/icon.svg"]])(
    "rebuilds after %s changed",
    (_what, file) => {
      builtProject();
      write(file, "changed\n");
      expect(buildDecision(root).rebuild).toBe(true);
    },
  );

  it("rebuilds a build that has no recorded hash (made before updating, or by `next build` alone)", () => {
    builtProject();
    fs.rmSync(path.join(root, HASH_FILE));
    expect(buildDecision(root)).toEqual({ rebuild: true, reason: expect.stringContaining("no record of its sources") });
  });

  it("ignores tests, benchmarks, data and a touched-but-unchanged file", () => {
    builtProject();
    write("lib/engine/turn.test.ts", "a changed test\n");
    write("tests/e2e/scene.e2e.ts", "changed\n");
    write("bench/run.ts", "changed\n");
    write("data/alltag.db", "more rows\n");
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "app/page.tsx"), later, later);
    expect(buildDecision(root)).toEqual({ rebuild: false });
    expect(sourceFiles(root)).not.toContain("lib/engine/turn.test.ts");
  });

  it("does not rebuild for a new npm script, but does for a new dependency", () => {
    builtProject();
    write("package.json", JSON.stringify({ scripts: { backup: "node scripts/backup.mjs" } }));
    expect(buildDecision(root)).toEqual({ rebuild: false });
    write("package.json", JSON.stringify({ scripts: { backup: "node scripts/backup.mjs" }, dependencies: { zod: "^4" } }));
    expect(buildDecision(root).rebuild).toBe(true);
  });

  it("tells a renamed file from the same bytes under its old name", () => {
    builtProject();
    fs.renameSync(path.join(root, "lib/engine/turn.ts"), path.join(root, "lib/engine/turns.ts"));
    expect(buildDecision(root).rebuild).toBe(true);
  });
});
