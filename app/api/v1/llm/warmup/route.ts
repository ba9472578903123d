import { authenticateMutation } from "@/lib/api-auth";
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";
import { warmUp } from "@/lib/llm/warmup";

export const POST = apiRoute(async (request) => {
  await authenticateMutation(request);
  await readOptionalJson(request);
  return Response.json({ model: env().OLLAMA_MODEL, state: await warmUp() });
});
