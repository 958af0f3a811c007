import type { Article } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { ArticleListing } from "./ArticleListing.js"
import { ArticleWriter } from "./ArticleRepository.js"
import { Store, StoreTest } from "./Store.js"
import { sampleArticle, searchFor as words, searchIndexProblem as indexMatchesArticles } from "./testing.js"

const article = (n: number, title: string, body: string): Article => sampleArticle(n, { title, body })

const Search = Layer.mergeAll(ArticleListing.Default, ArticleWriter.Default).pipe(Layer.provideMerge(StoreTest))

describe("search index", () => {
  it.effect("finds an article once it is analysed, then by its new revision's words only, each article indexed once", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const listing = yield* ArticleListing
      const found = (text: string) => Effect.map(listing.window(words(text), 0, 10), (rows) => rows.map((r) => r.title))
      const a = article(1, "Shelling in Douma", "Shells fell on the market in Douma.")
      const rowid = yield* store.transaction("store", () => writer.insert(a, 0)!)
      // Stored (the feed view lists it), not yet analysed: not in search.
      expect(yield* listing.count(words(""))).toBe(1)
      expect(yield* found("douma")).toEqual([])
      yield* store.transaction("analyse", () => writer.analysed(rowid, a.id, null, null, 1))
      expect(yield* found("douma market")).toEqual(["Shelling in Douma"])
      expect(indexMatchesArticles(store)).toBeNull()

      yield* store.transaction("revise", () =>
        writer.update(rowid, a.fetchedAt, a.id, { ...a, title: "Air strikes on Harasta", body: "Jets struck Harasta at dawn.", contentHash: "hash1b" }, 2)
      )
      expect(yield* found("douma")).toEqual([])
      expect(yield* found("harasta dawn")).toEqual(["Air strikes on Harasta"])
      expect(indexMatchesArticles(store)).toBeNull()
    }).pipe(Effect.provide(Search))
  )

  it.effect("the check fails on an article indexed twice (what analysing one twice would leave)", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const a = article(1, "Shelling in Douma", "Shells fell on the market in Douma.")
      yield* store.transaction("store and analyse", () => {
        const rowid = writer.insert(a, 0)!
        writer.analysed(rowid, a.id, null, null, 1)
        writer.analysed(rowid, a.id, null, null, 1)
      })
      expect(indexMatchesArticles(store)).not.toBeNull()
    }).pipe(Effect.provide(Search))
  )
})
