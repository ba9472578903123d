"use client";

import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { Avatar } from "./avatar";
import { scrolledUpByLearner } from "./follow-scroll";
import type { ReplyStream, SpokenRange } from "./reply-stream";
import { CorrectionView, InlineError, ModelLabel } from "./correction-view";
import type { ChatMessage } from "./scene-types";
import type { SceneCoach } from "./use-scene-coach";
import { TypingLine } from "./typing-line";

// "interrupted" is stored for a reply the learner stopped, one the page gave up on when the network stayed down,
// and one a server restart cut off: "Cut off" is true of all three, where "Stopped" would blame the learner.
const STATUS_LABEL: Partial<Record<ChatMessage["status"], string>> = { interrupted: "Cut off", error: "Not finished" };

/** Help beside one stored message: its translation, its check and the buttons that ask for them. */
function MessageCoach({ message, coach }: { message: ChatMessage; coach: SceneCoach }) {
  const mine = message.role === "user";
  const { busy, errors } = message;
  return (
    <div className="message-coach">
      {message.translation ? (
        <p className="translation" data-testid="translation">
          <ModelLabel>Model translation</ModelLabel> {message.translation}
        </p>
      ) : null}
      {mine && message.check ? (
        <CorrectionView
          text={message.content}
          check={message.check}
          explanation={message.explanation}
          explaining={busy.explain}
          explainError={errors.explain}
          onExplain={() => void coach.explain(message.id)}
        />
      ) : null}
      <div className="coach-actions">
        {message.translation ? null : (
          <button type="button" className="link-button" onClick={() => void coach.translate(message.id)} disabled={busy.translate} aria-busy={busy.translate || undefined}>
            {busy.translate ? "Translating …" : "Translate"}
          </button>
        )}
        <InlineError error={errors.translate} />
        {mine && !message.check ? (
          <button type="button" className="link-button" onClick={() => void coach.check(message.id)} disabled={busy.check} aria-busy={busy.check || undefined}>
            {busy.check ? "Checking …" : "Check my German"}
          </button>
        ) : null}
        <InlineError error={errors.check} />
      </div>
    </div>
  );
}

/** One message. Memoized: a reply streaming in below does not re-render the history. */
const MessageItem = memo(function MessageItem({ message, characterName, coach, spoken }: { message: ChatMessage; characterName: string; coach?: SceneCoach; spoken?: SpokenRange }) {
  // Only a message the server stored has an id the coach can look up.
  const help = coach && message.stored && message.status !== "streaming" ? <MessageCoach message={message} coach={coach} /> : null;
  return <Bubble role={message.role} characterName={characterName} text={message.content} status={message.status} below={help} spoken={spoken} />;
});

/** The text with the sentence being spoken marked, as far as it is shown. */
function SpokenText({ text, spoken }: { text: string; spoken?: SpokenRange }) {
  if (!spoken || spoken.start >= text.length) return text;
  const end = Math.min(spoken.end, text.length);
  return (
    <>
      {text.slice(0, spoken.start)}
      <mark className="spoken" data-testid="spoken-sentence">
        {text.slice(spoken.start, end)}
      </mark>
      {text.slice(end)}
    </>
  );
}

function Bubble({ role, characterName, text, status, below, spoken }: { role: ChatMessage["role"]; characterName: string; text: string; status: ChatMessage["status"]; below?: ReactNode; spoken?: SpokenRange }) {
  const mine = role === "user";
  const label = STATUS_LABEL[status];
  return (
    <li className={`message ${mine ? "message-user" : "message-character"}`} data-status={status}>
      {mine ? null : <Avatar name={characterName} size={36} />}
      <div className="message-body">
        <p className="message-author">{mine ? "You" : characterName}</p>
        {/* Plain text only: React escapes it, and pre-wrap keeps the model's line breaks. */}
        <p className="message-text" lang="de">
          <SpokenText text={text} spoken={spoken} />
        </p>
        {label ? <p className="message-status">{label}</p> : null}
        {below}
      </div>
    </li>
  );
}

/** The reply as it grows: the only part of the page that re-renders per frame while streaming. */
function StreamingReply({ stream, characterName, onGrow }: { stream: ReplyStream; characterName: string; onGrow: () => void }) {
  const text = useSyncExternalStore(stream.subscribe, stream.getSnapshot, () => "");
  const spoken = useSyncExternalStore(stream.subscribe, stream.getSpoken, () => null);
  useLayoutEffect(() => {
    if (text) onGrow();
  }, [text, onGrow]);
  const mine = spoken?.reply === stream.replyNumber ? spoken : undefined;
  return text ? <Bubble role="assistant" characterName={characterName} text={text} status="streaming" spoken={mine} /> : null;
}

const noSpokenRange = () => null;
const noText = () => "";

