import { Text } from "ink"
import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { asciiRuns, Line } from "./Line.js"

const LINES = [
  "› • 2026-11-29 14:00  manar        +3 ◆2 Syria: dozens killed in Douma",
  "plain ASCII, one run",
  "café au lait (e and a combining accent)",
  "keycap 1\ufe0f\u20e3 and a thumbs up 👍🏽 beside text",
  "漢字 wide characters 그리고 한글",
  "flags 🇸🇾🇹🇷 and a family 👨‍👩‍👧",
  "\u0600123 a prepended mark",
  "ends with a mark ›"
]

describe("asciiRuns", () => {
  it("cuts a line into runs that join back into it, ASCII apart from the rest", () => {
    for (const line of LINES) expect(asciiRuns(line).join("")).toBe(line)
    expect(asciiRuns("plain ASCII, one run")).toEqual(["plain ASCII, one run"])
    // a list row: only the marks, with a character either side, go through the slow measure
    expect(asciiRuns("› • 2026-11-29  manar  ◆2 Syria")).toEqual(["› • ", "2026-11-29  manar ", " ◆2", " Syria"])
  })

  it("never cuts between a letter and the accent, selector or keycap that attaches to it", () => {
    expect(asciiRuns("cafe\u0301")).toEqual(["caf", "e\u0301"])
    expect(asciiRuns("key 1\ufe0f\u20e3!")).toEqual(["key ", "1\ufe0f\u20e3!"])
  })
})

describe("Line", () => {
  it("draws exactly what one Text of the same line draws, styles included", () => {
    for (const line of LINES) {
      for (const style of [{}, { inverse: true, bold: true }, { dimColor: true }, { color: "red" }]) {
        const split = render(<Line {...style}>{line}</Line>).lastFrame()
        const whole = render(
          <Text wrap="truncate-end" {...style}>
            {line}
          </Text>
        ).lastFrame()
        expect(split).toBe(whole)
      }
    }
  })
})
