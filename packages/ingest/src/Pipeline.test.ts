import type { IncomingArticle, IncomingItem } from "@crosscheck/core"
import { articleIdFor, itemError } from "@crosscheck/core"
import { ArticleRepository, EventLog, Store, StoreTest } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Option, Queue, Stream, TestClock } from "effect"
import { addToSummary, emptySummary, Pipeline } from "./Pipeline.js"

const incoming = (n: number, overrides: Partial<IncomingArticle> = {}): IncomingArticle => ({
  _tag: "IncomingArticle",
  url: `https://example.org/${n}`,
  title: `Report ${n}`,
  text: `<p>At least ${n} people were killed.</p>`,
  isHtml: true,
  source: "Example",
  published: new Date(Date.UTC(2016, 10, 15, 0, n)),
  origin: `test item ${n}`,
  feedId: null,
  ...overrides
})

const TestPipeline = Pipeline.Default.pipe(Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default)), Layer.provideMerge(StoreTest))

describe("Pipeline", () => {
  it.effect("normalises, stores and counts; bad items are reported and the rest goes on", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const items: Array<IncomingItem> = [incoming(1), itemError("feed.xml item 2", "no link or id"), incoming(3, { title: "", text: "" }), incoming(4)]
      const summary = yield* pipeline.run(Stream.fromIterable(items)).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(summary).toMatchObject({ seen: 4, new: 2, alreadyStored: 0, errors: 2 })
      const repo = yield* ArticleRepository
      const stored = yield* repo.window(0, 10)
      expect(stored.map((a) => a.title)).toEqual(["Report 4", "Report 1"])
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("stores large inputs in batches, each new article with one event, and is idempotent", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const items = Stream.range(1, 1200).pipe(Stream.map((n) => incoming(n)))
      const outputs = yield* Stream.runCollect(pipeline.run(items, { size: 500, maxWait: "1 second" }))
      const batches = Chunk.toReadonlyArray(outputs).filter((o) => o._tag === "BatchStored")
      expect(batches.map((b) => b.inserted.length)).toEqual([500, 500, 200])
      const added = Effect.map(
        Effect.flatMap(EventLog, (log) => log.since(0, 100_000)),
        (events) => events.filter((e) => e._tag === "ArticleAdded").length
      )
      expect(yield* added).toBe(1200)
      const logged = yield* (yield* EventLog).latestSeq

      const again = yield* pipeline.run(items).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(again).toMatchObject({ seen: 1200, new: 0, alreadyStored: 1200 })
      // Nothing new: nothing announced.
      expect(yield* (yield* EventLog).latestSeq).toBe(logged)
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("flushes a partial batch after maxWait, so a trickling feed appears without waiting for 500 items", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const queue = yield* Queue.unbounded<IncomingItem>()
      const fiber = yield* pipeline.run(Stream.fromQueue(queue), { size: 500, maxWait: "200 millis" }).pipe(Stream.take(1), Stream.runCollect, Effect.fork)
      yield* queue.offerAll([incoming(1), incoming(2)])
      yield* TestClock.adjust("100 millis")
      expect(yield* (yield* ArticleRepository).count).toBe(0)
      yield* TestClock.adjust("150 millis")
      const [first] = Chunk.toReadonlyArray(yield* Fiber.join(fiber))
      expect(first).toMatchObject({ _tag: "BatchStored", alreadyStored: 0 })
      expect(yield* (yield* ArticleRepository).count).toBe(2)
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("analyses whole batches while the input lasts, however small the stored batches (a slow analysis shrinks them)", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const queue = yield* Queue.unbounded<Option.Option<IncomingItem>>()
      const items = Stream.fromQueue(queue).pipe(
        Stream.takeWhile(Option.isSome),
        Stream.map((o) => o.value)
      )
      const fiber = yield* pipeline.run(items, { size: 4, maxWait: "200 millis" }).pipe(Stream.runCollect, Effect.fork)
      // two items at a time, each pair stored alone after maxWait
      for (let n = 1; n <= 10; n += 2) {
        yield* queue.offerAll([Option.some(incoming(n)), Option.some(incoming(n + 1))])
        yield* TestClock.adjust("250 millis")
      }
      yield* queue.offer(Option.none())
      const outputs = Chunk.toReadonlyArray(yield* Fiber.join(fiber))
      const stored = outputs.flatMap((o) => (o._tag === "BatchStored" ? [o.inserted.length] : []))
      const analysed = outputs.flatMap((o) => (o._tag === "BatchAnalysed" ? [o.analysed.length] : []))
      expect(stored.reduce((a, b) => a + b, 0)).toBe(10)
      expect(Math.max(...stored)).toBeLessThanOrEqual(2)
      // each conflict update costs about as much for a few articles as for a batch: four at a
      // time, the rest once the input ends
      expect(analysed).toEqual([4, 4, 2])
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("a new revision of a stored item updates its article in place and reads its claims again", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const repo = yield* ArticleRepository
      const log = yield* EventLog
      const store = yield* Store
      const claimsOf = (url: string) =>
        store.sqlite.prepare(`SELECT min FROM claims WHERE article_id = (SELECT id FROM articles WHERE url = ?)`).pluck().all(url)
      const first = yield* pipeline.run(Stream.make(incoming(1), incoming(2))).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(first).toMatchObject({ new: 2, updated: 0 })
      expect(claimsOf("https://example.org/1")).toEqual([1])
      const before = yield* log.latestSeq
      // the same item again: nothing happens
      const same = yield* pipeline.run(Stream.make(incoming(1))).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(same).toMatchObject({ seen: 1, new: 0, updated: 0, alreadyStored: 1 })
      expect(yield* log.latestSeq).toBe(before)
      // the item edited at its source: same identity, new figure
      const edited = incoming(1, { title: "Report 1 (updated)", text: "<p>At least 15 people were killed.</p>" })
      const again = yield* pipeline.run(Stream.make(edited)).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(again).toMatchObject({ seen: 1, new: 0, updated: 1, alreadyStored: 0, claims: 1 })
      expect(yield* repo.count).toBe(2)
      const article = yield* repo.findById(articleIdFor("https://example.org/1"))
      expect(Option.map(article, (a) => [a.title, a.body])).toEqual(Option.some(["Report 1 (updated)", "At least 15 people were killed."]))
      expect(claimsOf("https://example.org/1")).toEqual([15])
      const events = (yield* log.since(before)).map((e) => e._tag)
      expect(events).toEqual(["ArticleUpdated", "ClaimsReplaced"])
      // and once more: stored as it is now
      expect(yield* pipeline.run(Stream.make(edited)).pipe(Stream.runFold(emptySummary, addToSummary))).toMatchObject({ updated: 0, alreadyStored: 1 })
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("an updated item keeps its original and story; copies of its new text find it", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const repo = yield* ArticleRepository
      const long = (words: string) =>
        `<p>${words} ${"The observatory said the strikes hit the eastern districts of the city overnight and rescue teams searched the rubble for survivors. ".repeat(6)}</p>`
      const original = incoming(1, { text: long("Forty people died in Idlib.") })
      const copy = incoming(2, { text: long("Forty people died in Idlib."), source: "Copier" })
      yield* pipeline.run(Stream.make(original, copy)).pipe(Stream.runDrain)
      const copyBefore = Option.getOrThrow(yield* repo.findById(articleIdFor("https://example.org/2")))
      expect(copyBefore.duplicateOf).toBe(articleIdFor("https://example.org/1"))
      // the copy is edited: it stays a copy of the same original, in the same story
      yield* pipeline.run(Stream.make({ ...copy, title: "Report 2, edited" })).pipe(Stream.runDrain)
      const copyAfter = Option.getOrThrow(yield* repo.findById(articleIdFor("https://example.org/2")))
      expect([copyAfter.title, copyAfter.duplicateOf, copyAfter.storyId]).toEqual(["Report 2, edited", copyBefore.duplicateOf, copyBefore.storyId])
      // the original is rewritten; a later wire copy of the new text is found as its copy
      const rewritten = `<p>${"A market in Douma was shelled at noon on Sunday, and the civil defence counted eleven dead among traders and shoppers. ".repeat(2)}Residents said the market had reopened a week earlier after months of siege, and that medical workers in the town were treating the wounded in a basement clinic with few supplies left.</p>`
      yield* pipeline.run(Stream.make({ ...original, text: rewritten })).pipe(Stream.runDrain)
      yield* pipeline.run(Stream.make(incoming(3, { text: rewritten, title: "Douma market shelled", source: "Wire" }))).pipe(Stream.runDrain)
      const later = Option.getOrThrow(yield* repo.findById(articleIdFor("https://example.org/3")))
      expect(later.duplicateOf).toBe(articleIdFor("https://example.org/1"))
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("storeItems runs `within` inside the transaction of the items, also when there are none", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const store = yield* Store
      const seen: Array<[number, boolean]> = []
      const within = (batches: ReadonlyArray<{ readonly inserted: ReadonlyArray<unknown> }>) => {
        seen.push([batches.reduce((n, b) => n + b.inserted.length, 0), store.sqlite.inTransaction])
      }
      yield* pipeline.storeItems([incoming(1), incoming(2), incoming(3)], within, 2)
      yield* pipeline.storeItems([], within)
      yield* pipeline.storeItems([itemError("feed item 1", "no link")], within)
      expect(seen).toEqual([
        [3, true],
        [0, true],
        [0, true]
      ])
    }).pipe(Effect.provide(TestPipeline))
  )

  it.effect("a revision that arrives while its article awaits analysis: decided on the text first stored, then given the new one", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const repo = yield* ArticleRepository
      const store = yield* Store
      const long = `<p>${"The observatory said the strikes hit the eastern districts of the city overnight and rescue teams searched the rubble for survivors. ".repeat(6)}</p>`
      const copy = incoming(2, { text: long, source: "Copier" })
      const edited = incoming(2, { text: "<p>At least 15 people were killed.</p>", source: "Copier" })
      // The first stage stores the original, the copy and the copy's new revision; nothing is
      // analysed yet.
      yield* pipeline.storeItems([incoming(1, { text: long }), copy, edited])
      const queued = store.sqlite.prepare("SELECT count(*) FROM analysis_queue").pluck()
      expect(queued.get()).toBe(3)
      const stored = Option.getOrThrow(yield* repo.findById(articleIdFor("https://example.org/2")))
      expect([stored.body.slice(0, 15), stored.duplicateOf, stored.storyId]).toEqual(["The observatory", null, null])
      // In order: the copy is found a copy on the text it came with, then takes its new text.
      const analysed = yield* pipeline.catchUp
      expect(analysed).toEqual({ analysed: 2, revised: 1, duplicates: 1, claims: 1 })
      expect(queued.get()).toBe(0)
      const after = Option.getOrThrow(yield* repo.findById(articleIdFor("https://example.org/2")))
      expect([after.body, after.duplicateOf]).toEqual(["At least 15 people were killed.", articleIdFor("https://example.org/1")])
      expect(store.sqlite.prepare("SELECT min FROM claims WHERE article_id = ?").pluck().all(after.id)).toEqual([15])
    }).pipe(Effect.provide(TestPipeline))
  )
})
