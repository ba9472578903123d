import "server-only";
import { getCurrentConversation, startConversation } from "@/db/queries/conversations";
import { takeHint } from "@/db/queries/hints";
import { getUserById } from "@/db/queries/users";
import { loadScene } from "@/lib/engine/scene";
import { ApiError } from "@/lib/errors";
import { HINT_STEPS, hintCost, hintText, nextHintObjective } from "./hint-ladder";

export type HintJson = { objective_id: string; step: number; text: string; cost: number; points_left: number };

/**
 * Opens the next hint for an objective of the learner's current round (the first open one unless
 * named). Hints live in their own table and never reach the character's prompt.
 */
export function requestHint({ userId, scenarioId, objectiveId }: { userId: string; scenarioId: string; objectiveId?: string }): HintJson {
  const scene = loadScene(scenarioId);
  const user = getUserById({ id: userId });
  if (!scene || !user) throw new ApiError("not_found", "No such scenario.");
  const byId = new Map(scene.objectives.map((objective) => [objective.id, objective]));
  if (objectiveId !== undefined && !byId.has(objectiveId)) throw new ApiError("invalid_input", `objective_id: This scene has no objective "${objectiveId}".`, { fields: { objective_id: "No such objective in this scene." } });

  const current = getCurrentConversation({ userId, scenarioId });
  if (current?.status === "complete") throw new ApiError("conversation_complete", "This scene is complete: there is nothing left to hint at.");
  const conversation = current ?? startConversation({ userId, scenarioId, openingLine: scene.scenario.openingLine, level: user.level });
  const level = conversation.level ?? user.level;

  const result = takeHint({
    conversationId: conversation.id,
    maxSteps: HINT_STEPS,
    choose: (done) => objectiveId ?? nextHintObjective(scene.objectives, done)?.id,
    write: (id, step) => {
      const objective = byId.get(id)!;
      return { text: hintText(objective, step, level), cost: hintCost(objective.points) };
    },
  });
  if (result.ok) {
    const points = byId.get(result.hint.objectiveId)?.points ?? 0;
    const { objectiveId: id, step, text, cost } = result.hint;
    return { objective_id: id, step, text, cost, points_left: Math.max(0, points - result.spent) };
  }
  if (result.reason === "no_more_hints") throw new ApiError("no_more_hints", "You have seen every hint for this objective. Try it in your own words.");
  if (result.reason === "conversation_complete") throw new ApiError("conversation_complete", "This round is over: there is nothing left to hint at.");
  if (result.reason === "not_found") throw new ApiError("not_found", "No such conversation.");
  throw new ApiError("invalid_input", objectiveId ? "objective_id: That objective is already done." : "No open objective is waiting for a hint.", objectiveId ? { fields: { objective_id: "Already done." } } : {});
}
