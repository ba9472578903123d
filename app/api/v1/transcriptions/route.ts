import { authenticateMutation } from "@/lib/api-auth";
import { ApiError, apiRoute } from "@/lib/errors";
import { readBodyBytes, whileRequestLives } from "@/lib/http";
import { AUDIO_MAX_BYTES, transcribeAudio } from "@/lib/speech/proxy";

export const dynamic = "force-dynamic";

// The form around the audio (boundaries, field headers) gets a little room above the audio cap.
const FORM_OVERHEAD_BYTES = 64 * 1024;

// A multipart upload with `file` → {"text"}: the audio is read with a cap, passed on, and dropped.
export const POST = apiRoute(async (request) => {
  await authenticateMutation(request);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) throw new ApiError("unsupported_media_type", "Send the recording as multipart/form-data with a `file` field.");
  const bytes = await readBodyBytes(request, AUDIO_MAX_BYTES + FORM_OVERHEAD_BYTES);
  const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new ApiError("invalid_input", "file: The form could not be read.", { fields: { file: "The form could not be read." } });
  });
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new ApiError("invalid_input", "file: Attach the recording as `file`.", { fields: { file: "Attach the recording as `file`." } });
  return Response.json(await whileRequestLives(request, (signal) => transcribeAudio(file, signal)));
});
