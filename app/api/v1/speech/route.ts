import { z } from "zod";
import { authenticateMutation } from "@/lib/api-auth";
import { apiRoute } from "@/lib/errors";
import { readJson, whileRequestLives } from "@/lib/http";
import { synthesizeSpeech } from "@/lib/speech/proxy";

export const dynamic = "force-dynamic";

const speechInput = z.object({
  text: z.string({ error: "text must be a string." }),
  voice: z.string().min(1).max(100).optional(),
});

// Text to audio through TTS_URL; the length cap (413) is the proxy's.
export const POST = apiRoute(async (request) => {
  await authenticateMutation(request);
  const { text, voice } = await readJson(request, speechInput);
  // Held until the speech server answers; after that a client gone away cancels the audio body itself.
  return whileRequestLives(request, (signal) => synthesizeSpeech({ text, voice }, signal));
});
