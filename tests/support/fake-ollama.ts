// A real HTTP server that speaks the slice of Ollama's API the app uses, with scripted replies and
// faults, so integration tests, browser tests and benchmarks exercise the real network path.
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { coachLine } from "./fake-ollama-coach";

export type FakeFault = "model_not_found" | "http_500" | "http_503" | "error_midstream" | "stall" | "drop_socket";

export interface FakeReply {
  /** Split into word-ish tokens that keep their leading spaces: "Guten Tag!" -> ["Guten", " Tag", "!"]. */
  text?: string;
  /** Explicit tokens; wins over `text`. */
  tokens?: string[];
  /** Held before the status line, headers and first chunk: Ollama sends nothing until its first token. */
  firstChunkDelayMs?: number;
  interChunkDelayMs?: number;
  fault?: FakeFault;
  /** For error_midstream / stall / drop_socket: tokens sent before the fault (default 2). */
  faultAfterTokens?: number;
  /** Write each NDJSON line in several socket writes, cut mid-line and inside a multi-byte character. */
  splitLines?: boolean;
  /**
   * Adds `"sent_at_ns"` to each streamed chunk: `process.hrtime.bigint()` as a decimal string, i.e.
   * CLOCK_MONOTONIC nanoseconds, comparable with `process.hrtime.bigint()` in any process on the same
   * Linux machine.
   */
  stampTokens?: boolean;
}

/** Writes the reply from the chat request's messages: the stand-in CLI plays each scene this way. */
export type ReplyWriter = (messages: unknown[]) => FakeReply;

export interface RecordedRequest {
  method: string;
  path: string;
  /** Parsed JSON body; undefined when there was none, the raw text when it was not JSON. */
  body: unknown;
  /** performance.now() when the request line and headers arrived. */
  receivedAt: number;
  /** The client closed the connection before we finished the response. */
  aborted: boolean;
  /** performance.now() when we saw the close. */
  abortedAt?: number;
  finished: boolean;
  tokensSent: number;
  /** performance.now() after each token chunk was handed to the socket (same order as the tokens). */
  tokenSentAt: number[];
  /** Its connection was closed before any answer (dropConnections). */
  dropped?: boolean;
}

export interface FakeOllama {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** The next non-warm-up /api/chat calls use these, in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Used when the queue is empty: a fixed reply, or one written from each request's messages. */
  setDefault(reply: FakeReply | ReplyWriter): void;
  /** Installed models (default ["llama3.2:1b"]); chat/show with another model get a 404. */
  setModels(names: string[]): void;
  /** What /api/ps reports; otherwise a model counts as loaded once a chat or warm-up used it. */
  setLoaded(names: string[]): void;
  /** Resolves with requests[count - 1] once it exists. */
  waitForRequest(count: number, timeoutMs?: number): Promise<RecordedRequest>;
  /** Resolves with `request.abortedAt` once the client has gone away. */
  waitForAbort(request: RecordedRequest, timeoutMs?: number): Promise<number>;
  /**
   * The next `count` requests, whatever their path, lose their connection before any answer, as on
   * a keep-alive socket Ollama closed just as the client wrote. They are recorded with `dropped`.
   */
  dropConnections(count: number): void;
  /** Clears the queue and the recorded requests; restores the default reply, models and loaded list. */
  reset(): void;
  /** Stops listening and destroys open sockets, stalled ones included. */
  close(): Promise<void>;
}

export interface FakeOllamaOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  defaultReply?: FakeReply | ReplyWriter;
}

export const FAKE_OLLAMA_VERSION = "0.12.0";
export const DEFAULT_FAKE_MODELS: readonly string[] = ["llama3.2:1b"];
export const DEFAULT_FAKE_REPLY: FakeReply = { text: "Guten Tag! Willkommen im Restaurant. Was darf ich Ihnen bringen?" };

const DEFAULT_FAULT_AFTER_TOKENS = 2;
const DEFAULT_WAIT_MS = 5_000;
const JSON_TYPE = "application/json; charset=utf-8";
const NDJSON_TYPE = "application/x-ndjson";

