import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { normaliseText } from "../text.js"
import { containment, signatureOf, sketchOf } from "./signature.js"
import { tokenize } from "./tokens.js"
import { compareForCopy } from "./verdict.js"

const seed = (name: string): string =>
  normaliseText(readFileSync(new URL(`../../../../../shared/seeds/${name}.txt`, import.meta.url), "utf8"))
const body = (text: string) => text.split("\n").slice(1).join("\n")

const S000 = body(seed("000_469f3dda83deb97e"))
const S001 = body(seed("001_6ae1e418d85faf84"))
const S002 = body(seed("002_89b8504bd718045e"))

/** A crude spinner for unit tests (the benchmark has a real one): every replaceable word from
 * a small thesaurus, like seed 002's "people" -> "humans", and every third longer word split in two
 * for a two-word phrase. */
const THESAURUS: Record<string, string> = {
  people: "humans", killed: "slain", civilians: "noncombatants", warplanes: "aircraft", areas: "regions",
  neighbourhoods: "districts", renewed: "restored", bombing: "bombardment", reported: "stated", group: "organisation",
  local: "nearby", rescue: "saving", various: "numerous", sources: "resources", strikes: "moves", city: "metropolis",
  eastern: "japanese", shelled: "bombarded", alone: "solely", military: "navy", president: "chief", spoke: "talked"
}
const spin = (text: string): string => {
  let i = 0
  return text.replace(/[A-Za-z]+/g, (w) => {
    const s = THESAURUS[w.toLowerCase()]
    if (s !== undefined) return s
    return w.length > 4 && i++ % 3 === 0 ? `${w.slice(0, 3)} ${w.slice(3)}` : w
  })
}

describe("tokenize", () => {
  it("reads 250,000, 250 000 and 250000 as one number, and keeps 2016 300 apart", () => {
    expect(tokenize("250,000 fled").numbers).toEqual([250000])
    expect(tokenize("250\u00a0000 fled").numbers).toEqual([250000])
    expect(tokenize("250000 fled").numbers).toEqual([250000])
    expect(tokenize("in 2016 300 died").numbers).toEqual([2016, 300])
    expect(tokenize("1,5 and 12. 100").numbers).toEqual([1, 5, 12, 100])
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
    for (const [a, b] of [[S000, S001], [S000, S002], [S001, S002]] as const) {
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
  })
  it("containment is 1 for a text inside another", () => {
    const a = signatureOf(S001)
    const b = signatureOf(`${S001}\n\nAn added paragraph about something else entirely, with more words.`)
    expect(containment(a.shingles, b.shingles)).toBe(1)
  })
})
