// A bare Next app with one route handler (bench figure 1's floor); it resolves `next` and `ollama`
// from the repository's node_modules. Built and started by bench/lib/floor-next.ts.
import path from "node:path";
import { fileURLToPath } from "node:url";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const config = { turbopack: { root: repository }, outputFileTracingRoot: repository };

export default config;
