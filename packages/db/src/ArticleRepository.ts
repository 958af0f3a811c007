import type { Article, ArticleId, ExtractedClaim, FeedId, StoryId } from "@crosscheck/core"
import { Effect, Option, type Stream } from "effect"
import { claimWriter } from "./ClaimRepository.js"
import { pagedByRowid } from "./paging.js"
import type { StoryState } from "./DedupIndex.js"
import { Store, type StoreError } from "./Store.js"

/** What copy detection and story grouping store beside a new article. */
export interface ArticleIndexing {
  /** sketch keys for the candidate index */
  readonly keys: ReadonlyArray<number>
  /** distinct key-term hashes, counted in term_frequencies */
  readonly terms: ReadonlyArray<number>
  /** the article's strongest terms, filed under its story and time in story_keys */
  readonly storyKeys: ReadonlyArray<number>
}

/** Extras written in the same transaction as a batch of articles. */
export interface BatchExtras {
  readonly indexing?: ReadonlyMap<string, ArticleIndexing>
  /** stories created or changed by the batch, in their new state */
  readonly stories?: ReadonlyArray<StoryState>
  /** each new article's claims, read by extractor `claimsVersion` */
  readonly claims?: ReadonlyMap<string, ReadonlyArray<ExtractedClaim>>
  readonly claimsVersion?: number
}

/** The outcome of storing one batch. */
export interface StoredBatch {
  /** articles that were new, in input order */
  readonly inserted: ReadonlyArray<Article>
  /** articles whose identity (url) was already stored: skipped, nothing overwritten */
  readonly alreadyStored: number
}

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

export class ArticleRepository extends Effect.Service<ArticleRepository>()("crosscheck/ArticleRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const readonly = sqlite.readonly

    // Prepared once: inserts are the hot path of every import and poll.
    const insertArticle = readonly
      ? null
      : sqlite.prepare(
          `INSERT INTO articles (id, url, source, feed_id, title, published, fetched_at, sort_time, body, content_hash, words, duplicate_of, story_id)
           VALUES (@id, @url, @source, @feedId, @title, @published, @fetchedAt, @sortTime, @body, @contentHash, @words, @duplicateOf, @storyId)
           ON CONFLICT DO NOTHING`
        )
    const appendEvent = readonly
      ? null
      : sqlite.prepare(`INSERT INTO events (at, kind, article_id, data) VALUES (?, ?, ?, ?)`)
    const insertKey = readonly ? null : sqlite.prepare(`INSERT OR IGNORE INTO dedup_keys (key, article) VALUES (?, ?)`)
    const insertStoryKey = readonly ? null : sqlite.prepare(`INSERT OR IGNORE INTO story_keys (key, time, story) VALUES (?, ?, ?)`)
    const countTerm = readonly
      ? null
      : sqlite.prepare(
          `INSERT INTO term_frequencies (term, articles) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET articles = articles + 1`
        )
    const upsertStory = readonly
      ? null
      : sqlite.prepare(
          `INSERT INTO stories (id, title, first_seen, last_seen, articles, terms) VALUES (@id, @title, @firstSeen, @lastSeen, @articles, @terms)
           ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
             articles = excluded.articles, terms = excluded.terms`
        )
    const writeClaims = readonly ? null : claimWriter(sqlite)
    const countArticles = sqlite.prepare(`SELECT count(*) AS n FROM articles`).pluck()
    const windowRows = sqlite.prepare(
      `SELECT id, source, sort_time AS sortTime, title, duplicate_of AS duplicateOf
       FROM articles ORDER BY sort_time DESC, id DESC LIMIT ? OFFSET ?`
    )
    const byId = sqlite.prepare(`SELECT rowid, * FROM articles WHERE id = ?`)
    const page = sqlite.prepare(
      `SELECT rowid, * FROM articles WHERE rowid > ? AND fetched_at >= ? ORDER BY rowid LIMIT ?`
    )

    /** Stores a batch in one transaction, with one `article.added` event per new article.
     * Articles already stored (same url) are left exactly as they were. */
    const store_ = (batch: ReadonlyArray<Article>, extras: BatchExtras = {}): Effect.Effect<StoredBatch, StoreError> =>
      store.transaction(`cannot store ${batch.length} articles`, () => {
        if (
          insertArticle === null || appendEvent === null || insertKey === null || countTerm === null ||
          upsertStory === null || insertStoryKey === null
        ) {
          throw new Error("the database is open read-only")
        }
        const inserted: Array<Article> = []
        const at = Date.now()
        for (const a of batch) {
          const sortTime = sortTimeOf(a)
          const result = insertArticle.run({
            id: a.id,
            url: a.url,
            source: a.source,
            feedId: a.feedId,
            title: a.title,
            published: a.published,
            fetchedAt: a.fetchedAt,
            sortTime,
            body: a.body,
            contentHash: a.contentHash,
            words: a.words,
            duplicateOf: a.duplicateOf,
            storyId: a.storyId
          })
          if (result.changes === 1) {
            inserted.push(a)
            appendEvent.run(at, "article.added", a.id, null)
            const indexing = extras.indexing?.get(a.id)
            if (indexing !== undefined) {
              for (const key of indexing.keys) insertKey.run(key, result.lastInsertRowid)
              for (const term of indexing.terms) countTerm.run(term)
              if (a.storyId !== null) for (const key of indexing.storyKeys) insertStoryKey.run(key, sortTime, a.storyId)
            }
            const claims = extras.claims?.get(a.id)
            if (claims !== undefined && writeClaims !== null) writeClaims(a.id, claims, extras.claimsVersion ?? 0)
          }
        }
        for (const story of extras.stories ?? []) upsertStory.run(story)
        return { inserted, alreadyStored: batch.length - inserted.length }
      })

    const count = store.query("cannot count articles", () => countArticles.get() as number)

    /** `limit` articles from `offset`, newest first: one screenful for the feed view. */
    const window = (offset: number, limit: number) =>
      store.query("cannot read articles", () => windowRows.all(limit, offset) as Array<ArticleSummary>)

    const findById = (id: string) =>
      store.query(`cannot read article ${id}`, () => {
        const row = byId.get(id) as ArticleRow | undefined
        return row === undefined ? Option.none<Article>() : Option.some(toArticle(row))
      })

    /** Every article in the order they were first stored, paged so memory stays flat however
     * large the store. `since` (epoch ms) keeps those fetched at or after it. */
    const export_ = (since = 0): Stream.Stream<Article, StoreError> =>
      pagedByRowid(
        (f) => store.query("cannot export articles", f),
        EXPORT_PAGE,
        (after) => page.all(after, since, EXPORT_PAGE) as Array<ArticleRow>,
        toArticle
      )

    return { store: store_, count, window, findById, export: export_ } as const
  })
}) {}
