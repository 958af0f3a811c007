import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { CURSOR_MARK } from "./ArticleList.js"
import { FeedList, feedHealth, formatFeedLine } from "./FeedList.js"
import type { FeedRow } from "./Monitor.js"
import { plainLines, plainText } from "./testing.js"
import { textWidth } from "./text.js"

const at = (h: number, m: number) => Date.UTC(2016, 10, 17, h, m)
const feed = (id: number, name: string, extra: Partial<FeedRow> = {}): FeedRow => ({
  id,
  name,
  url: `https://outlet${id}.example/rss`,
  enabled: true,
  articles: 12,
  lastSuccessAt: at(9, 0),
  lastError: null,
  consecutiveFailures: 0,
  nextCheckAt: at(9, 30),
  ...extra
})
const FEEDS: FeedRow[] = [
  feed(1, "Reuters World"),
  feed(2, "Idlib Free Press", { consecutiveFailures: 3, lastError: "refused", lastSuccessAt: at(7, 15) }),
  feed(3, "", { enabled: false, articles: 0, lastSuccessAt: null, nextCheckAt: null }),
  feed(4, "New Outlet", { articles: 0, lastSuccessAt: null })
]

describe("FeedList", () => {
  it("shows each feed's health, name, articles, last success, next check and the error while failing", () => {
    const { lastFrame } = render(<FeedList feeds={FEEDS} top={0} selected={0} width={100} height={10} color={false} />)
    const [ok, failing, off, fresh] = plainLines(lastFrame())
    expect(ok).toMatch(new RegExp(`^${CURSOR_MARK} ok\\s+Reuters World\\s+12  ok 2016-11-17 09:00  next 2016-11-17 09:30$`))
    expect(failing).toMatch(/^ {2}failing ×3\s+Idlib Free Press\s+12 {2}ok 2016-11-17 07:15 {2}next 2016-11-17 09:30 {2}refused$/)
    // a feed without a name is shown by its address (cut to the column); one never read says so
    expect(off).toMatch(/^ {2}off\s+https:\/\/outlet3\.example\/…\s+0 {2}ok never\s+next -$/)
    expect(fresh).toMatch(/^ {2}new\s+New Outlet/)
    expect(FEEDS.map(feedHealth)).toEqual(["ok", "failing ×3", "off", "new"])
  })

  it("names the count's unit where the width leaves room for it and the error", () => {
    // (ink-testing-library's terminal is 100 columns: the line itself, as a wider screen shows it)
    const [ok, failing, off] = FEEDS.map((f) => formatFeedLine(f, 130, false).trimEnd())
    expect(ok).toMatch(/Reuters World\s+12 articles {2}ok 2016-11-17 09:00/)
    expect(failing).toMatch(/12 articles {2}ok 2016-11-17 07:15 {2}next 2016-11-17 09:30 {2}refused$/)
    expect(off).toMatch(/\s0 articles {2}ok never/)
    expect(formatFeedLine(feed(6, "Single", { articles: 1 }), 130, false)).toMatch(/Single\s+1 article {3}ok /)
    // narrower, the room goes to the error
    expect(formatFeedLine(FEEDS[1]!, 100, false)).not.toContain("articles")
  })

  it("keeps every line to the width, the columns lined up, and control characters from a feed's name off the screen", () => {
    const hostile = feed(5, "Evil\u001b]0;pwned\u0007 Outlet with a very long name that goes on")
    const { lastFrame } = render(<FeedList feeds={[...FEEDS, hostile]} top={0} selected={-1} width={80} height={10} color={false} />)
    const shown = plainLines(lastFrame()).filter((l) => l.trim() !== "")
    expect(shown).toHaveLength(5)
    for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(80)
    expect(lastFrame()).not.toContain("\u001b]0;")
    expect(lastFrame()).not.toContain("\u0007")
    // the articles column ends at the same place on every line
    const ends = shown.map((l) => l.search(/ {2}ok (?:never|\d{4}-)/))
    expect(new Set(ends).size).toBe(1)
  })

  it("shows only the feeds in view, from the top given", () => {
    const { lastFrame } = render(<FeedList feeds={FEEDS} top={2} selected={3} width={100} height={2} color={false} />)
    const shown = plainLines(lastFrame())
    expect(shown).toHaveLength(2)
    expect(shown[0]).toMatch(/^ {2}off/)
    expect(shown[1]).toMatch(new RegExp(`^${CURSOR_MARK} new`))
  })

  it("says how to add a feed when there is none", () => {
    const { lastFrame } = render(<FeedList feeds={[]} top={0} selected={0} width={80} height={5} color={false} />)
    expect(plainText(lastFrame())).toContain("No feeds yet. Add one with: crosscheck feeds add <URL>")
  })

  it("marks a failing feed in red, and only when colour is on", () => {
    const red = "\u001b[31m"
    const coloured = (render(<FeedList feeds={FEEDS} top={0} selected={-1} width={100} height={10} color={true} />).lastFrame() ?? "").split("\n")
    expect(coloured[1]).toContain(red)
    expect(coloured[0]).not.toContain(red)
    const plain = render(<FeedList feeds={FEEDS} top={0} selected={-1} width={100} height={10} color={false} />).lastFrame() ?? ""
    expect(plain).not.toContain(red)
  })
})
