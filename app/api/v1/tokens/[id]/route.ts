import { deleteApiToken } from "@/db/queries/api-tokens";
import { authenticate } from "@/lib/auth/request";
import { ApiError, apiRoute } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request, { sessionOnly: true });
  assertSameOrigin(request);
  const { id } = await params;
  if (!deleteApiToken({ userId: user.id, id })) throw new ApiError("not_found", "No such token.");
  return new Response(null, { status: 204 });
});
