import { sql } from "drizzle-orm"
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core"

/** Feeds the daemon and TUI poll. Poll state lives here so a restart resumes where it was.
 * Times are epoch milliseconds (UTC). */
export const feeds = sqliteTable(
  "feeds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** where the feed is fetched; a permanent redirect (301, 308) moves it */
    url: text("url").notNull().unique(),
    /** the name the user gave it, if any */
    name: text("name"),
    /** the feed's own title, as last read */
    title: text("title"),
    /** the site the feed belongs to (its channel link), as last read */
    siteUrl: text("site_url"),
    /** what a GUID that is not a URL is scoped to: the URL the feed was added with, kept when a
     * redirect moves it, so its items keep their identity */
    scope: text("scope"),
    /** a fixed poll interval (--interval), or null: adaptive to how often the feed publishes */
    intervalMinutes: integer("interval_minutes"),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    /** why it was disabled by the poller (Gone), or null */
    disabledReason: text("disabled_reason"),
    /** fetch the linked page of an item that carries only a summary */
    fetchLinkedPage: integer("fetch_linked_page", { mode: "boolean" }).notNull().default(false),
    /** may be fetched from a private or loopback address */
    allowPrivate: integer("allow_private", { mode: "boolean" }).notNull().default(false),
    etag: text("etag"),
    lastModified: text("last_modified"),
    /** sha-256 of the last body read: a 200 with the same bytes counts as not modified */
    bodyHash: text("body_hash"),
    /** the feed's <ttl> in minutes, as last read */
    ttlMinutes: integer("ttl_minutes"),
    /** items published in the week before the last fetch: what the adaptive interval follows */
    weeklyItems: integer("weekly_items"),
    nextCheckAt: integer("next_check_at").notNull().default(0),
    lastPolledAt: integer("last_polled_at"),
    lastSuccessAt: integer("last_success_at"),
    /** the last fetch that did not send validators (a full fetch every 12 hours) */
    lastFullFetchAt: integer("last_full_fetch_at"),
    /** the last failure: one line for people, and its tag for programs (Timeout, Gone...) */
    lastError: text("last_error"),
    lastErrorReason: text("last_error_reason"),
    lastErrorAt: integer("last_error_at"),
    consecutiveErrors: integer("consecutive_errors").notNull().default(0),
    createdAt: integer("created_at").notNull()
  },
  (t) => [index("feeds_due").on(t.enabled, t.nextCheckAt)]
)

/** One row per item identity (see core's articleIdFor). Times are epoch milliseconds (UTC). */
export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    /** the link people follow; not the identity (see id), so two items may share it */
    url: text("url").notNull(),
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
    storyId: text("story_id"),
    /** who a figure stated here unattributed counts as, when the outlet is only a guess (a
     * file's folder): the document itself; null: the outlet */
    unattributedOrigin: text("unattributed_origin"),
    /** hash of the item as its source delivered it: a new revision of a stored item (same
     * identity, other content) updates the article; null for articles stored before revisions */
    revision: text("revision"),
    /** when a new revision last replaced the text */
    updatedAt: integer("updated_at"),
    /** when the reader marked it read (the TUI), or null */
    readAt: integer("read_at")
  },
  (t) => [
    index("articles_url").on(t.url),
    index("articles_sort").on(t.sortTime, t.id),
    index("articles_content_hash").on(t.contentHash),
    index("articles_story").on(t.storyId),
    // The article list folds copies under their original and counts them.
    index("articles_duplicate_of").on(t.duplicateOf),
    // The article list itself, originals newest first: a screenful anywhere in it, or where an
    // article stands in it, is read from this index in order, never by sorting every original.
    index("articles_listed").on(t.sortTime, t.id).where(sql`${t.duplicateOf} IS NULL`),
    // Articles per feed, for the feeds pane and the article list filtered to a feed.
    index("articles_feed").on(t.feedId, t.sortTime)
  ]
)

/** Stored articles not yet analysed (copies, story, claims, conflicts): the poll cycle and the
 * importer store an article and queue it here in one transaction; the analysis stage takes
 * them in `seq` order (the order they were stored), each in the transaction that files its
 * analysis and deletes its row. A process killed between the two leaves the row, and the next
 * start resumes from it. `revision`: null for a new article (analysed as stored); for a new
 * revision of a stored article, what its source sent (JSON: url, title, body, source,
 * published, contentHash, words), applied to the article by the analysis stage in its turn, so
 * what an article is compared with never depends on how far behind the stage is. */
export const analysisQueue = sqliteTable(
  "analysis_queue",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: text("revision")
  },
  (t) => [index("analysis_queue_article").on(t.articleId)]
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

/** The candidate index for copy detection: each article's sketch keys (see core's sketchOf),
 * pointing at the article's rowid. Looked up by key, so the cost of finding candidates does not
 * grow with the corpus, and no article body is read to rebuild it after a restart. */
export const dedupKeys = sqliteTable(
  "dedup_keys",
  {
    key: integer("key").notNull(),
    article: integer("article").notNull()
  },
  (t) => [primaryKey({ columns: [t.key, t.article] })]
)

/** Stories: reports of the same event, grouped as they arrive. `terms` is the story's
 * weighted key-term vector (JSON), what a new article is compared with. */
export const stories = sqliteTable(
  "stories",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    firstSeen: integer("first_seen").notNull(),
    lastSeen: integer("last_seen").notNull(),
    articles: integer("articles").notNull(),
    terms: text("terms").notNull()
  },
  (t) => [index("stories_last_seen").on(t.lastSeen)]
)

/** How many articles each term appears in: the "idf" that makes "Syria" weigh less than
 * "Sukkari" when stories are compared. `term` is a 32-bit hash. */
