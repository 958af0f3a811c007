-- dedup_keys is WITHOUT ROWID (added by hand): the primary key is the whole row, so a rowid
-- table would store each (key, article) pair twice.
CREATE TABLE `dedup_keys` (
	`key` integer NOT NULL,
	`article` integer NOT NULL,
	PRIMARY KEY(`key`, `article`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`articles` integer NOT NULL,
	`terms` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_last_seen` ON `stories` (`last_seen`);--> statement-breakpoint
CREATE TABLE `term_frequencies` (
	`term` integer PRIMARY KEY NOT NULL,
	`articles` integer NOT NULL
);
