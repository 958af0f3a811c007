import { render } from "ink-testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { App, CONFLICT_LIST_KEYS, DETAIL_KEYS, LIST_KEYS } from "./App.js"
import { CURSOR_MARK } from "./ArticleList.js"
import type { ArticleRow, ConflictFigure, Monitor } from "./Monitor.js"
import { claimView, type FakeArticle, type FakeConflict, fakeMonitor, generatedMonitor, KEYS, plainText, tick } from "./testing.js"
import { textWidth } from "./text.js"

const at = (day: number, hour: number) => Date.UTC(2016, 10, day, hour)

// Deliberately not in time order: the list must show newest first whatever the insertion order.
const ARTICLES: FakeArticle[] = [
  { id: "homs", outlet: "BBC News", time: at(16, 12), title: "Homs: evacuation of al-Wa'er resumes", body: "Buses left the district at dawn." },
  {
    id: "aleppo",
    outlet: "Reuters",
    time: at(17, 9),
    title: "Dozens killed as rockets rain down on Aleppo",
    body: "Rockets hit western Aleppo on Thursday.\n\nAt least 15 people were killed in eastern Aleppo, the Syrian Observatory said.",
    claims: [
      {
        quote: "At least 15 people were killed in eastern Aleppo, the Syrian Observatory said.",
        min: 15,
        qualifier: "at_least",
        who: "people",
        where: "eastern Aleppo",
        source: "SOHR"
      }
    ]
  },
  { id: "aleppo-ap", outlet: "AP", time: at(17, 8), title: "Rockets hit western Aleppo, monitors say", duplicateOf: "aleppo" },
  { id: "idlib", outlet: "Al Jazeera", time: at(15, 20), title: "Air strikes on Idlib market", feedId: 2 },
  { id: "raqqa", outlet: "Le Monde", time: at(14, 6), title: "Offensive on Raqqa enters second week", feedId: 2 }
]
// Copies fold under their original: four rows.
const NEWEST_FIRST = ["Dozens killed", "Homs: evacuation", "Air strikes on Idlib", "Offensive on Raqqa"]

const SIZE = { columns: 80, rows: 12 } // ten list rows between the header and the key help

const instances: Array<() => void> = []
afterEach(() => {
  for (const unmount of instances.splice(0)) unmount()
})

const start = (monitor: Monitor, size = SIZE, pollIntervalMs = 1000, openLink?: (url: string) => string | null) => {
  const app = render(<App monitor={monitor} size={size} pollIntervalMs={pollIntervalMs} openLink={openLink} />)
  instances.push(app.unmount)
  const screen = () => plainText(app.lastFrame())
  // Waits for the frame the key draws (a busy machine can take longer than a tick), or a
  // little while for a key that changes nothing.
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      const drawn = app.frames.length
      app.stdin.write(key)
      for (let waited = 0; waited < 200 && app.frames.length === drawn; waited += 5) await tick(5)
      await tick(5)
    }
  }
  const cursorLine = () =>
    screen()
      .split("\n")
      .find((line) => line.startsWith(CURSOR_MARK)) ?? ""
  return { ...app, screen, press, cursorLine }
}

