import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { App, DETAIL_KEYS, LIST_KEYS } from "./App.js"
import type { ArticleBrowser } from "./ArticleBrowser.js"
import { CURSOR_MARK } from "./ArticleList.js"
import { arrayBrowser, type FakeArticle, generatedBrowser, KEYS, plainText, tick } from "./testing.js"
import { textWidth } from "./text.js"

const at = (day: number, hour: number) => Date.UTC(2016, 10, day, hour)

// Deliberately not in time order: the list must show newest first whatever the insertion order.
const ARTICLES: FakeArticle[] = [
  { id: "homs", source: "BBC News", time: at(16, 12), title: "Homs: evacuation of al-Wa'er resumes", body: "Buses left the district at dawn." },
  { id: "aleppo", source: "Reuters", time: at(17, 9), title: "Dozens killed as rockets rain down on Aleppo", body: "Rockets hit western Aleppo on Thursday.\n\nMonitors counted dozens dead." },
  { id: "aleppo-ap", source: "AP", time: at(17, 8), title: "Rockets hit western Aleppo, monitors say", duplicateOf: "aleppo" },
  { id: "idlib", source: "Al Jazeera", time: at(15, 20), title: "Air strikes on Idlib market" },
  { id: "raqqa", source: "Le Monde", time: at(14, 6), title: "Offensive on Raqqa enters second week" }
]
const NEWEST_FIRST = ["Dozens killed", "Rockets hit western", "Homs: evacuation", "Air strikes on Idlib", "Offensive on Raqqa"]

const SIZE = { columns: 80, rows: 12 } // ten list rows between the header and the key help

const instances: Array<() => void> = []
afterEach(() => {
  for (const unmount of instances.splice(0)) unmount()
})

const start = (browser: ArticleBrowser, size = SIZE, pollIntervalMs = 1000) => {
  const app = render(<App browser={browser} size={size} pollIntervalMs={pollIntervalMs} />)
  instances.push(app.unmount)
  const screen = () => plainText(app.lastFrame())
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      app.stdin.write(key)
      await tick()
    }
  }
  const cursorLine = () => screen().split("\n").find((line) => line.startsWith(CURSOR_MARK)) ?? ""
  return { ...app, screen, press, cursorLine }
}

