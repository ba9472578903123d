import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password";

export const accountInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z.string().trim().max(320, "That email is too long.").pipe(z.email("Enter a valid email address.")),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export type AccountInput = z.infer<typeof accountInput>;
