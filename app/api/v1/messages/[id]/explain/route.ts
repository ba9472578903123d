import { authenticateMutation } from "@/lib/api-auth";
import { explainMessage } from "@/lib/coach/explain";
import { apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  await readOptionalJson(request);
  return Response.json(await explainMessage({ userId: user.id, messageId: (await params).id }));
});
