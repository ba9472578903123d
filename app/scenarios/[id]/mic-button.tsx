"use client";

import { useEffect, useState } from "react";
import { useRecorder } from "./use-recorder";

// Long enough to read "check it, then send"; errors stay until the next try.
const INFO_VISIBLE_MS = 8000;

/** The composer's microphone: records, transcribes, and hands the text to the input box. */
export function MicButton({ onTranscript }: { onTranscript: (text: string) => void }) {
  const recorder = useRecorder({ onTranscript });
  const { phase, notice, dismiss } = recorder;
  const recording = phase === "recording";
  const busy = phase === "starting" || phase === "transcribing";

  useEffect(() => {
    if (notice?.kind !== "info") return;
    const timer = setTimeout(dismiss, INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  const status =
    phase === "starting"
      ? "Starting the microphone …"
      : phase === "recording"
        ? "Recording: speak German. Press the red Stop button when you are done, or Escape to discard."
        : phase === "transcribing"
          ? "Transcribing your recording …"
          : notice?.kind === "info"
            ? notice.message
            : "";

  return (
    <>
      <button
        type="button"
        className={`button composer-mic${recording ? " composer-mic-recording" : ""}`}
        aria-label={recording ? "Stop recording" : "Record your message"}
        title={recording ? "Stop recording" : "Record your message (speak German)"}
        aria-describedby="composer-mic-status"
        // Busy, not disabled: a disabled button drops the keyboard focus, and the learner's next Enter with it.
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={busy ? undefined : recording ? recorder.stop : () => void recorder.start()}
      >
        {recording ? <span className="composer-mic-stop" aria-hidden="true" /> : <MicIcon />}
      </button>
      <div className="composer-mic-lines">
        <p className="composer-mic-status">
          {/* Outside the live region: a clock read out every second would drown the message. */}
          {recording ? <RecordingClock since={recorder.startedAt} /> : null}
          <span id="composer-mic-status" role="status">
            {status}
          </span>
        </p>
        {notice?.kind === "error" ? (
          <p className="composer-mic-error" role="alert">
            {notice.message}
          </p>
        ) : null}
      </div>
    </>
  );
}

/** Minutes and seconds since the recording started; only this re-renders while it runs. */
function RecordingClock({ since }: { since: number }) {
  const [now, setNow] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <span className="composer-mic-clock" aria-hidden="true">
      <span className="composer-mic-dot" />
      <span className="composer-mic-time">
        {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
      </span>
    </span>
  );
}

function MicIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0M12 18v3M8.5 21h7" />
    </svg>
  );
}
