CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`source` text NOT NULL,
	`feed_id` integer,
	`title` text NOT NULL,
	`published` integer,
	`fetched_at` integer NOT NULL,
	`sort_time` integer NOT NULL,
	`body` text NOT NULL,
	`content_hash` text NOT NULL,
	`words` integer NOT NULL,
	`duplicate_of` text,
	`story_id` text,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_sort` ON `articles` (`sort_time`,`id`);--> statement-breakpoint
CREATE INDEX `articles_content_hash` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_story` ON `articles` (`story_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`article_id` text,
	`data` text
);
--> statement-breakpoint
CREATE INDEX `events_article` ON `events` (`article_id`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`name` text,
	`interval_minutes` integer DEFAULT 15 NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_polled_at` integer,
	`last_success_at` integer,
	`last_error` text,
	`consecutive_errors` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);