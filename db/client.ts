import "server-only";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/lib/env";
import { ensurePrivateDir, ensurePrivateFile, restrictIfPresent } from "@/lib/private-files";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DATABASE_FILE = "alltag.db";

export function openDatabase(file: string): Db {
  ensurePrivateDir(path.dirname(file));
  // SQLite gives the -wal and -shm files it creates the database file's mode, so 0600 here covers them.
  ensurePrivateFile(file);
  for (const suffix of ["-wal", "-shm"]) restrictIfPresent(file + suffix);
  const sqlite = new Database(file);
  // WAL + NORMAL survives an app crash; busy_timeout lets a second writer wait instead of failing.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  cacheStatements(sqlite);
  return drizzle(sqlite, { schema });
}

const STATEMENT_CACHE_LIMIT = 500;

/**
 * Drizzle prepares every query anew, and SQLite parses it again each time: a dozen times per
 * turn (bench figure 10). Statements are reusable, so keep one per SQL text. Values are bound
 * as parameters, so the number of distinct texts stays small.
 */
function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
      statement = prepare(source);
      statements.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false); // drizzle switches raw mode on per call; start each use from the default
    }
    return statement;
  }) as typeof sqlite.prepare;
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
