import type { Article } from "@crosscheck/core"
import { Effect } from "effect"

/** The dedup stage: marks each new article as a copy of an earlier one (`duplicateOf`) and
 * places it in a story (`storyId`). Pass-through until near-duplicate detection lands: every
 * article is its own original and belongs to no story yet. */
export class Deduplicator extends Effect.Service<Deduplicator>()("crosscheck/Deduplicator", {
  succeed: {
    classify: (batch: ReadonlyArray<Article>): Effect.Effect<ReadonlyArray<Article>> => Effect.succeed(batch)
  }
}) {}
