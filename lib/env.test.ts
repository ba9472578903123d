import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATA_DIR: "./data", OLLAMA_HOST: "http://127.0.0.1:11434", OLLAMA_MODEL: "llama3.2:1b", ALLOW_SIGNUP: false, TRUST_PROXY: 0, PORT: 3000 });
  });

  it("treats empty values as unset and parses flags", () => {
    expect(parseEnv({ OLLAMA_MODEL: "", ALLOW_SIGNUP: "true", PORT: "8080" })).toMatchObject({ OLLAMA_MODEL: "llama3.2:1b", ALLOW_SIGNUP: true, PORT: 8080 });
  });

  it("reads TRUST_PROXY as a number of proxies: a flag is one or none", () => {
    expect(["true", "1", "yes"].map((value) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY)).toEqual([1, 1, 1]);
    expect(["false", "0", "no"].map((value) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY)).toEqual([0, 0, 0]);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
  });

  it("reads the sampling temperature, 0.6 unless set", () => {
    expect(parseEnv({}).OLLAMA_TEMPERATURE).toBe(0.6);
    expect(parseEnv({ OLLAMA_TEMPERATURE: "0" }).OLLAMA_TEMPERATURE).toBe(0);
    expect(parseEnv({ OLLAMA_TEMPERATURE: "0.9" }).OLLAMA_TEMPERATURE).toBe(0.9);
  });

  it.each([
    ["OLLAMA_HOST", "not a url"],
    ["PORT", "eighty"],
    ["ALLOW_SIGNUP", "maybe"],
    ["TRUST_PROXY", "sometimes"],
    ["TRUST_PROXY", "9"],
    ["AUTH_SECRET", "short"],
    ["OLLAMA_FIRST_TOKEN_TIMEOUT_MS", "-5"],
    ["OLLAMA_TEMPERATURE", "hot"],
    ["OLLAMA_TEMPERATURE", "3"],
  ])("names %s in one line when it is invalid", (name, value) => {
    let caught: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    expect((caught as Error).message).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
    expect((caught as Error).message).not.toContain("\n");
  });
});
