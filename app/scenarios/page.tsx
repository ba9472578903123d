import type { Metadata } from "next";
import Link from "next/link";
import { listScenarioCards } from "@/db/queries/scenarios";
import { requireUser } from "@/lib/auth/session";
import { levelLabel } from "@/lib/scenario-json";

export const metadata: Metadata = { title: "Scenes" };
export const dynamic = "force-dynamic";

export default async function ScenariosPage() {
  const user = await requireUser("/scenarios");
  const cards = listScenarioCards({ userId: user.id });
  return (
    <>
      <h1>Scenes</h1>
      <p className="lede">Pick an everyday scene and talk your way through it in German.</p>
      <ul className="card-grid" aria-label="Scenes">
        {cards.map((card) => (
          <li key={card.id}>
            <Link href={`/scenarios/${card.id}`} className="scenario-card">
              <span className="scenario-level" aria-label={`Level ${levelLabel(card)}`}>
                {levelLabel(card)}
              </span>
              <h2 lang="de">{card.title}</h2>
              <p className="scenario-subtitle">{card.subtitle}</p>
              <p className="scenario-character">
                with <strong>{card.characterName}</strong>, <span lang="de">{card.characterRole}</span>
              </p>
              <p className="scenario-meta">
                <span>{card.objectiveCount} objectives</span>
                <span>{card.bestScore === null ? "Not played yet" : `Best: ${card.bestScore} / ${card.totalPoints}`}</span>
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
