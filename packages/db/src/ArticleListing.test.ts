import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { ArticleListing, type ArticleFilter, ftsQuery } from "./ArticleListing.js"
import { ArticleWriter } from "./ArticleRepository.js"
import { ClaimWriter } from "./ClaimRepository.js"
import { type Article, articleIdFor } from "@crosscheck/core"
import { sampleArticle } from "./testing.js"
import { Store, StoreTest } from "./Store.js"

const ALL: ArticleFilter = { text: null, feedId: null, place: null, unreadOnly: false }

const article = sampleArticle

const Listing = Layer.mergeAll(ArticleListing.Default, ArticleWriter.Default, ClaimWriter.Default).pipe(Layer.provideMerge(StoreTest))

/** Stores an article and files its analysis (as given), as the two stages do: search finds an
 * article once analysed. Inside a transaction. */
const put = (writer: ArticleWriter, a: Article): void => {
  const rowid = writer.insert(a, 0)
  if (rowid !== null) writer.analysed(rowid, a.id, a.duplicateOf, a.storyId, 0)
}

const fill = Effect.gen(function* () {
  const store = yield* Store
  const writer = yield* ArticleWriter
  const claims = yield* ClaimWriter
  const original = article(1, { title: "Rockets hit Aleppo market", body: "At least 15 people were killed in Aleppo.", storyId: "s1" as never })
  yield* store.transaction("fill", () => {
    store.sqlite.prepare("INSERT INTO feeds (id, url, scope, created_at) VALUES (7, 'https://feed.test/7', 'https://feed.test/7', 0)").run()
    put(writer, original)
    put(writer, article(2, { duplicateOf: original.id, storyId: "s1" as never, title: "Rockets hit Aleppo" }))
    put(writer, article(3, { duplicateOf: original.id, storyId: "s1" as never }))
    put(writer, article(4, { title: "Talks in Geneva", body: "Diplomats met in Géneve.", feedId: 7 as never, storyId: "s1" as never }))
    put(writer, article(5, { title: "Shelling in Idlib", feedId: 7 as never }))
    claims.replace(
      original.id,
      [
        {
          kind: "quantity",
          metric: "killed",
          min: 15,
          max: null,
          qualifier: "at_least",
          who: "people",
          where: "Aleppo",
          whereId: "sy:aleppo",
          when: null,
          source: null,
          actor: null,
          action: null,
          polarity: "asserted",
          quote: "At least 15 people were killed in Aleppo.",
          span: [26, 67],
          rule: "test"
        }
      ],
      1,
      0
    )
  })
  return original
})

