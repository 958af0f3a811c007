-- Articles stored but not yet analysed (copies, story, claims, conflicts), in the order they were
-- stored: the poll cycle stores and shows an article at once, the analysis stage follows and
-- resumes from here after a restart. Every article stored before this migration is analysed.
CREATE TABLE `analysis_queue` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`revision` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `analysis_queue_article` ON `analysis_queue` (`article_id`);