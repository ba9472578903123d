import { z } from "zod";
import { createApiToken, listApiTokens } from "@/db/queries/api-tokens";
import { generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import { authenticate } from "@/lib/auth/request";
import { apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";
import { tokenJson } from "./token-json";

const createInput = z.object({ name: z.string().trim().min(1, "Give the token a name.").max(100, "Use at most 100 characters.") });

export const GET = apiRoute(async (request) => {
  const { user } = await authenticate(request, { sessionOnly: true });
  return Response.json({ tokens: listApiTokens({ userId: user.id }).map(tokenJson) });
});

export const POST = apiRoute(async (request) => {
  const { user } = await authenticate(request, { sessionOnly: true });
  assertSameOrigin(request);
  const { name } = await readJson(request, createInput);
  const token = generateApiToken();
  const created = createApiToken({ userId: user.id, name, tokenHash: hashApiToken(token), lastFour: token.slice(-4) });
  // The full value is shown this once; only its hash is stored.
  return Response.json({ ...tokenJson(created), token }, { status: 201 });
});
