import type { Key } from "ink"
import { describe, expect, it } from "vitest"
import { keystrokes } from "./screens.js"

const none: Key = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false }

describe("keystrokes", () => {
  it("splits keys that were read together", () => {
    expect(keystrokes("jjk\r", none).map(([input, key]) => [input, key.return])).toEqual([
      ["j", false],
      ["j", false],
      ["k", false],
      ["\r", true]
    ])
  })
  it("keeps a long burst of typed-ahead keys", () => {
    expect(keystrokes("j".repeat(500), none)).toHaveLength(500)
  })
  it("ignores pasted text rather than replaying it as commands", () => {
    expect(keystrokes("Aleppo quote", none)).toEqual([])
  })
  it("passes pasted text whole to an open prompt", () => {
    expect(keystrokes("Aleppo quote", none, true)).toEqual([["Aleppo quote", none]])
  })
})
