"use client";

import { useState, type FormEvent } from "react";
import { useProfile, type ProfileChange } from "../components/use-profile";
import type { Profile, ReplySpeed } from "../scenarios/[id]/coach-types";
import { CHARS_PER_SECOND, REPLY_SPEEDS } from "../scenarios/[id]/reply-pacing";
import { BrowserVoice, isServerVoice, pickVoice, SERVER_VOICE } from "../scenarios/[id]/speech-engines";
import { useGermanVoices, useTextFollowsVoice } from "../scenarios/[id]/use-speech";
import { SaveRow } from "../components/save-row";

const SPEED_HELP: Record<ReplySpeed, string> = {
  instant: "as fast as it arrives",
  fast: `about ${CHARS_PER_SECOND.fast} characters a second`,
  normal: `about ${CHARS_PER_SECOND.normal} characters a second`,
  slow: `about ${CHARS_PER_SECOND.slow} characters a second`,
};

const SAMPLE = "Guten Tag! Ich bin Hans, Ihr Kellner. Was darf ich Ihnen bringen?";

/** The German voices to choose from, with the server's engine first when the server has one. */
function VoiceChoice({ profile, voice, onChange }: { profile: Profile; voice: string; onChange: (voice: string) => void }) {
  const { voices, supported } = useGermanVoices();
  const serverVoice = profile.capabilities.server_voice;
  const browserVoices = voices ?? [];
  const usingServer = serverVoice && isServerVoice(voice || null);
  const fallback = pickVoice(browserVoices, null);
  const missing = voice !== "" && !isServerVoice(voice) && voices !== null && !browserVoices.some((option) => option.name === voice);
  const [tried, setTried] = useState(false);

  const none = voices !== null && browserVoices.length === 0 && !serverVoice;
  return (
    <div className="field">
      <label htmlFor="reply-voice">Voice</label>
      <select id="reply-voice" value={voice} onChange={(event) => onChange(event.target.value)} aria-describedby="reply-voice-hint" disabled={none}>
        <option value="">{fallback ? `Browser default (${fallback.name})` : "Browser default"}</option>
        {serverVoice ? <option value={SERVER_VOICE}>The server&apos;s voice (TTS server)</option> : null}
        {missing ? <option value={voice}>{voice} (not in this browser)</option> : null}
        {browserVoices.map((option) => (
          <option key={option.voiceURI} value={option.name}>
            {option.name} · {option.lang}
          </option>
        ))}
      </select>
      <p className="field-hint" id="reply-voice-hint">
        {voices === null
          ? "Looking for German voices in this browser …"
          : browserVoices.length === 0
            ? supported
              ? `This browser has no German voice${serverVoice ? ", but the server's voice works" : ", so replies cannot be spoken here. Install a German voice in your system (on Linux: speech-dispatcher with espeak-ng), or use another browser"}.`
              : `This browser cannot speak${serverVoice ? "; the server's voice works" : ""}.`
            : missing
              ? `“${voice}” is not in this browser: ${fallback?.name ?? "the default"} speaks instead.`
              : `${browserVoices.length} German voice${browserVoices.length === 1 ? "" : "s"} in this browser.`}
      </p>
      {!usingServer && fallback ? (
        <button
          type="button"
          className="button button-small field-action"
          onClick={() => {
            const picked = pickVoice(browserVoices, voice || null);
            if (!picked) return;
            const engine = new BrowserVoice(picked);
            engine.cancel();
            engine.speak(SAMPLE, { onStart: () => setTried(true), onEnd: () => undefined, onError: () => undefined });
          }}
        >
          Try this voice
        </button>
      ) : null}
      {tried ? <span className="visually-hidden" role="status">Speaking a sample sentence.</span> : null}
    </div>
  );
}

function ReplyForm({ profile, saving, onSave }: { profile: Profile; saving: boolean; onSave: (change: ProfileChange) => Promise<boolean> }) {
  const [speed, setSpeed] = useState<ReplySpeed>(profile.reply_speed);
  const [speak, setSpeak] = useState(profile.speak_replies);
  const [voice, setVoice] = useState(profile.voice ?? "");
  const [follow, setFollow] = useTextFollowsVoice();
  const [followChoice, setFollowChoice] = useState(follow);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const change: ProfileChange = {};
    if (speed !== profile.reply_speed) change.reply_speed = speed;
    if (speak !== profile.speak_replies) change.speak_replies = speak;
    if ((voice || null) !== profile.voice) change.voice = voice || null;
    setFollow(followChoice);
    if (Object.keys(change).length === 0 || (await onSave(change))) setSaved(true);
  }

  return (
    <form method="post" className="learning-form" onSubmit={submit} onChange={() => setSaved(false)}>
      <fieldset>
        <legend>Display speed</legend>
        {REPLY_SPEEDS.map((option) => (
          <label key={option.value} className="radio">
            <input type="radio" name="reply_speed" value={option.value} checked={speed === option.value} onChange={() => setSpeed(option.value)} /> {option.label}{" "}
            <span className="muted">· {SPEED_HELP[option.value]}</span>
          </label>
        ))}
        <p className="field-hint">While a reply shows: Pause or Alt+P holds it, Show all or Alt+A shows everything that has arrived.</p>
      </fieldset>
      <label className="radio">
        <input type="checkbox" checked={speak} onChange={(event) => setSpeak(event.target.checked)} /> Speak replies, sentence by sentence
      </label>
      <VoiceChoice profile={profile} voice={voice} onChange={setVoice} />
      <label className="radio">
        <input type="checkbox" checked={followChoice} onChange={(event) => setFollowChoice(event.target.checked)} aria-describedby="reply-follow-hint" /> Text follows the voice
      </label>
      <p className="field-hint" id="reply-follow-hint">
        The text never runs ahead of the sentence being spoken. Kept in this browser only.
      </p>
      <SaveRow label="Save reply settings" busy={saving} done={saved} />
    </form>
  );
}

export function ReplySettings() {
  const { profile, error, saving, save } = useProfile();
  return (
    <div className="stack">
      {profile ? <ReplyForm profile={profile} saving={saving} onSave={save} /> : error ? null : <p className="muted">Loading …</p>}
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