/** Word-ish tokens that keep their leading whitespace; concatenating them gives back `text`. */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*[\p{L}\p{M}\p{N}]+|\s*[^\s\p{L}\p{M}\p{N}]+|\s+/gu) ?? [];
}

export function startFakeOllama(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
  const fake = new FakeOllamaServer(options.defaultReply ?? DEFAULT_FAKE_REPLY);
  return fake.listen(options.port ?? 0, options.host ?? "127.0.0.1");
}

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  record: RecordedRequest;
  /** Aborts when the connection closes, for whatever reason: every pending timer listens to it. */
  signal: AbortSignal;
}

class FakeOllamaServer {
  private readonly server = createServer((request, response) => void this.handle(request, response));
  private readonly sockets = new Set<Socket>();
  private readonly changes = new EventEmitter();
  private readonly requests: RecordedRequest[] = [];
  private queue: FakeReply[] = [];
  private defaultReply: FakeReply | ReplyWriter;
  private connectionsToDrop = 0;
  private models: string[] = [...DEFAULT_FAKE_MODELS];
  private loadedOverride: string[] | undefined;
  private readonly usedModels = new Set<string>();
  private closing = false;

  constructor(private readonly initialDefault: FakeReply | ReplyWriter) {
    this.defaultReply = initialDefault;
    this.changes.setMaxListeners(0);
    // Longer than any client keeps an idle socket, so the fake never closes one under a request by
    // itself; tests that want that race ask for it with dropConnections().
    this.server.keepAliveTimeout = 60_000;
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  listen(port: number, host: string): Promise<FakeOllama> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        const { port: actualPort } = this.server.address() as AddressInfo;
        resolve(this.api(`http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`, actualPort));
      });
    });
  }

  private api(url: string, port: number): FakeOllama {
    return {
      url,
      port,
      requests: this.requests,
      enqueue: (...replies) => void this.queue.push(...replies),
      setDefault: (reply) => void (this.defaultReply = reply),
      setModels: (names) => void (this.models = [...names]),
      setLoaded: (names) => void (this.loadedOverride = [...names]),
      dropConnections: (count) => void (this.connectionsToDrop = count),
      waitForRequest: (count, timeoutMs = DEFAULT_WAIT_MS) =>
        this.waitFor(() => this.requests[count - 1], timeoutMs, `request #${count}`),
      waitForAbort: (record, timeoutMs = DEFAULT_WAIT_MS) =>
        this.waitFor(
          () => {
            // A reply that ran to its end can never be aborted; say so now rather than time out.
            if (record.finished && record.abortedAt === undefined) throw new Error(`fake-ollama: ${record.method} ${record.path} finished before any abort reached it`);
            return record.abortedAt;
          },
          timeoutMs,
          `abort of ${record.method} ${record.path}`,
        ),
      reset: () => this.reset(),
      close: () => this.close(),
    };
  }

  private reset(): void {
    this.queue = [];
    this.connectionsToDrop = 0;
    // Emptied in place: callers may hold on to `fake.requests`.
    this.requests.length = 0;
    this.defaultReply = this.initialDefault;
    this.models = [...DEFAULT_FAKE_MODELS];
    this.loadedOverride = undefined;
    this.usedModels.clear();
  }

  private close(): Promise<void> {
    this.closing = true;
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Destroying sockets fires each exchange's close handler, which clears its timers.
      for (const socket of this.sockets) socket.destroy();
      this.server.closeAllConnections();
    });
  }

  private waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          // A probe that knows the wait is hopeless ends it here, not inside the emitter's caller.
          cleanup();
          reject(error);
          return;
        }
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake-ollama: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.changes.off("change", check);
      };
      this.changes.on("change", check);
      check();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path: new URL(request.url ?? "/", "http://fake").pathname,
      body: undefined,
      receivedAt: performance.now(),
      aborted: false,
      finished: false,
      tokensSent: 0,
      tokenSentAt: [],
    };
    const connection = new AbortController();
    response.on("finish", () => {
      record.finished = true;
      this.changes.emit("change");
    });
    response.on("close", () => {
      // "close" without "finish" means the connection went away mid-response.
      if (!record.finished && !connection.signal.aborted && !this.closing && !droppedByUs.has(response)) {
        record.aborted = true;
        record.abortedAt = performance.now();
      }
      connection.abort();
      this.changes.emit("change");
    });
    try {
      record.body = await readBody(request);
    } catch {
      return; // the client went away while sending its body
    }
    this.requests.push(record);
    if (this.connectionsToDrop > 0) {
      this.connectionsToDrop--;
      record.dropped = true;
      this.drop(response);
      this.changes.emit("change");
      return;
    }
    this.changes.emit("change");
    try {
      await this.route({ request, response, record, signal: connection.signal });
    } catch (error) {
      console.error("fake-ollama: handler failed", error);
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.destroy();
    }
  }

  private async route(exchange: Exchange): Promise<void> {
    const { record, response } = exchange;
    const route = `${record.method} ${record.path}`;
    if (route === "GET /" || route === "HEAD /") {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" }).end("Ollama is running");
    } else if (route === "GET /api/version") {
      sendJson(response, 200, { version: FAKE_OLLAMA_VERSION });
    } else if (route === "GET /api/tags") {
      sendJson(response, 200, { models: this.models.map(describeModel) });
    } else if (route === "GET /api/ps") {
      sendJson(response, 200, { models: this.loadedModels().map(describeLoadedModel) });
    } else if (route === "POST /api/show") {
      this.show(exchange);
    } else if (route === "POST /api/chat") {
      await this.chat(exchange);
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("404 page not found");
    }
  }

  private loadedModels(): string[] {
    return this.loadedOverride ?? [...this.usedModels].filter((name) => this.hasModel(name));
  }

  private hasModel(name: string): boolean {
    return this.models.some((model) => normalizeModelName(model) === normalizeModelName(name));
  }

  private show({ record, response }: Exchange): void {
    const name = modelField(record.body);
    if (!name) return sendJson(response, 400, { error: "model is required" });
    if (!this.hasModel(name)) return sendJson(response, 404, { error: `model '${name}' not found` });
    sendJson(response, 200, describeShow(name));
  }

  private async chat(exchange: Exchange): Promise<void> {
    const { record, response, signal } = exchange;
    if (!isObject(record.body)) return sendJson(response, 400, { error: "invalid request body" });
    const name = modelField(record.body);
    if (!name) return sendJson(response, 400, { error: "model is required" });
    const messages = record.body["messages"];
    const isWarmUp = !Array.isArray(messages) || messages.length === 0;
    // Warm-ups don't consume scripted replies: the app sends them on its own when a scene opens. Nor do
    // the coach's requests: they answer beside the scene, and a test's queued lines are the character's.
    const coach = isWarmUp ? undefined : coachLine((messages as unknown[]).filter(isObject));
    const reply = isWarmUp ? {} : coach !== undefined ? { text: coach } : (this.queue.shift() ?? this.fallbackReply(messages as unknown[]));

    if (!(await pause(reply.firstChunkDelayMs, signal))) return;
    if (reply.fault === "model_not_found" || !this.hasModel(name)) {
      return sendJson(response, 404, { error: `model '${name}' not found` });
    }
    if (reply.fault === "http_500") {
      return sendJson(response, 500, { error: "llama runner process has terminated: exit status 2" });
    }
    if (reply.fault === "http_503") {
      return sendJson(response, 503, { error: "server busy, please try again.  maximum pending requests exceeded" });
    }
    if (isWarmUp) {
      // What Ollama answers to a chat without messages: it loads the model (or unloads it, with
      // keep_alive 0) and says so in one JSON object, even when streaming was asked for.
      const unload = record.body["keep_alive"] === 0 || record.body["keep_alive"] === "0";
      if (unload) this.usedModels.delete(name);
      else this.usedModels.add(name);
      return sendJson(response, 200, {
        model: name,
        created_at: new Date().toISOString(),
        message: { role: "assistant", content: "" },
        done_reason: unload ? "unload" : "load",
        done: true,
      });
    }
    this.usedModels.add(name);
    const script = new ChatScript(name, reply, messages, record.receivedAt);
    if (record.body["stream"] === false) await this.chatWhole(exchange, script);
    else await this.chatStreamed(exchange, script);
  }

  private fallbackReply(messages: unknown[]): FakeReply {
    return typeof this.defaultReply === "function" ? this.defaultReply(messages) : this.defaultReply;
  }

  private async chatWhole({ response, record, signal }: Exchange, script: ChatScript): Promise<void> {
    const { reply, tokens } = script;
    // A whole answer takes as long as the stream would have.
    if (!(await pause((reply.interChunkDelayMs ?? 0) * Math.max(tokens.length - 1, 0), signal))) return;
    if (reply.fault === "stall") return;
    if (reply.fault === "drop_socket") return this.drop(response);
    if (reply.fault === "error_midstream") return sendJson(response, 500, { error: script.midstreamError });
    record.tokensSent = tokens.length;
    sendJson(response, 200, script.finalChunk(tokens.join("")));
  }

  private async chatStreamed({ response, record, signal }: Exchange, script: ChatScript): Promise<void> {
    const { reply, tokens } = script;
    const faultAt = reply.fault ? Math.min(reply.faultAfterTokens ?? DEFAULT_FAULT_AFTER_TOKENS, tokens.length) : -1;
    const writeLine = (value: object) => writeNdjsonLine(response, value, reply.splitLines === true, signal);

    for (let index = 0; index <= tokens.length; index++) {
      if (index === faultAt) {
        if (reply.fault === "stall") return; // nothing more until the client or close() ends it
        if (reply.fault === "drop_socket") return this.drop(response);
        if (reply.fault === "error_midstream") {
          if (!(await writeLine({ error: script.midstreamError }))) return;
          response.end();
          return;
        }
      }
      const token = tokens[index];
      if (token === undefined) break;
      if (index > 0 && !(await pause(reply.interChunkDelayMs, signal))) return;
      if (!(await writeLine(script.tokenChunk(token)))) return;
      record.tokensSent++;
      record.tokenSentAt.push(performance.now());
      this.changes.emit("change");
    }
    if (!(await writeLine(script.finalChunk("")))) return;
    response.end();
  }

  private drop(response: ServerResponse): void {
    droppedByUs.add(response);
    const socket = response.socket;
    if (!socket) return;
    // What was written goes out first, as when Ollama dies mid-reply: the client sees the tokens,
    // then the close. Destroying at once could discard them, making it a close before any answer.
    socket.write("", () => socket.destroy());
  }
}

