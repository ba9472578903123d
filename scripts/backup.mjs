// `npm run backup [-- DESTINATION]`: a consistent copy of the data directory while the server runs.
// SQLite's online backup copies the database page by page under its own locks, so the copy is
// one committed state even mid-turn; copying alltag.db with cp could catch half a write or miss
// what still sits in alltag.db-wal.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { loadEnvFiles } from "./start-config.mjs";

const DATABASE_FILE = "alltag.db";
const SECRET_FILE = "auth-secret";

/** Copies alltag.db (online backup) and auth-secret from `dataDir` into the new folder `destination`. */
export async function backup({ dataDir, destination }) {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}: is DATA_DIR right?`);
  // 0700/0600: the copy holds password hashes and the session secret, like the original.
  fs.mkdirSync(destination, { recursive: true, mode: 0o700 });
  const target = path.join(destination, DATABASE_FILE);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose a new destination`);
  const database = new Database(source, { fileMustExist: true });
  try {
    database.pragma("busy_timeout = 5000");
    await database.backup(target);
  } finally {
    database.close();
  }
  fs.chmodSync(target, 0o600);
  const copied = [target];
  const secret = path.join(dataDir, SECRET_FILE);
  if (fs.existsSync(secret)) {
    fs.copyFileSync(secret, path.join(destination, SECRET_FILE));
    fs.chmodSync(path.join(destination, SECRET_FILE), 0o600);
    copied.push(path.join(destination, SECRET_FILE));
  }
  return copied;
}

function timestamp(date = new Date()) {
  return date.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  loadEnvFiles(".");
  const dataDir = path.resolve(process.env.DATA_DIR || "./data");
  const destination = path.resolve(process.argv[2] ?? path.join("backups", timestamp()));
  try {
    const copied = await backup({ dataDir, destination });
    console.log(`[alltag] backed up ${dataDir} to ${destination}: ${copied.map((file) => path.basename(file)).join(", ")}`);
  } catch (error) {
    console.error(`[alltag] backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
