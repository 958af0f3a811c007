import type { IncomingArticle, IncomingItem } from "@crosscheck/core"
import { itemError } from "@crosscheck/core"
import { ArticleRepository, EventLog, StoreTest } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Queue, Stream, TestClock } from "effect"
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

const TestPipeline = Pipeline.Default.pipe(
  Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default)),
  Layer.provideMerge(StoreTest)
)

describe("Pipeline", () => {
  it.effect("normalises, stores and counts; bad items are reported and the rest goes on", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const items: Array<IncomingItem> = [
        incoming(1),
        itemError("feed.xml item 2", "no link or id"),
        incoming(3, { title: "", text: "" }),
        incoming(4)
      ]
      const summary = yield* pipeline.run(Stream.fromIterable(items)).pipe(Stream.runFold(emptySummary, addToSummary))
      expect(summary).toMatchObject({ seen: 4, new: 2, alreadyStored: 0, errors: 2 })
      const repo = yield* ArticleRepository
      const stored = yield* repo.window(0, 10)
      expect(stored.map((a) => a.title)).toEqual(["Report 4", "Report 1"])
    }).pipe(Effect.provide(TestPipeline)))

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
    }).pipe(Effect.provide(TestPipeline)))

  it.effect("flushes a partial batch after maxWait, so a trickling feed appears without waiting for 500 items", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const queue = yield* Queue.unbounded<IncomingItem>()
      const fiber = yield* pipeline
        .run(Stream.fromQueue(queue), { size: 500, maxWait: "200 millis" })
        .pipe(Stream.take(1), Stream.runCollect, Effect.fork)
      yield* queue.offerAll([incoming(1), incoming(2)])
      yield* TestClock.adjust("100 millis")
      expect(yield* (yield* ArticleRepository).count).toBe(0)
      yield* TestClock.adjust("150 millis")
      const [first] = Chunk.toReadonlyArray(yield* Fiber.join(fiber))
      expect(first).toMatchObject({ _tag: "BatchStored", alreadyStored: 0 })
      expect(yield* (yield* ArticleRepository).count).toBe(2)
    }).pipe(Effect.provide(TestPipeline)))
})
