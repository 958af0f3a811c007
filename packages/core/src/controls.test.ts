import { describe, expect, it } from "vitest"
import { stripControls } from "./controls.js"

describe("stripControls", () => {
  it("removes colour codes, OSC title changes and bare control characters whole", () => {
    const hostile = "Aleppo\u001b[31m shelled\u001b[0m\u001b]0;pwned\u0007 again\u0007\u0000\u009b2J"
    expect(stripControls(hostile)).toBe("Aleppo shelled again")
  })
  it("removes an unterminated OSC string to the end rather than leaving it for the terminal", () => {
    expect(stripControls("title\u001b]8;;http://evil/\u001b\\link")).toBe("titlelink")
    expect(stripControls("title\u001b]52;c;AAAA")).toBe("title")
  })
  it("keeps newlines in text and folds them in single-line mode", () => {
    expect(stripControls("a\r\nb\tc")).toBe("a\nb\tc")
    expect(stripControls("a\r\nb\tc", true)).toBe("a b c")
  })
  it("returns the same string when there is nothing to strip", () => {
    const s = "Plain headline, 32 killed"
    expect(stripControls(s)).toBe(s)
  })
})
