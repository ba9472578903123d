import { countUsers } from "@/db/queries/users";
import { accountInput } from "@/lib/auth/account-input";
import { registerAccount } from "@/lib/auth/accounts";
import { env } from "@/lib/env";
import { ApiError, apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

export const POST = apiRoute(async (request) => {
  assertSameOrigin(request);
  if (countUsers() === 0) throw new ApiError("forbidden", "Create the owner account at /setup first.");
  if (!env().ALLOW_SIGNUP) throw new ApiError("signup_closed", "Sign-up is closed on this site. Ask its owner for an account.");
  const input = await readJson(request, accountInput);
  const user = await registerAccount(input, { asOwner: false });
  return Response.json({ id: user.id, name: user.name, email: user.email }, { status: 201 });
});
