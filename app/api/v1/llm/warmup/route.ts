import { authenticateMutation } from "@/lib/api-auth";
import { characterModelFor } from "@/lib/coach/profile";
import { apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";
import { warmUp } from "@/lib/llm/warmup";

export const POST = apiRoute(async (request) => {
  const { user } = await authenticateMutation(request);
  await readOptionalJson(request);
  // The learner's own character model, so their first turn does not wait for a load.
  const model = characterModelFor(user);
  return Response.json({ model, state: await warmUp(undefined, model) });
});
