import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./client";
import { runMigrations } from "./migrate";

const dirs: string[] = [];
const databases: Db[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.$client.close());
  dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

function scratchDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-modes-"));
  dirs.push(dir);
  return dir;
}

const modeOf = (target: string) => fs.statSync(target).mode & 0o777;

function openAndWrite(file: string): void {
  const database = openDatabase(file);
  databases.push(database);
  runMigrations(database); // writes, so the -wal and -shm files exist
}

describe("database file modes", () => {
  it("creates a fresh data dir 0700 and the database with its -wal and -shm 0600", () => {
    const dataDir = path.join(scratchDir(), "data");
    const file = path.join(dataDir, "alltag.db");
    openAndWrite(file);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const target of [file, `${file}-wal`, `${file}-shm`]) expect([target, modeOf(target)]).toEqual([target, 0o600]);
  });

  it("tightens an existing data dir and files that everyone could read", () => {
    const dataDir = path.join(scratchDir(), "data");
    const file = path.join(dataDir, "alltag.db");
    openAndWrite(file);
    databases.splice(0).forEach((database) => database.$client.close());
    fs.writeFileSync(`${file}-wal`, "");
    for (const target of [file, `${file}-wal`]) fs.chmodSync(target, 0o644);
    fs.chmodSync(dataDir, 0o755);

    openAndWrite(file);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const target of [file, `${file}-wal`, `${file}-shm`]) expect([target, modeOf(target)]).toEqual([target, 0o600]);
  });
});
