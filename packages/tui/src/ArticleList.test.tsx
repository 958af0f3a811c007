import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import type { ArticleRow } from "./Monitor.js"
import { ArticleList, CURSOR_MARK } from "./ArticleList.js"
import { plainText } from "./testing.js"
import { textWidth } from "./text.js"

const at = (h: number, m: number) => Date.UTC(2016, 10, 17, h, m)
const row = (id: string, outlet: string, time: number, title: string, extra: Partial<ArticleRow> = {}): ArticleRow => ({
  id,
  outlet,
  time,
  title,
  url: `https://example.com/${id}`,
  duplicateOf: null,
  copies: 0,
  storyId: null,
  storyReports: 1,
  read: false,
  ...extra
})
const ROWS: ArticleRow[] = [
  row("a", "Reuters", at(9, 0), "Aleppo: rockets hit western districts", { copies: 2, storyReports: 3 }),
  row("b", "AP", at(8, 45), "Rockets hit western Aleppo, monitors say", { read: true }),
  row("c", "BBC News", at(8, 30), "Homs: evacuation of al-Wa'er resumes")
]

const lines = (frame: string | undefined) => plainText(frame).split("\n")

describe("ArticleList", () => {
  it("shows one line per article: unread mark, time in UTC, outlet, copies folded under it, its story's reports, title", () => {
    const { lastFrame } = render(<ArticleList rows={ROWS} selected={0} width={100} height={10} />)
    const [first, second, third] = lines(lastFrame())
    expect(first).toMatch(/^›• 2016-11-17 09:00\s+Reuters\s+\+2 ◆3\s+Aleppo: rockets hit western districts/)
    expect(second).toMatch(/^ {3}2016-11-17 08:45/)
    expect(second).toMatch(/2016-11-17 08:45\s+AP\s+Rockets hit western Aleppo/)
    expect(third).toMatch(/2016-11-17 08:30\s+BBC News\s+Homs/)
  })

  it("marks the selected article", () => {
    const { lastFrame } = render(<ArticleList rows={ROWS} selected={2} width={100} height={10} />)
    const shown = lines(lastFrame())
    expect(shown[2]?.startsWith(CURSOR_MARK)).toBe(true)
    expect(shown[0]?.startsWith(CURSOR_MARK)).toBe(false)
    expect(shown[1]?.startsWith(CURSOR_MARK)).toBe(false)
  })

  it("dims read articles and only those", () => {
    const { lastFrame } = render(<ArticleList rows={ROWS} selected={-1} width={100} height={10} />)
    const raw = (lastFrame() ?? "").split("\n")
    const dim = "\u001b[2m"
    expect(raw[1]).toContain(dim)
    expect(raw[0]).not.toContain(dim)
    expect(raw[2]).not.toContain(dim)
  })

  it("lines the titles up in one column", () => {
    const { lastFrame } = render(<ArticleList rows={ROWS} selected={0} width={100} height={10} />)
    const columns = lines(lastFrame())
      .slice(0, 3)
      .map((line, i) => line.indexOf(ROWS[i]?.title.slice(0, 6) ?? "?"))
    expect(new Set(columns).size).toBe(1)
  })

  it("keeps control sequences in feed text off the screen", () => {
    const hostile = row("x", "\u001b]0;pwned\u0007Evil", at(10, 0), "\u001b[31mRed\u001b[0m \u001b[2J\u001b[Hheadline\u0007")
    const { lastFrame } = render(<ArticleList rows={[hostile]} selected={0} width={100} height={5} />)
    const frame = lastFrame() ?? ""
    expect(frame).not.toContain("pwned")
    expect(frame).not.toContain("\u001b]")
    expect(frame).not.toContain("\u001b[31m")
    expect(frame).not.toContain("\u001b[2J")
    expect(frame).not.toContain("\u0007")
    expect(plainText(frame)).toMatch(/Evil\s+Red headline/)
  })

  it("never wraps: every line fits the width, wide characters included", () => {
    const long: ArticleRow[] = [
      row("l", "Kyiv Independent Evening Edition", at(7, 0), "x".repeat(300)),
      row("w", "新华社", at(6, 0), "叙利亚阿勒颇东部遭到空袭😀😀 ".repeat(10))
    ]
    for (const width of [40, 60, 80]) {
      const { lastFrame } = render(<ArticleList rows={long} selected={0} width={width} height={5} />)
      const shown = lines(lastFrame()).filter((l) => l !== "")
      expect(shown).toHaveLength(2)
      for (const line of shown) expect(textWidth(line)).toBeLessThanOrEqual(width)
      expect(shown[0]?.endsWith("…")).toBe(true)
    }
  })

  it("says so when there are no articles yet", () => {
    const { lastFrame } = render(<ArticleList rows={[]} selected={-1} width={80} height={5} />)
    expect(plainText(lastFrame())).toContain("No articles yet")
  })
})
