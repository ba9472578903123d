import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../../tests/e2e/support/server";
import { createSseParser } from "../../lib/sse/parse";

export type FloorRelay = { pid: number; relay: (message: string) => Promise<number>; stop: () => void };

/** Starts bench/lib/floor-relay.mjs against the test server; `relay` streams one reply and returns its token count. */
export async function startFloorRelay(ollamaUrl: string): Promise<FloorRelay> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join("bench", "lib", "floor-relay.mjs"), ollamaUrl, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`floor relay exited with ${code}`)));
    child.stdout.once("data", () => resolve());
  });
  if (child.pid === undefined) throw new Error("floor relay has no pid");
  const relay = async (message: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ message }) });
    if (!response.body) throw new Error("floor relay sent no body");
    const parser = createSseParser();
    let tokens = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) tokens += parser.push(read.value).filter((event) => event.type === "token").length;
    return tokens;
  };
  return { pid: child.pid, relay, stop: () => void child.kill() };
}
