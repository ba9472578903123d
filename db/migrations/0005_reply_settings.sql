ALTER TABLE `users` ADD `reply_speed` text DEFAULT 'instant' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `speak_replies` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `voice` text;