/** Responses whose socket we destroyed on purpose (drop_socket): not a client abort. */
const droppedByUs = new WeakSet<ServerResponse>();

/** Builds the NDJSON objects of one scripted chat, with plausible nanosecond timings. */
class ChatScript {
  readonly tokens: string[];
  readonly midstreamError = "an error was encountered while running the model: unexpected EOF";
  private firstTokenAt: number | undefined;

  constructor(
    private readonly model: string,
    readonly reply: FakeReply,
    private readonly messages: unknown,
    private readonly receivedAt: number,
  ) {
    this.tokens = reply.tokens ?? splitIntoTokens(reply.text ?? "");
  }

  tokenChunk(content: string): object {
    this.firstTokenAt ??= performance.now();
    return {
      model: this.model,
      created_at: new Date().toISOString(),
      message: { role: "assistant", content },
      done: false,
      ...(this.reply.stampTokens ? { sent_at_ns: process.hrtime.bigint().toString() } : {}),
    };
  }

  finalChunk(content: string): object {
    const now = performance.now();
    const firstTokenAt = this.firstTokenAt ?? now;
    const toNs = (ms: number) => Math.max(0, Math.round(ms * 1e6));
    return {
      model: this.model,
      created_at: new Date().toISOString(),
      message: { role: "assistant", content },
      done_reason: "stop",
      done: true,
      total_duration: toNs(now - this.receivedAt),
      load_duration: toNs(Math.min(1, firstTokenAt - this.receivedAt)),
      prompt_eval_count: promptTokenCount(this.messages),
      prompt_eval_duration: toNs(firstTokenAt - this.receivedAt),
      eval_count: this.tokens.length,
      eval_duration: toNs(now - firstTokenAt),
      ...(this.reply.stampTokens ? { sent_at_ns: process.hrtime.bigint().toString() } : {}),
    };
  }
}

