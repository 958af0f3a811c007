import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { runConformance, summarise } from "./support/feedConformance.js"
import { sharedDir } from "./support/paths.js"
import { conjuncts, parsePython } from "./support/pythonExpect.js"

// feedparser's Expect lines as checks on crosscheck's own reading of each file; figures and
// every failure with its cause in bench/results/feed-conformance.json (npm run
// bench:feed-conformance). Measured: 1,184 of 1,219 applicable expectations (97.1%); before the
// feed wrapper's fixes, 987 (81.0%).
describe("feed conformance: feedparser's corpus", () => {
  it("passes at least 97% of the expectations about what crosscheck keeps, and reads every Expect line", async () => {
    const run = await runConformance(join(sharedDir, "data", "feeds", "feedparser"))
    const s = summarise(run)
    expect(s.filesTried).toBeGreaterThan(2000)
    expect(s.unreadableExpectations).toBe(0)
    expect(s.expectationsApplicable).toBeGreaterThanOrEqual(1200)
    expect(s.passRate).toBeGreaterThanOrEqual(0.97)
    // entry titles, the first complaint (3 of 15 came through): 142 of 144
    expect(s.byField["entry.title"]!.passed).toBeGreaterThanOrEqual(142)
    expect(s.byField["entry.link"]!.passed).toBeGreaterThanOrEqual(16)
    // entities (&#x26;, &zeta;...) in titles: all but none
    expect(s.byFolder.entities).toEqual({ applicable: 254, passed: 254 })
  })

  it("fails an expectation crosscheck does not meet, and counts what it does not keep as not applicable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-conformance-"))
    mkdirSync(join(dir, "wellformed"))
    for (const d of ["illformed", "encoding", "entities"]) mkdirSync(join(dir, d))
    const feed = (expect: string) =>
      `<!--\nDescription: x\nExpect:      ${expect}\n-->\n<rss version="2.0"><channel><title>Outlet &amp; Co</title><item><title>AT&amp;T &#x26; friends</title><link>http://example.com/1</link><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item></channel></rss>`
    writeFileSync(join(dir, "wellformed", "right.xml"), feed("not bozo and entries[0]['title'] == u'AT&T & friends' and feed['title'] == 'Outlet &amp; Co'"))
    writeFileSync(join(dir, "wellformed", "wrong.xml"), feed("not bozo and entries[0]['link'] == 'http://example.com/2'"))
    writeFileSync(join(dir, "wellformed", "date.xml"), feed("entries[0]['published_parsed'] == (2004, 1, 1, 19, 48, 21, 3, 1, 0)"))
    writeFileSync(join(dir, "wellformed", "other.xml"), feed("not bozo and entries[0]['author_detail']['name'] == 'x' and bozo"))
    writeFileSync(join(dir, "wellformed", "missing.xml"), feed("entries[1]['title'] == 'there is no second item'"))
    const run = await runConformance(dir)
    expect(run.checks.map((c) => [c.file, c.field, c.passed])).toEqual([
      ["wellformed/date.xml", "entry.date", true],
      ["wellformed/missing.xml", "entry.title", false],
      ["wellformed/right.xml", "entry.title", true],
      ["wellformed/right.xml", "feed.title", true],
      ["wellformed/wrong.xml", "entry.link", false]
    ])
    expect(run.checks.find((c) => c.file === "wellformed/wrong.xml")?.got).toBe("http://example.com/1")
    // other.xml's three (not bozo, author_detail, bozo), and the "not bozo" of right and wrong
    expect(run.notApplicable).toBe(5)
  })

  it("reads the Python feedparser's Expect lines are written in", () => {
    const e = parsePython(`not bozo and entries[0]['title'] == u'\\u03b6 \\xa0' + "x" and entries[0].link == entries[1].get('link') == r'a\\b'`)
    expect(conjuncts(e)).toHaveLength(3)
    expect(conjuncts(e)[1]).toMatchObject({ kind: "compare", rest: [["==", { kind: "add", operands: [{ value: "\u03b6 \u00a0" }, { value: "x" }] }]] })
    expect(() => parsePython("entries[0]['title'] ==")).toThrow()
  })
})
