import { fileURLToPath } from "node:url"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename, join, relative } from "node:path"
import { gunzipSync } from "node:zlib"
import { type FeedId, htmlToText, type IncomingArticle, type IncomingItem, normaliseText, normaliseTitle } from "@crosscheck/core"
import { Effect, Either } from "effect"
import { describe, expect, it } from "vitest"
import { decodeFeedBytes } from "./decode.js"
import { NotAFeed, type ParsedFeed, type ParseFeedOptions, parseFeed, sniffRoot } from "./parseFeed.js"

// The feed corpora in ../shared beside the checkout (CI has them too); a missing corpus is a
// failure, not a skip.
const CORPUS = fileURLToPath(new URL("../../../../../shared/data/feeds", import.meta.url))
if (!existsSync(CORPUS)) throw new Error(`feed corpus not found at ${CORPUS}`)

const parse = (xml: string, options: Partial<ParseFeedOptions> = {}): Promise<Either.Either<ParsedFeed, NotAFeed>> =>
  Effect.runPromise(Effect.either(parseFeed(xml, { origin: "test.xml", feedId: null, ...options })))

const ok = async (xml: string, options: Partial<ParseFeedOptions> = {}): Promise<ParsedFeed> => {
  const r = await parse(xml, options)
  if (Either.isLeft(r)) throw new Error(`expected a feed, got: ${r.left.message}`)
  return r.right
}

const notAFeed = async (xml: string, options: Partial<ParseFeedOptions> = {}): Promise<NotAFeed> => {
  const r = await parse(xml, options)
  if (Either.isRight(r)) throw new Error(`expected NotAFeed, got ${r.right.items.length} items`)
  return r.left
}

const article = (item: IncomingItem | undefined): IncomingArticle => {
  if (item?._tag !== "IncomingArticle") throw new Error(`expected an article, got ${JSON.stringify(item)}`)
  return item
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))

/** Reads a corpus file as fetchFeed would deliver it: decoded with the Content-Type that a
 * feedparser test simulates in its "Header:" line. */
const readFeed = (path: string): string => {
  const bytes = readFileSync(path)
  const header = /^Header:\s*Content-type:\s*(.*)$/im.exec(bytes.toString("latin1"))
  return decodeFeedBytes(bytes, header?.[1]?.trim() ?? null)
}

const expectOneLine = (error: NotAFeed, origin: string): void => {
  expect(error._tag).toBe("NotAFeed")
  expect(error.message.startsWith(`not a feed: ${origin} (`)).toBe(true)
  expect(error.message).not.toMatch(/[\r\n]/)
  expect(error.message.length).toBeLessThan(400)
}

