import { tokenize } from "../dedup/tokens.js"

/** A weighted term vector: term hash -> weight, L2-normalised. */
export type TermVector = ReadonlyArray<readonly [number, number]>

/** Weighted counts of an article's key terms: content words, names (capitalised words count
 * three times: places, people and groups survive rewording and spinning) and figures over 31
 * (the death toll two reports of one event share). The headline counts double. */
export const termCounts = (title: string, body: string): Map<number, number> => {
  const counts = new Map<number, number>()
  const add = (text: string, weight: number) => {
    const t = tokenize(text)
    for (let i = 0; i < t.length; i++) {
      const value = t.values[i]!
      let w: number
      if (!Number.isNaN(value)) {
        if (value <= 31 || (value >= 1990 && value <= 2100)) continue
        w = 2
      } else if (t.stop[i] === 1) continue
      else w = t.capital[i] === 1 ? 3 : 1
      const h = t.hashes[i]!
      counts.set(h, (counts.get(h) ?? 0) + w * weight)
    }
  }
  add(title, 2)
  add(body, 1)
  return counts
}

const IDF_PRIOR = 1000

/** tf-idf, top `size` terms, normalised. Rare terms (a neighbourhood, a person) weigh more
 * than the words every report of the conflict shares. */
export const termVector = (counts: ReadonlyMap<number, number>, df: ReadonlyMap<number, number>, articles: number, size = 40): TermVector => {
  const weighted: Array<[number, number]> = []
  for (const [term, tf] of counts) {
    // A prior of IDF_PRIOR unseen articles keeps weights near-flat while the store is small
    // (five articles would otherwise make every unshared word look decisive) and fades as the
    // store grows.
    const idf = Math.log((articles + IDF_PRIOR) / ((df.get(term) ?? 0) + 1))
    weighted.push([term, (1 + Math.log(tf)) * idf])
  }
  weighted.sort((x, y) => y[1] - x[1])
  return normalise(weighted.slice(0, size))
}

const normalise = (v: Array<[number, number]>): TermVector => {
  let norm = 0
  for (const [, w] of v) norm += w * w
  norm = Math.sqrt(norm) || 1
  return v.map(([t, w]) => [t, w / norm] as const)
}

export const cosine = (a: TermVector, b: TermVector): number => {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const index = new Map(large)
  let dot = 0
  for (const [t, w] of small) dot += w * (index.get(t) ?? 0)
  return dot
}

/** A story's vector after a new member joins: the running mean, re-normalised and trimmed. */
export const mergeVectors = (story: TermVector, members: number, article: TermVector, size = 60): TermVector => {
  const sum = new Map<number, number>()
  for (const [t, w] of story) sum.set(t, w * members)
  for (const [t, w] of article) sum.set(t, (sum.get(t) ?? 0) + w)
  const merged = [...sum].sort((x, y) => y[1] - x[1]).slice(0, size)
  return normalise(merged)
}
