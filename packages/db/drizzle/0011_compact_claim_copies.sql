-- The conflict indexes keep their claim's copy as one JSON string (ConflictRepository's filedCopy)
-- instead of 22 columns: reading a row of 22 values cost ~10 us against ~3 us, more than looking
-- the claim up by id on a store that fits the page cache. Written by hand (drizzle-kit would copy
-- the rows into new tables): the old rows go, so that the next writer finds claims without an
-- index (ConflictRepository.needsIndexing) and files every claim again, recomputing every conflict
-- from the kept features (no sentence is read again). WITHOUT ROWID: the rows live in the primary
-- key's order.
DROP TABLE `claim_homes`;
--> statement-breakpoint
CREATE TABLE `claim_homes` (
	`home` text NOT NULL,
	`place` text NOT NULL,
	`victims` text NOT NULL,
	`claim` text NOT NULL,
	`copy` text NOT NULL,
	PRIMARY KEY(`home`, `place`, `victims`, `claim`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `claim_homes_claim` ON `claim_homes` (`claim`);
--> statement-breakpoint
DROP TABLE `claim_keys`;
--> statement-breakpoint
CREATE TABLE `claim_keys` (
	`key` text NOT NULL,
	`claim` text NOT NULL,
	`copy` text NOT NULL,
	PRIMARY KEY(`key`, `claim`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `claim_keys_claim` ON `claim_keys` (`claim`);
