"use client";

import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Avatar } from "./avatar";
import type { ChatMessage } from "./scene-types";

const STATUS_LABEL: Partial<Record<ChatMessage["status"], string>> = { interrupted: "Stopped", error: "Not finished" };

/** One message. Memoized: a reply streaming in below does not re-render the history. */
const MessageItem = memo(function MessageItem({ message, characterName }: { message: ChatMessage; characterName: string }) {
  return <Bubble role={message.role} characterName={characterName} text={message.content} status={message.status} />;
});

function Bubble({ role, characterName, text, status, children }: { role: ChatMessage["role"]; characterName: string; text: string; status: ChatMessage["status"]; children?: ReactNode }) {
  const mine = role === "user";
  const label = STATUS_LABEL[status];
  return (
    <li className={`message ${mine ? "message-user" : "message-character"}`} data-status={status}>
      {mine ? null : <Avatar name={characterName} size={36} />}
      <div className="message-body">
        <p className="message-author">{mine ? "You" : characterName}</p>
        {/* Plain text only: React escapes it, and pre-wrap keeps the model's line breaks. */}
        <p className="message-text" lang="de">
          {text}
          {children}
        </p>
        {label ? <p className="message-status">{label}</p> : null}
      </div>
    </li>
  );
}

type Props = {
  messages: ChatMessage[];
  streamingText: string;
  waiting: boolean;
  waitingLabel: string;
  characterName: string;
  footer?: ReactNode;
  onUserMessagePainted?: () => void;
};

const NEAR_BOTTOM_PX = 80;

export function MessageList({ messages, streamingText, waiting, waitingLabel, characterName, footer, onUserMessagePainted }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // A ref, not state: commits can land between the learner's scroll and its scroll event.
  const follow = useRef(true);
  const autoTop = useRef(0);
  const [pinned, setPinned] = useState(true);
  // How much content there was when the learner scrolled up: anything beyond it is unseen.
  const [seenSize, setSeenSize] = useState(0);
  const lastCount = useRef(messages.length);
  const contentSize = messages.length * 100_000 + streamingText.length;
  const unseen = !pinned && contentSize > seenSize;

  // Follow the stream to the bottom, unless the learner scrolled up to read.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !follow.current) return;
    if (element.scrollTop < autoTop.current - 2) {
      follow.current = false;
      return;
    }
    element.scrollTop = element.scrollHeight;
    autoTop.current = element.scrollTop;
  }, [messages, streamingText, waiting, footer, pinned]);

  useEffect(() => {
    const last = messages.at(-1);
    if (messages.length > lastCount.current && last?.role === "user") {
      requestAnimationFrame(() => onUserMessagePainted?.());
      // Sending always brings the learner back to the bottom.
      follow.current = true;
      setPinned(true);
    }
    lastCount.current = messages.length;
  }, [messages, onUserMessagePainted]);

  const jumpToBottom = () => {
    const element = scroller.current;
    follow.current = true;
    if (element) element.scrollTop = element.scrollHeight;
    setPinned(true);
  };

  return (
    <div className="conversation">
      <div
        ref={scroller}
        className="conversation-scroll"
        tabIndex={0}
        role="region"
        aria-label="Conversation"
        onScroll={(event) => {
          const element = event.currentTarget;
          const near = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
          const scrolledUp = element.scrollTop < autoTop.current - 2;
          if (near) {
            follow.current = true;
            autoTop.current = element.scrollTop;
            setPinned(true);
          } else if (scrolledUp && pinned) {
            follow.current = false;
            setSeenSize(contentSize);
            setPinned(false);
          }
        }}
      >
        <ol className="message-list" aria-live="polite" aria-relevant="additions text" aria-label={`Conversation with ${characterName}`}>
          {messages.map((message) => (
            <MessageItem key={message.id} message={message} characterName={characterName} />
          ))}
          {streamingText ? <Bubble role="assistant" characterName={characterName} text={streamingText} status="streaming" /> : null}
        </ol>
        {waiting ? (
          <p className="typing" role="status">
            <Avatar name={characterName} size={28} />
            <span>{waitingLabel}</span>
            <span className="typing-dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
          </p>
        ) : null}
        {footer}
      </div>
      {unseen ? (
        <button type="button" className="new-message-pill" onClick={jumpToBottom}>
          New message ↓
        </button>
      ) : null}
    </div>
  );
}
