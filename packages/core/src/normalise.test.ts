import { describe, expect, it } from "vitest"
import { MAX_BODY, MAX_OUTLET, MAX_TITLE, normaliseArticle } from "./normalise.js"

describe("normaliseArticle", () => {
  const base = {
    _tag: "IncomingArticle" as const,
    url: "https://example.org/a",
    title: "",
    text: "<p>Eleven civilians were killed in Sukkari. More follows.</p>",
    isHtml: true,
    source: "Example",
    published: new Date("2016-11-16T12:45:00Z"),
    origin: "test",
    feedId: null
  }
  it("derives a title from the first sentence when there is none, and a stable id from the url", () => {
    const a = normaliseArticle(base, 0)
    expect(a).toMatchObject({ title: "Eleven civilians were killed in Sukkari.", published: Date.UTC(2016, 10, 16, 12, 45), words: 8 })
    expect(a).toEqual(normaliseArticle(base, 0))
  })
  it("reports an article with nothing to read", () => {
    expect(normaliseArticle({ ...base, text: "<p> </p>" }, 0)).toMatchObject({ _tag: "ItemError", message: "no title and no text" })
  })
  it("gives exact re-posts under another url the same content hash", () => {
    const a = normaliseArticle(base, 0)
    const b = normaliseArticle({ ...base, url: "https://mirror.example/a", text: base.text.replace("Eleven", "eleven  ") }, 0)
    expect("contentHash" in a && "contentHash" in b && a.contentHash === b.contentHash).toBe(true)
  })
  it("caps every stored field: a megabyte outlet or title is cut, a megabyte url is refused, a huge text is cut and noted", () => {
    const notes: Array<string> = []
    const a = normaliseArticle({ ...base, source: "S".repeat(1_000_000), title: "T ".repeat(500_000), text: "word ".repeat(300_000), isHtml: false }, 0, (m) =>
      notes.push(m)
    )
    if (!("id" in a)) throw new Error("expected an article")
    expect(a.source.length).toBeLessThanOrEqual(MAX_OUTLET)
    expect(a.title.length).toBeLessThanOrEqual(MAX_TITLE)
    expect(a.body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(notes).toEqual(["text cut to its first 1,048,576 of 1,499,999 characters"])
    expect(normaliseArticle({ ...base, url: `https://example.org/${"u".repeat(1_000_000)}` }, 0)).toMatchObject({
      _tag: "ItemError",
      message: "url or id is 1,000,020 characters long (at most 4,096)"
    })
  })
})
