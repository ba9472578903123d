import type { CoachError, MessageCheck } from "./coach-types";
import { correctionSegments } from "./correction";
import { RichMessage } from "./rich-message";

const KIND_LABEL: Record<string, string> = { spelling: "Spelling", capitalisation: "Capital letter", gender: "Gender", case: "Case", conjugation: "Verb form", word_order: "Word order", other: "Grammar" };

/** The learner's sentence with each changed word struck through and its correction beside it. */
export function CorrectedSentence({ text, check }: { text: string; check: MessageCheck }) {
  return (
    <span lang="de" className="corrected-sentence">
      {correctionSegments(text, check.findings).map((segment, index) =>
        segment.kind === "same" ? (
          segment.text
        ) : (
          <span key={index} className="correction-change">
            {segment.original ? (
              <del>
                <span className="visually-hidden">wrong: </span>
                {segment.original}
              </del>
            ) : null}
            <ins>
              <span className="visually-hidden">{segment.original ? ", better: " : "add: "}</span>
              {segment.suggestion}
            </ins>
          </span>
        ),
      )}
    </span>
  );
}

export function FindingList({ check }: { check: MessageCheck }) {
  return (
    <ul className="finding-list">
      {check.findings.map((finding) => (
        <li key={`${finding.start}-${finding.end}`}>
          <span className="finding-kind">{KIND_LABEL[finding.kind] ?? "Grammar"}</span> {finding.explanation}
        </li>
      ))}
    </ul>
  );
}

export function ModelLabel({ children }: { children: string }) {
  return <span className="model-label">{children}</span>;
}

export function InlineError({ error }: { error: CoachError | undefined }) {
  if (!error) return null;
  return (
    <span className="coach-error" role="alert">
      <RichMessage text={error.message} />
    </span>
  );
}

type Props = {
  text: string;
  check: MessageCheck;
  explanation?: string | null;
  explaining?: boolean;
  explainError?: CoachError;
  onExplain?: () => void;
};

/** A checked sentence: a quiet "looks right", or the corrected form with what changed and why. */
export function CorrectionView({ text, check, explanation, explaining, explainError, onExplain }: Props) {
  if (check.findings.length === 0) {
    return (
      <div className="correction correction-clean" data-testid="correction">
        <span aria-hidden="true">✓</span> The checker found no mistakes.
      </div>
    );
  }
  return (
    <div className="correction" data-testid="correction">
      <p className="correction-line">
        <span className="correction-label">Corrected:</span> <CorrectedSentence text={text} check={check} />
      </p>
      <FindingList check={check} />
      {explanation ? (
        <div className="explanation" data-testid="explanation">
          <ModelLabel>Explained by the model</ModelLabel>
          <p>{explanation}</p>
        </div>
      ) : onExplain ? (
        <div className="coach-actions">
          <button type="button" className="link-button" onClick={onExplain} disabled={explaining} aria-busy={explaining || undefined}>
            {explaining ? "Explaining …" : "Explain"}
          </button>
          <InlineError error={explainError} />
        </div>
      ) : null}
    </div>
  );
}
