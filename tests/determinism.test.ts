/** Same input, same result: copy and story decisions do not depend on how the input was cut into
 * batches or how long a batch waited (issue 9). */
import type { IncomingArticle } from "@crosscheck/core"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  AnalysisCacheLimits,
  ArticleRepository,
  ClaimRepository,
  ConflictRepository,
  EventLog,
  StoreTest,
  StoryRepository,
  storeAt,
  toConflictRecord
} from "@crosscheck/db"
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

const outcome = Effect.gen(function* () {
  const stored = yield* Stream.runCollect((yield* ArticleRepository).export())
  const conflicts = yield* Stream.runCollect((yield* ConflictRepository).export())
  return {
    articles: new Map(Chunk.toReadonlyArray(stored).map((a) => [a.url, `${a.duplicateOf} ${a.storyId}`])),
    conflicts: Chunk.toReadonlyArray(conflicts).map((c) => `${c.id} ${c.kind} ${c.claimIds.join(",")} ${c.summary}`)
  }
})

const onFile = (path: string) =>
  Pipeline.Default.pipe(
    Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ConflictRepository.Default)),
    Layer.provideMerge(storeAt(path))
  )

/** The same rows as polls store them: the first stage a few feeds' worth at a time (groups of
 * uneven size), the analysis stage falling behind by uneven amounts, and the process stopped
 * twice between the stages (a new process on the same file each time: what a kill leaves is the
 * file, with articles waiting in the queue). */
const pollInStages = (path: string) =>
  Effect.gen(function* () {
    const chunks: Array<Array<Array<IncomingArticle>>> = []
    for (let from = 0, n = 0; from < items.length; n++) {
      const size = 5 + ((n * 7) % 23)
      chunks.push([items.slice(from, from + size), items.slice(from + size, from + size + 3)])
      from += size + 3
    }
    const third = Math.ceil(chunks.length / 3)
    for (let process = 0; process < 3; process++) {
      yield* Effect.gen(function* () {
        const pipeline = yield* Pipeline
        let k = 0
        for (const groups of chunks.slice(process * third, (process + 1) * third)) {
          yield* pipeline.storeGroups(groups)
          // now and then, part of what waits, in transactions of uneven size
          if (k++ % 4 === 1) for (let i = 0; i < 3; i++) yield* pipeline.analyseNext(1 + ((k * 13) % 60))
        }
        // the process ends here with articles still queued (the last one finishes them)
        if (process === 2) yield* pipeline.catchUp
      }).pipe(Effect.provide(onFile(path)))
    }
    return yield* outcome.pipe(Effect.provide(onFile(path)))
  })

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
    // The two stages apart, the analysis lagging by varying amounts, stopped between them twice.
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-determinism-"))
    try {
      const polled = await Effect.runPromise(pollInStages(join(dir, "x.db")))
      expect(polled).toEqual({ articles: whole.articles, conflicts: whole.conflicts })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    // four imports of the same 300 articles: 40 s alone, past a minute on a loaded machine
  }, 180_000)

  it("gives the same articles, stories, claims and conflicts whatever the bounds of the analysis caches", async () => {
    /** Every FA-KES row imported with these cache bounds: the exports, as the contract's records
     * (without the fetch time, which is the clock's). */
    const exportsWith = (limits: typeof AnalysisCacheLimits.Service) =>
      Effect.gen(function* () {
        const pipeline = yield* Pipeline
        const summary = yield* pipeline.run(Stream.fromIterable(items), { size: 100, maxWait: "10 seconds" }).pipe(Stream.runFold(emptySummary, addToSummary))
        const all = <A, E>(s: Stream.Stream<A, E>) => Effect.map(Stream.runCollect(s), Chunk.toReadonlyArray)
        const articles = (yield* all((yield* ArticleRepository).export())).map(({ fetchedAt: _, ...a }) => a)
        return {
          summary: summaryFigures(summary),
          articles,
          stories: yield* all((yield* StoryRepository).export()),
          claims: yield* all((yield* ClaimRepository).export()),
          conflicts: (yield* all((yield* ConflictRepository).export())).map(toConflictRecord)
        }
      }).pipe(
        Effect.provide(
          Pipeline.Default.pipe(
            Layer.provideMerge(
              Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ConflictRepository.Default, StoryRepository.Default, ClaimRepository.Default)
            ),
            Layer.provideMerge(StoreTest),
            Layer.provide(Layer.succeed(AnalysisCacheLimits, limits))
          )
        )
      )
    const unbounded = Number.MAX_SAFE_INTEGER
    const whole = await Effect.runPromise(exportsWith({ signatures: unbounded, stories: unbounded, termFrequencies: unbounded, preparedClaims: unbounded }))
    expect(whole.articles.filter((a) => a.duplicateOf !== null).length).toBeGreaterThan(20) // copies were decided
    expect(whole.stories.filter((s) => s.articleIds.length > 1).length).toBeGreaterThan(20) // and stories joined
    expect(whole.conflicts.length).toBeGreaterThan(20) // and conflicts found
    // one entry each: nearly every lookup goes back to the store
    const tiny = await Effect.runPromise(exportsWith({ signatures: 1, stories: 1, termFrequencies: 1, preparedClaims: 1 }))
    expect(tiny).toEqual(whole)
    // two whole imports of FA-KES: more than the suite's minute on a loaded machine
  }, 180_000)
})
