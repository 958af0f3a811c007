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
export class ClaimExtractor extends Effect.Service<ClaimExtractor>()("crosscheck/ClaimExtractor", {
  effect: Effect.gen(function* () {
    const claims = yield* ClaimRepository
    const extract = (batch: ReadonlyArray<Article>): Effect.Effect<ReadonlyArray<ArticleWithClaims>> =>
      Effect.sync(() =>
        batch.map((article) => ({
          article,
          claims: extractClaims({
            title: article.title,
            body: article.body,
            published: article.published ?? article.fetchedAt,
            outlet: article.source
          })
        }))
      )

    /** Re-extracts every article read by another extractor version; returns how many. */
    const refreshStale: Effect.Effect<number, StoreError> = Effect.gen(function* () {
      let total = 0
      for (;;) {
        const stale = yield* claims.stale(EXTRACTOR_VERSION, REFRESH_BATCH)
        if (stale.length === 0) return total
        const batch = stale.map(
          (a) => [a.id, extractClaims({ title: a.title, body: a.body, published: a.time, outlet: a.source })] as const
        )
        yield* claims.replace(batch, EXTRACTOR_VERSION)
        total += stale.length
      }
    })

    return { extract, refreshStale, version: EXTRACTOR_VERSION } as const
  }),
  dependencies: [ClaimRepository.Default]
}) {}
