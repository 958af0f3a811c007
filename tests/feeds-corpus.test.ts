import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { sharedDir } from "./support/paths.js"

const rssParserInput = join(sharedDir, "data", "feeds", "rss-parser", "input")
const rssParserOutput = join(sharedDir, "data", "feeds", "rss-parser", "output")

/** Items rss-parser's own expected output has that carry an identity (link, guid or id) and
 * something to read (an entry with only an id is reported, not stored). */
const expectedIdentities = (file: string): Set<string> => {
  const outputFile = join(rssParserOutput, file.replace(/\.\w+$/, ".json"))
  if (!existsSync(outputFile)) return new Set()
  const expected = JSON.parse(readFileSync(outputFile, "utf8")) as {
    feed: { items: Array<{ link?: string; guid?: string; id?: string; title?: string; content?: string; contentSnippet?: string }> }
  }
  const readable = expected.feed.items.filter((i) => (i.title ?? i.content ?? i.contentSnippet ?? "").trim() !== "")
  return new Set(readable.map((i) => i.link || i.guid || i.id).filter((x): x is string => !!x))
}

describe("real-world feeds through the real binary", () => {
  it("imports every rss-parser input feed without crashing, with the articles rss-parser finds", () => {
    const db = freshDatabase()
    const r = crosscheck(["--db", db, "import", rssParserInput, "--json"])
    expect(r.code).toBe(0)
    // Problems, if any, are one line each and name the file (a warning for an item whose GUID
    // repeats an earlier one's: itunes-missing-image.rss has one).
    for (const line of r.stderr.split("\n").filter(Boolean)) expect(line).toMatch(new RegExp(`^(error|warning): ${rssParserInput}/[^ ]+`))
    const summary = JSON.parse(r.stdout) as { seen: number; new: number; errors: number }
    expect(summary.new).toBeGreaterThan(200)

    const stored = new Set(ndjson(crosscheck(["--db", db, "export", "articles"]).stdout).map((a) => String(a.url)))
    const files = readdirSync(rssParserInput)
    let compared = 0
    for (const file of files) {
      for (const identity of expectedIdentities(file)) {
        compared++
        // Relative links are resolved against the feed's own address, as a reader would.
        const found = stored.has(identity.trim()) || (identity.startsWith("/") && [...stored].some((u) => u.endsWith(identity)))
        expect(found, `${file}: ${identity}`).toBe(true)
      }
    }
    expect(compared).toBeGreaterThan(200)
  })

  it("imports every node-feedparser feed; only the two gzip files on disk are not feeds", () => {
    const dir = join(sharedDir, "data", "feeds", "node-feedparser", "feeds")
    const db = freshDatabase()
    const r = crosscheck(["--db", db, "import", dir, "--json"])
    expect(r.code).toBe(0)
    expect(r.stderr.trim().split("\n")).toEqual(
      ["compressed.xml", "invalid-characters-gzipped.xml"].map(
        (f) => `error: ${join(dir, f)}: not a feed (no <rss>, <feed> or <rdf:RDF> root element (does not start with <))`
      )
    )
    const summary = JSON.parse(r.stdout) as { seen: number; new: number; errors: number }
    expect(summary.errors).toBe(2)
    expect(summary.new).toBeGreaterThan(100)
    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    // every article has something to show, and Atom under a prefix (nondefaultnamespace.atom) is read
    for (const a of articles) expect(String(a.title).trim(), String(a.url)).not.toBe("")
    expect(articles.map((a) => a.title)).toContain("If you can read the content of this entry, your aggregator works fine.")
  })

  it("gives one error line naming each file that is not a feed, and imports the feeds beside them", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-mixed-"))
    writeFileSync(join(dir, "broken.xml"), "<rss><channel><item><title>mismatched</titel></item></channel></rss>")
    writeFileSync(join(dir, "page.xml"), "<!DOCTYPE html><html><body>Not a feed</body></html>")
    writeFileSync(join(dir, "data.xml"), '{"items": []}')
    writeFileSync(join(dir, "empty.rss"), "")
    writeFileSync(
      join(dir, "good.rss"),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Good Outlet</title>
       <item><title>Eleven civilians killed</title><link>https://good.example/1</link><pubDate>Wed, 16 Nov 2016 12:45:00 GMT</pubDate>
       <description>&lt;p&gt;White Helmets said.&lt;/p&gt;</description></item></channel></rss>`
    )
    const db = freshDatabase()
    const r = crosscheck(["--db", db, "import", dir])
    expect(r.code).toBe(0)
    const errors = r.stderr.trim().split("\n")
    expect(errors.map((l) => l.split(": ")[1])).toEqual(["broken.xml", "data.xml", "empty.rss", "page.xml"].map((f) => join(dir, f)))
    for (const line of errors) expect(line).toMatch(/^error: \S+: not a feed \(.+\)$/)
    const [article] = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    expect(article).toMatchObject({ url: "https://good.example/1", source: "Good Outlet", published: "2016-11-16T12:45:00.000Z" })
  })

  it("keeps the whole items of a feed file cut short, and names the item it lost", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-cut-"))
    const item = (n: number) =>
      `<item><title>Report ${n}</title><link>https://cut.example/${n}</link><description>At least ${n}0 people were killed in Idlib, the observatory said.</description></item>`
    const whole = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut Outlet</title>${[1, 2, 3].map(item).join("")}</channel></rss>`
    const file = join(dir, "cut.xml")
    writeFileSync(file, whole.slice(0, whole.indexOf("At least 30") + 10))
    const db = freshDatabase()
    const r = crosscheck(["--db", db, "import", file])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(`error: ${file} item 3: item 3 is cut short: the feed ends inside it; skipped\n`)
    expect(r.stdout).toBe("imported 3 items: 2 new, 0 already stored, 0 duplicates, 2 claims, 0 conflicts, 1 error\n")
    const urls = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout).map((a) => a.url)
    expect(urls.sort()).toEqual(["https://cut.example/1", "https://cut.example/2"])
  })
})
