// The floor for figure 1: the least a Next route handler can do to relay the model's reply as SSE.
// No auth, no database, no prompt: the same `ollama` client, the same frames, nothing else.
import { Ollama } from "ollama";

export const dynamic = "force-dynamic";

const encoder = new TextEncoder();
const frame = (id, event) => encoder.encode(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`);

export async function POST(request) {
  const { message } = await request.json();
  const ollama = new Ollama({ host: process.env.OLLAMA_HOST });
  const reply = ollama.chat({ model: process.env.OLLAMA_MODEL ?? "llama3.2:1b", messages: [{ role: "user", content: message }], stream: true });
  const body = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(": ok\n\n"));
      let id = 1;
      for await (const part of await reply) {
        if (part.message?.content) controller.enqueue(frame(id++, { type: "token", content: part.message.content }));
      }
      controller.enqueue(frame(id, { type: "complete" }));
      controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" } });
}
