import { tokenize } from "./tokens.js"

/**
 * What copy detection knows about an article. Two views of the text, because copies come in
 * two kinds:
 * - `shingles`: every 4-word run. Wire copies and re-posts keep long runs of the same words,
 *   whatever headline, dateline or boilerplate is wrapped around them.
 * - `skeleton`: 6-grams over the words a synonym spinner cannot change (closed-class words no
 *   thesaurus lists, and numbers: DSpin's "immutable" words, Stamatatos's stopword n-grams).
 *   Replacing "people" with "humans" changes a shingle but not the skeleton "the of 32 to the".
 * Both are sorted, de-duplicated 32-bit hashes, so comparing two articles is a merge walk.
 */
export interface DedupSignature {
  readonly tokens: number
  readonly shingles: Uint32Array
  readonly skeleton: Uint32Array
  /** distinct numbers in the text */
  readonly numbers: ReadonlyArray<number>
}

const SHINGLE = 4
const SKELETON_GRAM = 6

const mix = (h: number, x: number): number => {
  // murmur3-style combine: order matters, so "a b" and "b a" hash apart.
  let k = Math.imul(x, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

const finish = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hashes of all n-grams of `hashes[0..length)`, sorted and unique. Short texts yield one
 * gram of the whole text, so they can still be compared. */
const grams = (hashes: Uint32Array, length: number, n: number): Uint32Array => {
  const count = Math.max(0, length - n + 1)
  if (count === 0) {
    if (length === 0) return new Uint32Array(0)
    let h = 0
    for (let i = 0; i < length; i++) h = mix(h, hashes[i]!)
    return Uint32Array.of(finish(h))
  }
  const out = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    let h = 0
    for (let j = 0; j < n; j++) h = mix(h, hashes[i + j]!)
    out[i] = finish(h)
  }
  out.sort()
  let w = 0
  for (let r = 0; r < out.length; r++) if (r === 0 || out[r] !== out[r - 1]) out[w++] = out[r]!
  return out.subarray(0, w)
}

export const signatureOf = (text: string): DedupSignature => {
  const t = tokenize(text)
  const fixed = new Uint32Array(t.length)
  let f = 0
  for (let i = 0; i < t.length; i++) if (t.fixed[i] === 1) fixed[f++] = t.hashes[i]!
  return {
    tokens: t.length,
    shingles: grams(t.hashes, t.length, SHINGLE),
    skeleton: grams(fixed, f, SKELETON_GRAM),
    numbers: [...new Set(t.numbers)]
  }
}

/** |a ∩ b| for sorted unique arrays. */
export const intersectionSize = (a: Uint32Array, b: Uint32Array): number => {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/** Share of the smaller set found in the larger: a wire copy cut to 60% still contains 1. */
export const containment = (a: Uint32Array, b: Uint32Array): number => {
  const smaller = Math.min(a.length, b.length)
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller
}

/** How many of each view's hashes go into the candidate index. */
export const SKETCH_SIZE = 16

/** The index keys of an article: the `SKETCH_SIZE` smallest hashes of each view (a bottom-k
 * sketch). Two texts sharing a fraction J of their grams share about J of their sketch, so a
 * copy almost always shares a key with its original while unrelated texts rarely do. Views are
 * told apart by the sign: shingle keys are positive, skeleton keys negative. */
export const sketchOf = (sig: DedupSignature): Array<number> => {
  const keys: Array<number> = []
  for (let i = 0; i < Math.min(SKETCH_SIZE, sig.shingles.length); i++) keys.push(sig.shingles[i]! + 1)
  for (let i = 0; i < Math.min(SKETCH_SIZE, sig.skeleton.length); i++) keys.push(-(sig.skeleton[i]! + 1))
  return keys
}
