import { z } from "zod";
import { updatePasswordHash } from "@/db/queries/users";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { confirmPassword } from "@/lib/auth/password-check";
import { authenticate } from "@/lib/auth/request";
import { apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

const changeInput = z.object({
  current_password: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX, "That is not your current password."),
  new_password: z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export const POST = apiRoute(async (request) => {
  const { user } = await authenticate(request, { sessionOnly: true });
  assertSameOrigin(request);
  const input = await readJson(request, changeInput);
  await confirmPassword(user, input.current_password);
  updatePasswordHash({ id: user.id, passwordHash: await hashPassword(input.new_password) });
  return new Response(null, { status: 204 });
});
