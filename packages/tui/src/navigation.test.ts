import { describe, expect, it } from "vitest"
import { initialViewState, keystrokes, reanchor, settle, type ViewState } from "./navigation.js"
import { arrayBrowser, type FakeArticle } from "./testing.js"

const minutes = (n: number) => Date.UTC(2016, 10, 17, 9, 0) - n * 60_000
const articles = (n: number, prefix = "a"): FakeArticle[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, time: minutes(i) }))

const state = (over: Partial<ViewState>): ViewState => ({
  version: 1,
  count: 100,
  cursor: 0,
  top: 0,
  unseen: 0,
  openId: null,
  scroll: 0,
  ...over
})

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
  it("follows the selected article down when new ones arrive above it", () => {
    const browser = arrayBrowser(articles(50))
    const before = state({ ...initialViewState(browser), cursor: 30, top: 25 })
    browser.add({ id: "new1", time: minutes(-2) }, { id: "new2", time: minutes(-1) })
    const after = reanchor(browser, before, "a30", browser.version(), 10)
    expect(after).toMatchObject({ count: 52, cursor: 32, top: 27, unseen: 2 })
    expect(browser.window(after.cursor, 1)[0]?.id).toBe("a30")
  })

  it("finds the selected article when a late arrival lands below it", () => {
    const browser = arrayBrowser(articles(50))
    const before = state({ ...initialViewState(browser), cursor: 10, top: 5 })
    browser.add({ id: "late", time: minutes(40.5) })
    const after = reanchor(browser, before, "a10", browser.version(), 10)
    expect(browser.window(after.cursor, 1)[0]?.id).toBe("a10")
    expect(after.cursor).toBe(10)
  })

  it("keeps the selected article selected when a large import lands, most of it older than the selection", () => {
    const browser = arrayBrowser(articles(50))
    const before = state({ ...initialViewState(browser), cursor: 10, top: 5 })
    // 200 newer than everything, 1,000 spread below the selection: the selection moves down by
    // 200, not by 1,200.
    browser.add(
      ...Array.from({ length: 200 }, (_, i) => ({ id: `new${i}`, time: minutes(-1 - i) })),
      ...Array.from({ length: 1000 }, (_, i) => ({ id: `old${i}`, time: minutes(10.5 + i / 100) }))
    )
    const after = reanchor(browser, before, "a10", browser.version(), 10)
    expect(browser.window(after.cursor, 1)[0]?.id).toBe("a10")
    expect(after).toMatchObject({ cursor: 210, top: 205, unseen: 200 })
  })

  it("keeps arrivals in view for a reader watching the top of the list", () => {
    const browser = arrayBrowser(articles(50))
    const before = state({ ...initialViewState(browser), cursor: 2, top: 0 })
    browser.add({ id: "new", time: minutes(-1) })
    expect(reanchor(browser, before, "a2", browser.version(), 10)).toMatchObject({ cursor: 3, top: 0, unseen: 0 })
  })
})

describe("keystrokes", () => {
  const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false }
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
})
