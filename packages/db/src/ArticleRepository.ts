import type { Article, ArticleId, FeedId, StoryId } from "@crosscheck/core"
import { Effect, Option, type Stream } from "effect"
import { EventWriter } from "./EventLog.js"
import { pagedByRowid } from "./paging.js"
import { lazyStatement } from "./statements.js"
import { Store, type StoreError } from "./Store.js"

/** A row of the feed view. */
export interface ArticleSummary {
  readonly id: ArticleId
  readonly source: string
  readonly sortTime: number
  readonly title: string
  readonly duplicateOf: ArticleId | null
}

// Future publication times come from bad feed clocks; past an hour of slack they would pin an
// article to the top of the feed view forever, so fetch time orders it instead.
const FUTURE_SLACK_MS = 60 * 60 * 1000
export const sortTimeOf = (a: Pick<Article, "published" | "fetchedAt">): number =>
  a.published !== null && a.published <= a.fetchedAt + FUTURE_SLACK_MS ? a.published : a.fetchedAt

interface ArticleRow {
  id: string
  url: string
  source: string
  feed_id: number | null
  title: string
  published: number | null
  fetched_at: number
  body: string
  content_hash: string
  words: number
  duplicate_of: string | null
  story_id: string | null
  rowid: number
}

const toArticle = (r: ArticleRow): Article => ({
  id: r.id as ArticleId,
  url: r.url,
  title: r.title,
  source: r.source,
  published: r.published,
  fetchedAt: r.fetched_at,
  body: r.body,
  contentHash: r.content_hash,
  words: r.words,
  feedId: r.feed_id as FeedId | null,
  duplicateOf: r.duplicate_of as ArticleId | null,
  storyId: r.story_id as StoryId | null
})

const EXPORT_PAGE = 1000

/** Writes articles, each with its `article.added` event; only inside a transaction. */
export class ArticleWriter extends Effect.Service<ArticleWriter>()("crosscheck/ArticleWriter", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const events = yield* EventWriter
    // Prepared once: inserts are the hot path of every import and poll.
    const insertArticle = lazyStatement(
      store.sqlite,
      `INSERT INTO articles (id, url, source, feed_id, title, published, fetched_at, sort_time, body, content_hash, words, duplicate_of, story_id)
       VALUES (@id, @url, @source, @feedId, @title, @published, @fetchedAt, @sortTime, @body, @contentHash, @words, @duplicateOf, @storyId)
       ON CONFLICT DO NOTHING`
    )
    const exists = lazyStatement(store.sqlite, `SELECT 1 FROM articles WHERE id = ?`)

    /** Stores a new article and announces it; an article whose identity (url) is stored
     * already is left exactly as it was. Returns the new row's rowid, or null. */
    const insert = (a: Article, at: number): number | null => {
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
        storyId: a.storyId
      })
      if (result.changes !== 1) return null
      events.append({ kind: "article.added", articleId: a.id }, at)
      return Number(result.lastInsertRowid)
    }

    /** Whether an article with this id is stored (in this transaction's view). */
    const has = (id: string): boolean => exists().get(id) !== undefined

    return { insert, has } as const
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
    const page = sqlite.prepare(
      `SELECT rowid, * FROM articles WHERE rowid > ? AND fetched_at >= ? ORDER BY rowid LIMIT ?`
    )

    const count = store.query("cannot count articles", () => countArticles.get() as number)

    /** `limit` articles from `offset`, newest first: one screenful for the feed view. */
    const window = (offset: number, limit: number) =>
      store.query("cannot read articles", () => windowRows.all(limit, offset) as Array<ArticleSummary>)

    /** The index of an article in the feed view (newest first), or null when it is not stored. */
    const positionOf = (id: string) =>
      store.query("cannot read articles", () => (exists.get(id) === undefined ? null : (position.get(id) as number)))

    const findById = (id: string) =>
      store.query(`cannot read article ${id}`, () => {
        const row = byId.get(id) as ArticleRow | undefined
        return row === undefined ? Option.none<Article>() : Option.some(toArticle(row))
      })

    /** Which of these ids are stored already. */
    const existing = (ids: ReadonlyArray<string>) =>
      store.query("cannot read articles", () => new Set(ids.filter((id) => exists.get(id) !== undefined)))

    /** Every article in the order they were first stored, paged so memory stays flat however
     * large the store. `since` (epoch ms) keeps those fetched at or after it. */
    const export_ = (since = 0): Stream.Stream<Article, StoreError> =>
      pagedByRowid(
        (f) => store.query("cannot export articles", f),
        EXPORT_PAGE,
        (after) => page.all(after, since, EXPORT_PAGE) as Array<ArticleRow>,
        toArticle
      )

    return { count, window, positionOf, findById, existing, export: export_ } as const
  })
}) {}
