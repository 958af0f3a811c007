import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { StatusBar } from "./StatusBar.js"
import { plainText } from "./testing.js"

describe("StatusBar", () => {
  it("puts the position on the right edge of a line exactly as wide as the screen", () => {
    const { lastFrame } = render(<StatusBar width={60} left="crosscheck · 5,000 articles" right="12/5,000 · UTC" />)
    const line = plainText(lastFrame())
    expect(line).toHaveLength(60)
    expect(line.startsWith("crosscheck · 5,000 articles")).toBe(true)
    expect(line.endsWith("12/5,000 · UTC")).toBe(true)
  })

  it("lets the left side give way on a narrow screen, keeping the position whole", () => {
    const { lastFrame } = render(<StatusBar width={30} left="crosscheck · 100,000 articles · ▲ 3 new" right="99,999/100,000" />)
    const line = plainText(lastFrame())
    expect(line).toHaveLength(30)
    expect(line.endsWith("99,999/100,000")).toBe(true)
    expect(line).toContain("…")
  })
})
