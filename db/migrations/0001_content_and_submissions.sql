CREATE TABLE `problem_test_ids` (
	`problem_id` integer NOT NULL,
	`test_id` integer NOT NULL,
	`first_version` integer NOT NULL,
	`retired_in_version` integer,
	PRIMARY KEY(`problem_id`, `test_id`),
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `problem_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`problem_id` integer NOT NULL,
	`version` integer NOT NULL,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`statement_html` text NOT NULL,
	`prepared` text,
	`reference_cost` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `problem_versions_idx` ON `problem_versions` (`problem_id`,`version`);--> statement-breakpoint
CREATE TABLE `problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`difficulty` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`roles` text DEFAULT '[]' NOT NULL,
	`source` text DEFAULT 'bundled' NOT NULL,
	`source_path` text,
	`status` text DEFAULT 'published' NOT NULL,
	`status_message` text,
	`current_version_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `problems_slug_unique` ON `problems` (`slug`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`problem_id` integer NOT NULL,
	`problem_version_id` integer NOT NULL,
	`language` text NOT NULL,
	`code` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`verdict` text,
	`cost` integer,
	`time_ms` integer,
	`message` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`judged_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_version_id`) REFERENCES `problem_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submissions_user_problem_idx` ON `submissions` (`user_id`,`problem_id`);--> statement-breakpoint
CREATE INDEX `submissions_status_idx` ON `submissions` (`status`);--> statement-breakpoint
CREATE TABLE `test_results` (
	`submission_id` integer NOT NULL,
	`test_id` integer NOT NULL,
	`position` integer NOT NULL,
	`status` text NOT NULL,
	`cost` integer NOT NULL,
	`budget` integer,
	`wall_ms` integer NOT NULL,
	`output` text DEFAULT '' NOT NULL,
	`message` text,
	`details` text,
	PRIMARY KEY(`submission_id`, `test_id`),
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `track_items` (
	`module_id` integer NOT NULL,
	`problem_slug` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`module_id`, `problem_slug`),
	FOREIGN KEY (`module_id`) REFERENCES `track_modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `track_modules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`track_slug` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	`requires` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`track_slug`) REFERENCES `tracks`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `track_modules_slug_idx` ON `track_modules` (`track_slug`,`slug`);--> statement-breakpoint
CREATE TABLE `tracks` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`roles` text DEFAULT '[]' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`content_hash` text NOT NULL,
	`updated_at` integer NOT NULL
);
