CREATE TABLE `coach_judgements` (
	`message_id` text PRIMARY KEY NOT NULL,
	`awarded` text NOT NULL,
	`model` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `objective_completions` ADD `judged_by` text DEFAULT 'rules' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `coach_judge` integer DEFAULT false NOT NULL;