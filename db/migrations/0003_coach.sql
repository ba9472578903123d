CREATE TABLE `hints` (
	`conversation_id` text NOT NULL,
	`objective_id` text NOT NULL,
	`step` integer NOT NULL,
	`text` text NOT NULL,
	`cost` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`conversation_id`, `objective_id`, `step`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `message_checks` (
	`message_id` text PRIMARY KEY NOT NULL,
	`findings` text NOT NULL,
	`corrected` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `translations` (
	`message_id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`model` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `conversations` ADD `level` text;--> statement-breakpoint
ALTER TABLE `objectives` ADD `nudge` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `scenarios` ADD `key_words` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `level` text DEFAULT 'A1' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `corrections` text DEFAULT 'after_each_turn' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `character_model` text;--> statement-breakpoint
ALTER TABLE `users` ADD `coach_model` text;