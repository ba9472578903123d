import type { Metadata } from "next";
import Link from "next/link";
import { listConversations } from "@/db/queries/conversations";
import { listScenarioCards } from "@/db/queries/scenarios";
import { requireUser } from "@/lib/auth/session";
import { LocalTime } from "../components/local-time";
import { RoundStatus } from "./round-status";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

export default async function HistoryPage() {
  const user = await requireUser("/history");
  const scenes = new Map(listScenarioCards({ userId: user.id }).map((card) => [card.id, card]));
  const rounds = listConversations({ userId: user.id });
  return (
    <>
      <h1>History</h1>
      <p className="lede">Every round you have played, newest first. Open one to read it again with its report.</p>
      {rounds.length === 0 ? (
        <p className="panel">
          No rounds yet. <Link href="/scenarios">Pick a scene</Link> to start one.
        </p>
      ) : (
        <table className="table history-table panel">
          <caption className="visually-hidden">Your rounds</caption>
          <thead>
            <tr>
              <th scope="col">Scene</th>
              <th scope="col">Started</th>
              <th scope="col">Score</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => {
              const scene = scenes.get(round.scenarioId);
              return (
                <tr key={round.id} data-round={round.id}>
                  <td data-label="Scene">
                    <Link href={`/history/${round.id}`} lang="de">
                      {scene?.title ?? round.scenarioId}
                    </Link>
                  </td>
                  <td data-label="Started">
                    <LocalTime iso={round.createdAt.toISOString()} />
                  </td>
                  <td data-label="Score">
                    {round.score} / {scene?.totalPoints ?? "?"}
                  </td>
                  <td data-label="Status">
                    <RoundStatus status={round.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
