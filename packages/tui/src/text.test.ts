import { describe, expect, it } from "vitest"
import { displayBlock, displayLine, fitTo, formatCount, formatUtc, textWidth, truncate, wrapText } from "./text.js"

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe("displayLine", () => {
  it("removes terminal control sequences, whole", () => {
    expect(displayLine("\u001b]0;pwned\u0007Kyiv \u001b[31mstrike\u001b[0m")).toBe("Kyiv strike")
  })
  it("removes bidi overrides that would reorder an outlet name on screen", () => {
    expect(displayLine("Reu\u202eters")).toBe("Reuters")
  })
  it("puts everything on one line", () => {
    expect(displayLine("  one\ntwo\t three \r\n")).toBe("one two three")
  })
})

describe("displayBlock", () => {
  it("keeps paragraphs but not control sequences", () => {
    expect(displayBlock("\u001b[2Jfirst\n\nsecond\u001b]8;;http://x\u0007")).toBe("first\n\nsecond")
  })
})

describe("truncate", () => {
  it("leaves text that fits alone", () => {
    expect(truncate("Reuters", 7)).toBe("Reuters")
  })
  it("marks a cut with an ellipsis and stays within the width", () => {
    expect(truncate("Al Jazeera English", 10)).toBe("Al Jazeer…")
  })
  it("counts wide characters as two columns", () => {
    const cut = truncate("日本語のニュース", 7)
    expect(cut).toBe("日本語…")
    expect(textWidth(cut)).toBe(7)
  })
  it("never splits a surrogate pair, whatever the width", () => {
    const text = "😀a😀b😀c😀d😀e"
    for (let width = 0; width < 16; width++) {
      const cut = truncate(text, width)
      expect(cut).not.toMatch(LONE_SURROGATE)
      expect(textWidth(cut)).toBeLessThanOrEqual(width)
    }
  })
  it("keeps a letter and its combining accent together", () => {
    expect(truncate("Cafe\u0301 de Flore", 5)).toBe("Cafe\u0301…")
  })
})

describe("fitTo", () => {
  it("pads to exactly the width", () => {
    expect(fitTo("AP", 5)).toBe("AP   ")
    expect(textWidth(fitTo("東京新聞社", 5))).toBe(5)
  })
})

describe("wrapText", () => {
  it("wraps at word boundaries within the width", () => {
    const lines = wrapText("the quick brown fox jumps over the lazy dog", 10)
    expect(lines).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"])
  })
  it("keeps paragraph breaks", () => {
    expect(wrapText("one\n\ntwo", 10)).toEqual(["one", "", "two"])
  })
  it("never cuts inside a flag, an emoji sequence or a letter with its accent", () => {
    const family = "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}"
    const flag = "\u{1f1f8}\u{1f1fe}"
    const word = `${flag}${family}e\u0301\u{1f44d}\u{1f3fd}`.repeat(20)
    const lines = wrapText(word, 7)
    expect(lines.join("")).toBe(word)
    for (const line of lines) {
      expect(line).not.toMatch(LONE_SURROGATE)
      expect(line.startsWith("\u200d") || line.startsWith("\u0301") || line.startsWith("\u{1f3fd}")).toBe(false)
      expect(textWidth(line)).toBeLessThanOrEqual(7)
    }
  })
  it("wraps a megabyte without a single space, in any script, in linear time", () => {
    // 300,000 characters without a space once froze the TUI for good: segmentation was
    // quadratic. Doubling the input must about double the time, not quadruple it.
    for (const unit of ["x", "\u0628", "\u4e2d"]) {
      const time = (n: number) => {
        const text = unit.repeat(n)
        const started = performance.now()
        const lines = wrapText(text, 80)
        expect(lines.join("")).toBe(text)
        return performance.now() - started
      }
      time(20_000)
      const small = Math.min(time(250_000), time(250_000))
      const large = Math.min(time(1_000_000), time(1_000_000))
      // Quadratic would be seconds; linear is well under 8 times the quarter size (or simply fast).
      expect(large).toBeLessThan(Math.max(8 * small, 200))
    }
  })
  it("breaks a word longer than the line", () => {
    const lines = wrapText("see https://example.com/a/very/long/path", 12)
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12)
    expect(lines.join("")).toBe("seehttps://example.com/a/very/long/path")
  })
})

describe("formatUtc", () => {
  it("shows UTC minutes", () => {
    expect(formatUtc(Date.UTC(2016, 10, 17, 9, 0, 59))).toBe("2016-11-17 09:00")
  })
  it("keeps the column width for unknown or absurd times", () => {
    for (const t of [null, Number.NaN, 1e20, -1e15]) expect(formatUtc(t)).toHaveLength(16)
  })
})

describe("formatCount", () => {
  it("groups thousands as en-US does, for every size and sign", () => {
    for (const n of [
      0,
      1,
      -1,
      12,
      123,
      999,
      1000,
      -1000,
      1234,
      12_345,
      123_456,
      1_234_567,
      99_990,
      100_000,
      -987_654_321,
      Number.MAX_SAFE_INTEGER,
      1.5,
      1e21
    ]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"))
    }
  })
})
