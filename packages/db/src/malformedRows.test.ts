import type { ExtractedClaim } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, Layer, Option, Stream } from "effect"
import { AnalysisQueue } from "./AnalysisQueue.js"
import { ArticleListing } from "./ArticleListing.js"
import { ArticleRepository, ArticleWriter } from "./ArticleRepository.js"
import { ClaimRepository, ClaimWriter } from "./ClaimRepository.js"
import { ConflictRepository } from "./ConflictRepository.js"
import { MalformedRow } from "./rows.js"
import { Store, type StoreError, StoreTest } from "./Store.js"
import { StoryRepository } from "./StoryRepository.js"
import { sampleArticle, searchFor } from "./testing.js"

// A store edited by hand, or written by a newer crosscheck, can hold what this build never
// writes: SQLite keeps text in an integer column, and a NULL in a column without NOT NULL. The
// reads that show or export rows must then fail plainly, naming the table and column, and only
// for what reads that row.

const Repos = Layer.mergeAll(
  ArticleRepository.Default,
  ArticleWriter.Default,
  ClaimRepository.Default,
  ClaimWriter.Default,
  ConflictRepository.Default,
  StoryRepository.Default,
  AnalysisQueue.Default,
  ArticleListing.Default
)
const inMemory = Repos.pipe(Layer.provideMerge(StoreTest))

const claim = (min: number, quote: string): ExtractedClaim => ({
  kind: "quantity",
  metric: "killed",
  min,
  max: min,
  qualifier: "exact",
  who: null,
  where: "Aleppo",
  whereId: "sy:aleppo",
  when: null,
  source: null,
  actor: null,
  action: null,
  polarity: "asserted",
  quote,
  span: [0, quote.length],
  rule: "test"
})

const a1 = sampleArticle(1)
const a2 = sampleArticle(2)

/** Two articles with two claims each, stored as the pipeline stores them. */
const seed = Effect.gen(function* () {
  const store = yield* Store
  const articles = yield* ArticleWriter
  const claims = yield* ClaimWriter
  yield* store.transaction("seed", () => {
    for (const a of [a1, a2]) {
      articles.insert(a, 0)
      claims.replace(a.id, [claim(3, `${a.title}: 3 killed`), claim(5, `${a.title}: 5 killed`)], 1, 0)
    }
  })
  return store
})

/** Raw SQL on the store, as a hand edit or another program would change it. */
const corrupt = (sql: string, ...params: Array<unknown>) => Effect.flatMap(Store, (store) => Effect.sync(() => store.sqlite.prepare(sql).run(...params)))

const all = <A>(stream: Stream.Stream<A, StoreError>) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray)

/** The failure, which must be the store's, for a malformed row, naming where it is. */
const malformed = <A>(effect: Effect.Effect<A, StoreError>) =>
  Effect.gen(function* () {
    const result = yield* Effect.either(effect)
    // a plain message when it reads: the value itself holds the whole store's layer
    if (Either.isRight(result)) return yield* Effect.die(new Error("expected a malformed_row failure, but the read succeeded"))
    const error = result.left
    expect(error._tag).toBe("StoreError")
    expect(error.reason).toBe("malformed_row")
    expect(error.cause).toBeInstanceOf(MalformedRow)
    return { error, row: error.cause as MalformedRow }
  })

