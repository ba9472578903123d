"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { Avatar } from "./avatar";
import { Composer } from "./composer";
import { HintBar } from "./hint-bar";
import { JudgeStatus } from "./judge-status";
import { LearningControl } from "./learning-control";
import { MessageList } from "./message-list";
import { ObjectivesList, ScoreBadge } from "./objectives-panel";
import { ReplyControls, ReplyPreferences } from "./reply-controls";
import { RichMessage } from "./rich-message";
import { helpTarget } from "./scene-state";
import type { ScenarioDetail } from "./scene-types";
import { SummaryCard } from "./summary-card";
import { markTiming, useSceneConversation } from "./use-scene-conversation";
import { useModelStatus } from "./use-model-status";
import { TypingLine } from "./typing-line";

export function SceneView({ initial, speechInput }: { initial: ScenarioDetail; speechInput: boolean }) {
  const { scenario, total_points: total } = initial;
  const character = scenario.character.name;
  const model = useModelStatus();
  const scene = useSceneConversation(initial, { onReply: model.replyArrived, onFailure: model.turnFailed });
  const input = useRef<HTMLTextAreaElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const done = scene.objectives.filter((objective) => objective.done).length;
  const { notice, dismissNotice } = scene;

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, 3500);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  // Focus goes back to the input once a reply has finished, or to the summary once the scene is.
  useEffect(() => {
    if (scene.phase !== "idle") return;
    const target = scene.complete ? document.getElementById("summary-heading") : input.current;
    target?.focus({ preventScroll: true });
  }, [scene.phase, scene.complete]);

  const onUserMessagePainted = useCallback(() => markTiming("user-message-painted"), []);

  const restart = () => {
    setConfirmRestart(false);
    void scene.restart();
  };

  const waiting = scene.phase === "waiting";
  const waitingLabel = model.cold ? `${character} will be with you in a moment …` : `${character} is typing …`;

  // A reply cut off by Stop is no alarm: its offer to continue is announced politely.
  const failure = scene.failure ? (
    <div className="turn-error" role={scene.failure.canContinue ? "status" : "alert"}>
      <p>
        <RichMessage text={scene.failure.message} />
      </p>
      {scene.failure.canContinue ? (
        <button type="button" className="button button-primary" onClick={scene.continueReply}>
          Continue
        </button>
      ) : null}
      {scene.failure.canRetry ? (
        <button type="button" className="button" onClick={scene.retry}>
          Retry
        </button>
      ) : null}
    </div>
  ) : null;

  const footer = (
    <>
      {scene.reconnecting ? (
        <TypingLine>
          <span>Connection lost · reconnecting …</span>
        </TypingLine>
      ) : null}
      {failure}
      {scene.complete && scene.phase === "idle" ? <SummaryCard conversationId={scene.conversationId} score={scene.score} total={total} characterName={character} onPlayAgain={() => setConfirmRestart(true)} /> : null}
    </>
  );

  return (
    <div className="scene">
      <header className="scene-header">
        <div>
          <h1 lang="de">{scenario.title}</h1>
          <p className="scene-subtitle">{scenario.subtitle}</p>
        </div>
        <div className="scene-header-side">
          <ScoreBadge score={scene.score} total={total} />
          <button type="button" className="button button-quiet" onClick={() => setConfirmRestart(true)}>
            Restart scene
          </button>
        </div>
      </header>

      <aside className="scene-side" data-open={panelOpen}>
        <button type="button" className="scene-side-toggle" aria-expanded={panelOpen} aria-controls="scene-side-body" onClick={() => setPanelOpen((open) => !open)}>
          Scene and objectives · {done}/{scene.objectives.length} done
        </button>
        <div id="scene-side-body" className="scene-side-body">
          <section className="scene-card" aria-label="Scene">
            <div className="scene-card-character">
              <Avatar name={character} size={48} />
              <div>
                <p className="scene-card-name">{character}</p>
                <p className="muted" lang="de">
                  {scenario.character.role}
                </p>
              </div>
              <span className="scenario-level">{scenario.level}</span>
            </div>
            <p className="scene-card-setting">{scenario.setting}</p>
          </section>
          <LearningControl roundLevel={scene.roundLevel ?? undefined} />
          <ReplyPreferences stream={scene.stream} replyStatus={scene.messages.at(-1)?.status} />
          <section aria-labelledby="objectives-heading">
            <h2 id="objectives-heading" className="side-heading">
              Objectives
            </h2>
            <ObjectivesList objectives={scene.objectives} />
          </section>
        </div>
      </aside>

      <section className="scene-main" aria-label={`Conversation with ${character}`}>
        {model.problem ? (
          <div className="banner" role="alert">
            {model.problem.kind === "unreachable" ? (
              <RichMessage text={`${character} can't answer right now: Ollama is not reachable at ${model.problem.host}. Start it with \`ollama serve\`, or check OLLAMA_HOST.`} />
            ) : (
              <RichMessage text={`${character} can't answer yet: the model ${model.problem.model} is not installed. Run \`ollama pull ${model.problem.model}\` on the Ollama host.`} />
            )}
          </div>
        ) : null}
        <MessageList
          messages={scene.messages}
          stream={scene.stream}
          waiting={waiting}
          waitingLabel={waitingLabel}
          characterName={character}
          footer={footer}
          overlay={
            notice ? (
              <p className={notice.titles.length > 0 ? "points-notice" : "points-notice points-notice-waiting"} role="status" key={notice.key}>
                {notice.titles.length > 0 ? `+${notice.points} points · ${notice.titles.join(", ")}` : null}
                {notice.judgedBy === "coach" ? <span className="points-notice-line">heard by the coach</span> : null}
                {notice.waiting.map((line) => (
                  <span className="points-notice-line" key={line}>
                    {line}
                  </span>
                ))}
              </p>
            ) : null
          }
          onUserMessagePainted={onUserMessagePainted}
          coach={scene.coach}
        />
        <JudgeStatus judge={scene.judge} actions={scene.coachJudge} />
        {scene.complete ? null : <HintBar target={helpTarget(scene.objectives)} hint={scene.hint} onHelp={(id) => void scene.coach.hint(id)} onClose={scene.coach.closeHint} />}
        {/* Mounted after the round ends too: the last reply may still be showing. */}
        <ReplyControls stream={scene.stream} />
        {/* A finished round takes no more messages: its summary offers Play again instead. */}
        {scene.complete ? null : <Composer ref={input} characterName={character} streaming={scene.phase !== "idle"} speechInput={speechInput} onSend={scene.send} onStop={scene.stop} />}
      </section>

      <ConfirmDialog open={confirmRestart} title={`Start “${scenario.title}” again?`} confirmLabel="Start again" onConfirm={restart} onCancel={() => setConfirmRestart(false)}>
        <p>
          {scene.complete
            ? "This round stays in your history as complete, with its points and its report. A new round starts from the beginning."
            : `This round is kept in your history, marked as abandoned, with the ${scene.score} points it earned. A new round starts from the beginning.`}{" "}
          <Link href="/history">Open your history</Link>
        </p>
      </ConfirmDialog>
    </div>
  );
}
