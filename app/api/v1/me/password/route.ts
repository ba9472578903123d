import { z } from "zod";
import { updatePassword } from "@/db/queries/users";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { confirmPassword } from "@/lib/auth/password-check";
import { authenticate, renewedSessionCookie } from "@/lib/auth/request";
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
  // Every other sign-in ends (a stolen session must not outlive the password); this browser's is renewed.
  const sessionEpoch = updatePassword({ id: user.id, passwordHash: await hashPassword(input.new_password) });
  const renewed = sessionEpoch === undefined ? undefined : await renewedSessionCookie(request, sessionEpoch);
  return new Response(null, { status: 204, headers: renewed ? { "set-cookie": renewed } : undefined });
});
