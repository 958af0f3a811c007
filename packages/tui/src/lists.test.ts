import { describe, expect, it } from "vitest"
import { type ListSource, type ListState, reanchor, settle } from "./lists.js"

/** A list of ids kept newest first, as the store keeps articles. */
const listOf = (initial: ReadonlyArray<readonly [string, number]>) => {
  let rows = [...initial].sort((a, b) => b[1] - a[1])
  const source: ListSource = {
    count: () => rows.length,
    positionOf: (id) => {
      const i = rows.findIndex(([r]) => r === id)
      return i < 0 ? null : i
    }
  }
  return {
    source,
    idAt: (i: number) => rows[i]?.[0],
    add: (...more: ReadonlyArray<readonly [string, number]>) => {
      rows = [...rows, ...more].sort((a, b) => b[1] - a[1])
    }
  }
}
const numbered = (n: number) => Array.from({ length: n }, (_, i) => [`a${i}`, -i] as const)
const state = (over: Partial<ListState>): ListState => ({ version: 1, count: 100, cursor: 0, top: 0, unseen: 0, ...over })

describe("settle", () => {
  it("keeps the cursor on screen", () => {
    expect(settle(state({ cursor: 30, top: 0 }), 10)).toMatchObject({ cursor: 30, top: 21 })
    expect(settle(state({ cursor: 5, top: 20 }), 10)).toMatchObject({ cursor: 5, top: 5 })
  })
  it("never scrolls past the end of the list", () => {
    expect(settle(state({ cursor: 99, top: 95 }), 10)).toMatchObject({ top: 90 })
    expect(settle(state({ cursor: 500, top: 500 }), 10)).toMatchObject({ cursor: 99, top: 90 })
  })
  it("copes with an empty list", () => {
    expect(settle(state({ count: 0, cursor: 3, top: 2 }), 10)).toMatchObject({ cursor: 0, top: 0 })
  })
})

describe("reanchor", () => {
  it("follows the selected row down when new ones arrive above it", () => {
    const list = listOf(numbered(50))
    list.add(["new1", 2], ["new2", 1])
    const after = reanchor(list.source, state({ count: 50, cursor: 30, top: 25 }), "a30", 2, 10)
    expect(after).toMatchObject({ count: 52, cursor: 32, top: 27, unseen: 2 })
    expect(list.idAt(after.cursor)).toBe("a30")
  })

  it("finds the selected row when a late arrival lands below it", () => {
    const list = listOf(numbered(50))
    list.add(["late", -40.5])
    const after = reanchor(list.source, state({ count: 50, cursor: 10, top: 5 }), "a10", 2, 10)
    expect(list.idAt(after.cursor)).toBe("a10")
    expect(after.cursor).toBe(10)
  })

  it("keeps the selected row selected when a large import lands, most of it older than the selection", () => {
    const list = listOf(numbered(50))
    // 200 newer than everything, 1,000 spread below the selection: the selection moves down by
    // 200, not by 1,200.
    list.add(
      ...Array.from({ length: 200 }, (_, i) => [`new${i}`, 1 + i] as const),
      ...Array.from({ length: 1000 }, (_, i) => [`old${i}`, -10.5 - i / 100] as const)
    )
    const after = reanchor(list.source, state({ count: 50, cursor: 10, top: 5 }), "a10", 2, 10)
    expect(list.idAt(after.cursor)).toBe("a10")
    expect(after).toMatchObject({ cursor: 210, top: 205, unseen: 200 })
  })

  it("keeps arrivals in view for a reader watching the top of the list", () => {
    const list = listOf(numbered(50))
    list.add(["new", 1])
    expect(reanchor(list.source, state({ count: 50, cursor: 2, top: 0 }), "a2", 2, 10)).toMatchObject({ cursor: 3, top: 0, unseen: 0 })
  })

  it("falls back to where arrivals push the cursor when the selected row is gone", () => {
    const list = listOf(numbered(50))
    list.add(["new", 1])
    expect(reanchor(list.source, state({ count: 50, cursor: 20, top: 15 }), "gone", 2, 10)).toMatchObject({ cursor: 21 })
  })

  it("selects the first row when the list was empty", () => {
    const list = listOf(numbered(5))
    expect(reanchor(list.source, state({ count: 0, cursor: 0, top: 0 }), null, 2, 10)).toMatchObject({ cursor: 0, top: 0, count: 5 })
  })
})
