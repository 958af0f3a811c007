import { type Article, ArticleId, FeedId, StoryId } from "@crosscheck/core"
import { Effect, Option, Schema, type Stream } from "effect"
import { EventWriter } from "./EventLog.js"
import { pagedByRowid } from "./paging.js"
import { rowDecoder } from "./rows.js"
import { lazyStatement } from "./statements.js"
import { Store, type StoreError } from "./Store.js"

/** A row of the feed view, decoded, not cast. */
const ArticleSummary = Schema.Struct({
  id: ArticleId,
  source: Schema.String,
  sortTime: Schema.Number,
  title: Schema.String,
  duplicateOf: Schema.NullOr(ArticleId)
})
export type ArticleSummary = typeof ArticleSummary.Type
const decodeSummary = rowDecoder("articles", ArticleSummary)

// Future publication times come from bad feed clocks; past an hour of slack they would pin an
// article to the top of the feed view forever, so fetch time orders it instead.
const FUTURE_SLACK_MS = 60 * 60 * 1000
export const sortTimeOf = (a: Pick<Article, "published" | "fetchedAt">): number =>
  a.published !== null && a.published <= a.fetchedAt + FUTURE_SLACK_MS ? a.published : a.fetchedAt

/** A row of `articles` as `SELECT rowid, *` reads it (the columns an Article needs): decoded,
 * not cast, so a store holding what this build never writes fails with the table and column. */
export const ArticleRow = Schema.Struct({
  id: ArticleId,
  url: Schema.String,
  source: Schema.String,
  feed_id: Schema.NullOr(FeedId),
  title: Schema.String,
  published: Schema.NullOr(Schema.Number),
  fetched_at: Schema.Number,
  body: Schema.String,
  content_hash: Schema.String,
  words: Schema.Number,
  duplicate_of: Schema.NullOr(ArticleId),
  story_id: Schema.NullOr(StoryId),
  unattributed_origin: Schema.NullOr(Schema.String),
  rowid: Schema.Number
})
export type ArticleRow = typeof ArticleRow.Type
const decodeArticleRow = rowDecoder("articles", ArticleRow)

export const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  url: r.url,
  title: r.title,
  source: r.source,
  published: r.published,
  fetchedAt: r.fetched_at,
  body: r.body,
  contentHash: r.content_hash,
  words: r.words,
  feedId: r.feed_id,
  duplicateOf: r.duplicate_of,
  storyId: r.story_id,
  unattributedOrigin: r.unattributed_origin
})

const EXPORT_PAGE = 1000

/** What is stored under an article id: enough to tell a repeat from a new revision, and to
 * update it in place. Decoded, not cast: a new revision is compared with it. */
export const StoredRevision = Schema.Struct({
  rowid: Schema.Number,
  /** null for articles stored before revisions were kept */
  revision: Schema.NullOr(Schema.String),
  contentHash: Schema.String,
  title: Schema.String,
  body: Schema.String,
  fetchedAt: Schema.Number,
  /** what was decided when it arrived, which a new revision keeps */
  duplicateOf: Schema.NullOr(Schema.String),
  storyId: Schema.NullOr(Schema.String),
  unattributedOrigin: Schema.NullOr(Schema.String)
})
export type StoredRevision = typeof StoredRevision.Type
const decodeStoredRevision = rowDecoder("articles", StoredRevision)

/** An article's revision as `revisions` reads it. */
const RevisionRow = StoredRevision.pipe(Schema.pick("revision", "contentHash", "fetchedAt"))
const decodeRevisionRow = rowDecoder("articles", RevisionRow)

/** What a source sent as a new revision of a stored article: the content an update replaces
 * (kept as JSON in the analysis queue until then, and decoded from it). */
export const RevisionContent = Schema.Struct({
  url: Schema.String,
  title: Schema.String,
  body: Schema.String,
  source: Schema.String,
  published: Schema.NullOr(Schema.Number),
  contentHash: Schema.String,
  words: Schema.Number
})
export type RevisionContent = typeof RevisionContent.Type

