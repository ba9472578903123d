import { z } from "zod";
import { deleteUser } from "@/db/queries/users";
import { PASSWORD_MAX } from "@/lib/auth/password";
import { confirmPassword } from "@/lib/auth/password-check";
import { authenticate, sessionClearingCookies } from "@/lib/auth/request";
import { apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

const deleteInput = z.object({ password: z.string().min(1, "Enter your password to confirm.").max(PASSWORD_MAX, "That is not your current password.") });

/** Deletes the account and everything it owns, then ends the session. */
export const DELETE = apiRoute(async (request) => {
  const { user } = await authenticate(request, { sessionOnly: true });
  assertSameOrigin(request);
  const { password } = await readJson(request, deleteInput);
  await confirmPassword(user, password);
  deleteUser({ id: user.id });
  const headers = new Headers();
  for (const cookie of sessionClearingCookies()) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 204, headers });
});
