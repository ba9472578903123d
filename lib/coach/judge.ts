import "server-only";
import { getCoachJudgement } from "@/db/queries/coach";
import { characterLineBefore, getConversation, listCompletions, objectivesMetBefore, recordCoachCredit } from "@/db/queries/conversations";
import { getUserById } from "@/db/queries/users";
import type { Conversation, Message, ObjectiveCompletion } from "@/db/schema";
import { addressesTheJudge, admitCoachProposals, objectiveKinds } from "@/lib/engine/coach-credit";
import { judgeTurn } from "@/lib/engine/objectives";
import { loadScene, objectivesOpenNow, type Scene } from "@/lib/engine/scene";
import { ApiError } from "@/lib/errors";
import type { CoachJudgementResult, CompletedObjective } from "@/lib/sse/events";
import { ownLearnerMessage } from "./check-message";
import { coachFailure } from "./coach-errors";
import { waitForCharacter } from "./gate";
import { coachModelFor } from "./profile";
import { askSecondOpinion } from "./second-opinion";

// Per message, the second opinion being asked now: a second tab, or a script, shares it instead of asking the model
// again. (With several app instances each may ask once; the stored verdict and the transaction still pay once.)
const holder = globalThis as unknown as { alltagJudging?: Map<string, Promise<CoachJudgementResult>> };
const inFlight = (holder.alltagJudging ??= new Map());

/**
 * POST /messages/{id}/judge: the coach model's second opinion on a learner message the rules credited
 * with nothing, asked once per message. Its proposals pass lib/engine/coach-credit.ts (a verbatim quote
 * that the rules do not rule out) before they pay.
 */
export async function judgeOwnMessage({ userId, messageId }: { userId: string; messageId: string }): Promise<CoachJudgementResult> {
  const { message, conversation } = ownLearnerMessage({ userId, messageId });
  const user = getUserById({ id: userId });
  if (!user) throw new ApiError("not_found", "No such message.");
  if (!user.coachJudge) throw new ApiError("coach_judge_off", "The coach's second opinion is off. Turn it on in Settings to have the coach read your messages again.");
  const scene = loadScene(conversation.scenarioId);
  if (!scene) throw new ApiError("not_found", "No such scenario.");
  const running = inFlight.get(messageId);
  if (running) return running;
  const judging = judge(scene, message, conversation, coachModelFor(user)).finally(() => inFlight.delete(messageId));
  inFlight.set(messageId, judging);
  return judging;
}

async function judge(scene: Scene, message: Message, conversation: Conversation, model: string): Promise<CoachJudgementResult> {
  if (getCoachJudgement({ messageId: message.id })) return resultOf(scene, message, conversation, true);
  // The message is judged as it was said: after the character's line before it, with what was met before it.
  const metBefore = objectivesMetBefore({ conversationId: conversation.id, seq: message.seq });
  const completions = listCompletions({ conversationIds: [conversation.id] });
  const after = characterLineBefore({ conversationId: conversation.id, seq: message.seq });
  // Open when it was said, and not met since: an objective met since cannot pay, so the model is not asked about it.
  const open = objectivesOpenNow(scene, metBefore).filter((objective) => !completions.some((completion) => completion.objectiveId === objective.id));
  const rules = judgeTurn(message.content, scene.matcher, { after, done: metBefore });
  const credited = completions.some((completion) => completion.messageId === message.id);
  // Only for words the rules credit with nothing, said too early for nothing, to the character, in a round still open.
  if (conversation.status !== "open" || open.length === 0 || credited || rules.matches.length > 0 || rules.waiting.length > 0 || addressesTheJudge(message.content)) {
    return resultOf(scene, message, conversation, false);
  }

  await waitForCharacter(conversation.userId);
  const proposals = await askSecondOpinion({
    model,
    scene: scene.scenario.title,
    character: scene.scenario.characterName,
    after,
    open: open.map((objective) => ({ id: objective.id, title: objective.title, examples: objective.examples })),
    message: message.content,
  }).catch(coachFailure);
  const points = new Map(scene.objectives.map((objective) => [objective.id, objective.points]));
  const context = {
    rules: scene.objectives.map((objective) => ({ id: objective.id, patterns: objective.patterns, after: objective.after })),
    compiled: scene.matcher,
    lexicon: scene.scenario.lexicon,
    after,
    kinds: objectiveKinds(scene.objectives),
  };
  const recorded = recordCoachCredit({
    conversationId: conversation.id,
    message,
    model,
    objectiveCount: scene.objectives.length,
    credit: (done, paid) =>
      admitCoachProposals(message.content, proposals, { ...context, done, paid }).flatMap((credit) =>
        "evidence" in credit ? [{ objectiveId: credit.objectiveId, evidence: credit.evidence, points: points.get(credit.objectiveId) ?? 0 }] : [],
      ),
  });
  // Undefined: another instance stored its opinion first, and answered it.
  return resultOf(scene, message, conversation, recorded === undefined);
}

/** What the coach credited for the message, from storage, with the round's score now. */
function resultOf(scene: Scene, message: Message, conversation: Conversation, answeredBefore: boolean): CoachJudgementResult {
  const completions = listCompletions({ conversationIds: [conversation.id] });
  const credited = completions.filter((completion) => completion.messageId === message.id && completion.judgedBy === "coach");
  const objectives = credited.map((completion) => completedObjective(scene, completion));
  const current = getConversation({ userId: conversation.userId, id: conversation.id }) ?? conversation;
  return {
    message_id: message.id,
    objectives_completed: objectives,
    score_change: objectives.reduce((sum, objective) => sum + objective.points, 0),
    score: current.score,
    conversation_complete: current.status === "complete",
    answered_before: answeredBefore,
  };
}

function completedObjective(scene: Scene, completion: ObjectiveCompletion): CompletedObjective {
  const title = scene.objectives.find((objective) => objective.id === completion.objectiveId)?.title ?? completion.objectiveId;
  return { id: completion.objectiveId, title, points: completion.points, evidence: completion.evidence, judged_by: "coach" };
}
