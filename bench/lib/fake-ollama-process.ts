// The test Ollama in a process of its own, holding its first token as a real Ollama does, for the
// figures that read a turn the way a user meets it. Started by bench/lib/fake-process.ts:
//   node --import tsx bench/lib/fake-ollama-process.ts <first-token ms> <tokens> <tokens per second after the first>
// Speaks over the IPC channel: "ready" with its url, and on "arrivals" the monotonic times at which
// each /api/chat request arrived and its first token was sent, by its last user message.
import { performance } from "node:perf_hooks";
import { startFakeOllama, type RecordedRequest } from "../../tests/support/fake-ollama";
import { pacedReply } from "./fake-server";

export type ChatArrival = { message: string; receivedAt: number; firstTokenSentAt?: number };

export type FakeProcessMessage = { type: "ready"; url: string } | { type: "arrivals"; arrivals: ChatArrival[] };

function lastUserContent(record: RecordedRequest): string | undefined {
  const body = record.body as { messages?: { role?: string; content?: string }[] } | undefined;
  // The app's last user message is its stage direction ("[Regie: …]"); the learner's line comes before it.
  return body?.messages?.findLast((message) => message.role === "user" && !message.content?.startsWith("[Regie:"))?.content;
}

async function main(): Promise<void> {
  const [firstTokenMs, tokens, tokensPerSecond] = process.argv.slice(2).map(Number);
  if (!process.send) throw new Error("fake-ollama-process: start it with an IPC channel");
  const send = (message: FakeProcessMessage) => process.send?.(message);
  const fake = await startFakeOllama({ defaultReply: pacedReply(tokens ?? 5, tokensPerSecond ?? 0, { firstChunkDelayMs: firstTokenMs ?? 80 }) });
  // performance.now() and process.hrtime share one monotonic clock; hrtime is comparable across processes.
  const monotonicOriginMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
  process.on("message", (message) => {
    if (message !== "arrivals") return;
    const arrivals: ChatArrival[] = [];
    const monotonic = (at: number | undefined) => (at === undefined ? undefined : monotonicOriginMs + at);
    for (const record of fake.requests.splice(0)) {
      const message = record.path === "/api/chat" ? lastUserContent(record) : undefined;
      if (message !== undefined) arrivals.push({ message, receivedAt: monotonicOriginMs + record.receivedAt, firstTokenSentAt: monotonic(record.tokenSentAt[0]) });
    }
    send({ type: "arrivals", arrivals });
  });
  process.on("disconnect", () => void fake.close().then(() => process.exit(0)));
  send({ type: "ready", url: fake.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
