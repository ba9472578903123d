/** How far above its last automatic position the view must be before it counts as moved. */
const SLACK_PX = 2;

/**
 * Whether the conversation moved up because the learner scrolled it. Content that shrinks (the typing
 * line giving way to a shorter first word) makes the browser pull scrollTop down to the new end:
 * that is no reason to stop following, nor to offer the "New message" pill.
 */
export function scrolledUpByLearner({ scrollTop, autoTop, maxTop }: { scrollTop: number; autoTop: number; maxTop: number }): boolean {
  return scrollTop < autoTop - SLACK_PX && scrollTop < maxTop - SLACK_PX;
}
