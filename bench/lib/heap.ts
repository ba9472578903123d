import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Node flags for the server so the bench can ask it for a heap snapshot (SIGUSR2) into its own folder. */
export function heapSnapshotFlags(): { flags: string[]; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alltag-bench-heap-"));
  return { flags: ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${dir}`], dir };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Parses a finished snapshot: the sum of every live object's own size. */
function liveBytes(file: string): number | undefined {
  let snapshot: { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
  try {
    snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as typeof snapshot;
  } catch {
    return undefined; // still being written
  }
  const fields = snapshot.snapshot.meta.node_fields;
  const selfSize = fields.indexOf("self_size");
  let total = 0;
  for (let index = selfSize; index < snapshot.nodes.length; index += fields.length) total += snapshot.nodes[index] ?? 0;
  return total;
}

/**
 * Live JS heap of the server after a full GC (writing a heap snapshot collects garbage first): what
 * a leak would grow, unlike RSS, which also follows V8's choice of heap size.
 */
export async function liveHeapBytes(pid: number, dir: string, timeoutMs = 60_000): Promise<number> {
  const known = new Set(fs.readdirSync(dir));
  process.kill(pid, "SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await sleep(200);
    const file = fs.readdirSync(dir).find((name) => name.endsWith(".heapsnapshot") && !known.has(name));
    if (!file) continue;
    const bytes = liveBytes(path.join(dir, file));
    if (bytes === undefined) continue;
    fs.rmSync(path.join(dir, file), { force: true });
    return bytes;
  }
  throw new Error(`no heap snapshot from process ${pid} within ${timeoutMs / 1000} s`);
}
