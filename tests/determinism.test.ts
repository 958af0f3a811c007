/** Same input, same result: copy and story decisions do not depend on how the input was cut into
 * batches or how long a batch waited (issue 9). */
import type { IncomingArticle } from "@crosscheck/core"
import { ArticleRepository, ConflictRepository, EventLog, StoreTest } from "@crosscheck/db"
import { addToSummary, type BatchOptions, emptySummary, Pipeline, summaryFigures } from "@crosscheck/ingest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { readFaKes } from "./support/faKes.js"

const items: Array<IncomingArticle> = readFaKes().map((r, row) => ({
  _tag: "IncomingArticle",
  url: `fa-kes/${r.unitId}/row-${row + 1}`,
  title: r.title,
  text: r.content,
  isHtml: false,
  source: r.source,
  published: new Date(r.date),
  origin: `fa-kes row ${row + 1}`,
  feedId: null
}))

/** Imports every FA-KES row into a fresh store; returns its summary, url -> [duplicateOf, storyId], and the conflicts. */
const importWith = (batch: BatchOptions, source: Stream.Stream<IncomingArticle>) =>
  Effect.gen(function* () {
    const pipeline = yield* Pipeline
    // the import's summary too: its conflict count is what the run left open, not a sum over batches
    const summary = yield* pipeline.run(source, batch).pipe(Stream.runFold(emptySummary, addToSummary))
    const stored = yield* Stream.runCollect((yield* ArticleRepository).export())
    const conflicts = yield* Stream.runCollect((yield* ConflictRepository).export())
    return {
      summary: summaryFigures(summary),
      articles: new Map(Chunk.toReadonlyArray(stored).map((a) => [a.url, `${a.duplicateOf} ${a.storyId}`])),
      conflicts: Chunk.toReadonlyArray(conflicts)
        // in the order export gives them: that order must not depend on the batching either
        .map((c) => `${c.id} ${c.kind} ${c.claimIds.join(",")} ${c.summary}`)
    }
  }).pipe(
    Effect.provide(
      Pipeline.Default.pipe(
        Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ConflictRepository.Default)),
        Layer.provideMerge(StoreTest)
      )
    )
  )

describe("determinism", () => {
  it("gives every article the same original and story, and finds the same conflicts, whatever the batch size and timing", async () => {
    const whole = await Effect.runPromise(importWith({ size: 500, maxWait: "10 seconds" }, Stream.fromIterable(items)))
    expect([...whole.articles.values()].filter((v) => !v.startsWith("null")).length).toBeGreaterThan(20) // there are copies to decide
    expect(whole.conflicts.length).toBeGreaterThan(20) // and conflicts to find
    expect(whole.summary.conflicts).toBe(whole.conflicts.length) // every one opened by this run
    // One at a time; and in uneven batches that close on a short timer while the source dawdles.
    const single = await Effect.runPromise(importWith({ size: 1, maxWait: "1 millis" }, Stream.fromIterable(items)))
    const trickle = Stream.fromIterable(items).pipe(
      Stream.rechunk(7),
      Stream.mapChunksEffect((chunk) => Effect.as(Effect.sleep(`${Chunk.size(chunk) % 3} millis`), chunk))
    )
    const uneven = await Effect.runPromise(importWith({ size: 37, maxWait: "2 millis" }, trickle))
    expect(single).toEqual(whole)
    expect(uneven).toEqual(whole)
  })
})
