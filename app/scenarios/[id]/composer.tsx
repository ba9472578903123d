"use client";

import { forwardRef, useState, type KeyboardEvent } from "react";
import { markTiming } from "./use-scene-conversation";

const MAX_CHARS = 2000;

type Props = {
  characterName: string;
  streaming: boolean;
  onSend: (text: string, restore: (text: string) => void) => boolean;
  onStop: () => void;
};

/** Enter sends, Shift+Enter breaks the line; while a reply streams, Stop takes Send's place. */
export const Composer = forwardRef<HTMLTextAreaElement, Props>(function Composer({ characterName, streaming, onSend, onStop }, ref) {
  const [text, setText] = useState("");
  const tooLong = text.length > MAX_CHARS;

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
      className="composer"
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
        ref={ref}
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
