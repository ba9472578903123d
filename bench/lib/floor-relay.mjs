// The cheapest relay Node can be: read Ollama's NDJSON with fetch, write one SSE frame per token
// with node:http. No auth, no database, no framework. Figure 6 runs it as the CPU floor of this
// machine. Usage: node floor-relay.mjs <ollama url> <port>; prints "ready" once listening.
import http from "node:http";

const [upstream, port] = process.argv.slice(2);

async function readBody(request) {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

const server = http.createServer(async (request, response) => {
  const { message } = JSON.parse(await readBody(request));
  response.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform" });
  response.write(": ok\n\n");
  const upstreamResponse = await fetch(`${upstream}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ model: "llama3.2:1b", messages: [{ role: "user", content: message }], stream: true }),
  });
  const decoder = new TextDecoder();
  let buffer = "";
  let id = 1;
  for await (const chunk of upstreamResponse.body) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let newline = buffer.indexOf("\n"); newline !== -1; newline = buffer.indexOf("\n")) {
      const part = JSON.parse(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (part.message?.content) response.write(`id: ${id++}\ndata: ${JSON.stringify({ type: "token", content: part.message.content })}\n\n`);
    }
  }
  response.end(`id: ${id}\ndata: {"type":"complete"}\n\n`);
});

server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
