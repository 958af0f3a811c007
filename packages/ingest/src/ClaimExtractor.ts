import { EXTRACTOR_VERSION, extractClaims, type Article, type ExtractedClaim } from "@crosscheck/core"
import { ClaimRepository, ClaimWriter, ConflictRepository, ConflictWriter, conflictClaimsOf, Store, type StoreError } from "@crosscheck/db"
import { Effect } from "effect"

const REFRESH_BATCH = 500

/** The extractor's input for an article, new or stored: relative dates resolve against its
 * publication time, or the fetch time when it has none. */
export const readClaims = (a: Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">): Array<ExtractedClaim> =>
  extractClaims({ title: a.title, body: a.body, published: a.published ?? a.fetchedAt, outlet: a.source })

/** The claims stage: figures of harm, attributions, places, dates and events, read by rules
 * from the stored text. `refreshStale` re-reads articles whose claims came from an older
 * extractor version, so a rule change reaches the whole store without fetching anything. */
export class ClaimExtractor extends Effect.Service<ClaimExtractor>()("crosscheck/ClaimExtractor", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const claims = yield* ClaimRepository
    const writer = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter
    const conflicts = yield* ConflictRepository

    /** Re-extracts every article read by another extractor version, and recomputes the
     * conflicts their old and new claims touch; returns how many articles. Does nothing in a
     * read-only store (its claims are exported as they were read). A store whose claims were
     * never indexed for conflicts (from before conflicts existed) is indexed first, whole. */
    const refreshStale: Effect.Effect<number, StoreError> = Effect.gen(function* () {
      if (store.readonly) return 0
      if (yield* conflicts.needsIndexing) yield* indexAll
      let total = 0
      for (;;) {
        const stale = yield* claims.stale(EXTRACTOR_VERSION, REFRESH_BATCH)
        if (stale.length === 0) return total
        const read = stale.map((a) => [a, readClaims(a)] as const)
        const at = Date.now()
        yield* store
          .transaction(`cannot store claims of ${read.length} articles`, () => {
            conflictWriter.begin()
            const touched = []
            for (const [article, found] of read) {
              touched.push(...conflictWriter.unindex(article.id))
              writer.replace(article.id, found, EXTRACTOR_VERSION, at)
              const stored = conflictClaimsOf(article, found)
              conflictWriter.index(stored)
              touched.push(...stored)
            }
            conflictWriter.update(touched, at)
          })
          .pipe(Effect.tapError(() => Effect.sync(conflictWriter.abandon)))
        total += stale.length
      }
    })

    /** Indexes every stored claim for conflicts and computes them all, in one transaction. */
    const indexAll: Effect.Effect<void, StoreError> = Effect.gen(function* () {
      const everything = yield* conflicts.allClaims
      yield* store
        .transaction("cannot compute conflicts", () => {
          conflictWriter.begin()
          conflictWriter.index(everything)
          conflictWriter.update(everything, Date.now())
        })
        .pipe(Effect.tapError(() => Effect.sync(conflictWriter.abandon)))
    })

    /** How many stored articles an older extractor read (what refreshStale would redo). */
    const staleCount = claims.stale(EXTRACTOR_VERSION, 1).pipe(Effect.map((s) => s.length))

    return { read: readClaims, refreshStale, staleCount, version: EXTRACTOR_VERSION } as const
  }),
  dependencies: [ClaimRepository.Default, ClaimWriter.Default, ConflictWriter.Default, ConflictRepository.Default]
}) {}
