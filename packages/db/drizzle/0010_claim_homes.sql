-- The conflict update reads back only the claims of the scopes a changed claim can be compared
-- with (core's filingOf and relatedTo), a home at a time, instead of every claim sharing a lookup
-- key with it (~70% of all claims per 500-article batch on dates spread over two years). Each row
-- carries what the rules read of its claim and article, so that a home's claims are one index
-- range, not one lookup by id and a join each. WITHOUT ROWID (added by hand): the rows live in the
-- primary key's order.
CREATE TABLE `claim_homes` (
	`home` text NOT NULL,
	`place` text NOT NULL,
	`victims` text NOT NULL,
	`claim` text NOT NULL,
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
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`features` text NOT NULL,
	`outlet` text NOT NULL,
	`published` integer NOT NULL,
	`story_id` text,
	PRIMARY KEY(`home`, `place`, `victims`, `claim`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `claim_homes_claim` ON `claim_homes` (`claim`);
--> statement-breakpoint
-- claim_keys now holds asserted events only, with the same copy of their claims; written by hand
-- (drizzle-kit would add NOT NULL columns to the old table, which SQLite refuses). Its old rows go
-- with it, so that the next writer finds claims without an index (ConflictRepository.needsIndexing)
-- and files every claim again, both indexes at once, recomputing every conflict from the kept
-- features (no sentence is read again): what a change of the rules' version does.
DROP TABLE `claim_keys`;
--> statement-breakpoint
CREATE TABLE `claim_keys` (
	`key` text NOT NULL,
	`claim` text NOT NULL,
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
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`features` text NOT NULL,
	`outlet` text NOT NULL,
	`published` integer NOT NULL,
	`story_id` text,
	PRIMARY KEY(`key`, `claim`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `claim_keys_claim` ON `claim_keys` (`claim`);
