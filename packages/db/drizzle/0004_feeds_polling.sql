DROP INDEX `articles_url_unique`;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `read_at` integer;--> statement-breakpoint
CREATE INDEX `articles_url` ON `articles` (`url`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`name` text,
	`title` text,
	`site_url` text,
	`scope` text,
	`interval_minutes` integer,
	`enabled` integer DEFAULT true NOT NULL,
	`disabled_reason` text,
	`fetch_linked_page` integer DEFAULT false NOT NULL,
	`allow_private` integer DEFAULT false NOT NULL,
	`etag` text,
	`last_modified` text,
	`body_hash` text,
	`ttl_minutes` integer,
	`weekly_items` integer,
	`next_check_at` integer DEFAULT 0 NOT NULL,
	`last_polled_at` integer,
	`last_success_at` integer,
	`last_full_fetch_at` integer,
	`last_error` text,
	`last_error_reason` text,
	`last_error_at` integer,
	`consecutive_errors` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_feeds`("id", "url", "name", "scope", "interval_minutes", "enabled", "etag", "last_modified", "last_polled_at", "last_success_at", "last_error", "consecutive_errors", "created_at") SELECT "id", "url", "name", "url", "interval_minutes", "enabled", "etag", "last_modified", "last_polled_at", "last_success_at", "last_error", "consecutive_errors", "created_at" FROM `feeds`;--> statement-breakpoint
DROP TABLE `feeds`;--> statement-breakpoint
ALTER TABLE `__new_feeds` RENAME TO `feeds`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
CREATE INDEX `feeds_due` ON `feeds` (`enabled`,`next_check_at`);