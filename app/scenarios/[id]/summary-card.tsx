import Link from "next/link";
import type { SceneObjective } from "./scene-types";

export function SummaryCard({ score, total, objectives, characterName, onPlayAgain }: { score: number; total: number; objectives: SceneObjective[]; characterName: string; onPlayAgain: () => void }) {
  return (
    <section className="summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading" tabIndex={-1}>Scene complete</h2>
      <p className="summary-score">
        <strong>{score}</strong> / {total} points
      </p>
      <p>What you said that earned them:</p>
      <ul className="summary-list">
        {objectives.map((objective) => (
          <li key={objective.id}>
            <span className="objective-check" aria-hidden="true">
              ✓
            </span>{" "}
            {objective.title}
            {objective.evidence ? (
              <>
                {" — "}
                <em lang="de">{objective.evidence}</em>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="summary-actions">
        <button type="button" className="button button-primary" onClick={onPlayAgain}>
          Play again with {characterName}
        </button>
        <Link href="/scenarios" className="button">
          Pick another scene
        </Link>
      </div>
    </section>
  );
}
