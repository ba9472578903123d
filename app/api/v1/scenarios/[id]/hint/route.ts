import { z } from "zod";
import { authenticateMutation } from "@/lib/api-auth";
import { requestHint } from "@/lib/coach/hints";
import { ApiError, apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

const hintInput = z.strictObject({ objective_id: z.string().min(1).max(100).optional() });

/** The next step of the hint ladder; each step lowers what its objective still pays. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  const input = hintInput.safeParse((await readOptionalJson(request)) ?? {});
  if (!input.success) throw new ApiError("invalid_input", "Send {} or {\"objective_id\": \"…\"}.");
  const hint = requestHint({ userId: user.id, scenarioId: (await params).id, objectiveId: input.data.objective_id });
  return Response.json({ hint });
});