describe("App: the article list", () => {
  it("lists originals newest first between a header and the key help, copies folded under them", () => {
    const { screen } = start(fakeMonitor(ARTICLES))
    const lines = screen().split("\n")
    expect(lines[0]).toMatch(/^crosscheck · 4 articles\s+1\/4 · polling · UTC$/)
    const order = NEWEST_FIRST.map((title) => screen().indexOf(title))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(lines[1]).toMatch(/^›• 2016-11-17 09:00\s+Reuters\s+\+1\s+Dozens killed/)
    expect(screen()).not.toContain("Rockets hit western Aleppo, monitors say")
    expect(lines.at(-1)).toBe(LIST_KEYS[0].slice(0, 80).trimEnd() === LIST_KEYS[0] ? LIST_KEYS[0] : LIST_KEYS[1])
  })

  it("says there is nothing to poll when no feed is enabled, not 'polling'", () => {
    const { screen } = start(fakeMonitor(ARTICLES, { feeds: [{ id: 1, enabled: false }] }))
    expect(screen().split("\n")[0]).toMatch(/^crosscheck · 4 articles\s+1\/4 · no feeds · UTC$/)
  })

  it("fills exactly the screen it is given", () => {
    const { screen } = start(fakeMonitor(ARTICLES))
    expect(screen().split("\n")).toHaveLength(SIZE.rows)
  })

  it("moves the cursor with j/k and the arrow keys, does not lose keys that arrive together, stops at the ends", async () => {
    const { press, cursorLine, screen } = start(fakeMonitor(ARTICLES))
    expect(cursorLine()).toContain("Dozens killed")
    await press("j")
    expect(cursorLine()).toContain("Homs")
    await press(KEYS.down)
    expect(cursorLine()).toContain("Idlib")
    expect(screen()).toMatch(/3\/4 · polling/)
    await press("k", KEYS.up, KEYS.up)
    expect(cursorLine()).toContain("Dozens killed")
    await press("jjj")
    expect(cursorLine()).toContain("Offensive on Raqqa")
    await press("j", "j")
    expect(cursorLine()).toContain("Offensive on Raqqa")
  })

  it("pages with PgDn/PgUp and space/b, jumps with g/G and Home/End, reading only the rows on screen", async () => {
    const monitor = generatedMonitor(100_000)
    const { press, cursorLine, screen } = start(monitor)
    await press(KEYS.pageDown)
    expect(screen()).toContain("11/100,000")
    expect(cursorLine()).toContain("headline number 10 ")
    await press(" ")
    expect(cursorLine()).toContain("headline number 20 ")
    await press("b", KEYS.pageUp)
    expect(cursorLine()).toContain("headline number 0 ")
    await press("G")
    expect(screen()).toContain("100,000/100,000")
    expect(cursorLine()).toContain("headline number 99999")
    await press("g", KEYS.end, KEYS.home, KEYS.down, KEYS.enter, "j", "n", KEYS.escape)
    expect(screen()).toContain("3/100,000")
    const listRows = SIZE.rows - 2
    for (const call of monitor.windowCalls) expect(call.limit).toBeLessThanOrEqual(listRows)
    const rowsRead = monitor.windowCalls.reduce((sum, call) => sum + call.limit, 0)
    expect(rowsRead).toBeLessThan(25 * listRows)
    // The count is read at start and on store changes, not per key.
    expect(monitor.countCalls()).toBe(1)
  })

  it("never wraps a row, even on a narrow terminal with long, wide titles", () => {
    const monitor = fakeMonitor([
      { id: "w", outlet: "新华社 Xinhua News Agency", time: at(18, 1), title: "叙利亚阿勒颇东部遭到空袭😀 ".repeat(12) },
      ...ARTICLES
    ])
    for (const size of [
      { columns: 40, rows: 10 },
      { columns: 60, rows: 20 },
      { columns: 100, rows: 30 }
    ]) {
      const { screen, unmount } = start(monitor, size)
      const lines = screen().split("\n")
      expect(lines).toHaveLength(size.rows)
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(size.columns)
      unmount()
    }
  })

  it("keeps control sequences in feed text out of every frame", async () => {
    const monitor = fakeMonitor([
      {
        id: "evil",
        outlet: "\u001b]0;pwned\u0007Outlet",
        time: at(18, 0),
        title: "\u001b[31mRed title\u001b[0m\u001b[2J",
        body: "Body \u001b]0;pwned\u0007text \u001b[31mred\u001b[0m\u001b[?1049l end.",
        claims: [{ quote: "Body \u001b]0;pwned\u0007text", source: "\u001b]52;c;cHduZWQ=\u0007SOHR" }]
      },
      ...ARTICLES
    ])
    const { press, frames, screen } = start(monitor, { columns: 120, rows: 20 })
    expect(screen()).toContain("Red title")
    await press(KEYS.enter)
    expect(screen()).toContain("Body text red end.")
    await press("]")
    const all = frames.join("")
    for (const bad of ["pwned", "\u001b]", "\u001b[31m", "\u001b[2J", "\u001b[?1049l", "\u0007", "cHduZWQ"]) expect(all).not.toContain(bad)
  })

  it("searches with /, narrows to unread with u and to a feed from the feeds screen; esc clears", async () => {
    const monitor = fakeMonitor(ARTICLES, { feeds: [{ id: 2, name: "Wire two" }] })
    const { press, screen } = start(monitor)
    await press("/", "r", "o", "c", "k", "e", "t", "s")
    expect(screen().split("\n").at(-1)).toMatch(/^search: rockets▏/)
    await press(KEYS.enter)
    expect(screen()).toMatch(/1 article · \/rockets/)
    expect(screen()).toContain("Dozens killed")
    expect(screen()).not.toContain("Homs")
    await press(KEYS.escape)
    expect(screen()).toMatch(/4 articles/)
    await press(KEYS.enter, KEYS.escape, "u")
    expect(screen()).toMatch(/3 articles · unread/)
    expect(screen()).not.toContain("Dozens killed")
    await press(KEYS.escape, "f", KEYS.enter)
    expect(screen()).toMatch(/2 articles · feed Wire two/)
    expect(screen()).toContain("Air strikes on Idlib")
    await press("/", "n", "o", "t", "h", "i", "n", "g", KEYS.enter)
    expect(screen()).toContain("Nothing matches. esc clears the filters.")
  })

  it("lets the store read ahead for a search once its prompt is on screen, and only then", async () => {
    let prepared = 0
    const base = fakeMonitor(ARTICLES)
    const monitor: Monitor = { ...base, articles: { ...base.articles, prepareSearch: () => void prepared++ } }
    const { press, screen } = start(monitor)
    await press("j", "p", KEYS.escape)
    await tick(20)
    expect(prepared).toBe(0)
    await press("/")
    await tick(20)
    expect(screen().split("\n").at(-1)).toMatch(/^search: ▏/)
    expect(prepared).toBe(1)
    // typing into the prompt reads nothing more ahead
    await press("r", "o")
    await tick(20)
    expect(prepared).toBe(1)
  })

  it("filters by place with p: only articles with a claim placed there", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES))
    await press("p", "a", "l", "e", "p", "p", "o", KEYS.enter)
    expect(screen()).toMatch(/1 article · place aleppo/)
    expect(screen()).toContain("Dozens killed")
  })

  it("marks read and unread with m, and opening an article reads it", async () => {
    const monitor = fakeMonitor(ARTICLES)
    const { press, screen } = start(monitor, SIZE, 10)
    await press("j", "m")
    expect(monitor.read.has("homs")).toBe(true)
    await press("m")
    expect(monitor.read.has("homs")).toBe(false)
    await press(KEYS.enter)
    expect(monitor.read.has("homs")).toBe(true)
    await press(KEYS.escape)
    await tick(40)
    expect(screen().split("\n")[2]).toMatch(/^› {2}2016-11-16 12:00/)
  })

  it("opens the link with o, through the browser callback and never a shell", async () => {
    const opened: Array<string> = []
    const { press, screen } = start(fakeMonitor(ARTICLES), SIZE, 1000, (url) => {
      opened.push(url)
      return null
    })
    await press("o")
    expect(opened).toEqual(["https://example.com/aleppo"])
    expect(screen().split("\n").at(-1)).toBe("opened https://example.com/aleppo")
  })

  it("shows every key with ?, and any key closes the help", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES))
    await press("?")
    expect(screen()).toMatch(/crosscheck · keys/)
    expect(screen()).toContain("mark reviewed")
    await press("j")
    expect(screen()).toContain("Dozens killed")
  })

  it("quits with q from the list", async () => {
    const { press, frames } = start(fakeMonitor(ARTICLES))
    await press("q")
    const drawn = frames.length
    await press("j")
    expect(frames.length).toBe(drawn)
  })
})

