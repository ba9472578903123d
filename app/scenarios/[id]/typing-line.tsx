import type { ReactNode } from "react";

/** A status line with the three animated dots: the character typing, or the page reconnecting. */
export function TypingLine({ children }: { children: ReactNode }) {
  return (
    <p className="typing" role="status">
      {children}
      <span className="typing-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
    </p>
  );
}