describe("App: the article list", () => {
  it("lists articles newest first between a header and the key help", () => {
    const { screen } = start(arrayBrowser(ARTICLES))
    const lines = screen().split("\n")
    expect(lines[0]).toMatch(/^crosscheck · 5 articles\s+1\/5 · UTC$/)
    const order = NEWEST_FIRST.map((title) => screen().indexOf(title))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(lines[1]).toMatch(/^› 2016-11-17 09:00\s+Reuters\s+Dozens killed/)
    expect(lines.at(-1)).toBe(LIST_KEYS[0])
  })

  it("fills exactly the screen it is given", () => {
    const { screen } = start(arrayBrowser(ARTICLES))
    expect(screen().split("\n")).toHaveLength(SIZE.rows)
  })

  it("moves the cursor with j/k and the arrow keys", async () => {
    const { press, cursorLine, screen } = start(arrayBrowser(ARTICLES))
    expect(cursorLine()).toContain("Dozens killed")
    await press("j")
    expect(cursorLine()).toContain("Rockets hit western")
    await press(KEYS.down)
    expect(cursorLine()).toContain("Homs")
    expect(screen()).toMatch(/3\/5 · UTC/)
    await press("k")
    expect(cursorLine()).toContain("Rockets hit western")
    await press(KEYS.up, KEYS.up)
    expect(cursorLine()).toContain("Dozens killed")
  })

  it("does not lose keys that arrive together", async () => {
    const { press, cursorLine } = start(arrayBrowser(ARTICLES))
    await press("jjj")
    expect(cursorLine()).toContain("Air strikes on Idlib")
  })

  it("stops at both ends of the list", async () => {
    const { press, cursorLine } = start(arrayBrowser(ARTICLES))
    await press("k")
    expect(cursorLine()).toContain("Dozens killed")
    await press("G", "j", "j")
    expect(cursorLine()).toContain("Offensive on Raqqa")
  })

  it("pages with PgDn/PgUp and space/b, and jumps with g/G and Home/End", async () => {
    const { press, cursorLine, screen } = start(generatedBrowser(100_000))
    await press(KEYS.pageDown)
    expect(screen()).toContain("11/100,000")
    expect(cursorLine()).toContain("headline number 10 ")
    expect(screen()).not.toContain("headline number 9 ")
    await press(" ")
    expect(cursorLine()).toContain("headline number 20 ")
    await press("b", KEYS.pageUp)
    expect(cursorLine()).toContain("headline number 0 ")
    await press("G")
    expect(screen()).toContain("100,000/100,000")
    expect(cursorLine()).toContain("headline number 99999")
    await press("g")
    expect(cursorLine()).toContain("headline number 0 ")
    await press(KEYS.end)
    expect(cursorLine()).toContain("headline number 99999")
    await press(KEYS.home)
    expect(screen()).toContain("1/100,000")
  })

  it("reads only the rows on screen, however long the list", async () => {
    const browser = generatedBrowser(100_000)
    const { press } = start(browser)
    const listRows = SIZE.rows - 2
    await press("j", "j", KEYS.pageDown, KEYS.pageDown, "G", "k", KEYS.pageUp, "g", KEYS.down, KEYS.enter, "j", "n", KEYS.escape)
    expect(browser.windowCalls.length).toBeGreaterThan(0)
    for (const call of browser.windowCalls) expect(call.limit).toBeLessThanOrEqual(listRows)
    const rowsRead = browser.windowCalls.reduce((sum, call) => sum + call.limit, 0)
    expect(rowsRead).toBeLessThan(20 * listRows)
    // The count is read at start and on store changes, not per key.
    expect(browser.countCalls()).toBe(1)
  })

  it("never wraps a row, even on a narrow terminal with long, wide titles", () => {
    const browser = arrayBrowser([
      { id: "w", source: "新华社 Xinhua News Agency", time: at(18, 1), title: "叙利亚阿勒颇东部遭到空袭😀 ".repeat(12) },
      ...ARTICLES
    ])
    for (const size of [{ columns: 40, rows: 10 }, { columns: 60, rows: 20 }, { columns: 100, rows: 30 }]) {
      const { screen, unmount } = start(browser, size)
      const lines = screen().split("\n")
      expect(lines).toHaveLength(size.rows)
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(size.columns)
      unmount()
    }
  })

  it("keeps control sequences in feed text out of every frame", async () => {
    const browser = arrayBrowser([
      {
        id: "evil",
        source: "\u001b]0;pwned\u0007Outlet",
        time: at(18, 0),
        title: "\u001b[31mRed title\u001b[0m\u001b[2J",
        body: "Body \u001b]0;pwned\u0007text \u001b[31mred\u001b[0m\u001b[?1049l end."
      },
      ...ARTICLES
    ])
    const { press, frames, screen } = start(browser)
    expect(screen()).toContain("Red title")
    await press(KEYS.enter)
    expect(screen()).toContain("Body text red end.")
    const all = frames.join("")
    for (const bad of ["pwned", "\u001b]", "\u001b[31m", "\u001b[2J", "\u001b[?1049l", "\u0007"]) expect(all).not.toContain(bad)
  })
})

