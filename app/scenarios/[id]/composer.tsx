"use client";

import { forwardRef, useCallback, useImperativeHandle, useRef, useState, type KeyboardEvent } from "react";
import { MicButton } from "./mic-button";
import { markTiming } from "./use-scene-conversation";

const MAX_CHARS = 2000;

type Props = {
  characterName: string;
  streaming: boolean;
  /** The server has a transcription server (STT_URL): offer the microphone. */
  speechInput: boolean;
  onSend: (text: string, restore: (text: string) => void) => boolean;
  onStop: () => void;
};

/** Enter sends, Shift+Enter breaks the line; while a reply streams, Stop takes Send's place. */
export const Composer = forwardRef<HTMLTextAreaElement, Props>(function Composer({ characterName, streaming, speechInput, onSend, onStop }, ref) {
  const [text, setText] = useState("");
  const tooLong = text.length > MAX_CHARS;
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => textarea.current!, []);

  // A transcript joins what was typed, and the learner checks it in the box before sending.
  const addTranscript = useCallback((transcript: string) => {
    setText((current) => (current.trim() ? `${current.trimEnd()} ${transcript}` : transcript));
    const box = textarea.current;
    if (!box) return;
    box.focus({ preventScroll: true });
    requestAnimationFrame(() => box.setSelectionRange(box.value.length, box.value.length));
  }, []);

  const submit = () => {
    if (streaming || tooLong) return;
    // A refused message comes back without wiping what was typed since.
    const restore = (refused: string) => setText((current) => (current.trim() ? `${refused}\n${current}` : refused));
    if (onSend(text, restore)) {
      setText("");
      markTiming("input-cleared");
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      method="post"
      className={speechInput ? "composer composer-with-mic" : "composer"}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor="composer-input" className="visually-hidden">
        Your message to {characterName}, in German
      </label>
      <textarea
        id="composer-input"
        ref={textarea}
        value={text}
        rows={2}
        lang="de"
        placeholder={`Write to ${characterName} in German …`}
        aria-describedby="composer-help"
        aria-invalid={tooLong || undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="composer-help" className={`composer-help${tooLong ? " composer-help-error" : ""}`}>
        {tooLong ? `Too long: ${text.length} / ${MAX_CHARS} characters.` : "Enter sends · Shift+Enter for a new line"}
      </p>
      {speechInput ? <MicButton onTranscript={addTranscript} /> : null}
      {streaming ? (
        <button type="button" className="button composer-button" onClick={onStop}>
          <span aria-hidden="true">■</span> Stop
        </button>
      ) : (
        <button type="submit" className="button button-primary composer-button" disabled={tooLong || !text.trim()}>
          Send
        </button>
      )}
    </form>
  );
});
