import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

/** Applies committed drizzle-kit migrations; a no-op when all are applied. Run once at startup. */
export function runMigrations(database: Db, migrationsFolder = MIGRATIONS_FOLDER): void {
  migrate(database, { migrationsFolder });
}