const rss = (items: string, channel = "<title>Example</title><link>https://example.com/</link>"): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`

describe("parseFeed: rss-parser's corpus", () => {
  const dir = join(CORPUS, "rss-parser")
  const inputs = readdirSync(join(dir, "input"))

  it("reads every file but the HTML page, with rss-parser's item counts, titles and links", async () => {
    expect(inputs.length).toBeGreaterThan(25)
    for (const file of inputs) {
      const r = await parse(readFeed(join(dir, "input", file)), { origin: file })
      if (file === "unrecognized.rss") {
        // an HTML "Document Moved" page; rss-parser's own test expects an error too
        expect(Either.isLeft(r), file).toBe(true)
        if (Either.isLeft(r)) expect(r.left.reason).toBe("no <rss>, <feed> or <rdf:RDF> root element (found <head>)")
        continue
      }
      if (Either.isLeft(r)) throw new Error(`${file}: ${r.left.message}`)
      const expectedPath = join(dir, "output", file.replace(/\.[^.]+$/, ".json"))
      if (!existsSync(expectedPath)) continue // itunes-missing-image has no expectation
      const expected = (
        JSON.parse(readFileSync(expectedPath, "utf8")) as {
          feed: { items: Array<{ title?: unknown; link?: unknown }> }
        }
      ).feed.items
      const items = r.right.items
      expect(items.length, file).toBe(expected.length)
      expected.forEach((e, i) => {
        const item = items[i]
        if (typeof e.title === "string") {
          const title = article(item).title
          // rss-parser read these ISO-8859-1 feeds as UTF-8 (one U+FFFD per accented letter);
          // we decode them properly.
          if (e.title.includes("\ufffd")) expect(title.replace(/[^\u0000-\u007f]/g, "\ufffd"), file).toBe(e.title)
          else expect(title, file).toBe(e.title)
        }
        if (typeof e.link === "string" && e.link.trim() !== "") {
          const link = e.link.trim()
          // gulp-atom's links are relative: we resolve them against the feed's link
          if (link.startsWith("/")) expect(article(item).url, file).toBe(new URL(link, "https://github.com/").href)
          else expect(article(item).url, file).toBe(link)
        }
      })
    }
  })

  it("parses dates: RFC 822, Atom with an offset, and Portuguese month names", async () => {
    const guardian = await ok(readFeed(join(dir, "input/guardian.rss")))
    expect(article(guardian.items[0]).published?.toISOString()).toBe("2018-01-31T07:26:05.000Z")
    const heise = await ok(readFeed(join(dir, "input/heise.atom")))
    expect(article(heise.items[0]).published?.toISOString()).toBe("2016-02-01T16:22:00.000Z") // 17:22+01:00
    const uol = await ok(readFeed(join(dir, "input/uolNoticias.rss")))
    expect(article(uol.items[0]).published?.toISOString()).toBe("2018-09-24T22:42:40.000Z") // Seg, 24 Set 2018 19:42:40 -0300
  })

  it("takes the outlet from the feed title, and the richest body", async () => {
    const feed = await ok(readFeed(join(dir, "input/content-encoded.rss")))
    const first = article(feed.items[0])
    expect(first.source).toBe(feed.title)
    expect(feed.title).not.toBe("")
    expect(first.isHtml).toBe(true)
    const raw = readFileSync(join(dir, "input/content-encoded.rss"), "utf8")
    expect(raw).toContain("<content:encoded>")
    expect(first.text.length).toBeGreaterThan(0)
  })
})

describe("parseFeed: feedparser and node-feedparser corpora", () => {
  it("never fails with anything but NotAFeed, and reads nearly all of feedparser's corpus", async () => {
    const files = ["wellformed", "illformed", "encoding", "entities"].flatMap((d) => walk(join(CORPUS, "feedparser", d)))
    expect(files.length).toBeGreaterThan(2000)
    const failures = new Map<string, string>()
    for (const file of files) {
      const origin = relative(CORPUS, file)
      const r = await parse(readFeed(file), { origin }) // a defect would reject runPromise here
      if (Either.isLeft(r)) {
        expectOneLine(r.left, origin)
        failures.set(origin, r.left.reason)
      }
    }
    // Known NotAFeeds: CDF (<CHANNEL>), and files cut short inside an element that cannot be
    // closed without guessing.
    expect(failures.get("feedparser/wellformed/cdf/channel_title.xml")).toBe("no <rss>, <feed> or <rdf:RDF> root element (found <CHANNEL>)")
    // RSS under a namespace prefix (<r:rss>) is read with the prefix taken off
    expect(failures.has("feedparser/wellformed/namespace/rss2.0NSwithModulesNoDefNS.xml")).toBe(false)
    // an <rss> without a <channel> is read as if its content stood in one (feedparser does)
    expect(failures.has("feedparser/wellformed/rss/rss_version_20.xml")).toBe(false)
    const channelless = await ok(readFeed(join(CORPUS, "feedparser/wellformed/rss/item_description_not_a_doctype.xml")))
    expect(article(channelless.items[0]).text).toBe(`<!' <a href="foo">`)
    expect(failures.get("feedparser/illformed/aaa_illformed.xml")).toMatch(/^XML error at line \d+, column \d+: Unclosed root tag$/)
    expect(failures.get("feedparser/illformed/rss_empty_document.xml")).toBe("empty document")
    expect(failures.size).toBeLessThan(120)
    // and what strict XML alone would lose: a custom DTD entity, read after the repair as text
    expect(failures.has("feedparser/wellformed/rss/entity_in_doctype.xml")).toBe(false)
  })

  it("reads feedparser's encoding tests to the right characters", async () => {
    const euckr = await ok(readFeed(join(CORPUS, "feedparser/encoding/euc-kr.xml")))
    expect(euckr.title).toBe("\ub144")
    const cp1252 = await ok(readFeed(join(CORPUS, "feedparser/encoding/http_text_xml_charset_2.xml")))
    expect(article(cp1252.items[0]).text).toBe("This is a \u00a3\u201ctest.\u201d")
  })

  it("reads node-feedparser's feeds; the HTML page and gzip bytes are NotAFeed", async () => {
    const dir = join(CORPUS, "node-feedparser/feeds")
    const notFeeds: string[] = []
    for (const file of readdirSync(dir)) {
      const r = await parse(readFeed(join(dir, file)), { origin: file })
      if (Either.isLeft(r)) {
        expectOneLine(r.left, file)
        notFeeds.push(file)
      } else if (file === "complexNamespaceFeed.xml") {
        // its one entry is <p0:entry xmlns:p0="...Atom">, read with the prefix taken off
        expect(r.right.items).toHaveLength(1)
        expect(article(r.right.items[0]).url).toMatch(/^http:\/\/localhost:8080\//)
      } else {
        expect(r.right.items.length, file).toBeGreaterThan(0)
      }
    }
    expect(notFeeds.sort()).toEqual(["compressed.xml", "invalid-characters-gzipped.xml", "notafeed.html"])
    // Atom under an "a:" prefix (the default namespace is XHTML): read with the prefix taken
    // off, its xhtml content as text
    const prefixed = await ok(readFeed(join(dir, "nondefaultnamespace.atom")))
    expect(prefixed.title).toBe("Non-default namespace test")
    expect(article(prefixed.items[0]).title).toBe("If you can read the content of this entry, your aggregator works fine.")
    expect(article(prefixed.items[0]).text).toContain('<li><a href="http://plasmasturm.org/log/376/">Who knows an <abbr')
    // the gzip files are feeds once decompressed (fetchFeed gets them decompressed)
    const iconv = await ok(decodeFeedBytes(gunzipSync(readFileSync(join(dir, "compressed.xml")))))
    expect(iconv.items.length).toBe(10)
    expect(iconv.title).toMatch(/[\u0400-\u04ff]/) // windows-1251, from the declaration
  })

  it("keeps every item of a feed with a bare ampersand (saxerror.xml)", async () => {
    const feed = await ok(readFeed(join(CORPUS, "node-feedparser/feeds/saxerror.xml")))
    expect(feed.items.map((i) => article(i).url)).toEqual(["http://example.com/good", "http://example.com/bad?foo=1&bar=2", "http://example.com/after"])
  })
})