describe("ArticleListing", () => {
  it.effect("lists originals newest first with their copies counted and their story's independent reports", () =>
    Effect.gen(function* () {
      const original = yield* fill
      const listing = yield* ArticleListing
      const rows = yield* listing.window(ALL, 0, 10)
      expect(rows.map((r) => r.title)).toEqual(["Shelling in Idlib", "Talks in Geneva", "Rockets hit Aleppo market"])
      expect(rows.find((r) => r.id === original.id)).toMatchObject({ copies: 2, storyReports: 2, readAt: null })
      expect(yield* listing.count(ALL)).toBe(3)
      expect(yield* listing.positionOf(ALL, original.id)).toBe(2)
      // A copy is not in the list; its original is named as related.
      expect(yield* listing.positionOf(ALL, articleIdFor("https://example.org/2"))).toBeNull()
      expect((yield* listing.related(original.id, null)).map((r) => r.title)).toEqual(["Rockets hit Aleppo", "Report 3"])
    }).pipe(Effect.provide(Listing))
  )

  it.effect("filters by words (prefixes, accents folded), feed, place and unread, and counts positions within the filter", () =>
    Effect.gen(function* () {
      const original = yield* fill
      const listing = yield* ArticleListing
      const titles = (f: ArticleFilter) => Effect.map(listing.window(f, 0, 10), (rows) => rows.map((r) => r.title))
      expect(yield* titles({ ...ALL, text: "aleppo rock" })).toEqual(["Rockets hit Aleppo market"])
      expect(yield* titles({ ...ALL, text: "geneve" })).toEqual(["Talks in Geneva"])
      expect(yield* titles({ ...ALL, text: '"; DROP TABLE articles; --' })).toEqual([])
      expect(yield* titles({ ...ALL, feedId: 7 })).toEqual(["Shelling in Idlib", "Talks in Geneva"])
      expect(yield* titles({ ...ALL, place: "aleppo" })).toEqual(["Rockets hit Aleppo market"])
      yield* listing.setRead(original.id, true)
      expect(yield* titles({ ...ALL, unreadOnly: true })).toEqual(["Shelling in Idlib", "Talks in Geneva"])
      expect(yield* listing.positionOf({ ...ALL, feedId: 7 }, articleIdFor("https://example.org/4"))).toBe(1)
      expect(yield* listing.count({ ...ALL, text: "idlib", feedId: 7 })).toBe(1)
      expect((yield* listing.countsByFeed).get(7)).toBe(2)
    }).pipe(Effect.provide(Listing))
  )

  it.effect("reads a screenful anywhere in a long list, and where an article stands, in the list's order (ties by id, copies left out)", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const listing = yield* ArticleListing
      // 300 articles on 40 distinct times, every fifth a copy, every third mentioning Homs.
      const all = Array.from({ length: 300 }, (_, n) =>
        article(n, {
          published: Date.UTC(2016, 0, 1) + (n % 40) * 3_600_000,
          body: n % 3 === 0 ? `Shelling near Homs, report ${n}.` : `Report ${n}.`,
          duplicateOf: n % 5 === 4 ? articleIdFor("https://example.org/0") : null
        })
      )
      yield* store.transaction("fill", () => {
        for (const a of all) put(writer, a)
      })
      const expected = (keep: (a: Article) => boolean) =>
        all
          .filter((a) => a.duplicateOf === null && keep(a))
          .sort((x, y) => (y.published ?? 0) - (x.published ?? 0) || (y.id < x.id ? -1 : y.id > x.id ? 1 : 0))
          .map((a) => a.id)
      for (const [filter, keep] of [
        [ALL, () => true],
        [{ ...ALL, text: "homs" }, (a: Article) => a.body.includes("Homs")]
      ] as const) {
        const ids = expected(keep)
        expect(yield* listing.count(filter)).toBe(ids.length)
        for (const offset of [0, 37, ids.length - 5]) {
          expect((yield* listing.window(filter, offset, 20)).map((r) => r.id)).toEqual(ids.slice(offset, offset + 20))
        }
        for (const i of [0, 1, 38, ids.length - 1]) expect(yield* listing.positionOf(filter, ids[i]!)).toBe(i)
      }
    }).pipe(Effect.provide(Listing))
  )

  it.effect("a search follows the store: articles added or folded as copies after it was first read", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const listing = yield* ArticleListing
      const homs = { ...ALL, text: "homs" }
      yield* store.transaction("fill", () => {
        for (let n = 0; n < 5; n++) put(writer, article(n, { body: `Shelling near Homs, report ${n}.` }))
      })
      expect(yield* listing.count(homs)).toBe(5)
      // A newer report, and a copy of one (copies are not listed).
      yield* store.transaction("more", () => {
        put(writer, article(10, { body: "Homs again.", published: Date.UTC(2017, 0, 1) }))
        put(writer, article(11, { body: "Homs, copied.", duplicateOf: articleIdFor("https://example.org/1") }))
      })
      expect(yield* listing.count(homs)).toBe(6)
      expect((yield* listing.window(homs, 0, 1)).map((r) => r.id)).toEqual([articleIdFor("https://example.org/10")])
      expect(yield* listing.positionOf(homs, articleIdFor("https://example.org/10"))).toBe(0)
      expect(yield* listing.positionOf(homs, articleIdFor("https://example.org/11"))).toBeNull()
    }).pipe(Effect.provide(Listing))
  )

  it("quotes every word typed, so nothing is read as search syntax", () => {
    expect(ftsQuery('aleppo "or" NEAR(x)')).toBe('"aleppo" "or" "near" "x"*')
    expect(ftsQuery("  ")).toBeNull()
  })
})