describe("App: reading an article", () => {
  it("opens the selected article with enter, in place of the list, with its copies and claims", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES), { columns: 80, rows: 20 })
    await press(KEYS.enter)
    const shown = screen()
    expect(shown).toMatch(/^crosscheck · article/)
    expect(shown).toContain("Dozens killed as rockets rain down on Aleppo")
    expect(shown).toMatch(/Reuters · \d+ words · 1 copy · read/)
    expect(shown).toContain("https://example.com/aleppo")
    expect(shown).toContain("claims 1-1 of 1")
    expect(shown).toContain(" 1 killed ≥15 people · SOHR · eastern Aleppo")
    expect(shown).toContain("Rockets hit western Aleppo on Thursday.")
    expect(shown.split("\n").at(-1)).toBe(DETAIL_KEYS[1])
    await press("n")
    expect(screen()).toContain("Homs: evacuation of al-Wa'er resumes")
    await press("p")
    expect(screen()).toContain("Rockets hit western Aleppo on Thursday.")
  })

  it("selects claims with ] and [, marking the selected one", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES), { columns: 80, rows: 20 })
    await press(KEYS.enter, "]")
    expect(screen()).toContain("▸1 killed ≥15 people")
    await press("[")
    expect(screen()).toContain("▸1 killed ≥15 people")
  })

  it("puts the claims beside the text on a wide terminal", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES), { columns: 130, rows: 20 })
    await press(KEYS.enter)
    const line =
      screen()
        .split("\n")
        .find((l) => l.includes("Rockets hit western Aleppo on Thursday.")) ?? ""
    expect(line).toMatch(/Rockets hit western Aleppo on Thursday\.\s+claims \(1\)/)
  })

  it.each([
    ["esc", KEYS.escape],
    ["backspace", KEYS.backspace],
    ["h", "h"],
    ["←", KEYS.left],
    ["q", "q"]
  ])("goes back to the list with %s, cursor where it was", async (_name, key) => {
    const { press, screen, cursorLine } = start(fakeMonitor(ARTICLES))
    await press("j", KEYS.enter)
    expect(screen()).not.toContain("Dozens killed")
    await press(key)
    expect(screen()).toContain("Dozens killed")
    expect(cursorLine()).toContain("Homs")
  })

  it("scrolls a long article with j/k, PgDn and G, keeping the head in place", async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the report.`).join("\n")
    const { press, screen } = start(fakeMonitor([{ id: "long", outlet: "Reuters", time: at(17, 9), title: "Long report", body }]))
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

  it("opens a megabyte-long body without a single space, and its megabyte url, in well under 100 ms", async () => {
    // One such feed item used to freeze the TUI for good (quadratic wrapping).
    const body = "x".repeat(1_000_000)
    const monitor = fakeMonitor([
      { id: "huge", outlet: "Feed", time: at(17, 9), title: "One enormous word", body, url: `https://example.com/${"u".repeat(1_000_000)}` }
    ])
    const { press, screen } = start(monitor)
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
})

