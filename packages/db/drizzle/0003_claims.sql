CREATE TABLE `claim_versions` (
	`article_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`kind` text NOT NULL,
	`metric` text,
	`min` integer,
	`max` integer,
	`qualifier` text,
	`who` text,
	`where_name` text,
	`where_id` text,
	`when_from` text,
	`when_to` text,
	`source` text,
	`actor` text,
	`action` text,
	`polarity` text NOT NULL,
	`quote` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`rule` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claims_article` ON `claims` (`article_id`);--> statement-breakpoint
CREATE INDEX `claims_metric` ON `claims` (`metric`);