import fs from "node:fs";
import { hasProductionBuild, startAppServer } from "../../tests/e2e/support/server";
import { heapSnapshotFlags, liveHeapBytes } from "./heap";
import { listeningPid } from "./process-stats";

export type BenchServer = {
  url: string;
  port: number;
  /** The process that holds the listening socket: the one whose CPU and memory the figures read. */
  pid: number;
  /** Live JS heap after a full GC, from a heap snapshot the server writes on SIGUSR2. */
  liveHeapBytes: () => Promise<number>;
  logTail: () => string;
  stop: () => Promise<void>;
};

export class MissingBuildError extends Error {}

/** The bench measures the production build and never makes one. */
export function assertProductionBuild(): void {
  if (!hasProductionBuild()) {
    throw new MissingBuildError("No production build in .next/: run `npm run build` first (the bench measures the build, it does not make one).");
  }
}

/** The shared `next start` launcher, plus what the figures read: the serving pid and its live heap. */
export async function startBenchServer({ ollamaUrl, env = {}, nodeArgs = [] }: { ollamaUrl: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<BenchServer> {
  assertProductionBuild();
  const heap = heapSnapshotFlags();
  const app = await startAppServer({ ollamaUrl, env: { ALLOW_SIGNUP: "true", ...env }, nodeArgs: [...heap.flags, ...nodeArgs] });
  const stop = async () => {
    await app.stop();
    fs.rmSync(heap.dir, { recursive: true, force: true });
  };
  const pid = app.child.pid === undefined ? undefined : listeningPid(app.child.pid, app.port);
  if (pid === undefined) {
    await stop();
    throw new Error("could not find the process listening for next start");
  }
  return { url: app.url, port: app.port, pid, liveHeapBytes: () => liveHeapBytes(pid, heap.dir), logTail: app.logs, stop };
}
