-- Full-text search over articles ("/" in the TUI): FTS5 over the articles table itself (no
-- second copy of the text), kept in step by triggers in the same transaction as every write.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, source, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, body, source) SELECT rowid, title, body, source FROM `articles`;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts` (rowid, title, body, source) VALUES (new.rowid, new.title, new.body, new.source);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts` (`articles_fts`, rowid, title, body, source) VALUES ('delete', old.rowid, old.title, old.body, old.source);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, body, source ON `articles` BEGIN
  INSERT INTO `articles_fts` (`articles_fts`, rowid, title, body, source) VALUES ('delete', old.rowid, old.title, old.body, old.source);
  INSERT INTO `articles_fts` (rowid, title, body, source) VALUES (new.rowid, new.title, new.body, new.source);
END;
