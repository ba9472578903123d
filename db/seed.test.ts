import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./client";
import { runMigrations } from "./migrate";
import { builtinScenarios } from "./scenarios";
import { objectives, scenarios } from "./schema";
import { seedBuiltinScenarios } from "./seed";

let dir: string | undefined;
let database: Db | undefined;

function freshDatabase(): Db {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-seed-"));
  database = openDatabase(path.join(dir, "alltag.db"));
  return database;
}

afterEach(() => {
  database?.$client.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("migrations and seeding", () => {
  it("builds the schema with WAL and foreign keys, and re-running is a no-op", () => {
    const db = freshDatabase();
    runMigrations(db);
    runMigrations(db);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    const applied = db.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBe(fs.readdirSync(path.resolve("db/migrations")).filter((file) => file.endsWith(".sql")).length);
  });

  it("seeds idempotently and updates built-in rows when the seed changes", () => {
    const db = freshDatabase();
    runMigrations(db);
    seedBuiltinScenarios(db);
    seedBuiltinScenarios(db);
    expect(db.select({ value: count() }).from(scenarios).get()?.value).toBe(builtinScenarios.length);
    const objectiveTotal = builtinScenarios.reduce((sum, scene) => sum + scene.objectives.length, 0);
    expect(db.select({ value: count() }).from(objectives).get()?.value).toBe(objectiveTotal);

    const restaurant = builtinScenarios.find((scene) => scene.id === "restaurant")!;
    const edited = { ...restaurant, openingLine: "Hallo, ich bin Hans.", objectives: restaurant.objectives.slice(0, 4) };
    seedBuiltinScenarios(db, [edited]);
    expect(db.select().from(scenarios).where(eq(scenarios.id, "restaurant")).get()?.openingLine).toBe("Hallo, ich bin Hans.");
    expect(db.select({ value: count() }).from(objectives).where(eq(objectives.scenarioId, "restaurant")).get()?.value).toBe(4);
  });
});
