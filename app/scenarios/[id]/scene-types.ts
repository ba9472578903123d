import type { ScenarioDetail } from "@/lib/engine/conversation-view";

export type { ScenarioDetail };
export type SceneObjective = ScenarioDetail["objectives"][number];
export type SceneInfo = ScenarioDetail["scenario"];

export type ChatMessage = {
  id: string;
  role: "user" | "assistant";
  content: string;
  status: "complete" | "streaming" | "interrupted" | "error";
};

export type TurnFailure = { code: string; message: string; retryable: boolean; canRetry: boolean };

/** `waiting`: why words earned nothing yet, e.g. "Say goodbye counts after Ask for the bill". */
export type PointsNotice = { key: number; points: number; titles: string[]; waiting: string[] };
