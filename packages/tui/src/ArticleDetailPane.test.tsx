import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import type { ArticleDetail } from "./Monitor.js"
import { ArticleDetailPane, layoutArticleDetail, READING_WIDTH } from "./ArticleDetailPane.js"
import { plainText } from "./testing.js"
import { textWidth } from "./text.js"

const ARTICLE: ArticleDetail = {
  id: "a1",
  outlet: "Reuters",
  time: Date.UTC(2016, 10, 17, 9, 0),
  title: "Dozens killed as rockets rain down on Aleppo again",
  duplicateOf: null,
  copies: 0,
  storyId: null,
  storyReports: 1,
  read: false,
  claims: [],
  related: [],
  url: "https://www.reuters.com/article/us-mideast-crisis-syria-aleppo-idUSKBN13C0Z1",
  published: Date.UTC(2016, 10, 17, 9, 0),
  fetchedAt: Date.UTC(2016, 10, 17, 9, 12),
  body: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}: rebels and government forces exchanged fire across the city.`).join("\n\n"),
  words: 1234
}

const show = (detail: ArticleDetail | null, { width = 80, height = 20, scroll = 0 } = {}) => {
  const { lastFrame } = render(<ArticleDetailPane layout={layoutArticleDetail(detail, width, 0)} scroll={scroll} width={width} height={height} />)
  return lastFrame() ?? ""
}

describe("ArticleDetailPane", () => {
  it("heads the article with its title, outlet, word count, times and address", () => {
    const frame = plainText(show(ARTICLE))
    expect(frame).toContain("Dozens killed as rockets rain down on Aleppo again")
    expect(frame).toContain("Reuters · 1,234 words")
    expect(frame).toContain("published 2016-11-17 09:00 UTC · fetched 2016-11-17 09:12 UTC")
    expect(frame).toContain("https://www.reuters.com/article/us-mideast-crisis-syria-aleppo-idUSKBN13C0Z1")
  })

  it("shows the beginning of the body, wrapped to the width, within the height", () => {
    const lines = plainText(show(ARTICLE, { width: 40, height: 20 })).split("\n")
    expect(lines.join("\n")).toContain("Paragraph 1: rebels and government")
    expect(lines.length).toBeLessThanOrEqual(20)
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(40)
  })

  it("scrolls the body under a fixed head", () => {
    const layout = layoutArticleDetail(ARTICLE, 80)
    const scroll = layout.body.findIndex(
      (line) => line.map((seg) => seg.text).join("") === "Paragraph 10: rebels and government forces exchanged fire across the city."
    )
    const frame = plainText(show(ARTICLE, { scroll }))
    expect(frame).toContain("Dozens killed")
    expect(frame).toContain("Paragraph 10:")
    expect(frame).not.toContain("Paragraph 1:")
  })

  it("keeps body lines to a readable length on a very wide terminal", () => {
    const layout = layoutArticleDetail({ ...ARTICLE, body: "word ".repeat(200) }, 200)
    for (const line of layout.body) expect(textWidth(line.map((seg) => seg.text).join(""))).toBeLessThanOrEqual(READING_WIDTH)
  })

  it("says when the article is a copy, of which outlet, and how many copy an original", () => {
    expect(plainText(show({ ...ARTICLE, duplicateOf: "a0", related: [{ id: "a0", outlet: "AFP", time: 0, title: "t" }] }))).toContain("copy of AFP")
    expect(plainText(show({ ...ARTICLE, copies: 3 }))).toContain("Reuters · 1,234 words · 3 copies")
  })

  it("marks each claim's evidence in the text and lists the claims", () => {
    const body = "Rockets fell on the west.\n\nAt least 15 people were killed in eastern Aleppo, the Syrian Observatory said."
    const quote = "At least 15 people were killed in eastern Aleppo, the Syrian Observatory said."
    const start = ARTICLE.title.length + 1 + body.indexOf(quote)
    const claim = {
      id: "a1-1",
      kind: "quantity" as const,
      metric: "killed",
      min: 15,
      max: null,
      qualifier: "at_least",
      who: "people",
      where: "eastern Aleppo",
      when: { from: "2016-11-17", to: "2016-11-17" },
      source: "SOHR",
      actor: null,
      action: null,
      polarity: "asserted" as const,
      quote,
      span: [start, start + quote.length] as const
    }
    const detail = { ...ARTICLE, body, claims: [claim] }
    const layout = layoutArticleDetail(detail, 80, 0)
    const marked = layout.body
      .flat()
      .filter((seg) => seg.claim === 0)
      .map((seg) => seg.text)
      .join(" ")
    expect(marked).toBe(quote)
    expect(layout.claimLines).toEqual([2])
    const raw = show(detail, { height: 30 })
    expect(plainText(raw)).toContain("▸1 killed ≥15 people · SOHR · eastern Aleppo · 2016-11-17")
    // The selected claim's evidence in inverse video, underlined.
    expect(raw).toMatch(/\u001b\[7m.*At least 15 people/)
  })

  it("shows an unknown publication date as unknown", () => {
    expect(plainText(show({ ...ARTICLE, published: null }))).toContain("published unknown")
  })

  it("keeps control sequences in the title and body off the screen", () => {
    const frame = show({
      ...ARTICLE,
      title: "\u001b]0;pwned\u0007Title",
      outlet: "\u001b[31mOutlet",
      body: "Before \u001b[31mred\u001b[0m after.\n\u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007Clipboard.\u001b[?1049l"
    })
    expect(frame).not.toContain("pwned")
    expect(frame).not.toContain("\u001b]")
    expect(frame).not.toContain("\u001b[31m")
    expect(frame).not.toContain("\u001b[?1049l")
    expect(frame).not.toContain("Y3Vy")
    expect(plainText(frame)).toContain("Before red after.")
  })

  it("says so when the article has gone from the store", () => {
    expect(plainText(show(null))).toContain("no longer in the store")
  })
})
