import { accountInput } from "@/lib/auth/account-input";
import { registerAccount } from "@/lib/auth/accounts";
import { apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

// First run only: creates the owner account while no user exists.
export const POST = apiRoute(async (request) => {
  assertSameOrigin(request);
  const input = await readJson(request, accountInput);
  const user = await registerAccount(input, { asOwner: true });
  return Response.json({ id: user.id, name: user.name, email: user.email }, { status: 201 });
});
