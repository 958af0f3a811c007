/**
 * Copies among gold articles: FA-KES holds natural wire copies of one text under other unit_ids
 * (and outlets, and dates), so a "fresh" article can be one a gold set already labelled. One rule
 * for the draw (select.ts skips them) and the eval (claims-eval.ts scores the checkpoint without them):
 * a text copies another when half or more of its word 5-grams occur in the other.
 */

/** the word 5-grams of a text, lower-cased, words being runs of letters and digits */
export const shingles = (text: string): Set<string> => {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const out = new Set<string>()
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(" "))
  return out
}

/** the shingles of an FA-KES article as both callers read it: title and content */
export const articleShingles = (title: string, content: string): Set<string> => shingles(`${title} ${content}`)

/** half or more of `mine`'s 5-grams occur in `theirs` (containment of mine in theirs >= 0.5) */
export const copiesInto = (mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean => {
  let shared = 0
  for (const s of mine) if (theirs.has(s)) shared++
  return shared >= mine.size / 2
}

/** either text copies the other: a short excerpt of a long article counts, and so does a long
 * article built around a short one */
export const copies = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => copiesInto(a, b) || copiesInto(b, a)
