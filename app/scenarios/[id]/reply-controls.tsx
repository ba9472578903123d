"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { useProfile } from "../../components/use-profile";
import type { ReplySpeed } from "./coach-types";
import { InlineError } from "./correction-view";
import { REPLY_SPEEDS } from "./reply-pacing";
import type { ReplyStream } from "./reply-stream";
import type { ChatMessage } from "./scene-types";
import { useReplyVoice, useTextFollowsVoice, voiceHoldFor, type VoiceStatus } from "./use-speech";

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
      {/* Busy, not disabled, while saving: a disabled control drops the keyboard focus. */}
      <div className="learning-control-fields">
        <div className="compact-field">
          <label htmlFor="reply-speed">Reply speed</label>
          <select id="reply-speed" value={speed} disabled={!profile} aria-disabled={saving || undefined} onChange={(event) => {
              if (!saving) void save({ reply_speed: event.target.value as ReplySpeed });
            }}
          >
            {REPLY_SPEEDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={profile?.speak_replies ?? false}
            disabled={!profile}
            aria-disabled={saving || undefined}
            onChange={(event) => {
              if (!saving) void save({ speak_replies: event.target.checked });
            }}
            aria-describedby="reply-voice-note"
          />{" "}
          Speak
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

/** A modal dialog is open: the page's shortcuts belong to it then. */
function dialogOpen(): boolean {
  return document.querySelector("dialog[open]") !== null;
}

/**
 * Pause and Show all beside the composer while a reply is on screen; Pause holds the voice too, and once the text
 * has all shown, Pause and Stop voice act on the voice still reading it.
 * Alt+P pauses or resumes and Alt+A shows all, even while typing (event.code: Option+P on a Mac types π).
 */
export function ReplyControls({ stream }: { stream: ReplyStream }) {
  const display = useSyncExternalStore(stream.subscribe, stream.getDisplay, stream.getDisplay);
  const hold = voiceHoldFor(stream);
  const reading = useSyncExternalStore(stream.subscribe, () => stream.getSpoken() !== null, () => false);
  const voicePaused = useSyncExternalStore(hold.subscribe, hold.isPaused, () => false);
  const voiceOn = useSyncExternalStore(hold.subscribe, hold.isAttached, () => false);
  const voiceOnly = !display.active && (reading || voicePaused);
  const paused = display.active ? display.paused : voicePaused;

  const togglePause = useCallback(() => {
    const now = stream.getDisplay();
    if (now.paused) stream.resume();
    else if (now.active) stream.pause();
    else if (hold.isPaused()) hold.resume();
    else if (stream.getSpoken() !== null) hold.pause();
  }, [stream, hold]);
  const showAll = useCallback(() => {
    if (stream.getDisplay().behind) stream.showAll();
  }, [stream]);

  const stopVoice = useCallback(() => {
    const wasVoiceOnly = !stream.getDisplay().active;
    hold.stop();
    // The controls go with the voice: the focus goes on to the message box rather than the page.
    if (wasVoiceOnly) document.getElementById("composer-input")?.focus({ preventScroll: true });
  }, [stream, hold]);

  // The keys are only taken while there is something for them to do: otherwise Option+P types π on a Mac.
  const shown = display.active || voiceOnly;
  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || dialogOpen()) return;
      if (event.code === "KeyP") {
        if (!event.repeat) togglePause();
      } else if (event.code === "KeyA" && stream.getDisplay().active) {
        if (!event.repeat) showAll();
      } else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shown, stream, togglePause, showAll]);

  if (!shown) return null;
  return (
    <div className="reply-controls" role="group" aria-label={voiceOnly ? "Reply voice" : "Reply display"}>
      <button type="button" className="button button-small" aria-keyshortcuts="Alt+P" onClick={togglePause}>
        {paused ? "Resume" : "Pause"}
      </button>
      {display.active ? (
        // Always there while the text shows, aria-disabled when nothing is behind: coming and going per token it jumped, and took the focus with it.
        <button type="button" className="button button-small" aria-keyshortcuts="Alt+A" aria-disabled={!display.behind || undefined} onClick={showAll}>
          Show all
        </button>
      ) : null}
      {voiceOn ? (
        <button type="button" className="button button-small" onClick={stopVoice}>
          Stop voice
        </button>
      ) : null}
      <span className="reply-controls-note">
        <span role="status">{paused ? (display.active ? "Paused: the rest keeps arriving. " : "Voice paused. ") : ""}</span>
        <span className="reply-controls-keys">
          Alt+P {paused ? "resume" : "pause"}
          {display.active ? " · Alt+A show all" : ""}
        </span>
      </span>
    </div>
  );
}
