import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core"

/** Feeds the daemon and TUI poll. Poll state lives here so a restart resumes where it was. */
export const feeds = sqliteTable("feeds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  url: text("url").notNull().unique(),
  name: text("name"),
  intervalMinutes: integer("interval_minutes").notNull().default(15),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  etag: text("etag"),
  lastModified: text("last_modified"),
  lastPolledAt: integer("last_polled_at"),
  lastSuccessAt: integer("last_success_at"),
  lastError: text("last_error"),
  consecutiveErrors: integer("consecutive_errors").notNull().default(0),
  createdAt: integer("created_at").notNull()
})

/** One row per distinct URL. Times are epoch milliseconds (UTC). */
export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    url: text("url").notNull().unique(),
    source: text("source").notNull(),
    feedId: integer("feed_id").references(() => feeds.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    published: integer("published"),
    fetchedAt: integer("fetched_at").notNull(),
    /** what the feed view sorts by: publication time, unless it is missing or claims to be
     * in the future (bad feed clocks), then fetch time */
    sortTime: integer("sort_time").notNull(),
    body: text("body").notNull(),
    contentHash: text("content_hash").notNull(),
    words: integer("words").notNull(),
    duplicateOf: text("duplicate_of"),
    storyId: text("story_id")
  },
  (t) => [
    index("articles_sort").on(t.sortTime, t.id),
    index("articles_content_hash").on(t.contentHash),
    index("articles_story").on(t.storyId)
  ]
)

/** Append-only change log. A second process (the TUI beside a daemon, a script) follows it by
 * remembering the last `seq` it has seen. */
export const events = sqliteTable(
  "events",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    kind: text("kind").notNull(),
    articleId: text("article_id"),
    data: text("data")
  },
  (t) => [index("events_article").on(t.articleId)]
)

