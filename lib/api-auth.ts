import "server-only";
import { authenticate } from "@/lib/auth/request";
import { assertSameOrigin } from "@/lib/http";

/** For mutating /api/v1 routes: a token, or a same-site session. */
export async function authenticateMutation(request: Request) {
  const auth = await authenticate(request);
  if (auth.via === "session") assertSameOrigin(request);
  return auth;
}
