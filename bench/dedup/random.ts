/** Seeded randomness, so the benchmark set is the same on every run and every machine. */

export type Random = () => number

/** mulberry32: tiny, fast, good enough for sampling; every benchmark generator draws from it. */
export const prng =
  (seed: number): Random =>
  () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

/** A seed derived from a string (FNV-1a), so each copy's randomness depends only on its
 * original and kind, not on how many copies were made before it. */
export const seedOf = (...parts: ReadonlyArray<string | number>): number => {
  let h = 0x811c9dc5
  for (const c of parts.join("\u0000")) {
    h ^= c.charCodeAt(0)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export const int = (rand: Random, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1))

export const pick = <T>(rand: Random, xs: ReadonlyArray<T>): T => {
  if (xs.length === 0) throw new Error("pick from an empty list")
  return xs[Math.floor(rand() * xs.length)]!
}

/** Fisher-Yates on a copy. */
export const shuffle = <T>(rand: Random, xs: ReadonlyArray<T>): Array<T> => {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
