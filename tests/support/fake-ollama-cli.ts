// Runs the fake Ollama on its own for manual development and demos:
//   npx tsx tests/support/fake-ollama-cli.ts [--port 11435] [--host 127.0.0.1] [--model llama3.2:1b]
// then start the app with OLLAMA_HOST=<printed url>. Each built-in scene's character answers in
// its own voice and leads toward the scene's open objectives (tests/support/fake-ollama-scenes.ts).
import { parseArgs } from "node:util";
import { DEFAULT_FAKE_MODELS, startFakeOllama, type FakeReply } from "./fake-ollama";
import { sceneReplyText } from "./fake-ollama-scenes";

const DEFAULT_PORT = 11435;

// Paced like a small model on a laptop, so the typing indicator and streaming are visible.
function demoReply(messages: unknown[]): FakeReply {
  return { text: sceneReplyText(messages), firstChunkDelayMs: 400, interChunkDelayMs: 60 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      model: { type: "string", multiple: true },
    },
  });
  const port = Number(values.port ?? process.env.FAKE_OLLAMA_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid port: ${values.port}`);

  const fake = await startFakeOllama({ port, host: values.host, defaultReply: demoReply });
  // Serve whatever model the app is configured for, so no env has to change for a demo.
  const models = values.model ?? [process.env.OLLAMA_MODEL ?? DEFAULT_FAKE_MODELS[0] ?? "llama3.2:1b"];
  fake.setModels(models);
  console.log(`fake-ollama listening on ${fake.url} (models: ${models.join(", ")})`);
  console.log(`start the app with OLLAMA_HOST=${fake.url}`);

  const stop = () => void fake.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
