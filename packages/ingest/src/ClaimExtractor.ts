import { EXTRACTOR_VERSION, extractClaims, type Article, type ExtractedClaim } from "@crosscheck/core"
import { ClaimRepository, type StoreError } from "@crosscheck/db"
import { Effect } from "effect"

/** An article with the claims found in it. */
export interface ArticleWithClaims {
  readonly article: Article
  readonly claims: ReadonlyArray<ExtractedClaim>
}

const REFRESH_BATCH = 500

/** The claims stage: figures of harm, attributions, places, dates and events, read by rules
 * from the stored text. `refreshStale` re-reads articles whose claims came from an older
 * extractor version, so a rule change reaches the whole store without fetching anything. */
/** The extractor's input for an article, new or stored: relative dates resolve against its
 * publication time, or the fetch time when it has none. */
const readClaims = (a: Pick<Article, "title" | "body" | "published" | "fetchedAt" | "source">): Array<ExtractedClaim> =>
  extractClaims({ title: a.title, body: a.body, published: a.published ?? a.fetchedAt, outlet: a.source })

export class ClaimExtractor extends Effect.Service<ClaimExtractor>()("crosscheck/ClaimExtractor", {
  effect: Effect.gen(function* () {
    const claims = yield* ClaimRepository
    const extract = (batch: ReadonlyArray<Article>): Effect.Effect<ReadonlyArray<ArticleWithClaims>> =>
      Effect.sync(() =>
        batch.map((article) => ({ article, claims: readClaims(article) }))
      )

    /** Re-extracts every article read by another extractor version; returns how many. */
    const refreshStale: Effect.Effect<number, StoreError> = Effect.gen(function* () {
      let total = 0
      for (;;) {
        const stale = yield* claims.stale(EXTRACTOR_VERSION, REFRESH_BATCH)
        if (stale.length === 0) return total
        const batch = stale.map((a) => [a.id, readClaims(a)] as const)
        yield* claims.replace(batch, EXTRACTOR_VERSION)
        total += stale.length
      }
    })

    return { extract, refreshStale, version: EXTRACTOR_VERSION } as const
  }),
  dependencies: [ClaimRepository.Default]
}) {}