describe("App: reading an article", () => {
  it("opens the selected article with enter, in place of the list", async () => {
    const { press, screen } = start(arrayBrowser(ARTICLES))
    await press("j", "j", KEYS.enter)
    const shown = screen()
    expect(shown).toMatch(/^crosscheck · article 3\/5/)
    expect(shown).toContain("Homs: evacuation of al-Wa'er resumes")
    expect(shown).toContain("BBC News · 6 words")
    expect(shown).toContain("published 2016-11-16 12:00 UTC")
    expect(shown).toContain("https://example.com/homs")
    expect(shown).toContain("Buses left the district at dawn.")
    expect(shown).not.toContain("Dozens killed")
    expect(shown.split("\n").at(-1)).toBe(DETAIL_KEYS[0])
  })

  it.each([
    ["esc", KEYS.escape],
    ["backspace", KEYS.backspace],
    ["h", "h"],
    ["←", KEYS.left],
    ["q", "q"]
  ])("goes back to the list with %s, cursor where it was", async (_name, key) => {
    const { press, screen, cursorLine } = start(arrayBrowser(ARTICLES))
    await press("j", KEYS.enter)
    expect(screen()).not.toContain("Dozens killed")
    await press(key)
    expect(screen()).toContain("Dozens killed")
    expect(cursorLine()).toContain("Rockets hit western")
    expect(screen().split("\n").at(-1)).toBe(LIST_KEYS[0])
  })

  it("opens a megabyte-long body without a single space, and its megabyte url, in well under 100 ms", async () => {
    // One such feed item used to freeze the TUI for good (quadratic wrapping).
    const body = "x".repeat(1_000_000)
    const browser = arrayBrowser([{ id: "huge", source: "Feed", time: at(17, 9), title: "One enormous word", body }])
    const detail = browser.detail("huge")!
    const huge = { ...browser, detail: () => ({ ...detail, url: `https://example.com/${"u".repeat(1_000_000)}` }) }
    const { press, screen } = start(huge)
    const timings: number[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      await press(KEYS.enter)
      timings.push(performance.now() - started)
      expect(screen()).toMatch(/lines 1-\d+\/12,500/)
      expect(screen()).toContain("x".repeat(78))
      await press(KEYS.escape)
    }
    // `press` waits 20 ms for the frame; the best of three keeps a noisy machine out of it.
    expect(Math.min(...timings)).toBeLessThan(100)
  })

  it("scrolls a long article with j/k, PgDn and G, keeping the head in place", async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the report.`).join("\n")
    const { press, screen } = start(arrayBrowser([{ id: "long", source: "Reuters", time: at(17, 9), title: "Long report", body }]))
    await press(KEYS.enter)
    expect(screen()).toContain("Line 1 of the report.")
    await press("j")
    expect(screen()).not.toContain("Line 1 of the report.")
    expect(screen()).toContain("Line 2 of the report.")
    expect(screen()).toContain("Long report")
    await press("G")
    expect(screen()).toContain("Line 40 of the report.")
    expect(screen()).toMatch(/lines \d+-40\/40/)
    await press("g")
    expect(screen()).toContain("Line 1 of the report.")
    await press(KEYS.pageDown)
    expect(screen()).not.toContain("Line 1 of the report.")
  })

  it("moves to the next and previous article with n and p", async () => {
    const { press, screen } = start(arrayBrowser(ARTICLES))
    await press(KEYS.enter, "n")
    expect(screen()).toContain("Rockets hit western Aleppo, monitors say")
    expect(screen()).toContain("duplicate of aleppo")
    await press("p")
    expect(screen()).toContain("Rockets hit western Aleppo on Thursday.")
  })

  it("quits with q from the list", async () => {
    const { press, frames } = start(arrayBrowser(ARTICLES))
    await press("q")
    const drawn = frames.length
    await press("j")
    expect(frames.length).toBe(drawn)
  })
})

describe("App: live refresh", () => {
  it("shows new articles as they arrive, keeping the cursor on the article it was on", async () => {
    const browser = arrayBrowser(ARTICLES)
    const { press, screen, cursorLine } = start(browser, SIZE, 10)
    await press("j")
    expect(cursorLine()).toContain("Rockets hit western")
    browser.add({ id: "new", source: "TASS", time: at(18, 7), title: "Ceasefire talks announced in Geneva" })
    await tick(60)
    expect(screen()).toMatch(/6 articles\s+3\/6/)
    expect(screen()).toContain("Ceasefire talks announced in Geneva")
    expect(cursorLine()).toContain("Rockets hit western")
  })

  it("holds the screen still for a reader further down, and counts the arrivals", async () => {
    const browser = generatedBrowser(1000)
    let extra = 0
    let version = 1
    const live: ArticleBrowser = {
      count: () => browser.count() + extra,
      window: (offset, limit) => {
        const fresh = Array.from({ length: Math.max(0, Math.min(extra - offset, limit)) }, (_, i) => ({
          id: `new${extra - offset - i}`,
          source: "TASS",
          time: Date.UTC(2016, 10, 18) + (extra - offset - i),
          title: `Arrival ${extra - offset - i}`,
          duplicateOf: null
        }))
        return [...fresh, ...browser.window(Math.max(0, offset - extra) , limit - fresh.length)]
      },
      positionOf: (id) => {
        if (id.startsWith("new")) return extra - Number(id.slice(3))
        const at = browser.positionOf(id)
        return at === null ? null : at + extra
      },
      detail: browser.detail,
      version: () => version
    }
    const { press, screen, cursorLine } = start(live, SIZE, 10)
    await press(KEYS.pageDown, KEYS.pageDown, "j")
    expect(cursorLine()).toContain("headline number 21 ")
    const before = screen().split("\n").slice(1, -1)
    extra = 3
    version++
    await tick(60)
    expect(screen()).toMatch(/1,003 articles · ▲ 3 new\s+25\/1,003/)
    expect(screen().split("\n").slice(1, -1)).toEqual(before)
    expect(cursorLine()).toContain("headline number 21 ")
    await press("g")
    expect(screen()).toContain("Arrival 3")
    expect(screen()).not.toContain("new ·")
  })
})
