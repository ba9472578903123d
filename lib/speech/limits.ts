// Speech limits the browser and the server share, so the page stops a recording before the server would refuse it.

/** The largest recording POST /api/v1/transcriptions accepts. */
export const AUDIO_MAX_BYTES = 10 * 1024 * 1024;
