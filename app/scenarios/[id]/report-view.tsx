import Link from "next/link";
import type { Report } from "./coach-types";
import { CorrectedSentence, FindingList } from "./correction-view";

type Correction = Report["corrections"][number];

/** The round's report: what earned points (and what hints cost), every sentence corrected, the words to keep. */
export function ReportView({ report }: { report: Report }) {
  const corrections = new Map(report.corrections.map((correction) => [correction.message_id, correction]));
  const withFindings = report.corrections.filter((correction) => correction.findings.length > 0);
  return (
    <div className="report" data-testid="report">
      <p className="summary-score">
        <strong>{report.score}</strong> / {report.max_score} points
      </p>
      <h3 className="report-heading">Objectives</h3>
      <ul className="summary-list">
        {report.objectives.map((objective) => (
          <ObjectiveLine key={objective.id} objective={objective} correction={objective.message_id ? corrections.get(objective.message_id) : undefined} />
        ))}
      </ul>
      <h3 className="report-heading">Your sentences, corrected</h3>
      {withFindings.length === 0 ? (
        <p className="muted">The checker found no mistakes in what you wrote.</p>
      ) : (
        <ul className="report-corrections">
          {withFindings.map((correction) => (
            <li key={correction.message_id}>
              <p className="report-original">
                <span className="correction-label">You wrote:</span> <span lang="de">{correction.text}</span>
              </p>
              <p className="correction-line">
                <span className="correction-label">Corrected:</span> <CorrectedSentence text={correction.text} check={correction} />
              </p>
              <FindingList check={correction} />
            </li>
          ))}
        </ul>
      )}
      {report.key_words.length > 0 ? (
        <>
          <h3 className="report-heading">Key words</h3>
          <dl className="key-words">
            {report.key_words.map((word) => (
              <div key={word.de}>
                <dt lang="de">{word.de}</dt>
                <dd>{word.en}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {report.next_scene ? (
        <p className="report-next">
          Next scene:{" "}
          <Link href={`/scenarios/${report.next_scene.id}`} lang="de">
            {report.next_scene.title}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function ObjectiveLine({ objective, correction }: { objective: Report["objectives"][number]; correction: Correction | undefined }) {
  // Words that earned points but hold a mistake never stand alone under a check: the corrected form goes beside them.
  const flawed = correction !== undefined && correction.findings.length > 0;
  return (
    <li data-objective={objective.id} data-done={objective.done}>
      <span className={objective.done ? "objective-check" : "objective-check objective-check-open"} aria-hidden="true">
        {objective.done ? "✓" : ""}
      </span>{" "}
      <span className="report-objective">
        <span>
          {objective.title}
          <span className="visually-hidden">{objective.done ? " (done)" : " (not done)"}</span> · {objective.points_earned} of {objective.points} points
        </span>
        {objective.evidence ? (
          <span className="report-evidence">
            <em lang="de">“{objective.evidence}”</em>
            {objective.judged_by === "coach" ? <span className="objective-judged-by"> · heard by the coach</span> : null}
            {flawed ? (
              <span className="evidence-fix">
                {" "}
                → <CorrectedSentence text={correction.text} check={correction} />
              </span>
            ) : null}
          </span>
        ) : null}
        {objective.hints.length > 0 ? (
          <span className="report-hints">
            {objective.hints.length} hint{objective.hints.length === 1 ? "" : "s"} used (−{objective.hints.reduce((sum, hint) => sum + hint.cost, 0)} points)
          </span>
        ) : null}
      </span>
    </li>
  );
}