/** Writes one NDJSON line (whole, or cut into pieces); false once the connection is gone. */
async function writeNdjsonLine(
  response: ServerResponse,
  value: object,
  split: boolean,
  signal: AbortSignal,
): Promise<boolean> {
  if (signal.aborted || response.destroyed) return false;
  if (!response.headersSent) response.writeHead(200, { "Content-Type": NDJSON_TYPE });
  const bytes = Buffer.from(`${JSON.stringify(value)}\n`, "utf8");
  if (!split) {
    response.write(bytes);
    return true;
  }
  let start = 0;
  for (const cut of cutPoints(bytes)) {
    response.write(bytes.subarray(start, cut));
    start = cut;
    // A short pause so the pieces leave as separate packets instead of being coalesced.
    if (!(await pause(1, signal))) return false;
  }
  response.write(bytes.subarray(start));
  return true;
}

/** Cut positions: a third of the way, inside the first multi-byte character, and two thirds in. */
function cutPoints(bytes: Buffer): number[] {
  const firstMultiByte = bytes.findIndex((byte) => byte >= 0xc0);
  const cuts = [Math.floor(bytes.length / 3), Math.floor((bytes.length * 2) / 3)];
  if (firstMultiByte >= 0) cuts.push(firstMultiByte + 1);
  return [...new Set(cuts)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts; the timer never outlives the connection. */
function pause(ms: number | undefined, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (!ms || ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { "Content-Type": JSON_TYPE }).end(JSON.stringify(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function modelField(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const name = body["model"] ?? body["name"];
  return typeof name === "string" && name !== "" ? name : undefined;
}

/** Ollama treats "llama3.2" and "llama3.2:latest" as the same model. */
function normalizeModelName(name: string): string {
  return name.includes(":") ? name : `${name}:latest`;
}

function promptTokenCount(messages: unknown): number {
  if (!Array.isArray(messages)) return 0;
  return messages.reduce<number>((count, message) => {
    const content = isObject(message) && typeof message["content"] === "string" ? message["content"] : "";
    return count + splitIntoTokens(content).length + 4;
  }, 0);
}

const MODEL_DETAILS = {
  parent_model: "",
  format: "gguf",
  family: "llama",
  families: ["llama"],
  parameter_size: "1.2B",
  quantization_level: "Q8_0",
};
const MODEL_SIZE = 1_321_098_329;
const MODIFIED_AT = "2025-01-01T00:00:00.000Z";

function describeModel(name: string) {
  const digest = createHash("sha256").update(name).digest("hex");
  return { name, model: name, modified_at: MODIFIED_AT, size: MODEL_SIZE, digest, details: MODEL_DETAILS };
}

function describeLoadedModel(name: string) {
  const { model, size, digest, details } = describeModel(name);
  const expiresAt = new Date(Date.now() + 5 * 60_000).toISOString();
  return { name, model, size, digest, details, expires_at: expiresAt, size_vram: MODEL_SIZE, context_length: 4096 };
}

function describeShow(name: string) {
  return {
    license: "",
    modelfile: `# Modelfile generated by fake-ollama\nFROM ${name}\n`,
    parameters: "stop \"<|eot_id|>\"",
    template: "{{ .Prompt }}",
    details: MODEL_DETAILS,
    model_info: { "general.architecture": "llama", "llama.context_length": 131072 },
    capabilities: ["completion", "tools"],
    modified_at: MODIFIED_AT,
  };
}
