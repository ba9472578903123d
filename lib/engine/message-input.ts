import { z } from "zod";

// Length limits are the engine's (413 past them); the schema only checks shape.
export const messageInput = z.object({
  message: z.string({ error: "message must be a string." }).optional(),
  retry: z.boolean().optional(),
  /** Run the turn apart from this request: it can be reattached, and it survives the client leaving (a grace period). */
  resumable: z.boolean().optional(),
  /** Continue the last reply, cut off by Stop or the grace period, where it ended. */
  continue: z.boolean().optional(),
});
