import { authenticate } from "@/lib/auth/request";
import { defaultModels } from "@/lib/coach/profile";
import { apiRoute } from "@/lib/errors";
import { installedModels } from "@/lib/llm/models";

/** What Ollama has installed, for the character and coach model pickers. */
export const GET = apiRoute(async (request) => {
  await authenticate(request);
  return Response.json({ ...(await installedModels()), defaults: defaultModels() });
});