describe("parseFeed", () => {
  it("refuses HTML, JSON, empty text and garbage cheaply, with one line naming the input", async () => {
    const html = "<!DOCTYPE html>\n<html><head><title>Not a feed</title></head>\n<body><p>Hello</p></body></html>"
    const e1 = await notAFeed(html, { origin: "/path/x.html" })
    expectOneLine(e1, "/path/x.html")
    expect(e1.message).toBe("not a feed: /path/x.html (no <rss>, <feed> or <rdf:RDF> root element (found <html>))")
    const e2 = await notAFeed('{\n  "items": [{ "title": "x" }]\n}', { origin: "/path/x.json" })
    expect(e2.message).toBe("not a feed: /path/x.json (no <rss>, <feed> or <rdf:RDF> root element (looks like JSON))")
    expect((await notAFeed("", { origin: "a" })).reason).toBe("empty document")
    expect((await notAFeed(" \n\ufeff ", { origin: "a" })).reason).toBe("empty document")
    expect((await notAFeed("\u001f\u008b\b\u0000garbage", { origin: "a" })).reason).toContain("does not start with <")
    expect((await notAFeed("<?xml version='1.0'?><!-- never closed", { origin: "a" })).reason).toBe("unterminated comment")
    expect((await notAFeed("<svg xmlns='http://www.w3.org/2000/svg'/>", { origin: "a" })).reason).toContain("found <svg>")
  })

  it("turns XML errors into one line with the position", async () => {
    const broken = rss("<item><title>a</title></itm></item>")
    const e = await notAFeed(broken, { origin: "https://example.com/feed" })
    expectOneLine(e, "https://example.com/feed")
    expect(e.reason).toMatch(/^XML error at line 2, column \d+: Unexpected close tag$/)
  })

  it("keeps the whole items of a feed cut short inside an item, and reports the one cut", async () => {
    const items = [1, 2, 3].map(
      (n) => `<item><title>Report ${n}</title><link>https://example.com/${n}</link><description>At least ${n}50 people were killed.</description></item>`
    )
    const whole = rss(items.join(""))
    const third = whole.indexOf("<item><title>Report 3")
    // cut in its title, in the middle of its figure ("At least 3" of "350"), and right after its start tag
    for (const at of [third + 17, whole.indexOf("350") + 1, third + 6]) {
      const feed = await ok(whole.slice(0, at))
      expect(feed.title).toBe("Example")
      expect(feed.items.slice(0, 2).map((i) => article(i).title)).toEqual(["Report 1", "Report 2"])
      expect(feed.items[2]).toEqual({ _tag: "ItemError", origin: "test.xml item 3", message: "item 3 is cut short: the feed ends inside it; skipped" })
      expect(feed.items).toHaveLength(3)
    }
    // an item cut inside a nested element, in an Atom feed
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>One</title><link href="https://example.com/1"/></entry><entry><id>urn:2</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two`
    const cutAtom = await ok(atom)
    expect(cutAtom.items.map((i) => (i._tag === "ItemError" ? i.message : article(i).title))).toEqual([
      "One",
      "item 2 is cut short: the feed ends inside it; skipped"
    ])
    // a feed whose only item is cut: nothing to keep, and that one item reported
    const one = rss(items[0]!)
    const only = await ok(one.slice(0, one.indexOf("<item>") + 20))
    expect(only.items).toEqual([{ _tag: "ItemError", origin: "test.xml item 1", message: "item 1 is cut short: the feed ends inside it; skipped" }])
  })

  it("sniffs the root after the prolog, comments and a doctype with an internal subset", () => {
    expect(sniffRoot('\ufeff<?xml version="1.0"?>\n<!-- c -->\n<?xml-stylesheet href="a.xsl"?>\n<!DOCTYPE rss [\n<!ENTITY a "x>y">\n]>\n<rss>')).toEqual({
      root: "rss"
    })
    expect(sniffRoot("<rdf:RDF xmlns:rdf='x'>")).toEqual({ root: "rdf:RDF" })
    expect(sniffRoot("<feed>")).toEqual({ root: "feed" })
    expect(sniffRoot("<RSS>")).toEqual({ problem: "no <rss>, <feed> or <rdf:RDF> root element (found <RSS>)" })
  })

  it("refuses text over the size limit before parsing it", async () => {
    const small = rss("<item><link>https://example.com/1</link></item>".repeat(50))
    const e = await notAFeed(small, { maxLength: 1024 })
    expect(e.reason).toBe(`too large: ${small.length} characters, over the 1024 characters limit`)
    // The default is the 50 MB every whole-file input is held to (the README's figure).
    const huge = rss(`<item><link>https://example.com/1</link><description>${"x".repeat(51 * 1024 * 1024)}</description></item>`)
    const e2 = await notAFeed(huge, { origin: "big.xml" })
    expect(e2.message).toMatch(/^not a feed: big\.xml \(too large: 51\.0 MB, over the 50 MB limit\)$/)
    expect((await ok(small, { maxLength: small.length })).items).toHaveLength(50)
  })

  it("does not expand DTD entities: a billion laughs ends quickly with bounded output", async () => {
    const levels = ['<!ENTITY lol0 "lol">']
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`)
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels.join("\n")}\n]>\n<rss version="2.0"><channel><title>&lol9;</title><item><link>https://example.com/1</link><title>&lol9;</title><description>&lol9;&lol9;</description></item></channel></rss>`
    const t0 = performance.now()
    const feed = await ok(bomb)
    expect(performance.now() - t0).toBeLessThan(500)
    const item = article(feed.items[0])
    expect(item.title).toBe("&lol9;") // left as text, never expanded (10^9 "lol"s)
    expect(item.text.length).toBeLessThan(100)
    expect(feed.title.length).toBeLessThan(100)
  })

  it("does not read external entities", async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><item><link>https://example.com/1</link><title>&xxe;</title></item></channel></rss>`
    const item = article((await ok(xxe)).items[0])
    expect(item.title).toBe("&xxe;")
    expect(item.title).not.toContain("root:")
  })

  it("skips one item nested deeper than rss-parser can rebuild, and keeps the items around it", async () => {
    // 5,000 levels overflowed rss-parser's stack and the whole feed was lost.
    for (const deep of [5_000, 100_000]) {
      const xml = rss(
        "<item><title>Before</title><link>https://example.com/1</link></item>" +
          `<item><link>https://example.com/2</link><description>${"<b>".repeat(deep)}x${"</b>".repeat(deep)}</description></item>` +
          "<item><title>After</title><link>https://example.com/3</link></item>"
      )
      const feed = await ok(xml)
      expect(feed.items).toHaveLength(3)
      expect(article(feed.items[0]).title).toBe("Before")
      expect(feed.items[1]).toEqual({
        _tag: "ItemError",
        origin: "test.xml item 2",
        message: "item 2 is nested deeper than 256 levels; skipped"
      })
      expect(article(feed.items[2]).title).toBe("After")
    }
    // Outside any item there is nothing to skip: the feed is refused in one line.
    const e = await notAFeed(rss(`<item><link>https://example.com/1</link></item>`, `<title>x</title>${"<x>".repeat(5_000)}${"</x>".repeat(5_000)}`))
    expectOneLine(e, "test.xml")
    expect(e.reason).toMatch(/nested deeper than 256 levels outside any item/)
  })

  it("repairs bare ampersands but leaves CDATA alone", async () => {
    const xml = rss(
      "<item><title>AT&T & friends</title><link>https://example.com/a?x=1&y=2</link></item>" +
        "<item><title><![CDATA[Q&amp;A]]></title><link><![CDATA[https://example.com/b?x=1&amp;y=2]]></link></item>"
    )
    const feed = await ok(xml)
    expect(article(feed.items[0]).title).toBe("AT&T & friends")
    expect(article(feed.items[0]).url).toBe("https://example.com/a?x=1&y=2")
    expect(article(feed.items[1]).title).toBe("Q&amp;A")
    expect(article(feed.items[1]).url).toBe("https://example.com/b?x=1&amp;y=2")
  })

  it("keeps every item of a feed with a reference to no character (&#0;, &#x110000;): it was 'not a feed' whole", async () => {
    const xml = rss(
      "<item><title>Five&#0; killed</title><link>https://example.com/a</link></item>" +
        "<item><title>Bad &#x110000; &#99999999999; &#xD800; ref</title><link>https://example.com/b</link></item>" +
        "<item><title>Caf&#233; &#x41;</title><link>https://example.com/c</link></item>"
    )
    const feed = await ok(xml)
    expect(feed.items.map((i) => article(i).title)).toEqual(["Five killed", "Bad \ufffd \ufffd \ufffd ref", "Café A"])
  })

  it("isolates documents: text after one root does not make the next broken one pass", async () => {
    await ok(`${rss("<item><link>https://example.com/1</link></item>")}trailing junk`)
    const e = await notAFeed(rss("<item><title>broken</title></itm></item>"))
    expect(e.reason).toMatch(/Unexpected close tag/)
  })

  it("builds articles: GUID, else link, else a content hash; raw title; richest body; source; origin; feedId", async () => {
    const xml = rss(
      [
        `<item><title>Tom &amp;amp; Jerry</title><link> /news/1 </link><description>short</description><content:encoded><![CDATA[<p>long <b>body</b></p>]]></content:encoded><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`,
        `<item><title>Only a guid</title><guid isPermaLink="false">tag:example.com,2003:2</guid><description>d</description><dc:date>2003-06-10T05:00:00+01:00</dc:date></item>`,
        `<item><description>no title, no link</description></item>`,
        `<item><title>Title and text only</title><description>some text</description></item>`,
        `<item><title>Bad date</title><link>https://example.com/5</link><pubDate>someday</pubDate></item>`,
        `<item><link>https://example.com/6</link><guid>https://example.com/?p=6</guid><title>A URL GUID</title></item>`,
        `<item><guid isPermaLink="false">7</guid><link>https://example.com/</link><title>Scoped GUID, shared link</title></item>`,
        `<item><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>`
      ].join("")
    )
    const feedId = 7 as FeedId
    const feed = await ok(xml, { origin: "https://example.com/feed.xml", feedId })
    expect(feed.title).toBe("Example")
    expect(feed.link).toBe("https://example.com/")
    const [a, b, c, d, e, f, g, h] = feed.items
    expect(article(a)).toEqual({
      _tag: "IncomingArticle",
      url: "https://example.com/news/1",
      title: "Tom &amp; Jerry", // XML-decoded once; the pipeline's htmlToText decodes the rest
      text: "<p>long <b>body</b></p>",
      isHtml: true,
      source: "Example",
      published: new Date("2003-06-10T04:00:00Z"),
      origin: "https://example.com/feed.xml item 1",
      feedId
    })
    // a GUID that is not a URL: scoped to the feed (here its channel link), the GUID shown as the url
    expect(article(b)).toMatchObject({ url: "tag:example.com,2003:2", identity: "https://example.com/#guid=tag:example.com,2003:2" })
    expect(article(b).published?.toISOString()).toBe("2003-06-10T04:00:00.000Z")
    // neither link nor GUID (valid RSS 0.9x): an identity from the content, the same every time
    expect(article(c).url).toMatch(/^https:\/\/example\.com\/#[0-9a-f]{16}$/)
    expect(article(d).url).toMatch(/^https:\/\/example\.com\/#[0-9a-f]{16}$/)
    expect(article(d).url).not.toBe(article(c).url)
    const again = await ok(xml, { origin: "https://example.com/feed.xml", feedId })
    expect(article(again.items[3]).url).toBe(article(d).url)
    expect(article(e).published).toBeNull()
    // a URL GUID is the identity as it is; the link is what people follow
    expect(article(f)).toMatchObject({ url: "https://example.com/6", identity: "https://example.com/?p=6" })
    expect(article(g)).toMatchObject({ url: "https://example.com/", identity: "https://example.com/#guid=7" })
    expect(h).toEqual({ _tag: "ItemError", origin: "https://example.com/feed.xml item 8", message: "item 8 has no link, GUID, title or text" })
    // the site's link comes first, whatever address the feed was read from; a given scope (a
    // polled feed's first URL) only when the feed names no site nor its own address
    const scoped = await ok(xml, { origin: "https://mirror.example/feed.xml", feedId, scope: "https://example.com/feed.xml" })
    expect(article(scoped.items[1]).identity).toBe("https://example.com/#guid=tag:example.com,2003:2")
    const siteless = await ok(rss(`<item><guid isPermaLink="false">9</guid><title>t</title></item>`, "<title>No link</title>"), {
      origin: "https://mirror.example/feed.xml",
      feedId,
      scope: "https://example.com/feed.xml"
    })
    expect(article(siteless.items[0]).identity).toBe("https://example.com/feed.xml#guid=9")
  })

  it("gives a repeated GUID once, the first, and says so; two feeds may use the same GUID", async () => {
    const item = (guid: string, title: string) =>
      `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><description>${title} text</description></item>`
    const feed = await ok(rss([item("1", "First"), item("2", "Other"), item("1", "First, again")].join("")), { origin: "https://a.example/feed" })
    expect(feed.items.map((i) => i._tag)).toEqual(["IncomingArticle", "IncomingArticle", "ItemWarning"])
    expect(feed.items[2]).toEqual({
      _tag: "ItemWarning",
      origin: "https://a.example/feed item 3",
      message: "repeats the identity (GUID or link) of https://a.example/feed item 1; skipped"
    })
    expect(article(feed.items[0]).title).toBe("First")
    const other = await ok(rss(item("1", "First"), "<title>B</title><link>https://b.example/</link>"), { origin: "https://b.example/feed" })
    expect(article(other.items[0]).identity).not.toBe(article(feed.items[0]).identity)
  })

  it("reads the channel's ttl in minutes", async () => {
    expect((await ok(rss("", "<title>T</title><ttl>90</ttl>"))).ttlMinutes).toBe(90)
    expect((await ok(rss("", "<title>T</title><ttl>soon</ttl>"))).ttlMinutes).toBeNull()
    expect((await ok(rss(""))).ttlMinutes).toBeNull()
  })

  it("reads Atom: alternate link, content over summary, published over updated, bad dates as null", async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">News &amp;amp; Views</title>
  <link rel="self" href="https://example.org/atom.xml"/>
  <link rel="alternate" href="https://example.org/"/>
  <entry>
    <title>First</title>
    <link rel="edit" href="https://example.org/edit/1"/>
    <link rel="alternate" type="text/html" href="https://example.org/1"/>
    <id>urn:uuid:1</id>
    <updated>2005-07-31T12:29:29Z</updated>
    <published>2003-12-13T08:29:29-04:00</published>
    <summary>summary</summary>
    <content type="html">&lt;p&gt;content&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second</title>
    <id>urn:uuid:2</id>
    <updated>not a date</updated>
    <summary>only a summary</summary>
  </entry>
</feed>`
    const feed = await ok(atom, { origin: "atom.xml" })
    expect(feed.title).toBe("News & Views")
    expect(feed.link).toBe("https://example.org/")
    const first = article(feed.items[0])
    expect(first.url).toBe("https://example.org/1")
    expect(first.text).toBe("<p>content</p>")
    expect(first.published?.toISOString()).toBe("2003-12-13T12:29:29.000Z")
    const second = article(feed.items[1])
    expect(second.url).toBe("urn:uuid:2")
    expect(second.text).toBe("only a summary")
    expect(second.published).toBeNull() // and the feed survives it: rss-parser alone throws
  })

  // What a reader sees of an item: the pipeline's own HTML-to-text and normalisation.
  const seen = (item: IncomingItem | undefined) => {
    const a = article(item)
    return { title: normaliseTitle(htmlToText(a.title)), text: normaliseText(htmlToText(a.text)) }
  }
  const atom = (entries: string, head = "<title>T</title>") => `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">${head}${entries}</feed>`

  it("reads markup inside a title or body in document order (xml2js keeps text and elements apart)", async () => {
    const feed = await ok(
      atom(
        `<entry><id>urn:1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Ten <b>killed</b> in Idlib, <i>SOHR</i> says</div></title>` +
          `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>At least <b>10</b> killed &amp; 20 hurt</p><p><![CDATA[a < b]]></p></div></content></entry>`,
        `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <b>Monitor</b> feed</div></title>`
      )
    )
    expect(seen(feed.items[0])).toEqual({ title: "Ten killed in Idlib, SOHR says", text: "At least 10 killed & 20 hurt\n\na < b" })
    expect(feed.title).toBe("The Monitor feed")
    // HTML pasted unescaped into RSS, as many feeds do
    const naked = await ok(
      rss("<item><link>https://example.com/1</link><title>Example <b>Atom</b> title</title><description><p>One <em>two</em> three</p></description></item>")
    )
    expect(seen(naked.items[0])).toEqual({ title: "Example Atom title", text: "One two three" })
  })

  it("keeps Atom plain text as written, and decodes base64 content", async () => {
    const feed = await ok(
      atom(
        `<entry><id>urn:1</id><title type="text">History of the &lt;blink&gt; tag</title><summary type="text">AT&amp;T &amp;amp; friends</summary></entry>` +
          `<entry><id>urn:2</id><title>Escaped &lt;b&gt;</title></entry>`
      )
    )
    expect(seen(feed.items[0])).toEqual({ title: "History of the <blink> tag", text: "AT&T &amp; friends" })
    // no type: Atom's default is text too, but real feeds put HTML there; left to be read as HTML
    expect(seen(feed.items[1]).title).toBe("Escaped")
    const atom03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>urn:3</id><title mode="base64">${Buffer.from("Example <b>Atom</b>").toString("base64")}</title></entry></feed>`
    expect(seen((await ok(atom03)).items[0]).title).toBe("Example Atom")
    // base64 of binary media is not text: left alone
    const binary = atom(
      `<entry><id>urn:4</id><title>t</title><content type="image/png">${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]).toString("base64")}</content></entry>`
    )
    expect(article((await ok(binary)).items[0]).text).toBe("iVBOR//+")
  })

  it("titles an item that is only a link with its link, rather than dropping it", async () => {
    const feed = await ok(
      rss(
        '<item><link>https://example.com/a?x=1&amp;copy=2</link></item><item><guid>https://example.com/g</guid></item><item><guid isPermaLink="false">42</guid></item>'
      )
    )
    expect(article(feed.items[0]).url).toBe("https://example.com/a?x=1&copy=2")
    expect(seen(feed.items[0]).title).toBe("https://example.com/a?x=1&copy=2") // not "©=2"
    expect(seen(feed.items[1]).title).toBe("https://example.com/g")
    // a GUID that is not a link gives nothing to follow: still nothing to store
    expect(article(feed.items[2]).title).toBe("")
  })

  it("reads a feed's vocabulary under a prefix, bodies from xhtml:body, dc:description, itunes:summary, and media:title", async () => {
    const prefixed = await ok(
      `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Prefixed</a:title><a:entry><a:id>urn:1</a:id><a:title>One</a:title><a:link href="https://example.org/1"/></a:entry></a:feed>`
    )
    expect(prefixed.title).toBe("Prefixed")
    expect(article(prefixed.items[0])).toMatchObject({ title: "One", url: "https://example.org/1" })
    // in RSS 2.0, atom:link beside the channel's own link is not mistaken for it
    const withAtomLink = await ok(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>C</title><link>https://site.example/</link><atom:link rel="self" href="https://site.example/feed"/><item><guid isPermaLink="false">7</guid><title>t</title></item></channel></rss>`
    )
    expect(withAtomLink.link).toBe("https://site.example/")
    const bodies = await ok(
      rss(
        `<item><link>https://example.com/1</link><xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><p>Full <b>text</b></p></xhtml:body><description>short</description></item>` +
          `<item><link>https://example.com/2</link><dc:description>From Dublin Core</dc:description></item>` +
          `<item><link>https://example.com/3</link><itunes:summary xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">An episode</itunes:summary></item>` +
          `<item><link>https://example.com/4</link><media:title xmlns:media="http://search.yahoo.com/mrss/">From Media RSS</media:title></item>`
      )
    )
    expect(bodies.items.map((i) => seen(i).text)).toEqual(["Full text", "From Dublin Core", "An episode", ""])
    expect(seen(bodies.items[3]).title).toBe("From Media RSS")
  })

  it("reads a feed whose closing tags are lost after its last item, and an <rss> without a <channel>", async () => {
    const whole = rss("<item><title>One</title><link>https://example.com/1</link></item><item><title>Two</title><link>https://example.com/2</link></item>")
    for (const cut of [whole.slice(0, -1), whole.slice(0, -6), whole.slice(0, whole.indexOf("</channel>"))]) {
      const feed = await ok(cut)
      expect(feed.items.map((i) => article(i).title)).toEqual(["One", "Two"])
      expect(feed.title).toBe("Example")
    }
    const bare = await ok(`<rss version="2.0"><item><title>No channel</title><link>https://example.com/1</link></item></rss>`)
    expect(article(bare.items[0]).title).toBe("No channel")
  })

  it("reads RSS 1.0 (RDF) and RSS 0.91", async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/"><title>RDF site</title><link>https://example.net/</link><description>d</description></channel>
  <item rdf:about="https://example.net/a"><title>A</title><link>https://example.net/a</link><dc:date>2002-09-28T20:01:19Z</dc:date></item>
  <item rdf:about="https://example.net/b"><title>B</title></item>
</rdf:RDF>`
    const feed = await ok(rdf)
    expect(feed.items.map((i) => article(i).url)).toEqual(["https://example.net/a", "https://example.net/b"])
    expect(article(feed.items[0]).published?.toISOString()).toBe("2002-09-28T20:01:19.000Z")
    const old = `<rss version="0.91"><channel><title>Old</title><link>http://example.com/</link><item><title>t</title><link>http://example.com/x</link><description>d</description></item></channel></rss>`
    expect(article((await ok(old)).items[0]).url).toBe("http://example.com/x")
  })

  it("demoronizes windows-1252 character references and prefers a given source name", async () => {
    const xml = rss("<item><title>don&#146;t</title><link>https://example.com/1</link><description>it&#146;s &#147;quoted&#148;</description></item>")
    const item = article((await ok(xml, { sourceName: "The Example Times" })).items[0])
    expect(item.title).toBe("don\u2019t")
    expect(item.text).toBe("it\u2019s \u201cquoted\u201d")
    expect(item.source).toBe("The Example Times")
  })

  it("names the source after the host when the feed has no title", async () => {
    const xml = rss("<item><link>https://example.com/1</link></item>", "<link>https://news.example.com/</link>")
    expect(article((await ok(xml)).items[0]).source).toBe("news.example.com")
  })

  it("fails a structurally odd feed with one line instead of crashing", async () => {
    // rss-parser dereferences link.$.rel on an Atom <link> without attributes
    const e = await notAFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><link>https://example.org/</link><entry><id>1</id></entry></feed>`, {
      origin: "odd.atom"
    })
    expectOneLine(e, "odd.atom")
    expect(e.reason).toContain("unexpected structure in <feed>")
  })

  it("is a plain error value: _tag, fields, and the message", async () => {
    const e = await notAFeed("nope", { origin: basename("/a/b.txt") })
    expect(e).toBeInstanceOf(NotAFeed)
    expect(e).toBeInstanceOf(Error)
    expect(e.origin).toBe("b.txt")
    expect(String(e)).toContain("not a feed: b.txt")
  })
})