describe("malformed rows", () => {
  it.effect("claims export: text in claims.min fails naming the table, column, row and value; the rest of the store reads", () =>
    Effect.gen(function* () {
      yield* seed
      const claims = yield* ClaimRepository
      const articles = yield* ArticleRepository
      const before = yield* all(claims.export())
      expect(before.map((c) => c.min)).toEqual([3, 5, 3, 5])

      yield* corrupt(`UPDATE claims SET min = 'many' WHERE id = ?`, `${a2.id}-1`)
      const { error, row } = yield* malformed(all(claims.export()))
      expect({ table: row.table, column: row.column, row: row.row, value: row.value }).toEqual({
        table: "claims",
        column: "min",
        row: `claims row ${a2.id}-1`,
        value: "many"
      })
      // what the CLI prints after "crosscheck: "
      expect(error.message).toBe(`cannot export claims: claims.min (claims row ${a2.id}-1): Expected number, actual "many"`)

      // the articles, and a claim export of only articles no row of which is bad, still read
      expect((yield* all(articles.export())).map((a) => a.id)).toEqual([a1.id, a2.id])
      yield* corrupt(`UPDATE articles SET fetched_at = 10 WHERE id = ?`, a2.id)
      expect((yield* all(claims.export(Date.UTC(2016, 0, 1)))).map((c) => c.id)).toEqual([`${a1.id}-1`, `${a1.id}-2`])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("an article's claims (the article view) and a full recomputation: text in claims.min fails naming it", () =>
    Effect.gen(function* () {
      yield* seed
      const conflicts = yield* ConflictRepository
      expect((yield* conflicts.ofArticle(a2.id)).map((c) => c.min)).toEqual([3, 5])
      yield* corrupt(`UPDATE claims SET min = 'many' WHERE id = ?`, `${a2.id}-2`)
      for (const read of [conflicts.ofArticle(a2.id), conflicts.allClaims]) {
        const { row } = yield* malformed(read)
        expect([row.table, row.column, row.row, row.value]).toEqual(["claims", "min", `claims row ${a2.id}-2`, "many"])
      }
      // the other article's claims still read
      expect((yield* conflicts.ofArticle(a1.id)).map((c) => c.min)).toEqual([3, 5])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("claims export: bytes in claims.quote, where text must be, fail naming it", () =>
    Effect.gen(function* () {
      yield* seed
      const claims = yield* ClaimRepository
      // a text column turns a number into text, but keeps a BLOB as bytes
      yield* corrupt(`UPDATE claims SET quote = x'c0ff' WHERE id = ?`, `${a1.id}-2`)
      const { row } = yield* malformed(all(claims.export()))
      expect([row.table, row.column, row.row]).toEqual(["claims", "quote", `claims row ${a1.id}-2`])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("articles export and lookup: text in articles.published fails naming it; other articles still read", () =>
    Effect.gen(function* () {
      yield* seed
      const articles = yield* ArticleRepository
      const claims = yield* ClaimRepository
      yield* corrupt(`UPDATE articles SET published = 'last Tuesday' WHERE id = ?`, a2.id)

      const exported = yield* malformed(all(articles.export()))
      expect({ table: exported.row.table, column: exported.row.column, row: exported.row.row, value: exported.row.value }).toEqual({
        table: "articles",
        column: "published",
        row: `articles row ${a2.id}`,
        value: "last Tuesday"
      })
      expect(exported.error.message).toBe(`cannot export articles: articles.published (articles row ${a2.id}): Expected number, actual "last Tuesday"`)
      const found = yield* malformed(articles.findById(a2.id))
      expect(found.row.column).toBe("published")

      expect(Option.map(yield* articles.findById(a1.id), (a) => a.published)).toEqual(Option.some(a1.published))
      expect(yield* articles.count).toBe(2)
      expect(yield* all(claims.export())).toHaveLength(4)
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("articles export: a NULL feed id reads as none, a fractional one is named", () =>
    Effect.gen(function* () {
      yield* seed
      const articles = yield* ArticleRepository
      expect((yield* all(articles.export())).map((a) => a.feedId)).toEqual([null, null])
      yield* corrupt(`PRAGMA foreign_keys = OFF`)
      yield* corrupt(`UPDATE articles SET feed_id = 1.5 WHERE id = ?`, a1.id)
      const { row } = yield* malformed(all(articles.export()))
      expect([row.table, row.column, row.value]).toEqual(["articles", "feed_id", 1.5])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("re-extraction and revisions: text in articles.fetched_at fails naming it", () =>
    Effect.gen(function* () {
      const store = yield* seed
      const claims = yield* ClaimRepository
      const articles = yield* ArticleRepository
      const writer = yield* ArticleWriter
      expect((yield* claims.stale(2, 10)).map((a) => a.id)).toEqual([a1.id, a2.id])
      yield* corrupt(`UPDATE articles SET fetched_at = 'today' WHERE id = ?`, a2.id)
      expect((yield* malformed(claims.stale(2, 10))).row.column).toBe("fetched_at")
      expect((yield* malformed(articles.revisions([a1.id, a2.id]))).row.column).toBe("fetched_at")
      // a new revision of it, compared in the import's transaction, fails the transaction plainly
      const compared = yield* malformed(store.transaction("cannot store articles", () => writer.stored(a2.id)))
      expect([compared.row.table, compared.row.column, compared.row.value]).toEqual(["articles", "fetched_at", "today"])
      expect((yield* articles.revisions([a1.id])).get(a1.id)?.fetchedAt).toBe(a1.fetchedAt)
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("feed view: bytes in articles.title fail its lists naming the column; other rows still read", () =>
    Effect.gen(function* () {
      yield* seed
      const listing = yield* ArticleListing
      const articles = yield* ArticleRepository
      expect((yield* listing.window(searchFor(""), 0, 10)).map((r) => r.title)).toEqual(["Report 2", "Report 1"])
      yield* corrupt(`UPDATE articles SET title = x'c0ff' WHERE id = ?`, a2.id)
      const listed = yield* malformed(listing.window(searchFor(""), 0, 10))
      expect([listed.row.table, listed.row.column, listed.row.row]).toEqual(["articles", "title", `articles row ${a2.id}`])
      expect((yield* malformed(listing.row(a2.id))).row.column).toBe("title")
      expect((yield* malformed(articles.window(0, 10))).row.column).toBe("title")
      expect((yield* listing.row(a1.id))?.title).toBe("Report 1")
      expect((yield* articles.window(1, 1)).map((r) => r.title)).toEqual(["Report 1"])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("conflicts: a list that is not JSON fails the view and the export naming conflicts.sources", () =>
    Effect.gen(function* () {
      yield* seed
      const conflicts = yield* ConflictRepository
      const insert = `INSERT INTO conflicts (id, kind, severity, metric, where_name, sources, claim_ids, summary, opened_at, updated_at)
        VALUES (?, 'contradiction', ?, 'killed', 'Aleppo', '["a","b"]', ?, 'a says 3, b says 5', 0, 0)`
      yield* corrupt(insert, "c1", 2, JSON.stringify([`${a1.id}-1`, `${a2.id}-2`]))
      yield* corrupt(insert, "c2", 1, JSON.stringify([`${a1.id}-2`, `${a2.id}-1`]))
      expect((yield* all(conflicts.export())).map((c) => c.claimIds.length)).toEqual([2, 2])
      expect((yield* conflicts.claims([`${a2.id}-2`])).map((c) => c.min)).toEqual([5])

      yield* corrupt(`UPDATE conflicts SET sources = 'a, b' WHERE id = 'c2'`)
      const exported = yield* malformed(all(conflicts.export()))
      expect([exported.row.table, exported.row.column, exported.row.row, exported.row.value]).toEqual(["conflicts", "sources", "conflicts row c2", "a, b"])
      expect((yield* malformed(conflicts.window(null, 0, 10))).row.column).toBe("sources")
      expect((yield* malformed(conflicts.findById("c2"))).row.column).toBe("sources")
      // the other conflict, and where the bad one stands, still read
      expect((yield* conflicts.findById("c1"))?.sources).toEqual(["a", "b"])
      expect(yield* conflicts.positionOf(null, "c2")).toBe(1)

      // a claim's figure another build wrote as text fails the conflict's evidence, by name
      yield* corrupt(`UPDATE claims SET max = 'five' WHERE id = ?`, `${a2.id}-2`)
      const evidence = yield* malformed(conflicts.claims([`${a1.id}-1`, `${a2.id}-2`]))
      expect([evidence.row.table, evidence.row.column, evidence.row.value]).toEqual(["claims", "max", "five"])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("stories export: text in stories.first_seen fails naming it", () =>
    Effect.gen(function* () {
      yield* seed
      const stories = yield* StoryRepository
      yield* corrupt(`INSERT INTO stories (id, title, first_seen, last_seen, articles, terms) VALUES ('s1', 'A story', 1, 2, 1, '')`)
      expect((yield* all(stories.export())).map((s) => s.firstSeen)).toEqual([1])
      yield* corrupt(`UPDATE stories SET first_seen = 'soon'`)
      const { row } = yield* malformed(all(stories.export()))
      expect([row.table, row.column, row.value]).toEqual(["stories", "first_seen", "soon"])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("analysis queue: a queued revision that is not one fails naming analysis_queue.revision", () =>
    Effect.gen(function* () {
      yield* seed
      const queue = yield* AnalysisQueue
      yield* corrupt(`INSERT INTO analysis_queue (article_id, revision) VALUES (?, NULL), (?, '{"url": 1}')`, a1.id, a2.id)
      const { row } = yield* malformed(queue.after(0, 10))
      expect([row.table, row.column]).toEqual(["analysis_queue", "revision"])
      expect((yield* queue.after(0, 1)).map((q) => q.article.id)).toEqual([a1.id])
    }).pipe(Effect.provide(inMemory))
  )
})
