-- The search index follows the analysis stage, no longer every write: the analysis transaction
-- indexes an article when it analyses it and re-indexes it when it applies a new revision
-- (ArticleWriter.analysed and update), so a poll cycle's store transaction no longer tokenises
-- every new article (about 1 s of a cold 500-feed cycle's 10,000). Articles are never deleted;
-- a delete would have to remove an analysed article's row from the index itself.
DROP TRIGGER `articles_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_update`;
--> statement-breakpoint
-- Articles queued as new and not yet analysed were indexed by the insert trigger: they leave the
-- index, and the analysis stage indexes them in their turn, as it does every new article. Their
-- stored text is what the trigger indexed (a queued revision is applied only by the analysis).
-- Every other article was indexed by the triggers and stays as it is.
INSERT INTO `articles_fts` (`articles_fts`, rowid, title, body, source)
  SELECT 'delete', a.rowid, a.title, a.body, a.source FROM `articles` a
  WHERE a.id IN (SELECT article_id FROM `analysis_queue` WHERE revision IS NULL);
