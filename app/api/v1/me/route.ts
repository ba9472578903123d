import { z } from "zod";
import { deleteUser } from "@/db/queries/users";
import { authenticateMutation } from "@/lib/api-auth";
import { PASSWORD_MAX } from "@/lib/auth/password";
import { confirmPassword } from "@/lib/auth/password-check";
import { authenticate, sessionClearingCookies } from "@/lib/auth/request";
import { changeProfile, profileJson, profilePatch } from "@/lib/coach/profile";
import { apiRoute } from "@/lib/errors";
import { assertSameOrigin, readJson } from "@/lib/http";

/** The learner's profile: level, correction mode and models, with the defaults the environment gives. */
export const GET = apiRoute(async (request) => {
  const { user } = await authenticate(request);
  return Response.json(profileJson(user));
});

export const PATCH = apiRoute(async (request) => {
  const { user } = await authenticateMutation(request);
  const patch = await readJson(request, profilePatch);
  return Response.json(profileJson(await changeProfile(user, patch)));
});

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
