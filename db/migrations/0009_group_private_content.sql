ALTER TABLE `authored_problems` ADD `group_id` integer REFERENCES groups(id);--> statement-breakpoint
ALTER TABLE `problems` ADD `group_id` integer REFERENCES groups(id);--> statement-breakpoint
ALTER TABLE `tracks` ADD `source` text DEFAULT 'bundled' NOT NULL;--> statement-breakpoint
ALTER TABLE `tracks` ADD `author_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `tracks` ADD `yaml` text;--> statement-breakpoint
ALTER TABLE `tracks` ADD `group_id` integer REFERENCES groups(id);