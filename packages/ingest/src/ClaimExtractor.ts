import { EXTRACTOR_VERSION, extractClaims, type Article, type ExtractedClaim } from "@crosscheck/core"
import { ClaimRepository, ClaimWriter, ConflictRepository, ConflictWriter, conflictClaimsOf, Store, type StoreError } from "@crosscheck/db"
import { Effect } from "effect"
import { ClaimPool, POOL_THRESHOLD } from "./ClaimPool.js"

const REFRESH_BATCH = 500

/** The extractor's input for an article, new or stored: relative dates resolve against its
 * publication time, or the fetch time when it has none. */
const sourceOf = (a: Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">) => ({
  title: a.title,
  body: a.body,
  published: a.published ?? a.fetchedAt,
  outlet: a.source
})

export const readClaims = (a: Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">): Array<ExtractedClaim> => extractClaims(sourceOf(a))

/** The claims stage: figures of harm, attributions, places, dates and events, read by rules
 * from the stored text. `refreshStale` re-reads articles whose claims came from an older
 * extractor version, so a rule change reaches the whole store without fetching anything. */
export class ClaimExtractor extends Effect.Service<ClaimExtractor>()("crosscheck/ClaimExtractor", {
  scoped: Effect.gen(function* () {
    const store = yield* Store
    const claims = yield* ClaimRepository
    // Large batches are read on the other cores; the workers stop with the service.
    const pool = new ClaimPool()
    yield* Effect.addFinalizer(() => Effect.sync(() => pool.close()))
    /** The claims of many articles at once, in their order: in worker threads when the batch is
     * large enough to pay for them. */
    const readMany = (batch: ReadonlyArray<Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">>) => pool.readAll(batch.map(sourceOf))
    /** As readMany, with what copy detection reads of each text when workers read them and
     * there are enough workers for it to pay (see ClaimPool.analyses). */
    const readAndAnalyse = (batch: ReadonlyArray<Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">>) =>
      pool.readAndAnalyse(batch.map(sourceOf), pool.analyses)
    /** As readAndAnalyse, started now in the workers and awaited later (the analysis stage
     * reads ahead of what it files): null when it is not worth it (no workers, or too few
     * articles to start them for) and the claims are read in place when needed. */
    const readAhead = (batch: ReadonlyArray<Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">>) =>
      batch.length < POOL_THRESHOLD && !pool.running ? null : pool.readAhead(batch.map(sourceOf), pool.analyses)
    const writer = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter
    const conflicts = yield* ConflictRepository

    /** Re-extracts every article read by another extractor version, and recomputes the
     * conflicts their old and new claims touch; returns how many articles. Does nothing in a
     * read-only store (its claims are exported as they were read). A store whose claims were
     * never indexed for conflicts (from before conflicts existed) is indexed first, whole. */
    const refreshStale: Effect.Effect<number, StoreError> = Effect.gen(function* () {
      if (store.readonly) return 0
      yield* ensureIndexed
      let total = 0
      for (;;) {
        const stale = yield* claims.stale(EXTRACTOR_VERSION, REFRESH_BATCH)
        if (stale.length === 0) return total
        const found = yield* readMany(stale)
        const read = stale.map((a, i) => [a, found[i]!] as const)
        const at = Date.now()
        yield* store
          .transaction(`cannot store claims of ${read.length} articles`, () => {
            conflictWriter.begin()
            const touched = []
            for (const [article, found] of read) {
              touched.push(...conflictWriter.unindex(article.id))
              const reading = conflictWriter.readIndex(conflictClaimsOf(article, found))
              writer.replace(article.id, found, EXTRACTOR_VERSION, at, reading.features)
              touched.push(...conflictWriter.fileIndex(reading, true))
            }
            conflictWriter.update(touched, at)
          })
          .pipe(Effect.tapError(() => Effect.sync(conflictWriter.abandon)))
        total += stale.length
      }
    })

    /** A store whose index older rules made, or with claims none of which is filed (one from
     * before conflicts, or from before the scope index), is indexed whole. Every writer checks
     * before it files claims (the analysis stage too, which may run before `refreshStale`): an
     * update reads only the index, and once one has filed claims in an incomplete index the
     * store can no longer tell. Three one-row reads. */
    const ensureIndexed: Effect.Effect<void, StoreError> = Effect.gen(function* () {
      if (store.readonly) return
      if ((yield* conflicts.rulesChanged) || (yield* conflicts.needsIndexing)) yield* indexAll
    })

    /** Indexes every stored claim for conflicts and computes them all, in one transaction. */
    const indexAll: Effect.Effect<void, StoreError> = Effect.gen(function* () {
      // what older conflict rules read and keyed is forgotten first, so the claims are read
      // with their sentences (a crash between the two leaves no keys: this runs again)
      if (yield* conflicts.rulesChanged) {
        yield* store.transaction("cannot reset the conflict index", () => {
          conflictWriter.begin()
          conflictWriter.forgetIndex()
        })
      }
      const everything = yield* conflicts.allClaims
      yield* store
        .transaction("cannot compute conflicts", () => {
          conflictWriter.begin()
          conflictWriter.indexAll(everything, Date.now())
        })
        .pipe(Effect.tapError(() => Effect.sync(conflictWriter.abandon)))
    })

    /** How many stored articles an older extractor read (what refreshStale would redo). */
    const staleCount = claims.stale(EXTRACTOR_VERSION, 1).pipe(Effect.map((s) => s.length))

    return { read: readClaims, readMany, readAndAnalyse, readAhead, ensureIndexed, refreshStale, staleCount, version: EXTRACTOR_VERSION } as const
  }),
  dependencies: [ClaimRepository.Default, ClaimWriter.Default, ConflictWriter.Default, ConflictRepository.Default]
}) {}