/** Writes articles, each with its `article.added` event; only inside a transaction. */
export class ArticleWriter extends Effect.Service<ArticleWriter>()("crosscheck/ArticleWriter", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const events = yield* EventWriter
    // Prepared once: inserts are the hot path of every import and poll.
    const insertArticle = lazyStatement(
      store.sqlite,
      `INSERT INTO articles (id, url, source, feed_id, title, published, fetched_at, sort_time, body, content_hash, words, duplicate_of, story_id, revision, unattributed_origin)
       VALUES (@id, @url, @source, @feedId, @title, @published, @fetchedAt, @sortTime, @body, @contentHash, @words, @duplicateOf, @storyId, @revision, @unattributedOrigin)
       ON CONFLICT DO NOTHING`
    )
    const exists = lazyStatement(store.sqlite, `SELECT 1 FROM articles WHERE id = ?`)
    const storedRevision = lazyStatement(
      store.sqlite,
      `SELECT rowid, revision, content_hash AS contentHash, title, body, fetched_at AS fetchedAt, duplicate_of AS duplicateOf,
         story_id AS storyId, unattributed_origin AS unattributedOrigin FROM articles WHERE id = ?`
    )
    const updateArticle = lazyStatement(
      store.sqlite,
      `UPDATE articles SET url = @url, source = @source, title = @title, published = @published, sort_time = @sortTime,
         body = @body, content_hash = @contentHash, words = @words, updated_at = @at
       WHERE rowid = @rowid`
    )
    const setRevision = lazyStatement(store.sqlite, `UPDATE articles SET revision = ? WHERE rowid = ?`)
    const setAnalysis = lazyStatement(store.sqlite, `UPDATE articles SET duplicate_of = ?, story_id = ? WHERE rowid = ?`)
    // The search index (articles_fts reads its text from articles) gets an article's row once it
    // is analysed, not when it is stored: tokenising was about a tenth of a cold poll cycle, and
    // a cycle waits only for the store (migration 0009). Both read the text as stored, so what
    // is removed is exactly what was indexed.
    const indexText = lazyStatement(
      store.sqlite,
      `INSERT INTO articles_fts (rowid, title, body, source) SELECT rowid, title, body, source FROM articles WHERE rowid = ?`
    )
    const unindexText = lazyStatement(
      store.sqlite,
      `INSERT INTO articles_fts (articles_fts, rowid, title, body, source) SELECT 'delete', rowid, title, body, source FROM articles WHERE rowid = ?`
    )

    /** Stores a new article and announces it; an article whose identity is stored already is
     * left exactly as it was. Returns the new row's rowid, or null. It is found by search once
     * analysed (`analysed`). */
    const insert = (a: Article, at: number, revision: string | null = null): number | null => {
      const result = insertArticle().run({
        id: a.id,
        url: a.url,
        source: a.source,
        feedId: a.feedId,
        title: a.title,
        published: a.published,
        fetchedAt: a.fetchedAt,
        sortTime: sortTimeOf(a),
        body: a.body,
        contentHash: a.contentHash,
        words: a.words,
        duplicateOf: a.duplicateOf,
        storyId: a.storyId,
        revision,
        unattributedOrigin: a.unattributedOrigin ?? null
      })
      if (result.changes !== 1) return null
      events.append({ kind: "article.added", articleId: a.id }, at)
      return Number(result.lastInsertRowid)
    }

    /** Whether an article with this id is stored (in this transaction's view). */
    const has = (id: string): boolean => exists().get(id) !== undefined

    /** What is stored under this id (in this transaction's view), or null. */
    const stored = (id: string): StoredRevision | null => {
      const row = storedRevision().get(id)
      return row === undefined ? null : decodeStoredRevision(row)
    }

    /** Files what the analysis stage decided of a stored article (the original it copies, its
     * story), makes it searchable, and announces it. Once per article: a second call would
     * index it twice. */
    const analysed = (rowid: number, articleId: string, duplicateOf: string | null, storyId: string | null, at: number): void => {
      setAnalysis().run(duplicateOf, storyId, rowid)
      indexText().run(rowid)
      events.append({ kind: "article.analysed", articleId }, at)
    }

    /** Replaces a stored article's content with a new revision from its source, and announces
     * it. What was decided when it first arrived stays: its id, first fetch time, feed, the
     * original it copies and its story. Its place in the feed view follows the new
     * publication time. The revision itself was recorded when it arrived (`recordRevision`):
     * the analysis stage applies the content in its turn, after the article's own analysis
     * (its queue row is later), so its old text is the one indexed; the new text replaces it
     * in search. */
    const update = (rowid: number, fetchedAt: number, articleId: string, a: RevisionContent, at: number): void => {
      unindexText().run(rowid)
      updateArticle().run({
        rowid,
        url: a.url,
        source: a.source,
        title: a.title,
        published: a.published,
        sortTime: sortTimeOf({ published: a.published, fetchedAt }),
        body: a.body,
        contentHash: a.contentHash,
        words: a.words,
        at
      })
      indexText().run(rowid)
      events.append({ kind: "article.updated", articleId }, at)
    }

    /** Records the revision a source sent of a stored article: a new one, whose content the
     * analysis stage applies in its turn, or that of an article stored before revisions were
     * kept, when the source sent the same content again. Later changes are then told by the
     * revision alone. */
    const recordRevision = (rowid: number, revision: string): void => {
      setRevision().run(revision, rowid)
    }

    return { insert, has, stored, update, recordRevision, analysed } as const
  }),
  dependencies: [EventWriter.Default]
}) {}

