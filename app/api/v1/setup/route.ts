import { countUsers } from "@/db/queries/users";
import { accountInput } from "@/lib/auth/account-input";
import { registerAccount } from "@/lib/auth/accounts";
import { ApiError, apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

// First run only: creates the owner account while no user exists.
export const POST = apiRoute(async (request) => {
  assertSameOrigin(request);
  // Checked again inside the insert's transaction; this early answer spares a password hash.
  if (countUsers() > 0) throw new ApiError("already_set_up", "This site is already set up. Sign in instead.");
  const input = await readJson(request, accountInput);
  const user = await registerAccount(input, { asOwner: true });
  return Response.json({ id: user.id, name: user.name, email: user.email }, { status: 201 });
});
