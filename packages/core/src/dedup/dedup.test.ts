import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { normaliseText } from "../text.js"
import { lcsLength } from "./align.js"
import { containment, signatureOf, sketchOf } from "./signature.js"
import { termCounts, topTermCounts } from "../story/terms.js"
import { foldNumberWords, tokenize } from "./tokens.js"
import { compareForCopy } from "./verdict.js"

const seed = (name: string): string => normaliseText(readFileSync(new URL(`../../../../../shared/seeds/${name}.txt`, import.meta.url), "utf8"))
const body = (text: string) => text.split("\n").slice(1).join("\n")

const S000 = body(seed("000_469f3dda83deb97e"))
const S001 = body(seed("001_6ae1e418d85faf84"))
const S002 = body(seed("002_89b8504bd718045e"))

/** A crude spinner for unit tests (the benchmark has a real one): every replaceable word from
 * a small thesaurus, like seed 002's "people" -> "humans", and every third longer word split in two
 * for a two-word phrase. */
const THESAURUS: Record<string, string> = {
  people: "humans",
  killed: "slain",
  civilians: "noncombatants",
  warplanes: "aircraft",
  areas: "regions",
  neighbourhoods: "districts",
  renewed: "restored",
  bombing: "bombardment",
  reported: "stated",
  group: "organisation",
  local: "nearby",
  rescue: "saving",
  various: "numerous",
  sources: "resources",
  strikes: "moves",
  city: "metropolis",
  eastern: "japanese",
  shelled: "bombarded",
  alone: "solely",
  military: "navy",
  president: "chief",
  spoke: "talked"
}
const spin = (text: string): string => {
  let i = 0
  return text.replace(/[A-Za-z]+/g, (w) => {
    const s = THESAURUS[w.toLowerCase()]
    if (s !== undefined) return s
    return w.length > 4 && i++ % 3 === 0 ? `${w.slice(0, 3)} ${w.slice(3)}` : w
  })
}

/** A spinner of the harder kind (issue 9): its table also has phrases, function words, names
 * and acronyms, and writes figures in words, on top of the single-word thesaurus above. Every
 * entry found is replaced, which breaks most of the closed-class skeleton. */
const PHRASES: Record<string, string> = {
  "at least": "no less than",
  "more than": "in excess of",
  "according to": "as stated by",
  "known as": "referred to as",
  with: "along with",
  in: "within",
  since: "because",
  by: "via",
  that: "which",
  against: "towards",
  during: "throughout",
  over: "across",
  from: "out of",
  their: "its",
  has: "possesses",
  was: "used to be",
  were: "had been",
  for: "for the sake of",
  on: "upon",
  after: "following",
  also: "additionally",
  its: "their",
  SOHR: "Syrian Observatory for Human Rights",
  Russia: "Russian Federation",
  Aleppo: "Halab",
  "30": "thirty",
  "32": "thirty-two",
  "11": "eleven",
  "26": "twenty-six"
}
const ENTRY = new RegExp(
  `\\b(${Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .join("|")}|[A-Za-z]+)\\b`,
  "g"
)
const phraseSpin = (text: string): string =>
  text.replace(ENTRY, (w) => {
    const r = PHRASES[w] ?? PHRASES[w.toLowerCase()] ?? THESAURUS[w.toLowerCase()]
    if (r === undefined) return w
    return /^[A-Z]/.test(w) && /^[a-z]/.test(r) ? r[0]!.toUpperCase() + r.slice(1) : r
  })

describe("tokenize", () => {
  it("reads 250,000, 250 000 and 250000 as one number, and keeps 2016 300 apart", () => {
    expect(tokenize("250,000 fled").numbers).toEqual([250000])
    expect(tokenize("250\u00a0000 fled").numbers).toEqual([250000])
    expect(tokenize("250000 fled").numbers).toEqual([250000])
    expect(tokenize("in 2016 300 died").numbers).toEqual([2016, 300])
    expect(tokenize("1,5 and 12. 100").numbers).toEqual([1, 5, 12, 100])
  })
  it("reads number words as the numbers they are, as spinners write figures both ways", () => {
    expect(signatureOf("forty-five killed, two hundred and fifty injured, Three missing").numbers).toEqual([45, 250, 3])
    expect(foldNumberWords("nine million fled; several thousand stayed; one hundred and one")).toBe("9 million fled; several thousand stayed; 101")
    // only figures in digits can veto a merge: a number in words may be a spinner's
    expect(signatureOf("at least 32 and forty-five").figures).toEqual([32])
  })
  it("hashes words case-insensitively and keeps apostrophes inside words", () => {
    const t = tokenize("Assad's FORCES forces")
    expect(t.length).toBe(3)
    expect(t.hashes[1]).toBe(t.hashes[2])
    expect(t.capital[0]).toBe(1)
  })
})

