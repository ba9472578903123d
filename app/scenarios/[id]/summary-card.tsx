"use client";

import Link from "next/link";
import { InlineError } from "./correction-view";
import { ReportView } from "./report-view";
import { useReport } from "./use-report";

type Props = { conversationId: string | null; score: number; total: number; characterName: string; onPlayAgain: () => void };

/** The end of a round: the report once it has loaded; until then (or if it fails) the score and what earned it. */
export function SummaryCard({ conversationId, score, total, characterName, onPlayAgain }: Props) {
  const { report, error } = useReport(conversationId, true);
  return (
    <section className="summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading" tabIndex={-1}>
        Scene complete
      </h2>
      {report ? (
        <ReportView report={report} />
      ) : (
        <>
          <p className="summary-score">
            <strong>{score}</strong> / {total} points
          </p>
          {/* Until the report says which sentences hold mistakes, no evidence shows under a check. */}
          <p className="muted">{error ? null : "Loading your report …"}</p>
          {error ? (
            <p>
              The full report could not be loaded: <InlineError error={error} />
            </p>
          ) : null}
        </>
      )}
      <div className="summary-actions">
        <button type="button" className="button button-primary" onClick={onPlayAgain}>
          Play again with {characterName}
        </button>
        <Link href="/scenarios" className="button">
          Pick another scene
        </Link>
        {conversationId ? (
          <Link href={`/history/${conversationId}`} className="button button-quiet">
            Open in history
          </Link>
        ) : null}
      </div>
    </section>
  );
}
