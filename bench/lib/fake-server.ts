import { splitIntoTokens, type FakeOllama, type FakeReply, type RecordedRequest } from "../../tests/support/fake-ollama";

// German the way Hans talks; cycled to make replies of any length. Word-ish tokens average about
// six characters with their leading space: longer than a real model's sub-word tokens, so byte and
// cost figures err on the heavy side.
const GERMAN = splitIntoTokens(
  "Guten Abend! Heute empfehle ich Ihnen das Tagesgericht: Rinderroulade mit Rotkohl und Klößen. " +
    "Dazu passt ein trockener Rotwein aus der Pfalz, oder möchten Sie lieber ein frisch gezapftes Bier? " +
    "Die Spätzle sind hausgemacht, und der Kartoffelsalat schmeckt wie bei meiner Großmutter. " +
    "Für die Kleinen haben wir auch Schnitzel mit Pommes. Lassen Sie sich ruhig Zeit, ich komme gleich wieder.",
);

export function germanTokens(count: number): string[] {
  return Array.from({ length: count }, (_, index) => GERMAN[index % GERMAN.length] as string);
}

/** A reply of `count` tokens at `tokensPerSecond` (0: as fast as the socket takes them). */
export function pacedReply(count: number, tokensPerSecond: number, extra: Partial<FakeReply> = {}): FakeReply {
  return { tokens: germanTokens(count), interChunkDelayMs: tokensPerSecond > 0 ? 1000 / tokensPerSecond : 0, ...extra };
}

function lastUserContent(record: RecordedRequest): string | undefined {
  const body = record.body as { messages?: { role?: string; content?: string }[] } | undefined;
  // The app sends its stage direction ("[Regie: …]") as the last user message, after the learner's.
  return body?.messages?.findLast((message) => message.role === "user" && !message.content?.startsWith("[Regie:"))?.content;
}

/** The /api/chat request the test server got for `message` (bench messages are unique). */
export function chatRequestFor(fake: FakeOllama, message: string): RecordedRequest | undefined {
  for (let index = fake.requests.length - 1; index >= 0; index--) {
    const record = fake.requests[index];
    if (record && record.path === "/api/chat" && lastUserContent(record) === message) return record;
  }
  return undefined;
}

/** All /api/chat requests by their learner message. */
export function chatRequestsByMessage(fake: FakeOllama): Map<string, RecordedRequest> {
  const byMessage = new Map<string, RecordedRequest>();
  for (const record of fake.requests) {
    const content = record.path === "/api/chat" ? lastUserContent(record) : undefined;
    if (content !== undefined) byMessage.set(content, record);
  }
  return byMessage;
}

/** Waits until the request for `message` arrived, then until `check` holds for it. */
export async function waitForChat(fake: FakeOllama, message: string, check: (record: RecordedRequest) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedRequest> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const record = chatRequestFor(fake, message);
    if (record && check(record)) return record;
    if (performance.now() > deadline) throw new Error(`test server: no /api/chat for "${message}" meeting the condition within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