describe("compareForCopy", () => {
  it("keeps the three seed reports of one bombing apart: same places and people, different reports", () => {
    for (const [a, b] of [
      [S000, S001],
      [S000, S002],
      [S001, S002]
    ] as const) {
      expect(compareForCopy(signatureOf(a), signatureOf(b)).verdict).toBe("distinct")
    }
  })

  it("finds a wire copy: cut to 70%, with a dateline and boilerplate", () => {
    const sentences = S001.split(/(?<=\.)\s+/)
    const cut = sentences.slice(0, Math.ceil(sentences.length * 0.7)).join(" ")
    const wire = `BEIRUT (Reuters) - ${cut}\n\nReporting by Staff; Editing by Desk`
    const e = compareForCopy(signatureOf(wire), signatureOf(S001))
    expect(e.verdict).toBe("copy")
    expect(e.words).toBeGreaterThan(0.9)
  })

  it("finds a spun copy through the words a spinner leaves alone", () => {
    const spun = spin(S000)
    const e = compareForCopy(signatureOf(spun), signatureOf(S000))
    expect(e.words).toBeLessThan(0.4)
    expect(e.verdict).not.toBe("distinct")
  })

  it("vetoes a merge when the copy's figures are not the original's", () => {
    const altered = S000.replace(/more than 30/g, "more than 130").replace(/at least 32/g, "at least 232")
    expect(compareForCopy(signatureOf(altered), signatureOf(S000))).toMatchObject({ verdict: "distinct", missingNumbers: 2 })
  })

  it("finds a copy spun with phrases, function words, names and figures in words, which breaks the skeleton", () => {
    const spun = phraseSpin(S000)
    expect(spun).toContain("no less than thirty-two")
    const e = compareForCopy(signatureOf(spun), signatureOf(S000))
    expect(e.skeleton).toBeLessThan(0.4)
    expect(e.verdict).toBe("spun")
  })

  it("still finds it when the spinner's punctuation damage garbled a figure it wrote in words", () => {
    const garbled = phraseSpin(S000).replace("thirty-two", "th” rty-two")
    expect(compareForCopy(signatureOf(garbled), signatureOf(S000)).verdict).toBe("spun")
  })

  it("vetoes that copy when a figure differs", () => {
    const updated = phraseSpin(S000.replace("at least 32", "at least 48"))
    expect(compareForCopy(signatureOf(updated), signatureOf(S000))).toMatchObject({ verdict: "distinct", missingNumbers: 1 })
  })

  it("keeps another day's report from one template apart: same wording, other small counts", () => {
    const otherDay = phraseSpin(S000.replace("11 civilians", "7 civilians").replace("October 26", "October 19"))
    expect(compareForCopy(signatureOf(otherDay), signatureOf(S000)).verdict).toBe("distinct")
  })

  it("calls identical text exact", () => {
    expect(compareForCopy(signatureOf(S002), signatureOf(S002)).verdict).toBe("exact")
  })
})

describe("sketchOf", () => {
  it("gives a copy and its original shared index keys, and distinct reports few or none", () => {
    const shared = (a: string, b: string) => {
      const kb = new Set(sketchOf(signatureOf(b)))
      return sketchOf(signatureOf(a)).filter((k) => kb.has(k)).length
    }
    expect(shared(spin(S000), S000)).toBeGreaterThan(2)
    expect(shared(S001.slice(0, Math.floor(S001.length * 0.7)), S001)).toBeGreaterThan(2)
    expect(shared(S000, S001)).toBeLessThanOrEqual(2)
    // a copy whose skeleton is broken is still found, through runs of names and numbers
    expect(shared(phraseSpin(S000), S000)).toBeGreaterThan(2)
  })
  it("containment is 1 for a text inside another", () => {
    const a = signatureOf(S001)
    const b = signatureOf(`${S001}\n\nAn added paragraph about something else entirely, with more words.`)
    expect(containment(a.shingles, b.shingles)).toBe(1)
  })
})

describe("lcsLength", () => {
  const naive = (a: Uint32Array, b: Uint32Array): number => {
    const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!)
    return dp[a.length]![b.length]!
  }
  it("agrees with the textbook dynamic programme, across word boundaries of the bit vectors", () => {
    let seed = 7
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % 6
    for (const [n, m] of [
      [1, 1],
      [5, 9],
      [31, 33],
      [32, 32],
      [64, 40],
      [97, 150]
    ] as const) {
      const a = Uint32Array.from({ length: n }, next)
      const b = Uint32Array.from({ length: m }, next)
      expect(lcsLength(a, b), `${n}x${m}`).toBe(naive(a, b))
      expect(lcsLength(b, a), `${m}x${n}`).toBe(naive(a, b))
    }
  })
})

describe("story terms", () => {
  it("the heaviest terms of an article, read without a Map, are termCounts' heaviest, ties in text order", () => {
    // a short text, the seeds, and one of a few thousand distinct words (the table grows)
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x Name${i % 700} ${i * 37}`).join(" ")
    for (const [title, text] of [
      ["", ""],
      ["Ten killed in Aleppo", "Ten killed"],
      ["Aleppo", S000],
      ["Homs", S001],
      ["Idlib", S002],
      ["Many", many]
    ] as const) {
      const expected = [...termCounts(title, text)].sort((x, y) => y[1] - x[1])
      for (const size of [10, 64, 5000]) expect(topTermCounts(title, text, size)).toEqual(expected.slice(0, size))
    }
  })
})