const figure = (
  origin: string,
  outlet: string,
  min: number | null,
  max: number | null,
  qualifier: string,
  quote: string,
  articleId = "aleppo"
): ConflictFigure => ({
  claim: claimView({
    id: `${articleId}-1`,
    min,
    max,
    qualifier,
    who: "civilians",
    where: "Idlib",
    when: { from: "2016-05-03", to: "2016-05-03" },
    source: origin,
    quote
  }),
  origin,
  articleId,
  outlet,
  time: at(17, 9)
})

const CONFLICTS: FakeConflict[] = [
  {
    id: "k1",
    kind: "contradiction",
    severity: 4.5,
    where: "Idlib",
    sources: ["SOHR", "Syrian government"],
    summary: "killed in Idlib, 3 May: SOHR at least 40, state media 12",
    figures: [
      figure("SOHR", "Reuters", 40, null, "at_least", "At least 40 civilians were killed, the Observatory said."),
      figure("Syrian government", "SANA", 12, 12, "exact", "12 terrorists were killed.", "homs")
    ]
  },
  {
    id: "k2",
    kind: "divergent",
    severity: 2.3,
    metric: "trapped",
    where: "Aleppo",
    sources: ["UN", "local council"],
    summary: "trapped in Aleppo: UN 250,000, council 300,000"
  },
  {
    id: "k3",
    kind: "denial",
    severity: 4.2,
    metric: "air strikes",
    where: "Aleppo",
    sources: ["Russia", "SOHR"],
    summary: "air strikes on Aleppo: Russia denies, SOHR reports"
  }
]