export const termFrequencies = sqliteTable("term_frequencies", {
  term: integer("term").primaryKey(),
  articles: integer("articles").notNull()
})

/** Which stories a key term was seen in, and when: each article adds its strongest terms with
 * its time and story. A new article looks up the stories sharing its own strongest terms in
 * the active window, instead of comparing itself with every active story. */
export const storyKeys = sqliteTable(
  "story_keys",
  {
    key: integer("key").notNull(),
    time: integer("time").notNull(),
    story: text("story").notNull()
  },
  (t) => [primaryKey({ columns: [t.key, t.time, t.story] })]
)

/** Claims read from an article: figures of harm and events, each with its evidence (the
 * sentence, its offsets into `title + "\n" + body`, and the rule that produced it). */
export const claims = sqliteTable(
  "claims",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    metric: text("metric"),
    min: integer("min"),
    max: integer("max"),
    qualifier: text("qualifier"),
    who: text("who"),
    where: text("where_name"),
    whereId: text("where_id"),
    whenFrom: text("when_from"),
    whenTo: text("when_to"),
    source: text("source"),
    actor: text("actor"),
    action: text("action"),
    polarity: text("polarity").notNull(),
    quote: text("quote").notNull(),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    rule: text("rule").notNull(),
    /** what the conflict rules read of the sentence (core's featuresOf), kept so comparing the
     * claim again never reads the sentence again */
    features: text("features")
  },
  (t) => [index("claims_article").on(t.articleId), index("claims_metric").on(t.metric)]
)

/** Which extractor version read each article's claims: when the rules change, older ones are
 * read again from the stored text, without fetching anything. */
export const claimVersions = sqliteTable("claim_versions", {
  articleId: text("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  version: integer("version").notNull()
})

/** The claim a row of the conflict indexes files, and a copy of what the conflict rules read of it
 * and of its article (core's ConflictClaim without the sentence, which the kept features stand for;
 * a JSON array, ConflictRepository's filedCopy), so that an update prepares the claims of a home
 * from one index range instead of looking each one up by id and joining its article. Copied when
 * the claim is filed; the article fields copied (outlet, publication time, story) change only with
 * a new revision, which files its claims again. */
const filedClaim = () => ({
  claim: text("claim").notNull(),
  copy: text("copy").notNull()
})

/** The key index (core's `filingOf`): each asserted event under its lookup keys, the events a
 * denial's home finds. */
export const claimKeys = sqliteTable("claim_keys", { key: text("key").notNull(), ...filedClaim() }, (t) => [
  primaryKey({ columns: [t.key, t.claim] }),
  index("claim_keys_claim").on(t.claim)
])

/** The scope index (core's `filingOf`): each quantity claim under its home, with its place's
 * chain and its victims; each denial under its homes. An update reads back only the claims of
 * the scopes a changed one can be compared with (core's `relatedTo`), a home at a time. */
export const claimHomes = sqliteTable(
  "claim_homes",
  {
    home: text("home").notNull(),
    place: text("place").notNull(),
    victims: text("victims").notNull(),
    ...filedClaim()
  },
  (t) => [primaryKey({ columns: [t.home, t.place, t.victims, t.claim] }), index("claim_homes_claim").on(t.claim)]
)

/** Where independent sources disagree: the contract's conflict record, kept up to date as
 * claims arrive. `sources` and `claim_ids` are JSON arrays. */
export const conflicts = sqliteTable(
  "conflicts",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    severity: real("severity").notNull(),
    metric: text("metric").notNull(),
    where: text("where_name"),
    whenFrom: text("when_from"),
    whenTo: text("when_to"),
    who: text("who"),
    sources: text("sources").notNull(),
    claimIds: text("claim_ids").notNull(),
    summary: text("summary").notNull(),
    /** JSON: the anchors it was filed under, to tell an unchanged conflict from a moved one */
    anchors: text("anchors"),
    openedAt: integer("opened_at").notNull(),
    updatedAt: integer("updated_at").notNull()
  },
  (t) => [index("conflicts_severity").on(t.severity, t.id)]
)

/** Which keys each conflict depends on: a claim that changes a key replaces its conflicts. */
export const conflictAnchors = sqliteTable(
  "conflict_anchors",
  {
    anchor: text("anchor").notNull(),
    conflict: text("conflict").notNull()
  },
  (t) => [primaryKey({ columns: [t.anchor, t.conflict] }), index("conflict_anchors_conflict").on(t.conflict)]
)

/** One count that sources report, with its range, most conservative figure and grade. JSON:
 * `claim_ids`, `figures`, `conservative`. */
export const incidents = sqliteTable("incidents", {
  id: text("id").primaryKey(),
  metric: text("metric").notNull(),
  where: text("where_name"),
  whenFrom: text("when_from"),
  whenTo: text("when_to"),
  who: text("who"),
  claimIds: text("claim_ids").notNull(),
  figures: text("figures").notNull(),
  rangeMin: integer("range_min"),
  rangeMax: integer("range_max"),
  conservative: text("conservative"),
  grade: text("grade").notNull(),
  anchors: text("anchors"),
  updatedAt: integer("updated_at").notNull()
})

export const incidentAnchors = sqliteTable(
  "incident_anchors",
  {
    anchor: text("anchor").notNull(),
    incident: text("incident").notNull()
  },
  (t) => [primaryKey({ columns: [t.anchor, t.incident] }), index("incident_anchors_incident").on(t.incident)]
)

/** Conflicts a reader marked reviewed. Kept apart from the conflicts, which are recomputed:
 * a conflict that is found again under the same id is still reviewed. */
export const conflictReviews = sqliteTable("conflict_reviews", {
  conflict: text("conflict").primaryKey(),
  reviewedAt: integer("reviewed_at").notNull()
})
