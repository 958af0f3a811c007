-- The article list (originals newest first) read in order from an index: a screenful anywhere
-- in it, or where one article stands, costs its rows instead of a sort of every original.
CREATE INDEX `articles_listed` ON `articles` (`sort_time`,`id`) WHERE "articles"."duplicate_of" IS NULL;
