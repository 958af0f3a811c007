import { describe, expect, it } from "vitest"
import { firstSeenSource } from "./original.js"

describe("firstSeenSource", () => {
  it("names the root seen first, not the copy listed first (the one sharing most)", () => {
    // a missed copy (its own root, seen 5) and the original itself (seen 2)
    const chosen = firstSeenSource([
      { seen: 5, root: "missed-copy", rootSeen: 5 },
      { seen: 2, root: "original", rootSeen: 2 }
    ])
    expect(chosen?.root).toBe("original")
  })

  it("follows a copy to its root: a copy seen late can name the earliest original", () => {
    const chosen = firstSeenSource([
      { seen: 5, root: "missed-copy", rootSeen: 5 },
      { seen: 9, root: "original", rootSeen: 2 }
    ])
    expect(chosen?.root).toBe("original")
  })

  it("counts a root out of reach as older than those at hand: the index drops old postings first", () => {
    const chosen = firstSeenSource([
      { seen: 5, root: "missed-copy", rootSeen: 5 },
      { seen: 9, root: "original", rootSeen: null }
    ])
    expect(chosen?.root).toBe("original")
  })

  it("of two sources of one root, takes the one seen first; of none, none", () => {
    expect(
      firstSeenSource([
        { seen: 9, root: "r", rootSeen: 1 },
        { seen: 4, root: "r", rootSeen: 1 }
      ])?.seen
    ).toBe(4)
    expect(firstSeenSource([])).toBeUndefined()
  })
})
