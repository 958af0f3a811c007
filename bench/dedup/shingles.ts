/** Word 5-gram containment: the yardstick for "near-verbatim" between two FA-KES rows, i.e.
 * the dataset's own unlabelled wire copies (the same report from several outlets). */

const WORD = /[\p{L}\p{N}]+/gu

export const SHINGLE = 5
/** At or above this, two texts are the same report (one mostly inside the other). */
// Where a pair of FA-KES rows stops being two reports and is one text, edited. At 0.5, half the
// shorter article's 5-word runs stand verbatim in the other: independent reports of one event
// do not share that much by chance (seed 000 and 001, same bombing, share 0.04), while the
// same-day pairs between 0.5 and 0.8 are one wire story under two outlets' headlines ("More
// than 30 Syrian rebels killed in IS group suicide..." ahram / alalam, 0.82; "21 Civilians
// Killed in US-Led Coalition Attacks" alalam / manar, 0.79). They are listed in the results for
// a person to judge.
export const NEAR_VERBATIM = 0.5

/** Lowercased word 5-grams; a text shorter than five words is one shingle. */
export const shingles = (text: string): Set<string> => {
  const words = text.toLowerCase().match(WORD) ?? []
  const out = new Set<string>()
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(" "))
    return out
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "))
  return out
}

/** |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one contains, so a cut
 * copy of a report still counts as that report. */
export const containment = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const s of small) if (big.has(s)) shared++
  return shared / small.size
}

/** Every pair (i < j) of texts at or above `threshold`, found through an inverted index so
 * only pairs sharing a shingle are compared. */
export const nearVerbatimPairs = (
  texts: ReadonlyArray<ReadonlySet<string>>,
  threshold = NEAR_VERBATIM
): Array<{ a: number; b: number; containment: number }> => {
  const postings = new Map<string, Array<number>>()
  texts.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s)
      if (list === undefined) postings.set(s, [i])
      else list.push(i)
    }
  })
  const shared = new Map<number, number>()
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * texts.length + list[y]!
        shared.set(key, (shared.get(key) ?? 0) + 1)
      }
    }
  }
  const out: Array<{ a: number; b: number; containment: number }> = []
  for (const [key, n] of shared) {
    const a = Math.floor(key / texts.length)
    const b = key % texts.length
    const c = n / Math.min(texts[a]!.size, texts[b]!.size)
    if (c >= threshold) out.push({ a, b, containment: c })
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b)
}
