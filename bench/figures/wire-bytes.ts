import http from "node:http";
import { createSseParser } from "../../lib/sse/parse";
import { BENCH_MODEL } from "../lib/direct-client";
import { pacedReply } from "../lib/fake-server";
import { benchMessage } from "../lib/slots";
import { atMost } from "../lib/targets";
import type { FigureModule } from "../lib/types";

/** One request on its own socket; every byte the socket read (status line, headers, chunk framing, body). */
function rawExchange(url: string, path: string, headers: Record<string, string>, body: string): Promise<{ socketBytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${path}`, { method: "POST", agent: false, headers: { ...headers, "Content-Length": Buffer.byteLength(body), Connection: "close" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const socket = response.socket;
        const finish = () => resolve({ socketBytes: socket.bytesRead, body: Buffer.concat(chunks) });
        if (socket.destroyed) finish();
        else socket.once("close", finish);
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

export const wireBytesFigure: FigureModule = {
  id: "9",
  title: "Wire bytes per token",
  async run({ app, counts, fake, slots, details }) {
    const { tokens } = counts.wire;
    fake.setDefault(pacedReply(tokens, 0));
    const slot = await slots.ready(slots.next());
    const appExchange = await rawExchange(app.url, `/api/v1/scenarios/${slot.scenarioId}/message/stream`, { Authorization: `Bearer ${slot.account.token}`, "Content-Type": "application/json" }, JSON.stringify({ message: benchMessage() }));
    slot.turnsSinceStart++;
    const parser = createSseParser();
    const events = [...parser.push(appExchange.body), ...parser.end()];
    const relayed = events.filter((event) => event.type === "token").length;
    if (relayed !== tokens) throw new Error(`app relayed ${relayed} of ${tokens} tokens`);
    const directExchange = await rawExchange(fake.url, "/api/chat", { "Content-Type": "application/json" }, JSON.stringify({ model: BENCH_MODEL, messages: [{ role: "user", content: benchMessage() }], stream: true }));
    const contentBytes = Buffer.byteLength(pacedReply(tokens, 0).tokens?.join("") ?? "");
    details["9"] = { tokens, appSocketBytes: appExchange.socketBytes, appBodyBytes: appExchange.body.length, directSocketBytes: directExchange.socketBytes, contentBytes };
    return [
      atMost(
        {
          id: "9",
          name: `Wire bytes per token (${tokens}-token turn, all bytes on the socket)`,
          value: appExchange.socketBytes / tokens,
          unit: "B",
          baseline: directExchange.socketBytes / tokens,
          note: `of which token text ${(contentBytes / tokens).toFixed(1)} B; baseline: Ollama NDJSON`,
        },
        60,
      ),
    ];
  },
};