/** What the history shows of the stream: the reply it is still pacing onto the screen, and the sentence being spoken once it is done. */
function useStreamInHistory(stream: ReplyStream, messages: ChatMessage[]) {
  const draining = useSyncExternalStore(stream.subscribe, stream.getDraining, noText);
  const streamActive = useSyncExternalStore(stream.subscribe, () => stream.getDisplay().active, () => false);
  const spoken = useSyncExternalStore(stream.subscribe, stream.getSpoken, noSpokenRange);
  const last = messages.at(-1);
  const lastAssistant = last?.role === "assistant" ? last : undefined;
  return {
    // Shown by the streaming bubble until the paced display has caught up.
    hidden: lastAssistant && draining !== "" && lastAssistant.content === draining ? lastAssistant.id : null,
    spokenIn: lastAssistant && spoken && !streamActive ? { id: lastAssistant.id, range: spoken } : null,
  };
}

type Props = {
  messages: ChatMessage[];
  stream: ReplyStream;
  waiting: boolean;
  waitingLabel: string;
  characterName: string;
  footer?: ReactNode;
  /** Floats over the top of the conversation (the points notice), never widening the page. */
  overlay?: ReactNode;
  onUserMessagePainted?: () => void;
  /** The coach's actions on each message; a read-only transcript leaves it out. */
  coach?: SceneCoach;
};

const NEAR_BOTTOM_PX = 80;

const scrollPosition = (element: HTMLElement, autoTop: number) => ({ scrollTop: element.scrollTop, autoTop, maxTop: element.scrollHeight - element.clientHeight });
const FOOTER_MARGIN_PX = 12;

export function MessageList({ messages, stream, waiting, waitingLabel, characterName, footer, overlay, onUserMessagePainted, coach }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const footerBox = useRef<HTMLDivElement>(null);
  // Refs, not state: commits can land between the learner's scroll and its scroll event.
  const follow = useRef(true);
  const autoTop = useRef(0);
  const [pinned, setPinned] = useState(true);
  const [unseen, setUnseen] = useState(false);
  const lastCount = useRef(messages.length);
  const { hidden, spokenIn } = useStreamInHistory(stream, messages);

  /** Keeps the newest text in view, unless the learner scrolled up to read; then flags what they miss. */
  const followBottom = useCallback((somethingNew = true) => {
    const element = scroller.current;
    if (!element) return;
    if (follow.current && scrolledUpByLearner(scrollPosition(element, autoTop.current))) follow.current = false;
    if (!follow.current) {
      if (somethingNew) setUnseen(true);
      return;
    }
    // Towards the bottom, but a footer taller than the view (the summary on a phone) shows from its top.
    const footerTop = footerBox.current?.firstElementChild ? footerBox.current.offsetTop - FOOTER_MARGIN_PX : Infinity;
    element.scrollTop = Math.min(element.scrollHeight, footerTop);
    autoTop.current = element.scrollTop;
  }, []);

  // A translation or a check landing on an earlier line is no new message: it never raises the pill.
  const laidOut = useRef({ count: messages.length, waiting });
  useLayoutEffect(() => {
    const sent = messages.length > laidOut.current.count && messages.at(-1)?.role === "user";
    // Sending always brings the learner back to the bottom, before the paint, from wherever they had scrolled.
    if (sent) {
      follow.current = true;
      autoTop.current = scroller.current?.scrollTop ?? 0;
    }
    followBottom(!sent && (messages.length !== laidOut.current.count || waiting !== laidOut.current.waiting));
    laidOut.current = { count: messages.length, waiting };
  }, [messages, waiting, footer, followBottom]);

  useEffect(() => {
    const last = messages.at(-1);
    if (messages.length > lastCount.current && last?.role === "user") {
      requestAnimationFrame(() => onUserMessagePainted?.());
      // The layout effect above brought the view to the bottom: nothing is left unseen there.
      setPinned(true);
      setUnseen(false);
    }
    lastCount.current = messages.length;
  }, [messages, onUserMessagePainted]);

  const jumpToBottom = () => {
    const element = scroller.current;
    follow.current = true;
    if (element) element.scrollTop = element.scrollHeight;
    setPinned(true);
    setUnseen(false);
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
          if (near) {
            follow.current = true;
            autoTop.current = element.scrollTop;
            setPinned(true);
            setUnseen(false);
          } else if (scrolledUpByLearner(scrollPosition(element, autoTop.current))) {
            follow.current = false;
            setPinned(false);
          }
        }}
      >
        <ol className="message-list" aria-live="polite" aria-relevant="additions text" aria-label={`Conversation with ${characterName}`}>
          {messages.map((message) =>
            message.id === hidden ? null : <MessageItem key={message.id} message={message} characterName={characterName} coach={coach} spoken={spokenIn?.id === message.id ? spokenIn.range : undefined} />,
          )}
          <StreamingReply stream={stream} characterName={characterName} onGrow={followBottom} />
        </ol>
        {waiting ? (
          <TypingLine>
            <Avatar name={characterName} size={28} />
            <span>{waitingLabel}</span>
          </TypingLine>
        ) : null}
        <div ref={footerBox}>{footer}</div>
      </div>
      {overlay}
      {unseen && !pinned ? (
        <button type="button" className="new-message-pill" onClick={jumpToBottom}>
          New message ↓
        </button>
      ) : null}
    </div>
  );
}
