import { authenticateMutation } from "@/lib/api-auth";
import { checkOwnMessage } from "@/lib/coach/check-message";
import { apiRoute } from "@/lib/errors";
import { readOptionalJson } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticateMutation(request);
  await readOptionalJson(request);
  return Response.json(checkOwnMessage({ userId: user.id, messageId: (await params).id }));
});
