import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute } from "./errors";
import { readJson, whileRequestLives } from "./http";

afterEach(() => vi.restoreAllMocks());

/** A JSON upload whose connection breaks after the first chunk, as Next reports a client that hung up. */
function cutOffUpload(): Request {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      sent = true;
      controller.enqueue(new TextEncoder().encode('{"message": "Guten'));
    },
  });
  return new Request("http://localhost:3000/api/v1/scenarios/restaurant/message", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("an upload the client cuts off", () => {
  it("is logged as one informational line, not an internal error with a stack", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const infos = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const route = apiRoute(async (request: Request) => Response.json(await readJson(request, z.object({ message: z.string() }))));

    const response = await route(cutOffUpload(), {});

    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("request_aborted");
    expect(errors).not.toHaveBeenCalled();
    expect(infos).toHaveBeenCalledTimes(1);
    expect(infos.mock.calls[0]).toEqual(["[api] POST /api/v1/scenarios/restaurant/message: the client closed the connection before its body arrived"]);
  });
});

describe("whileRequestLives", () => {
  it("holds the request while work on its signal runs, so the client going away still reaches the work after a collection", async () => {
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    const client = new AbortController();
    let seen: AbortSignal | undefined;
    // The request is made and dropped here, as a route handler drops it while it awaits the work.
    const work = whileRequestLives(new Request("http://localhost/", { method: "POST", signal: client.signal }), (signal) => {
      seen = signal;
      return new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    });
    for (let round = 0; round < 3; round++) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    client.abort();
    await Promise.race([work, new Promise((resolve) => setTimeout(resolve, 500))]);
    expect(seen?.aborted).toBe(true);
  });
});
