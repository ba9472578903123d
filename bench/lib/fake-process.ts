import { fork } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ChatArrival, FakeProcessMessage } from "./fake-ollama-process";

export type FakeProcess = {
  url: string;
  pid: number;
  /** When each /api/chat request since the last call reached the test server and got its first token, in this process's performance.now() ms, by learner message. */
  arrivals: () => Promise<Map<string, ChatArrival>>;
  stop: () => Promise<void>;
};

const START_TIMEOUT_MS = 30_000;

/** The test Ollama in its own process: each reply holds its first token `firstTokenMs`, then sends the rest of its `tokens` at `tokensPerSecond`. */
export async function startFakeProcess({ firstTokenMs, tokens, tokensPerSecond }: { firstTokenMs: number; tokens: number; tokensPerSecond: number }): Promise<FakeProcess> {
  const child = fork(path.join("bench", "lib", "fake-ollama-process.ts"), [String(firstTokenMs), String(tokens), String(tokensPerSecond)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.connected) child.disconnect();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test Ollama process did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.once("exit", (code) => reject(new Error(`the test Ollama process exited with ${code}`)));
    child.on("message", (message: FakeProcessMessage) => {
      if (message.type !== "ready") return;
      clearTimeout(timer);
      resolve(message.url);
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  if (child.pid === undefined) throw new Error("the test Ollama process has no pid");
  // Both processes read the same monotonic clock through hrtime; this maps it onto ours.
  const toLocal = (monotonicMs: number) => monotonicMs - (Number(process.hrtime.bigint()) / 1e6 - performance.now());
  const arrivals = () =>
    new Promise<Map<string, ChatArrival>>((resolve) => {
      const listener = (message: FakeProcessMessage) => {
        if (message.type !== "arrivals") return;
        child.off("message", listener);
        const local = (arrival: ChatArrival): ChatArrival => ({
          message: arrival.message,
          receivedAt: toLocal(arrival.receivedAt),
          firstTokenSentAt: arrival.firstTokenSentAt === undefined ? undefined : toLocal(arrival.firstTokenSentAt),
        });
        resolve(new Map(message.arrivals.map((arrival) => [arrival.message, local(arrival)])));
      };
      child.on("message", listener);
      child.send("arrivals");
    });
  return { url, pid: child.pid, arrivals, stop };
}
