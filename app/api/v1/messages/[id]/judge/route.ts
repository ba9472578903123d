import { authenticateMutation } from "@/lib/api-auth";
import { judgeOwnMessage } from "@/lib/coach/judge";
import { apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  await readOptionalJson(request);
  return Response.json(await judgeOwnMessage({ userId: user.id, messageId: (await params).id }));
});
