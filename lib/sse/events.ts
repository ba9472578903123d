// The wire contract of a turn (see docs/architecture.md): clients depend on these
// shapes, so change them only by adding fields or event types.
import type { Finding } from "@/lib/coach/finding";

export interface CompletedObjective {
  id: string;
  title: string;
  points: number;
  /** The learner's own words that met the objective. */
  evidence: string;
  /** Present only for an objective the coach model's second opinion credited, where the rules found nothing. */
  judged_by?: "coach";
}

/** Words that meet an objective whose prerequisites are still open: "Say goodbye" after "Pay". */
export interface WaitingObjective {
  id: string;
  title: string;
  /** Titles of the objectives of which one must be met first. */
  after: string[];
}

export interface MetadataEvent {
  type: "metadata";
  conversation_id: string;
  objectives_completed: CompletedObjective[];
  score_change: number;
  score: number;
  /** Present only when the message said an objective's words too early. */
  objectives_waiting?: WaitingObjective[];
  /** The stored id of the learner's message this turn answers. */
  user_message_id?: string;
  /**
   * "pending": the rules credited nothing, and the learner asked for the coach's second opinion; once the
   * reply is complete, POST /api/v1/messages/{user_message_id}/judge asks for it (it never holds the turn up).
   */
  coach_judge?: "pending";
  /** The checker's verdict on it, only when the learner has corrections after each turn. */
  feedback?: TurnFeedback;
  /** Resumable turns only: the turn (the reply message's id) that event ids `<turn_id>:<n>` name. */
  turn_id?: string;
  reply_message_id?: string;
}

export interface TurnFeedback {
  message_id: string;
  findings: Finding[];
  /** The learner's text with every finding's suggestion in place. */
  corrected: string;
}

/** POST /api/v1/messages/{id}/judge: what the coach's second opinion credited (often nothing), and the score after it. */
export interface CoachJudgementResult {
  message_id: string;
  objectives_completed: CompletedObjective[];
  score_change: number;
  score: number;
  conversation_complete: boolean;
  /** The opinion was given by an earlier call (another tab, a reload): shown then, so not to be announced again. */
  answered_before: boolean;
}

export interface TokenEvent {
  type: "token";
  content: string;
}

export interface CompleteEvent {
  type: "complete";
  message_id: string;
  conversation_complete: boolean;
  score: number;
  /** The reply was cut off (Stop, or every client left for the grace period): the partial reply is kept. */
  stopped?: boolean;
}

export interface ErrorEvent {
  type: "error";
  code: string;
  message: string;
  retryable: boolean;
}

export type TurnEvent = MetadataEvent | TokenEvent | CompleteEvent | ErrorEvent;
