-- The scope index: an update reads back only the claims of the scopes a changed claim can be
-- compared with, by home and place chain (core's filingOf and relatedTo), instead of every claim
-- sharing a lookup key with it (~70% of all claims per 500-article batch on dates spread over two
-- years). WITHOUT ROWID (added by hand): the primary key is the whole row, so a rowid table would
-- store each row twice.
CREATE TABLE `claim_homes` (
	`home` text NOT NULL,
	`place` text NOT NULL,
	`victims` text NOT NULL,
	`claim` text NOT NULL,
	PRIMARY KEY(`home`, `place`, `victims`, `claim`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `claim_homes_claim` ON `claim_homes` (`claim`);
--> statement-breakpoint
-- claim_keys now holds asserted events' keys only. The stored keys are dropped so that the next
-- writer finds claims without an index (ConflictRepository.needsIndexing) and files every claim
-- again, both indexes at once, recomputing every conflict from the kept features (no sentence
-- is read again): what a change of the rules' version does.
DELETE FROM `claim_keys`;
