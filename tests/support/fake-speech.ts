import http from "node:http";
import type { AddressInfo } from "node:net";

// A small real HTTP server speaking the OpenAI-compatible speech APIs: /v1/audio/speech (Piper
// servers) and /v1/audio/transcriptions (Whisper servers).

export type SpeechFault = "http_500" | "drop_socket" | "no_text";

export interface SpeechCall {
  path: string;
  /** /v1/audio/speech: the JSON body. */
  json?: Record<string, unknown>;
  /** /v1/audio/transcriptions: the form's text fields and the file's name, type and bytes. */
  fields?: Record<string, string>;
  file?: { name: string; type: string; bytes: Buffer };
}

export interface FakeSpeech {
  url: string;
  calls: SpeechCall[];
  transcript: string;
  fault?: SpeechFault;
  reset(): void;
  close(): Promise<void>;
}

/** The bytes the fake "speaks": a recognisable function of the input. */
export function fakeAudio(input: string, voice: string): Buffer {
  return Buffer.from(`ID3 fake mp3 (${voice}): ${input}`, "utf8");
}

export async function startFakeSpeech(): Promise<FakeSpeech> {
  const state: FakeSpeech = {
    url: "",
    calls: [],
    transcript: "Ich hätte gern einen Kaffee, bitte.",
    reset() {
      state.calls.length = 0;
      state.fault = undefined;
      state.transcript = "Ich hätte gern einen Kaffee, bitte.";
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void answer(request, response, Buffer.concat(chunks)).catch((error: unknown) => {
        response.writeHead(400).end(String(error));
      });
    });
  });

  async function answer(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer) {
    const path = request.url ?? "";
    const call: SpeechCall = { path };
    state.calls.push(call);
    if (path === "/v1/audio/speech" && request.method === "POST") {
      call.json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    } else if (path === "/v1/audio/transcriptions" && request.method === "POST") {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": request.headers["content-type"] ?? "" } }).formData();
      call.fields = {};
      for (const [key, value] of form.entries()) {
        if (typeof value === "string") call.fields[key] = value;
        else call.file = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
      }
    } else {
      response.writeHead(404).end();
      return;
    }
    if (state.fault === "drop_socket") return void request.socket.destroy();
    if (state.fault === "http_500") return void response.writeHead(500, { "content-type": "application/json" }).end('{"error":"model crashed"}');
    if (call.json) {
      response.writeHead(200, { "content-type": "audio/mpeg" }).end(fakeAudio(String(call.json.input), String(call.json.voice)));
    } else {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(state.fault === "no_text" ? { segments: [] } : { text: ` ${state.transcript} ` }));
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
