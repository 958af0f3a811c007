import { containment, intersectionSize, type DedupSignature } from "./signature.js"

/** Why two articles are, or are not, one report. */
export interface CopyEvidence {
  /** share of the shorter text's 4-word runs found in the other */
  readonly words: number
  /** the same for the spinner-proof skeleton */
  readonly skeleton: number
  /** numbers of the shorter text missing from the other, a sign of a different report */
  readonly missingNumbers: number
  readonly verdict: "exact" | "copy" | "spun" | "distinct"
}

// Thresholds chosen on the dedup benchmark's labelled set (bench/results/dedup.json). Word
// containment of 0.7, not lower: two articles of one outlet can share half their 4-word runs
// through site boilerplate alone.
const WORD_COPY = 0.7
const SKELETON_SPUN = 0.4
const MIN_GRAMS = 8
const MIN_SHARE_OF_LONGER = 0.3
const SPIN_GAP = 0.2

/** Numbers in `a` that `b` lacks. A copy keeps the figures; a rewrite by someone else, or an
 * update ("at least 112" -> "at least 126"), does not, and stays a report of its own. Small
 * numbers (dates, counts under 32) and years are left out: datelines add them to wire copies. */
const missingNumbers = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): number => {
  if (a.length === 0) return 0
  const inB = new Set(b)
  let missing = 0
  for (const n of a) if (n > 31 && !(n >= 1990 && n <= 2100) && !inB.has(n)) missing++
  return missing
}

export const compareForCopy = (a: DedupSignature, b: DedupSignature): CopyEvidence => {
  const words = containment(a.shingles, b.shingles)
  const skeleton = containment(a.skeleton, b.skeleton)
  const [shorter, longer] = a.tokens <= b.tokens ? [a, b] : [b, a]
  const missing = missingNumbers(shorter.numbers, longer.numbers)
  const enoughWords = Math.min(a.shingles.length, b.shingles.length) >= MIN_GRAMS
  const enoughSkeleton = Math.min(a.skeleton.length, b.skeleton.length) >= MIN_GRAMS
  // Shared share of the longer text: a short page that is mostly an outlet's footer is
  // "contained" in every long article carrying that footer, but covers little of any of them.
  const wordsOfLonger = intersectionSize(a.shingles, b.shingles) / Math.max(1, a.shingles.length, b.shingles.length)
  let verdict: CopyEvidence["verdict"] = "distinct"
  if (missing === 0) {
    if (words >= 0.98 && a.tokens === b.tokens) verdict = "exact"
    else if (enoughWords && words >= WORD_COPY && wordsOfLonger >= MIN_SHARE_OF_LONGER) verdict = "copy"
    // Spinning changes words, not the skeleton, so a spun copy agrees far more on its skeleton
    // than on its words; two texts that merely share a passage agree on both alike.
    else if (enoughSkeleton && skeleton >= SKELETON_SPUN && skeleton >= words + SPIN_GAP) verdict = "spun"
  }
  return { words, skeleton, missingNumbers: missing, verdict }
}
