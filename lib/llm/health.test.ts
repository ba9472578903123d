import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOllama, type FakeOllama } from "@/tests/support/fake-ollama";
import { reportOllamaHealth } from "./health";

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama();
  process.env.OLLAMA_HOST = fake.url;
  process.env.OLLAMA_MODEL = "llama3.2:1b";
});
afterAll(() => fake.close());

async function startupLine(): Promise<string> {
  const lines: string[] = [];
  await reportOllamaHealth((line) => lines.push(line), 1500);
  expect(lines).toHaveLength(1);
  return lines[0] ?? "";
}

// In this order: the last case closes the fake.
describe("the start-up line about Ollama", () => {
  it("says Ollama answered and the model is pulled", async () => {
    const line = await startupLine();
    expect(line).toBe(`[alltag] Ollama at ${fake.url} answered; model llama3.2:1b is pulled`);
  });

  it("says the model is missing and how to pull it", async () => {
    fake.setModels(["qwen2.5:0.5b"]);
    const line = await startupLine();
    expect(line).toContain(`Ollama at ${fake.url} answered`);
    expect(line).toContain("the model llama3.2:1b is not pulled");
    expect(line).toContain("`ollama pull llama3.2:1b`");
  });

  it("says Ollama did not answer and how to start it", async () => {
    await fake.close();
    const line = await startupLine();
    expect(line).toContain(`Ollama at ${fake.url} did not answer`);
    expect(line).toContain("`ollama serve`");
    expect(line).toContain("OLLAMA_HOST");
  });
});
