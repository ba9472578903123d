import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getConversation } from "@/db/queries/conversations";
import { getScenario, listObjectives } from "@/db/queries/scenarios";
import { requireUser } from "@/lib/auth/session";
import { conversationDetailJson } from "@/lib/engine/conversation-view";
import { LocalTime } from "../../components/local-time";
import { Avatar } from "../../scenarios/[id]/avatar";
import { CorrectedSentence, ModelLabel } from "../../scenarios/[id]/correction-view";
import type { MessageJson } from "../../scenarios/[id]/scene-types";
import { RoundStatus } from "../round-status";
import { RoundReport } from "./round-report";

export const metadata: Metadata = { title: "Round" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function RoundPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/history/${id}`);
  // Another learner's round is indistinguishable from a missing one.
  const conversation = getConversation({ userId: user.id, id });
  const scenario = conversation && getScenario({ id: conversation.scenarioId });
  if (!conversation || !scenario) notFound();
  const detail = conversationDetailJson(conversation, listObjectives({ scenarioId: scenario.id }));
  const messages = (detail.messages as MessageJson[]).filter((message) => message.content !== "");
  return (
    <>
      <p>
        <Link href="/history">← History</Link>
      </p>
      <h1 lang="de">{scenario.title}</h1>
      <p className="lede">
        <LocalTime iso={conversation.createdAt.toISOString()} /> · {detail.score} / {detail.total_points} points · <RoundStatus status={conversation.status} />
      </p>
      <div className="stack">
        <section className="panel" aria-labelledby="report-heading">
          <h2 id="report-heading">Report</h2>
          <RoundReport conversationId={conversation.id} />
        </section>
        <section className="panel" aria-labelledby="transcript-heading">
          <h2 id="transcript-heading">Transcript</h2>
          <ol className="transcript message-list" aria-label={`Conversation with ${scenario.characterName}`}>
            {messages.map((message) => {
              const mine = message.role === "user";
              const flawed = mine && message.check && message.check.findings.length > 0 ? message.check : null;
              return (
                <li key={message.id} className={`message ${mine ? "message-user" : "message-character"}`} data-status={message.status}>
                  {mine ? null : <Avatar name={scenario.characterName} size={36} />}
                  <div className="message-body">
                    <p className="message-author">{mine ? "You" : scenario.characterName}</p>
                    <p className="message-text" lang="de">
                      {message.content}
                    </p>
                    {message.translation || flawed ? (
                      <div className="message-coach">
                        {message.translation ? (
                          <p className="translation">
                            <ModelLabel>Model translation</ModelLabel> {message.translation}
                          </p>
                        ) : null}
                        {flawed ? (
                          <p className="correction correction-line">
                            <span className="correction-label">Corrected:</span> <CorrectedSentence text={message.content} check={flawed} />
                          </p>
                        ) : null}
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
        <p>
          <Link href={`/scenarios/${scenario.id}`} className="button">
            Go to “{scenario.title}”
          </Link>
        </p>
      </div>
    </>
  );
}