describe("App: conflicts", () => {
  it("lists conflicts most severe first with counts per kind, and c/a/f/tab move between lists", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES, { conflicts: CONFLICTS }), { columns: 100, rows: 12 })
    await press("c")
    const lines = screen().split("\n")
    expect(lines[0]).toMatch(/^crosscheck · conflicts 3 \(denial 1, contradicts 1, divergent 1\)/)
    expect(lines[1]).toMatch(/^›\s+contradicts\s+2▪ killed in Idlib, 3 May: SOHR at least 40, state media 12/)
    expect(lines[2]).toMatch(/denial\s+2▪ air strikes on Aleppo/)
    expect(lines[3]).toMatch(/divergent\s+2▪ trapped in Aleppo/)
    expect(lines.at(-1)).toBe(CONFLICT_LIST_KEYS[0])
    await press("\t")
    expect(screen()).toMatch(/^crosscheck · feeds/)
    await press("\t")
    expect(screen()).toMatch(/^crosscheck · 4 articles/)
    await press("c", "a")
    expect(screen()).toMatch(/^crosscheck · 4 articles/)
  })

  it("draws each source's figure on one axis, opens the article at the claim, marks reviewed with x", async () => {
    const monitor = fakeMonitor(ARTICLES, { conflicts: CONFLICTS })
    const { press, screen } = start(monitor, { columns: 100, rows: 20 }, 10)
    await press("c", KEYS.enter)
    const shown = screen()
    expect(shown).toMatch(/^crosscheck · conflict/)
    expect(shown).toContain("contradicts · killed · Idlib")
    const sohr = shown.split("\n").find((l) => l.includes("SOHR (Reuters)")) ?? ""
    const sana = shown.split("\n").find((l) => l.includes("Syrian government (SANA)")) ?? ""
    // At least 40: a point with an arrow running off to the right; exactly 12: a point.
    expect(sohr).toMatch(/●━+▶\s+≥40\s*$/)
    expect(sana).toMatch(/●\s+12\s*$/)
    expect(sana.indexOf("●")).toBeLessThan(sohr.indexOf("●"))
    expect(shown).toContain("“At least 40 civilians were killed, the Observatory said.”")
    await press("j")
    expect(screen()).toContain("“12 terrorists were killed.”")
    await press("x")
    expect(monitor.reviewed.has("k1")).toBe(true)
    await tick(40)
    expect(screen()).toContain("· reviewed")
    await press("k", KEYS.enter)
    expect(screen()).toMatch(/^crosscheck · article/)
    expect(screen()).toContain("Dozens killed as rockets rain down on Aleppo")
    await press(KEYS.escape)
    expect(screen()).toMatch(/^crosscheck · conflict/)
    await press(KEYS.escape)
    expect(screen()).toMatch(/^crosscheck · conflicts 3/)
    expect(screen()).toMatch(/✓ contradicts/)
  })

  it("colours conflicts by kind, and with NO_COLOR draws no colour at all", async () => {
    const COLOUR = /\u001b\[(?:3[0-7]|9[0-7]|38;)/
    const coloured = render(<App monitor={fakeMonitor(ARTICLES, { conflicts: CONFLICTS })} size={SIZE} color={true} />)
    const plain = render(<App monitor={fakeMonitor(ARTICLES, { conflicts: CONFLICTS })} size={SIZE} color={false} />)
    instances.push(coloured.unmount, plain.unmount)
    await tick(30)
    coloured.stdin.write("c")
    plain.stdin.write("c")
    await tick(60)
    expect(plainText(plain.lastFrame())).toContain("contradicts")
    expect(coloured.lastFrame()).toMatch(COLOUR)
    expect(plain.frames.join("")).not.toMatch(COLOUR)
  })

  it("filters conflicts by place, metric or source with /", async () => {
    const { press, screen } = start(fakeMonitor(ARTICLES, { conflicts: CONFLICTS }), { columns: 100, rows: 12 })
    await press("c", "/", "t", "r", "a", "p", KEYS.enter)
    expect(screen()).toMatch(/conflicts 1 .* · \/trap/)
    expect(screen()).toContain("trapped in Aleppo")
  })
})

