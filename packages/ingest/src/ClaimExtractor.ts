import type { Article } from "@crosscheck/core"
import { Effect } from "effect"

/** An article with the claims found in it. */
export interface ArticleWithClaims {
  readonly article: Article
  /** how many claims were extracted */
  readonly claims: number
}

/** The claims stage: pulls figures, attributions, places and dates out of each article.
 * Pass-through until claim extraction lands: no claims are found. */
export class ClaimExtractor extends Effect.Service<ClaimExtractor>()("crosscheck/ClaimExtractor", {
  succeed: {
    extract: (batch: ReadonlyArray<Article>): Effect.Effect<ReadonlyArray<ArticleWithClaims>> =>
      Effect.succeed(batch.map((article) => ({ article, claims: 0 })))
  }
}) {}
