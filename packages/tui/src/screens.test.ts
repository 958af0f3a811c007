import type { Key } from "ink"
import { describe, expect, it } from "vitest"
import { applyKey, initialState, type KeyContext, keystrokes, NO_KEY } from "./screens.js"

const none: Key = NO_KEY

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

  it("applies a prompt whose Enter arrived with the text typed before it", () => {
    const s = initialState(1, { articles: 5, conflicts: 3, feeds: 0 })
    const ctx = { listHeight: 10, conflictAt: () => null } as unknown as KeyContext
    const opened = applyKey({ ...s, screen: { _tag: "List", tab: "conflicts" } }, "/", none, ctx).state
    const applied = applyKey(opened, "trapped\r", none, ctx)
    expect(applied.state.prompt).toBeNull()
    expect(applied.state.conflictFilter).toBe("trapped")
    expect(applied.actions).toEqual([{ _tag: "Requery", tab: "conflicts" }])
  })
})
