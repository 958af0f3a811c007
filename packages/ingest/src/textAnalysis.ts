import { type Article, type DedupSignature, signatureOf, sketchOf, topTermCounts } from "@crosscheck/core"

/** Key terms per article read for its story vector: the most frequent. */
export const VECTOR_TERMS = 64

/** What copy detection and story grouping read from an article's text alone: no store, so it
 * can be done off the main thread (the claim workers do it beside the claims) and handed to
 * `Deduplicator.classify`, which would otherwise compute exactly this itself. */
export interface TextAnalysis {
  readonly signature: DedupSignature
  /** the signature's sketch keys */
  readonly keys: ReadonlyArray<number>
  /** the VECTOR_TERMS most frequent key terms with their counts, most frequent first (ties in
   * the order the text gives them) */
  readonly counts: ReadonlyArray<readonly [number, number]>
}

export const textForSignature = (a: Pick<Article, "title" | "body">): string =>
  // A body too short to compare on its own (a feed item with a one-line summary) takes its
  // headline along.
  a.body.length < 300 ? `${a.title}\n${a.body}` : a.body

export const analyseText = (a: Pick<Article, "title" | "body">): TextAnalysis => {
  const signature = signatureOf(textForSignature(a))
  return {
    signature,
    keys: sketchOf(signature),
    counts: topTermCounts(a.title, a.body, VECTOR_TERMS)
  }
}
