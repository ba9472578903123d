import { z } from "zod";

// Length limits are the engine's (413 past them); the schema only checks shape.
export const messageInput = z.object({
  message: z.string({ error: "message must be a string." }).optional(),
  retry: z.boolean().optional(),
});