export class ArticleRepository extends Effect.Service<ArticleRepository>()("crosscheck/ArticleRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const countArticles = sqlite.prepare(`SELECT count(*) AS n FROM articles`).pluck()
    const windowRows = sqlite.prepare(
      `SELECT id, source, sort_time AS sortTime, title, duplicate_of AS duplicateOf
       FROM articles ORDER BY sort_time DESC, id DESC LIMIT ? OFFSET ?`
    )
    // Where an article stands in the feed view: how many sort before it. Row values walk the
    // articles_sort index, so this costs a count over the rows above it, never a sort.
    const position = sqlite
      .prepare(
        `SELECT count(*) FROM articles
         WHERE (sort_time, id) > (SELECT sort_time, id FROM articles WHERE id = ?)`
      )
      .pluck()
    const byId = sqlite.prepare(`SELECT rowid, * FROM articles WHERE id = ?`)
    const exists = sqlite.prepare(`SELECT 1 FROM articles WHERE id = ?`).pluck()
    const revisionRow = sqlite.prepare(`SELECT revision, content_hash AS contentHash, fetched_at AS fetchedAt FROM articles WHERE id = ?`)
    const page = sqlite.prepare(`SELECT rowid, * FROM articles WHERE rowid > ? AND fetched_at >= ? ORDER BY rowid LIMIT ?`)

    const count = store.query("cannot count articles", () => countArticles.get() as number)

    /** `limit` articles from `offset`, newest first: one screenful for the feed view. */
    const window = (offset: number, limit: number) => store.query("cannot read articles", () => windowRows.all(limit, offset).map(decodeSummary))

    /** The index of an article in the feed view (newest first), or null when it is not stored. */
    const positionOf = (id: string) => store.query("cannot read articles", () => (exists.get(id) === undefined ? null : (position.get(id) as number)))

    const findById = (id: string) =>
      store.query(`cannot read article ${id}`, () => {
        const row = byId.get(id)
        return row === undefined ? Option.none<Article>() : Option.some(toArticle(decodeArticleRow(row)))
      })

    /** Which of these ids are stored already. */
    const existing = (ids: ReadonlyArray<string>) => store.query("cannot read articles", () => new Set(ids.filter((id) => exists.get(id) !== undefined)))

    /** The stored revision (content hash, first fetch) of each of these ids that is stored. */
    const revisions = (ids: ReadonlyArray<string>) =>
      store.query("cannot read articles", () => {
        const found = new Map<string, typeof RevisionRow.Type>()
        for (const id of ids) {
          const row = revisionRow.get(id)
          if (row !== undefined) found.set(id, decodeRevisionRow(row))
        }
        return found
      })

    /** Every article in the order they were first stored, paged so memory stays flat however
     * large the store. `since` (epoch ms) keeps those fetched at or after it. */
    const export_ = (since = 0): Stream.Stream<Article, StoreError> =>
      pagedByRowid(
        (f) => store.query("cannot export articles", f),
        EXPORT_PAGE,
        (after) => page.all(after, since, EXPORT_PAGE).map(decodeArticleRow),
        toArticle
      )

    return { count, window, positionOf, findById, existing, revisions, export: export_ } as const
  })
}) {}
