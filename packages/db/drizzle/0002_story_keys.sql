-- WITHOUT ROWID (added by hand): the primary key is the whole row.
CREATE TABLE `story_keys` (
	`key` integer NOT NULL,
	`time` integer NOT NULL,
	`story` text NOT NULL,
	PRIMARY KEY(`key`, `time`, `story`)
) WITHOUT ROWID;
