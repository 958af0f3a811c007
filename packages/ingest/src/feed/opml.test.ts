import { describe, expect, it } from "vitest"
import { looksLikeOpml, parseOpml, renderOpml } from "./opml.js"

const LIST = `<?xml version="1.0" encoding="utf-8"?>
<!-- exported by some reader -->
<opml version="1.0">
  <head><title>My &amp; feeds</title></head>
  <body>
    <outline text="Syria" title="Syria">
      <outline type="rss" text="SANA" xmlUrl="https://sana.example/rss" htmlUrl="https://sana.example/"/>
      <outline text="Enab Baladi" type="rss" xmlurl="https://enab.example/feed?a=1&amp;b=2"/>
      <outline type="rss" title="Duplicate of SANA" xmlUrl="https://sana.example/rss"/>
    </outline>
    <outline type="rss" text="no url"/>
    <outline type="rss" text="not http" xmlUrl="file:///etc/passwd"/>
    <outline type="rss" text="Control&#10;chars" xmlUrl=" https://ctl.example/rss "/>
  </body>
</opml>`

describe("OPML", () => {
  it("reads every outline with a feed URL, in categories too, once per URL", () => {
    const doc = parseOpml(LIST)
    expect(doc.title).toBe("My & feeds")
    expect(doc.feeds).toEqual([
      { url: "https://sana.example/rss", name: "SANA", siteUrl: "https://sana.example/", intervalMinutes: null, fetchLinkedPage: false },
      { url: "https://enab.example/feed?a=1&b=2", name: "Enab Baladi", siteUrl: null, intervalMinutes: null, fetchLinkedPage: false },
      { url: "https://ctl.example/rss", name: "Control chars", siteUrl: null, intervalMinutes: null, fetchLinkedPage: false }
    ])
  })

  it("tells OPML from a feed by its root element", () => {
    expect(looksLikeOpml(LIST)).toBe(true)
    expect(looksLikeOpml("\ufeff<opml version='2.0'>")).toBe(true)
    expect(looksLikeOpml(`<?xml version="1.0"?><rss version="2.0"></rss>`)).toBe(false)
    expect(looksLikeOpml("<opmlx>")).toBe(false)
  })

  it("survives what is not OPML, or broken OPML, with what it could read", () => {
    expect(parseOpml("").feeds).toEqual([])
    expect(parseOpml("<opml><body><outline xmlUrl='https://a.example/f'><outline").feeds.map((f) => f.url)).toEqual(["https://a.example/f"])
    // an external entity is not read
    expect(
      parseOpml(`<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline text="&x;" xmlUrl="https://a.example/f"/></body></opml>`)
        .feeds[0]!.name
    ).not.toMatch(/root:/)
  })

  it("round-trips: what feeds export writes, feeds import reads back the same, byte for byte again", () => {
    const outlines = [
      { url: "https://a.example/rss?x=1&y=<2>", name: 'Quotes " & <angles>', siteUrl: "https://a.example/", intervalMinutes: 10, fetchLinkedPage: true },
      { url: "https://b.example/atom", name: "Плохие новости\u0001", siteUrl: null, intervalMinutes: null, fetchLinkedPage: false }
    ]
    const xml = renderOpml("crosscheck feeds", outlines)
    const read = parseOpml(xml)
    expect(read.title).toBe("crosscheck feeds")
    expect(read.feeds).toEqual([outlines[0], { ...outlines[1], name: "Плохие новости" }])
    expect(
      renderOpml(
        "crosscheck feeds",
        read.feeds.map((f) => ({ ...f, name: f.name ?? f.url }))
      )
    ).toBe(renderOpml("crosscheck feeds", [outlines[0]!, { ...outlines[1]!, name: "Плохие новости" }]))
  })
})
