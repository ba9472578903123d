import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DATABASE_FILE = "alltag.db";

export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL + NORMAL survives an app crash; busy_timeout lets a second writer wait instead of failing.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return drizzle(sqlite, { schema });
}

export function databasePath(dataDir = env().DATA_DIR): string {
  return path.resolve(dataDir, DATABASE_FILE);
}

// One connection per process; dev hot reload re-evaluates modules, globalThis survives it.
const holder = globalThis as unknown as { alltagDb?: Db };

export function db(): Db {
  holder.alltagDb ??= openDatabase(databasePath());
  return holder.alltagDb;
}

/** For tests: point the process at another database (or drop the cached one). */
export function setDatabase(next: Db | undefined): void {
  holder.alltagDb = next;
}
