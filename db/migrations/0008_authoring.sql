CREATE TABLE `authored_problems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`author_id` integer NOT NULL,
	`kind` text NOT NULL,
	`area` text NOT NULL,
	`files` text NOT NULL,
	`validation` text,
	`problem_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authored_problems_slug_unique` ON `authored_problems` (`slug`);--> statement-breakpoint
CREATE INDEX `authored_problems_author_idx` ON `authored_problems` (`author_id`);--> statement-breakpoint
CREATE TABLE `authored_versions` (
	`authored_id` integer NOT NULL,
	`version` integer NOT NULL,
	`files` text NOT NULL,
	`problem_version_id` integer NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` integer,
	PRIMARY KEY(`authored_id`, `version`),
	FOREIGN KEY (`authored_id`) REFERENCES `authored_problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_version_id`) REFERENCES `problem_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `track_placements` (
	`problem_id` integer NOT NULL,
	`track_slug` text NOT NULL,
	`module_slug` text NOT NULL,
	`position` integer NOT NULL,
	`added_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`problem_id`, `track_slug`),
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `track_placements_module_idx` ON `track_placements` (`track_slug`,`module_slug`);