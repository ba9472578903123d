import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";

let dataDir: string;
let backupsDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-backup-data-"));
  backupsDir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-backup-to-"));
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(backupsDir, { recursive: true, force: true });
});

function runBackup(destination: string): string {
  return execFileSync(process.execPath, ["scripts/backup.mjs", destination], { env: { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("npm run backup", () => {
  it("copies a consistent database, WAL content included, and the secret, while a server holds it open", () => {
    // The server's connection: migrated, WAL mode, and its latest commits still in alltag.db-wal.
    const live = openDatabase(path.join(dataDir, "alltag.db"));
    runMigrations(live);
    live.$client.pragma("wal_autocheckpoint = 0");
    live.$client.exec("create table notes (id integer primary key, body text)");
    const insert = live.$client.prepare("insert into notes (body) values (?)");
    for (let index = 0; index < 200; index++) insert.run(`Guten Tag ${index}`);
    expect(fs.statSync(path.join(dataDir, "alltag.db-wal")).size).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dataDir, "auth-secret"), "s3cret\n", { mode: 0o600 });

    const destination = path.join(backupsDir, "nightly");
    const output = runBackup(destination);
    expect(output).toContain(`backed up ${dataDir} to ${destination}`);

    const copy = new Database(path.join(destination, "alltag.db"), { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.prepare("select count(*) as count from notes").get()).toEqual({ count: 200 });
      expect(copy.prepare("select count(*) as count from users").get()).toEqual({ count: 0 });
    } finally {
      copy.close();
    }
    expect(fs.readFileSync(path.join(destination, "auth-secret"), "utf8")).toBe("s3cret\n");
    expect(fs.statSync(path.join(destination, "alltag.db")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(destination, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(destination).mode & 0o777).toBe(0o700);
    live.$client.close();
  });

  it("says what is wrong when there is no database, and never overwrites a backup", () => {
    expect(() => runBackup(path.join(backupsDir, "first"))).toThrow(/no database at/);
    const live = openDatabase(path.join(dataDir, "alltag.db"));
    runMigrations(live);
    live.$client.close();
    runBackup(path.join(backupsDir, "first"));
    expect(() => runBackup(path.join(backupsDir, "first"))).toThrow(/exists already/);
  });
});
