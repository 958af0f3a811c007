import { normaliseArticle, type Article, type IncomingItem, type ItemError } from "@crosscheck/core"
import { ArticleRepository, type StoreError } from "@crosscheck/db"
import { Chunk, Duration, Effect, Stream } from "effect"
import { ClaimExtractor } from "./ClaimExtractor.js"
import { Deduplicator } from "./Deduplicator.js"

/** What one stored batch did. */
export interface BatchStored {
  readonly _tag: "BatchStored"
  readonly inserted: ReadonlyArray<Article>
  readonly alreadyStored: number
  readonly duplicates: number
  readonly claims: number
}

export type PipelineOutput = BatchStored | ItemError

export interface PipelineSummary {
  readonly seen: number
  readonly new: number
  readonly alreadyStored: number
  readonly duplicates: number
  readonly claims: number
  readonly conflicts: number
  readonly errors: number
}

export const emptySummary: PipelineSummary = {
  seen: 0, new: 0, alreadyStored: 0, duplicates: 0, claims: 0, conflicts: 0, errors: 0
}

export const addToSummary = (s: PipelineSummary, out: PipelineOutput): PipelineSummary =>
  out._tag === "ItemError"
    ? { ...s, seen: s.seen + 1, errors: s.errors + 1 }
    : {
        ...s,
        seen: s.seen + out.inserted.length + out.alreadyStored,
        new: s.new + out.inserted.length,
        alreadyStored: s.alreadyStored + out.alreadyStored,
        duplicates: s.duplicates + out.duplicates,
        claims: s.claims + out.claims
      }

export interface BatchOptions {
  /** articles per transaction */
  readonly size: number
  /** how long a partial batch may wait for more items (live feeds trickle) */
  readonly maxWait: Duration.DurationInput
}

export const defaultBatch: BatchOptions = { size: 500, maxWait: "200 millis" }

/** The one pipeline every mode runs: source -> normalise -> dedup -> claims -> store (batched
 * transactions, each with its change events). Modes differ only in the source they feed in and
 * what they do with the outputs. A bad item comes out as an ItemError and the rest goes on; a
 * store failure fails the stream, because nothing after it could be stored either. */
export class Pipeline extends Effect.Service<Pipeline>()("crosscheck/Pipeline", {
  effect: Effect.gen(function* () {
    const dedup = yield* Deduplicator
    const claims = yield* ClaimExtractor
    const articles = yield* ArticleRepository

    const storeBatch = (items: Chunk.Chunk<Article | ItemError>) =>
      Effect.gen(function* () {
        const errors: Array<ItemError> = []
        const fresh: Array<Article> = []
        for (const item of items) {
          if ("_tag" in item) errors.push(item)
          else fresh.push(item)
        }
        if (fresh.length === 0) return errors
        const classified = yield* dedup.classify(fresh)
        // Claims are read only from articles that are new: a re-import must not re-read them all.
        const withClaims = yield* claims.extract(classified.articles.filter((a) => !classified.alreadyStored.has(a.id)))
        const stored = yield* articles.store(
          classified.articles,
          {
            indexing: classified.indexing,
            stories: classified.stories,
            claims: new Map(withClaims.map((a) => [a.article.id, a.claims])),
            claimsVersion: claims.version
          }
        )
        const insertedIds = new Set(stored.inserted.map((a) => a.id))
        let duplicates = 0
        let claimCount = 0
        for (const { article, claims } of withClaims) {
          if (!insertedIds.has(article.id)) continue
          if (article.duplicateOf !== null) duplicates++
          claimCount += claims.length
        }
        const batch: BatchStored = {
          _tag: "BatchStored",
          inserted: stored.inserted,
          alreadyStored: stored.alreadyStored,
          duplicates,
          claims: claimCount
        }
        return [...errors, batch] as Array<PipelineOutput>
      })

    const run = (
      items: Stream.Stream<IncomingItem>,
      batch: BatchOptions = defaultBatch
    ): Stream.Stream<PipelineOutput, StoreError> =>
      items.pipe(
        Stream.map((item) => (item._tag === "ItemError" ? item : normaliseArticle(item, Date.now()))),
        Stream.groupedWithin(batch.size, batch.maxWait),
        Stream.mapEffect(storeBatch),
        Stream.flattenIterables
      )

    return { run, refreshClaims: claims.refreshStale } as const
  }),
  dependencies: [Deduplicator.Default, ClaimExtractor.Default]
}) {}
