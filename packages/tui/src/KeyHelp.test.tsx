import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { LIST_KEYS } from "./App.js"
import { KeyHelp } from "./KeyHelp.js"
import { plainText } from "./testing.js"

describe("KeyHelp", () => {
  it("shows the full help when it fits", () => {
    const { lastFrame } = render(<KeyHelp width={100} keys={LIST_KEYS} />)
    expect(plainText(lastFrame())).toBe(LIST_KEYS[0])
  })

  it("switches to a shorter form on a narrow terminal, so how to quit is still on screen", () => {
    const { lastFrame } = render(<KeyHelp width={60} keys={LIST_KEYS} />)
    const line = plainText(lastFrame())
    expect(line.length).toBeLessThanOrEqual(60)
    expect(line).toContain("q quit")
  })

  it("truncates rather than wraps when nothing fits", () => {
    const { lastFrame } = render(<KeyHelp width={12} keys={LIST_KEYS} />)
    expect(plainText(lastFrame()).split("\n")).toHaveLength(1)
    expect(plainText(lastFrame()).length).toBeLessThanOrEqual(12)
  })
})
