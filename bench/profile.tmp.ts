import fs from "node:fs";
import { startFakeOllama } from "../tests/support/fake-ollama";
import { createLearners, createOwner } from "./lib/accounts";
import { appStreamer } from "./lib/app-client";
import { startBenchServer } from "./lib/app-server";
import { pacedReply } from "./lib/fake-server";
import { cpuTimeNs } from "./lib/process-stats";
import { benchMessage, SlotPool } from "./lib/slots";

const kind = process.argv[2] ?? "bulk";
async function main() {
  fs.rmSync("/tmp/prof", { recursive: true, force: true });
  const fake = await startFakeOllama();
  const app = await startBenchServer({ ollamaUrl: fake.url, env: process.env.PROF ? { NODE_OPTIONS: "--cpu-prof --cpu-prof-dir=/tmp/prof --cpu-prof-interval=200" } : {} });
  await createOwner(app.url);
  const [learner] = await createLearners(app.url, 1);
  if (!learner) throw new Error("no learner");
  const pool = new SlotPool(app.url, ["restaurant", "hotel", "bahnhof", "arzt"].map((scenarioId) => ({ account: learner, scenarioId, turnsSinceStart: 0 })));
  const stream = appStreamer(app.url);
  const turns = Number(process.env.TURNS ?? 200);
  if (kind === "bulk") fake.setDefault(pacedReply(500, 0));
  else if (kind === "paced") fake.setDefault(pacedReply(1000, 200));
  else fake.setDefault(pacedReply(3, 0));
  for (let i = 0; i < 20; i++) { const s = await pool.ready(pool.next()); await stream(s, { message: benchMessage() }); }
  const before = cpuTimeNs(app.pid);
  const t0 = performance.now();
  let tokens = 0;
  const firsts: number[] = [];
  for (let i = 0; i < turns; i++) {
    const s = await pool.ready(pool.next());
    const r = await stream(s, { message: benchMessage() });
    tokens += r.tokenAt.length;
    firsts.push((r.tokenAt[0] ?? NaN) - r.startedAt);
  }
  const cpu = (cpuTimeNs(app.pid) - before) / 1e3;
  firsts.sort((a, b) => a - b);
  console.log(kind, { turns, tokens, wallMs: performance.now() - t0, cpuUsPerToken: cpu / tokens, cpuUsPerTurn: cpu / turns, firstTokenP50: firsts[Math.floor(firsts.length / 2)] });
  await app.stop();
  await fake.close();
}
void main();
