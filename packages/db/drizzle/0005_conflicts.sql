CREATE TABLE `claim_keys` (
	`key` text NOT NULL,
	`claim` text NOT NULL,
	PRIMARY KEY(`key`, `claim`)
);
--> statement-breakpoint
CREATE INDEX `claim_keys_claim` ON `claim_keys` (`claim`);--> statement-breakpoint
CREATE TABLE `conflict_anchors` (
	`anchor` text NOT NULL,
	`conflict` text NOT NULL,
	PRIMARY KEY(`anchor`, `conflict`)
);
--> statement-breakpoint
CREATE INDEX `conflict_anchors_conflict` ON `conflict_anchors` (`conflict`);--> statement-breakpoint
CREATE TABLE `conflict_reviews` (
	`conflict` text PRIMARY KEY NOT NULL,
	`reviewed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`severity` real NOT NULL,
	`metric` text NOT NULL,
	`where_name` text,
	`when_from` text,
	`when_to` text,
	`who` text,
	`sources` text NOT NULL,
	`claim_ids` text NOT NULL,
	`summary` text NOT NULL,
	`anchors` text,
	`opened_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `conflicts_severity` ON `conflicts` (`severity`,`id`);--> statement-breakpoint
CREATE TABLE `incident_anchors` (
	`anchor` text NOT NULL,
	`incident` text NOT NULL,
	PRIMARY KEY(`anchor`, `incident`)
);
--> statement-breakpoint
CREATE INDEX `incident_anchors_incident` ON `incident_anchors` (`incident`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`metric` text NOT NULL,
	`where_name` text,
	`when_from` text,
	`when_to` text,
	`who` text,
	`claim_ids` text NOT NULL,
	`figures` text NOT NULL,
	`range_min` integer,
	`range_max` integer,
	`conservative` text,
	`grade` text NOT NULL,
	`anchors` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `unattributed_origin` text;--> statement-breakpoint
CREATE INDEX `articles_duplicate_of` ON `articles` (`duplicate_of`);--> statement-breakpoint
CREATE INDEX `articles_feed` ON `articles` (`feed_id`,`sort_time`);--> statement-breakpoint
ALTER TABLE `claims` ADD `features` text;