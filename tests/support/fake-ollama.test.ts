import { Ollama } from "ollama";
import { performance } from "node:perf_hooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { splitIntoTokens, startFakeOllama, type FakeOllama } from "./fake-ollama";

const MODEL = "llama3.2:1b";
const TEXT = "Grüß Gott! Möchten Sie ein Weißbier für 4,50 €? 🍺 Gerne doch.";
const USER = [{ role: "user", content: "Guten Tag!" }];

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

/** The app's way to stop a request before its first token: chat() takes no signal, fetch does. */
function clientWithSignal(signal: AbortSignal): Ollama {
  return new Ollama({
    host: fake.url,
    fetch: (input, init) =>
      fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal }),
  });
}

async function streamText(client: Ollama): Promise<{ text: string; chunks: number; last: unknown }> {
  const stream = await client.chat({ model: MODEL, messages: USER, stream: true });
  let text = "";
  let chunks = 0;
  let last: unknown;
  for await (const part of stream) {
    text += part.message.content;
    chunks++;
    last = part;
  }
  return { text, chunks, last };
}

describe("splitIntoTokens", () => {
  it("splits like an LLM, keeping leading spaces", () => {
    expect(splitIntoTokens("Guten Tag!")).toEqual(["Guten", " Tag", "!"]);
    for (const text of [TEXT, "  Hallo  Welt \n", "", "👨‍🍳!?", "a\u0308b"]) {
      expect(splitIntoTokens(text).join("")).toBe(text);
    }
  });
});