describe("App: feeds", () => {
  it("shows each feed's health, and R refreshes the selected one", async () => {
    const monitor = fakeMonitor(ARTICLES, {
      feeds: [
        { id: 1, name: "Wire", lastSuccessAt: at(17, 9), articles: 12 },
        { id: 2, name: "Broken", consecutiveFailures: 3, lastError: "HTTP 503 Service Unavailable" }
      ]
    })
    const { press, screen } = start(monitor, { columns: 120, rows: 12 })
    await press("f")
    expect(screen()).toMatch(/^crosscheck · feeds 2 \(1 failing\)/)
    expect(screen()).toMatch(/ok\s+Wire\s+12 articles\s+ok 2016-11-17 09:00/)
    expect(screen()).toMatch(/failing ×3\s+Broken .*HTTP 503 Service/)
    await press("j", "R")
    expect(monitor.refreshed).toEqual([2])
    await press("r")
    expect(monitor.refreshed).toEqual([2, null])
  })
})

describe("App: live refresh", () => {
  it("shows new articles as they arrive, keeping the cursor on the article it was on", async () => {
    const monitor = fakeMonitor(ARTICLES)
    const { press, screen, cursorLine } = start(monitor, SIZE, 10)
    await press("j")
    expect(cursorLine()).toContain("Homs")
    monitor.add({ id: "new", outlet: "TASS", time: at(18, 7), title: "Ceasefire talks announced in Geneva" })
    await tick(60)
    expect(screen()).toMatch(/5 articles\s+3\/5 · polling/)
    expect(screen()).toContain("Ceasefire talks announced in Geneva")
    expect(cursorLine()).toContain("Homs")
  })

  it("holds the screen still for a reader further down, and counts the arrivals", async () => {
    const base = generatedMonitor(1000)
    let extra = 0
    let version = 1
    const arrival = (k: number): ArticleRow => ({
      id: `new${k}`,
      outlet: "TASS",
      time: Date.UTC(2016, 10, 18) + k,
      title: `Arrival ${k}`,
      url: "https://example.com/new",
      duplicateOf: null,
      copies: 0,
      storyId: null,
      storyReports: 1,
      read: false
    })
    const live: Monitor = {
      ...base,
      version: () => version,
      articles: {
        ...base.articles,
        count: (q) => base.articles.count(q) + extra,
        window: (q, offset, limit) => {
          const fresh = Array.from({ length: Math.max(0, Math.min(extra - offset, limit)) }, (_, i) => arrival(extra - offset - i))
          return [...fresh, ...base.articles.window(q, Math.max(0, offset - extra), limit - fresh.length)]
        },
        positionOf: (q, id) => {
          if (id.startsWith("new")) return extra - Number(id.slice(3))
          const p = base.articles.positionOf(q, id)
          return p === null ? null : p + extra
        }
      }
    }
    const { press, screen, cursorLine } = start(live, SIZE, 10)
    await press(KEYS.pageDown, KEYS.pageDown, "j")
    expect(cursorLine()).toContain("headline number 21 ")
    const before = screen().split("\n").slice(1, -1)
    extra = 3
    version++
    await tick(60)
    expect(screen()).toMatch(/1,003 articles · ▲ 3 new\s+25\/1,003 · following/)
    expect(screen().split("\n").slice(1, -1)).toEqual(before)
    expect(cursorLine()).toContain("headline number 21 ")
    await press("g")
    expect(screen()).toContain("Arrival 3")
  })
})
