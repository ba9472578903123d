"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { useProfile } from "../../components/use-profile";
import type { ReplySpeed } from "./coach-types";
import { InlineError } from "./correction-view";
import type { ChatMessage } from "./scene-types";
import { REPLY_SPEEDS } from "./reply-pacing";
import type { ReplyStream } from "./reply-stream";
import { useReplyVoice, useTextFollowsVoice, type VoiceStatus } from "./use-speech";

/** What the voice line says; nothing while speaking is off or working. */
function voiceNote(status: VoiceStatus): string | null {
  switch (status.kind) {
    case "no_voice":
      return status.supported ? "This browser has no German voice, so replies are not spoken. Settings → Replies says more." : "This browser cannot speak, so replies are not spoken.";
    case "failed":
      return `Speaking stopped: ${status.message}`;
    default:
      return null;
  }
}

/**
 * The reply's display speed, Pause, Show all and the voice, beside the composer.
 * Alt+P pauses or resumes and Alt+A shows all, even while typing (event.code: Option+P on a Mac types π).
 */
export function ReplyControls({ stream, replyStatus }: { stream: ReplyStream; replyStatus: ChatMessage["status"] | undefined }) {
  const { profile, error, saving, save } = useProfile();
  const display = useSyncExternalStore(stream.subscribe, stream.getDisplay, stream.getDisplay);
  const [follow] = useTextFollowsVoice();
  const voice = useReplyVoice(stream, { speak: profile?.speak_replies ?? false, voice: profile?.voice ?? null, serverVoice: profile?.capabilities.server_voice ?? false, follow });
  const speed = profile?.reply_speed ?? "instant";

  useEffect(() => stream.setSpeed(speed), [stream, speed]);

  // Stop keeps the partial reply: it shows whole, and the voice falls silent.
  const { stop: silence } = voice;
  const lastStatus = useRef(replyStatus);
  useEffect(() => {
    if (replyStatus === "interrupted" && lastStatus.current !== "interrupted") {
      silence();
      stream.showAll();
    }
    lastStatus.current = replyStatus;
  }, [replyStatus, silence, stream]);

  const { pause: pauseVoice, resume: resumeVoice } = voice;
  const togglePause = useCallback(() => {
    const now = stream.getDisplay();
    if (now.paused) {
      stream.resume();
      resumeVoice();
    } else if (now.active) {
      stream.pause();
      pauseVoice();
    }
  }, [stream, pauseVoice, resumeVoice]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === "KeyP") togglePause();
      else if (event.code === "KeyA") stream.showAll();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [stream, togglePause]);

  const note = voiceNote(voice.status);
  return (
    <div className="reply-controls" role="group" aria-label="Reply display">
      <div className="reply-controls-row">
        <div className="inline-field">
          <label htmlFor="reply-speed">Reply speed</label>
          <select id="reply-speed" value={speed} disabled={!profile || saving} onChange={(event) => void save({ reply_speed: event.target.value as ReplySpeed })}>
            {REPLY_SPEEDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <label className="inline-check">
          <input type="checkbox" checked={profile?.speak_replies ?? false} disabled={!profile || saving} onChange={(event) => void save({ speak_replies: event.target.checked })} /> Speak replies
        </label>
        {display.active ? (
          <button type="button" className="button button-small" aria-keyshortcuts="Alt+P" onClick={togglePause}>
            {display.paused ? "Resume" : "Pause"}
          </button>
        ) : null}
        {display.behind ? (
          <button type="button" className="button button-small" aria-keyshortcuts="Alt+A" onClick={() => stream.showAll()}>
            Show all
          </button>
        ) : null}
        {display.active ? (
          <span className="reply-controls-keys">
            Alt+P {display.paused ? "resume" : "pause"}
            {display.behind ? " · Alt+A show all" : ""}
          </span>
        ) : null}
      </div>
      {display.paused ? (
        <p className="reply-controls-note" role="status">
          Paused: the rest keeps arriving and shows when you resume.
        </p>
      ) : null}
      {note ? (
        <p className="reply-controls-note" role="status">
          {note}
        </p>
      ) : null}
      <InlineError error={error ?? undefined} />
    </div>
  );
}
