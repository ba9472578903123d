"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { useProfile } from "../../components/use-profile";
import type { ReplySpeed } from "./coach-types";
import { InlineError } from "./correction-view";
import { REPLY_SPEEDS } from "./reply-pacing";
import type { ReplyStream } from "./reply-stream";
import type { ChatMessage } from "./scene-types";
import { useReplyVoice, useTextFollowsVoice, type VoiceStatus } from "./use-speech";

/** What the voice line says; nothing while speaking is off or working. */
function voiceNote(status: VoiceStatus): string | null {
  switch (status.kind) {
    case "no_voice":
      return status.supported ? "This browser has no German voice, so replies are not spoken." : "This browser cannot speak, so replies are not spoken.";
    case "failed":
      return `Speaking stopped: ${status.message}`;
    default:
      return null;
  }
}

/**
 * The learner's reply settings in the scene's side panel: display speed and Speak replies, saved to the profile.
 * It also runs the voice, so the voice lives as long as the scene, whatever the composer area shows.
 */
export function ReplyPreferences({ stream, replyStatus }: { stream: ReplyStream; replyStatus: ChatMessage["status"] | undefined }) {
  const { profile, error, saving, save } = useProfile();
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

  const note = voiceNote(voice.status);
  return (
    <section className="learning-control" aria-labelledby="reply-preferences-heading">
      <h2 id="reply-preferences-heading" className="side-heading">
        Replies
      </h2>
      <div className="learning-control-fields">
        <div className="compact-field">
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
          <input type="checkbox" checked={profile?.speak_replies ?? false} disabled={!profile || saving} onChange={(event) => void save({ speak_replies: event.target.checked })} aria-describedby="reply-voice-note" /> Speak
          replies
        </label>
      </div>
      <p id="reply-voice-note" className="field-hint" role="status">
        {note ? (
          <>
            {note} <Link href="/settings">Voices in Settings</Link>
          </>
        ) : (
          "Alt+P pauses a reply, Alt+A shows all of it."
        )}
      </p>
      <InlineError error={error ?? undefined} />
    </section>
  );
}

/**
 * Pause and Show all beside the composer while a reply is on screen; Pause holds the voice too.
 * Alt+P pauses or resumes and Alt+A shows all, even while typing (event.code: Option+P on a Mac types π).
 */
export function ReplyControls({ stream }: { stream: ReplyStream }) {
  const display = useSyncExternalStore(stream.subscribe, stream.getDisplay, stream.getDisplay);

  const togglePause = useCallback(() => {
    const now = stream.getDisplay();
    if (now.paused) stream.resume();
    else if (now.active) stream.pause();
  }, [stream]);
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

  if (!display.active) return null;
  return (
    <div className="reply-controls" role="group" aria-label="Reply display">
      <button type="button" className="button button-small" aria-keyshortcuts="Alt+P" onClick={togglePause}>
        {display.paused ? "Resume" : "Pause"}
      </button>
      {display.behind ? (
        <button type="button" className="button button-small" aria-keyshortcuts="Alt+A" onClick={() => stream.showAll()}>
          Show all
        </button>
      ) : null}
      <span className="reply-controls-note" role="status">
        {display.paused ? "Paused: the rest keeps arriving. " : ""}
        <span className="reply-controls-keys">
          Alt+P {display.paused ? "resume" : "pause"}
          {display.behind ? " · Alt+A show all" : ""}
        </span>
      </span>
    </div>
  );
}