describe("fake Ollama through the real ollama client", () => {
  it("streams the scripted text, then a done chunk with nanosecond timings", async () => {
    fake.enqueue({ text: TEXT, interChunkDelayMs: 2 });
    const { text, chunks, last } = await streamText(new Ollama({ host: fake.url }));
    expect(text).toBe(TEXT);
    expect(chunks).toBe(splitIntoTokens(TEXT).length + 1);
    expect(last).toMatchObject({
      model: MODEL,
      message: { role: "assistant", content: "" },
      done: true,
      done_reason: "stop",
      eval_count: splitIntoTokens(TEXT).length,
    });
    const timings = last as Record<string, number>;
    for (const key of ["total_duration", "load_duration", "prompt_eval_count", "prompt_eval_duration", "eval_duration"]) {
      expect(Number.isInteger(timings[key]), key).toBe(true);
    }
    // Tokens were 2 ms apart: eval_duration is in nanoseconds, not milliseconds.
    expect(timings["eval_duration"]).toBeGreaterThan(1e6);

    const request = fake.requests[0]!;
    expect(request).toMatchObject({ method: "POST", path: "/api/chat", aborted: false, finished: true });
    expect(request.body).toMatchObject({ model: MODEL, messages: USER, stream: true });
    expect(request.tokensSent).toBe(splitIntoTokens(TEXT).length);
    expect(request.tokenSentAt).toHaveLength(request.tokensSent);
  });

  it("uses explicit tokens over text, the queue in order, then the default", async () => {
    const client = new Ollama({ host: fake.url });
    fake.setDefault({ text: "Standard." });
    fake.enqueue({ tokens: ["Ein", "s"], text: "ignored" }, { text: "Zwei" });
    expect((await streamText(client)).text).toBe("Eins");
    expect((await streamText(client)).text).toBe("Zwei");
    expect((await streamText(client)).text).toBe("Standard.");
    expect((await streamText(client)).chunks).toBe(3); // "Standard", "." and the done chunk
  });

  it("answers stream: false with one whole message", async () => {
    fake.enqueue({ text: TEXT });
    const response = await new Ollama({ host: fake.url }).chat({ model: MODEL, messages: USER });
    expect(response.message).toEqual({ role: "assistant", content: TEXT });
    expect(response).toMatchObject({ done: true, done_reason: "stop" });
    expect(fake.requests[0]!.body).toMatchObject({ stream: false });
  });

  it("surfaces a missing model as ResponseError 404, from setModels or the fault", async () => {
    const client = new Ollama({ host: fake.url });
    fake.setModels(["qwen2.5:0.5b"]);
    await expect(streamText(client)).rejects.toMatchObject({
      name: "ResponseError",
      status_code: 404,
      error: `model '${MODEL}' not found`,
    });
    fake.reset();
    fake.enqueue({ fault: "model_not_found" });
    await expect(client.chat({ model: MODEL, messages: USER })).rejects.toMatchObject({ status_code: 404 });
    await expect(client.show({ model: "nope:7b" })).rejects.toMatchObject({ status_code: 404 });
  });

  it("surfaces 500 and 503 as ResponseErrors", async () => {
    const client = new Ollama({ host: fake.url });
    fake.enqueue({ fault: "http_500" }, { fault: "http_503" });
    await expect(streamText(client)).rejects.toMatchObject({ name: "ResponseError", status_code: 500 });
    await expect(streamText(client)).rejects.toMatchObject({ name: "ResponseError", status_code: 503 });
  });

  it("makes the iterator throw on an error line mid-stream, after the tokens before it", async () => {
    fake.enqueue({ text: TEXT, fault: "error_midstream", faultAfterTokens: 3 });
    const stream = await new Ollama({ host: fake.url }).chat({ model: MODEL, messages: USER, stream: true });
    let text = "";
    await expect(
      (async () => {
        for await (const part of stream) text += part.message.content;
      })(),
    ).rejects.toThrow(/error was encountered/);
    expect(text).toBe(splitIntoTokens(TEXT).slice(0, 3).join(""));
  });

  it("makes the iterator throw when the socket drops, and does not call that a client abort", async () => {
    fake.enqueue({ text: TEXT, fault: "drop_socket" });
    await expect(streamText(new Ollama({ host: fake.url }))).rejects.toThrow();
    const request = await fake.waitForRequest(1);
    expect(request).toMatchObject({ tokensSent: 2, aborted: false, finished: false });
  });

  it("still parses lines cut into pieces, also inside multi-byte characters", async () => {
    fake.enqueue({ text: TEXT, splitLines: true });
    expect((await streamText(new Ollama({ host: fake.url }))).text).toBe(TEXT);

    // The cuts really reach the client as separate network chunks.
    fake.enqueue({ text: "Grüße aus München", splitLines: true });
    const response = await fetch(`${fake.url}/api/chat`, {
      method: "POST",
      body: JSON.stringify({ model: MODEL, messages: USER }),
    });
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
    const cutMidLine = chunks.filter((chunk) => chunk.at(-1) !== 0x0a);
    expect(cutMidLine.length).toBeGreaterThan(3);
    const strictDecoder = new TextDecoder("utf-8", { fatal: true });
    expect(chunks.some((chunk) => !isValidUtf8(strictDecoder, chunk))).toBe(true);
  });

  // Generous bounds: they prove the abort closed the request (the reply would take seconds more);
  // how fast is bench figure 8's job, not a timed assertion on a shared CI machine.
  it("records an abort while the first chunk is held", async () => {
    fake.enqueue({ text: TEXT, firstChunkDelayMs: 10_000 });
    const controller = new AbortController();
    const chat = clientWithSignal(controller.signal).chat({ model: MODEL, messages: USER, stream: true });
    const request = await fake.waitForRequest(1);
    const abortedByClientAt = performance.now();
    controller.abort();
    await expect(chat).rejects.toMatchObject({ name: "AbortError" });
    const abortedAt = await fake.waitForAbort(request);
    expect(abortedAt - abortedByClientAt).toBeLessThan(1000);
    expect(request).toMatchObject({ aborted: true, finished: false, tokensSent: 0 });
  });

  it("records an abort mid-stream (stalled after 2 tokens)", async () => {
    fake.enqueue({ text: TEXT, fault: "stall" });
    const controller = new AbortController();
    const stream = await clientWithSignal(controller.signal).chat({ model: MODEL, messages: USER, stream: true });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.message.content).toBe("Grüß");
    expect((await iterator.next()).value?.message.content).toBe(" Gott");
    const request = fake.requests[0]!;
    const abortedByClientAt = performance.now();
    controller.abort();
    const abortedAt = await fake.waitForAbort(request);
    expect(abortedAt - abortedByClientAt).toBeLessThan(1000);
    expect(request).toMatchObject({ aborted: true, finished: false, tokensSent: 2 });
    await expect(iterator.next()).rejects.toMatchObject({ name: "AbortError" });
  });

  it("records an abort during a slow stream and stops writing", async () => {
    // 200 ms a word: the reply runs seconds, so it cannot end before the abort even on a loaded box.
    fake.enqueue({ text: TEXT, interChunkDelayMs: 200 });
    const stream = await new Ollama({ host: fake.url }).chat({ model: MODEL, messages: USER, stream: true });
    for await (const part of stream) {
      if (part.message.content === " Gott") break;
    }
    stream.abort();
    const request = fake.requests[0]!;
    await fake.waitForAbort(request);
    const sentAtAbort = request.tokensSent;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(request.tokensSent).toBe(sentAtAbort);
    expect(sentAtAbort).toBeLessThan(splitIntoTokens(TEXT).length);
  });

  it("says at once, rather than timing out, when a request it waits to see aborted ran to its end", async () => {
    fake.enqueue({ text: TEXT });
    await streamText(new Ollama({ host: fake.url }));
    const request = fake.requests[0]!;
    await expect.poll(() => request.finished).toBe(true);
    const waitedFrom = performance.now();
    await expect(fake.waitForAbort(request, 5000)).rejects.toThrow(/finished before any abort reached it/);
    expect(performance.now() - waitedFrom).toBeLessThan(1000);
  });

  it("answers a warm-up (no messages) like Ollama and reports the model as loaded", async () => {
    const client = new Ollama({ host: fake.url });
    fake.enqueue({ text: "kept for the real turn" });
    expect((await client.ps()).models).toEqual([]);
    const warmUp = await client.chat({ model: MODEL, messages: [] });
    expect(warmUp).toMatchObject({
      model: MODEL,
      message: { role: "assistant", content: "" },
      done_reason: "load",
      done: true,
    });
    expect((await client.ps()).models.map((model) => model.name)).toEqual([MODEL]);
    expect((await streamText(client)).text).toBe("kept for the real turn");
    fake.setLoaded([]);
    expect((await client.ps()).models).toEqual([]);
  });

  it("lists models, shows a model and tells its version", async () => {
    const client = new Ollama({ host: fake.url });
    fake.setModels([MODEL, "qwen2.5:0.5b"]);
    const { models } = await client.list();
    expect(models.map((model) => model.name)).toEqual([MODEL, "qwen2.5:0.5b"]);
    expect(models[0]).toMatchObject({ model: MODEL, details: { family: "llama" } });
    expect(await client.show({ model: MODEL })).toMatchObject({ details: { format: "gguf" } });
    expect((await client.version()).version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("stamps chunks with a monotonic send time when asked", async () => {
    fake.enqueue({ text: "Eins zwei drei", stampTokens: true });
    const stream = await new Ollama({ host: fake.url }).chat({ model: MODEL, messages: USER, stream: true });
    const stamps: bigint[] = [];
    for await (const part of stream) stamps.push(BigInt((part as unknown as { sent_at_ns: string }).sent_at_ns));
    expect(stamps).toHaveLength(4);
    expect([...stamps].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(stamps);
    expect(process.hrtime.bigint() - stamps[0]!).toBeLessThan(5_000_000_000n);
  });

  it("times out waitForRequest with a clear error", async () => {
    await expect(fake.waitForRequest(1, 20)).rejects.toThrow(/timed out after 20 ms waiting for request #1/);
  });
});

describe("close()", () => {
  it("is fast even with a stalled and a held request open", async () => {
    const own = await startFakeOllama();
    own.enqueue({ text: TEXT, fault: "stall" }, { text: TEXT, firstChunkDelayMs: 60_000 });
    const client = new Ollama({ host: own.url });
    const stalled = await client.chat({ model: MODEL, messages: USER, stream: true });
    const held = client.chat({ model: MODEL, messages: USER, stream: true }).catch((error: unknown) => error);
    await own.waitForRequest(2);
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(5000); // the held reply would take 60 s
    expect(await held).toBeInstanceOf(Error);
    await expect(
      (async () => {
        for await (const part of stalled) void part;
      })(),
    ).rejects.toThrow();
    // Closing the server is not a client abort.
    expect(own.requests.map((request) => request.aborted)).toEqual([false, false]);
  });
});

function isValidUtf8(decoder: TextDecoder, chunk: Uint8Array): boolean {
  try {
    decoder.decode(chunk);
    return true;
  } catch {
    return false;
  }
}
