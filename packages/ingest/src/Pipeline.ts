import {
  itemWarning,
  normaliseArticle,
  type Article,
  type ConflictClaim,
  type ExtractedClaim,
  type IncomingItem,
  type ItemError,
  type ItemWarning
} from "@crosscheck/core"
import {
  ArticleRepository,
  ArticleWriter,
  ClaimWriter,
  ConflictWriter,
  conflictClaimsOf,
  DedupIndexWriter,
  sortTimeOf,
  Store,
  type StoreError,
  StoryWriter
} from "@crosscheck/db"
import { type Chunk, type Duration, Effect, Stream } from "effect"
import { ClaimExtractor } from "./ClaimExtractor.js"
import { Deduplicator } from "./Deduplicator.js"

/** What one stored batch did. */
export interface BatchStored {
  readonly _tag: "BatchStored"
  readonly inserted: ReadonlyArray<Article>
  readonly alreadyStored: number
  readonly duplicates: number
  readonly claims: number
  /** conflicts the batch opened */
  readonly conflicts: number
}

export type PipelineOutput = BatchStored | ItemError | ItemWarning

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
  out._tag === "ItemWarning"
    ? s
    : out._tag === "ItemError"
    ? { ...s, seen: s.seen + 1, errors: s.errors + 1 }
    : {
        ...s,
        seen: s.seen + out.inserted.length + out.alreadyStored,
        new: s.new + out.inserted.length,
        alreadyStored: s.alreadyStored + out.alreadyStored,
        duplicates: s.duplicates + out.duplicates,
        claims: s.claims + out.claims,
        conflicts: s.conflicts + out.conflicts
      }

export interface BatchOptions {
  /** articles per transaction */
  readonly size: number
  /** how long a partial batch may wait for more items (live feeds trickle) */
  readonly maxWait: Duration.DurationInput
}

export const defaultBatch: BatchOptions = { size: 500, maxWait: "200 millis" }

/** The one pipeline every mode runs: source -> normalise -> claims -> dedup + stories -> store
 * (batched transactions, each with its change events). Modes differ only in the source they
 * feed in and what they do with the outputs. A bad item comes out as an ItemError and the rest
 * goes on; a store failure fails the stream, because nothing after it could be stored either.
 *
 * Each batch is one IMMEDIATE transaction in which every article is classified against the
 * store and filed (article, copy index, story, claims) before the next is looked at: two
 * importers on one database see each other's committed articles, and the result does not depend
 * on where batch boundaries fall. Claims are read before the transaction (pure CPU, no lock). */
export class Pipeline extends Effect.Service<Pipeline>()("crosscheck/Pipeline", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const dedup = yield* Deduplicator
    const claims = yield* ClaimExtractor
    const articles = yield* ArticleRepository
    const articleWriter = yield* ArticleWriter
    const indexWriter = yield* DedupIndexWriter
    const storyWriter = yield* StoryWriter
    const claimWriter = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter

    const storeBatch = (items: Chunk.Chunk<Article | ItemError | ItemWarning>) =>
      Effect.gen(function* () {
        const errors: Array<ItemError | ItemWarning> = []
        const fresh: Array<Article> = []
        for (const item of items) {
          if ("_tag" in item) errors.push(item)
          else fresh.push(item)
        }
        if (fresh.length === 0) return errors
        // Claims are read only from articles that are new: a re-import must not re-read them all.
        const storedBefore = yield* articles.existing(fresh.map((a) => a.id))
        const read = new Map<string, ReadonlyArray<ExtractedClaim>>()
        for (const a of fresh) if (!storedBefore.has(a.id) && !read.has(a.id)) read.set(a.id, claims.read(a))

        const at = Date.now()
        const batch = yield* store
          .transaction(`cannot store ${fresh.length} articles`, (): BatchStored => {
            dedup.begin()
            conflictWriter.begin()
            const claimsStored: Array<ConflictClaim> = []
            const inserted: Array<Article> = []
            let alreadyStored = 0
            let duplicates = 0
            let claimCount = 0
            for (const a of fresh) {
              if (articleWriter.has(a.id)) {
                alreadyStored++
                continue
              }
              const c = dedup.classify(a)
              const rowid = articleWriter.insert(c.article, at)
              if (rowid === null) {
                alreadyStored++
                continue
              }
              indexWriter.add(rowid, sortTimeOf(c.article), c.article.storyId, c.indexing)
              storyWriter.write(c.story, at)
              dedup.filed(c, rowid)
              // Stored by another process between the check above and this transaction, then
              // removed again: rare enough to read here, under the lock.
              const found = read.get(a.id) ?? claims.read(a)
              claimWriter.replace(a.id, found, claims.version, at)
              const stored = conflictClaimsOf(c.article, found)
              conflictWriter.index(stored)
              claimsStored.push(...stored)
              inserted.push(c.article)
              if (c.article.duplicateOf !== null) duplicates++
              claimCount += found.length
            }
            // Conflicts once per batch: the rules recompute what the batch's claims can change,
            // which gives what claim-by-claim updates would (the result never depends on order).
            const conflicts = conflictWriter.update(claimsStored, at)
            return { _tag: "BatchStored", inserted, alreadyStored, duplicates, claims: claimCount, conflicts: conflicts.opened }
          })
          .pipe(
            Effect.tapError(() =>
              Effect.sync(() => {
                dedup.abandon()
                conflictWriter.abandon()
              })
            )
          )
        return [...errors, batch] as Array<PipelineOutput>
      })

    const run = (
      items: Stream.Stream<IncomingItem>,
      batch: BatchOptions = defaultBatch
    ): Stream.Stream<PipelineOutput, StoreError> =>
      items.pipe(
        Stream.mapConcat((item): ReadonlyArray<Article | ItemError | ItemWarning> => {
          if (item._tag !== "IncomingArticle") return [item]
          const notes: Array<ItemWarning> = []
          const article = normaliseArticle(item, Date.now(), (message) => notes.push(itemWarning(item.origin, message)))
          return notes.length === 0 ? [article] : [...notes, article]
        }),
        Stream.groupedWithin(batch.size, batch.maxWait),
        Stream.mapEffect(storeBatch),
        Stream.flattenIterables
      )

    return { run, refreshClaims: claims.refreshStale } as const
  }),
  dependencies: [
    Deduplicator.Default,
    ClaimExtractor.Default,
    ArticleWriter.Default,
    DedupIndexWriter.Default,
    StoryWriter.Default,
    ClaimWriter.Default,
    ConflictWriter.Default
  ]
}) {}
