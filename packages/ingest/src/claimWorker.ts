/** A worker thread that reads claims: the extractor is pure CPU, so a second core reads the
 * next batch while the main thread stores the last. Same function, same results. */
import { type ClaimSource, type ExtractedClaim, extractClaims, featuresOf } from "@crosscheck/core"
import { parentPort } from "node:worker_threads"
import { analyseText } from "./textAnalysis.js"

interface Job {
  readonly id: number
  readonly inputs: ReadonlyArray<ClaimSource>
  /** also read what copy detection needs of each text (see textAnalysis.ts) */
  readonly analyse: boolean
}

/** A claim with what the conflict rules read of its sentence: that reading needs only the claim
 * itself, so it is done here too, off the main thread (the store keeps it beside the claim). */
const withFeatures = (c: ExtractedClaim): ExtractedClaim & { readonly features: string } => ({
  ...c,
  features: featuresOf({
    ...c,
    id: "",
    articleId: "",
    outlet: "",
    published: 0,
    duplicateOf: null,
    storyId: null
  })
})

parentPort?.on("message", (job: Job) => {
  try {
    parentPort?.postMessage({
      id: job.id,
      results: job.inputs.map((input) => extractClaims(input).map(withFeatures)),
      analyses: job.analyse ? job.inputs.map(analyseText) : undefined
    })
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) })
  }
})
