import type { ScenarioDetail } from "@/lib/engine/conversation-view";
import type { CoachError, HintStep, MessageCheck } from "./coach-types";

export type { ScenarioDetail };
/** An objective with the hint ladder's state (absent from a server without the coach). */
export type SceneObjective = ScenarioDetail["objectives"][number] & { points_left?: number; hints?: HintStep[]; next_hint_cost?: number | null };
export type SceneInfo = ScenarioDetail["scenario"];
/** A stored message as the API sends it, with the coach's fields when the server has them. */
export type MessageJson = ScenarioDetail["messages"][number] & { check?: MessageCheck | null; translation?: string | null };

export type CoachAction = "check" | "explain" | "translate";

export type ChatMessage = {
  id: string;
  role: "user" | "assistant";
  content: string;
  status: "complete" | "streaming" | "interrupted" | "error";
  /** False until the server has confirmed it stored the message under this id. */
  stored: boolean;
  check: MessageCheck | null;
  explanation: string | null;
  translation: string | null;
  busy: Partial<Record<CoachAction, true>>;
  errors: Partial<Record<CoachAction, CoachError>>;
};

/** `canContinue`: the reply was cut off with text, so the model can pick it up where it ended. */
export type TurnFailure = { code: string; message: string; retryable: boolean; canRetry: boolean; canContinue?: boolean };

/** `waiting`: why words earned nothing yet, e.g. "Say goodbye counts after Ask for the bill"; `judgedBy`: the coach's second opinion earned them, not the rules. */
export type PointsNotice = { key: number; points: number; titles: string[]; waiting: string[]; judgedBy?: "coach" };
