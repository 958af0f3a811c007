import type { IncomingArticle } from "@crosscheck/core"
import { ArticleListing, ArticleRepository, EventLog, Store, StoreTest } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Stream } from "effect"
import { searchIndexProblem, searchTitles } from "@crosscheck/db/testing"
import { Pipeline } from "./Pipeline.js"

const incoming = (n: number, title: string, text: string): IncomingArticle => ({
  _tag: "IncomingArticle",
  url: `https://example.org/${n}`,
  title,
  text: `<p>${text}</p>`,
  isHtml: true,
  source: "Example",
  published: new Date(Date.UTC(2016, 10, 15, 0, n)),
  origin: `test item ${n}`,
  feedId: null
})

const indexProblem = Effect.map(Store, searchIndexProblem)

const layerOn = (store: Layer.Layer<Store, unknown>) =>
  Pipeline.Default.pipe(Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ArticleListing.Default)), Layer.provideMerge(store))

const douma = incoming(1, "Shelling in Douma", "Shells fell on the vegetable market in Douma at noon.")
const harasta = incoming(2, "Air strikes on Harasta", "Jets struck the northern edge of Harasta before dawn.")

describe("search follows the analysis stage", () => {
  it.effect("an article is found once analysed; a revision replaces its words; a re-run indexes nothing twice", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      // Stage 1 only: stored and listed, not yet searchable.
      yield* pipeline.storeItems([douma, harasta])
      expect(yield* (yield* ArticleRepository).count).toBe(2)
      expect(yield* searchTitles("douma")).toEqual([])
      yield* pipeline.catchUp
      expect(yield* searchTitles("douma market")).toEqual(["Shelling in Douma"])
      expect(yield* searchTitles("harasta")).toEqual(["Air strikes on Harasta"])
      expect(yield* indexProblem).toBeNull()

      // The source edits the Douma report: its new words are found, its old ones no longer.
      const edited = incoming(1, "Shelling in Douma and Arbin", "Shells fell on the square in Arbin and on Douma.")
      yield* pipeline.storeItems([edited])
      yield* pipeline.catchUp
      expect(yield* searchTitles("arbin")).toEqual(["Shelling in Douma and Arbin"])
      expect(yield* searchTitles("vegetable")).toEqual([])
      expect(yield* indexProblem).toBeNull()

      // The same input again, through the whole pipeline: nothing changes.
      const again = yield* pipeline.run(Stream.make(edited, harasta)).pipe(Stream.runCollect)
      expect(again.length).toBeGreaterThan(0)
      expect(yield* searchTitles("douma")).toEqual(["Shelling in Douma and Arbin"])
      expect(yield* indexProblem).toBeNull()
    }).pipe(Effect.provide(layerOn(StoreTest)))
  )
})
