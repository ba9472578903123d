import "server-only";
import { createUser } from "@/db/queries/users";
import { ApiError } from "@/lib/errors";
import type { AccountInput } from "./account-input";
import { hashPassword } from "./password";

/** Creates the owner (first run) or a learner (open sign-up); the JSON routes and tests share it. */
export async function registerAccount(input: AccountInput, { asOwner }: { asOwner: boolean }) {
  const result = createUser({ ...input, passwordHash: await hashPassword(input.password), onlyIfFirst: asOwner });
  if (result.ok) return result.user;
  if (result.reason === "not_first") throw new ApiError("already_set_up", "This site is already set up. Sign in instead.");
  throw new ApiError("email_taken", "An account with this email already exists.", { fields: { email: "An account with this email already exists." } });
}
