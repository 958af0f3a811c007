/** A worker thread that reads claims: the extractor is pure CPU, so a second core reads the
 * next batch while the main thread stores the last. Same function, same results. */
import { type ClaimSource, type ExtractedClaim, extractClaims, featuresOfArticle } from "@crosscheck/core"
import { parentPort } from "node:worker_threads"
import { analyseText } from "./textAnalysis.js"

interface Job {
  readonly id: number
  readonly inputs: ReadonlyArray<ClaimSource>
  /** also read what copy detection needs of each text (see textAnalysis.ts) */
  readonly analyse: boolean
}

/** An article's claims, each with what the conflict rules read of its sentence when they will
 * read it: that reading needs only the claims themselves, so it is done here too, off the main
 * thread (the store keeps it beside the claim). A claim the rules drop whatever its sentence
 * says (an undated figure in the body) goes without. */
const withFeatures = (input: ClaimSource): Array<ExtractedClaim> => {
  const claims = extractClaims(input)
  const features = featuresOfArticle(
    claims.map((c) => ({ ...c, id: "", articleId: "", outlet: "", published: input.published, duplicateOf: null, storyId: null }))
  )
  return claims.map((c, i) => {
    const f = features[i]
    return f === null || f === undefined ? c : { ...c, features: f }
  })
}

parentPort?.on("message", (job: Job) => {
  try {
    parentPort?.postMessage({
      id: job.id,
      results: job.inputs.map(withFeatures),
      analyses: job.analyse ? job.inputs.map(analyseText) : undefined
    })
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) })
  }
})
