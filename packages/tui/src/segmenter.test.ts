import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { LazySegmenter } from "./segmenter.js"

const icu = new Intl.Segmenter(undefined, { granularity: "grapheme" })
const segmentsOf = (segments: Intl.Segments) => [...segments].map(({ segment, index }) => ({ segment, index }))

describe("LazySegmenter", () => {
  it("cuts every character it segments without ICU where ICU does, beside itself and beside ASCII", () => {
    // Each unit the fast path takes, between letters and doubled: a mark, joiner, Hangul jamo
    // or regional indicator among them would join a neighbour and fail here.
    const lazy = new LazySegmenter()
    const wrong: Array<string> = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const text = `a${ch}a${ch}${ch}`
      if (JSON.stringify(segmentsOf(lazy.segment(text))) !== JSON.stringify(segmentsOf(icu.segment(text)))) wrong.push(c.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it("gives ICU's segments for any mix of plain text, marks, joiners, emoji, flags, Hangul and CR LF", () => {
    const lazy = new LazySegmenter(undefined, { granularity: "grapheme" })
    const piece = fc.constantFrom(
      "a",
      " ",
      "•",
      "…",
      "é",
      "e\u0301",
      "\u200d",
      "👍",
      "👍🏽",
      "👩‍👩‍👧",
      "🇸🇾",
      "\r\n",
      "\r",
      "\n",
      "\u001b[1m",
      "한",
      "\u1100\u1161",
      "\ufe0f",
      "ж",
      "→",
      "\u0000",
      "\ud800"
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("")
        expect(segmentsOf(lazy.segment(text))).toEqual(segmentsOf(icu.segment(text)))
        for (let i = -1; i <= text.length; i++) {
          const mine = lazy.segment(text).containing(i)
          const theirs = icu.segment(text).containing(i)
          expect(mine && { segment: mine.segment, index: mine.index }).toEqual(theirs && { segment: theirs.segment, index: theirs.index })
        }
      })
    )
  })

  it("leaves word segmentation to ICU", () => {
    const words = [...new LazySegmenter("en", { granularity: "word" }).segment("Two killed, 5 hurt")]
    expect(words.filter((w) => w.isWordLike).map((w) => w.segment)).toEqual(["Two", "killed", "5", "hurt"])
  })

  it("reports ICU's options", () => {
    expect(new LazySegmenter("en", { granularity: "sentence" }).resolvedOptions()).toEqual(
      new Intl.Segmenter("en", { granularity: "sentence" }).resolvedOptions()
    )
  })
})
