import { authenticate } from "@/lib/auth/request";
import { conversationReport } from "@/lib/coach/report";
import { apiRoute } from "@/lib/errors";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const { user } = await authenticate(request);
  return Response.json(conversationReport({ userId: user.id, conversationId: (await params).id }));
});
