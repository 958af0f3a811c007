import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { seedsDir } from "./support/paths.js"

const meta = JSON.parse(readFileSync(join(seedsDir, "meta.json"), "utf8")) as {
  docs: Record<string, { published: string }>
}

describe("import and export through the real binary", () => {
  it("imports the five seeds with their meta.json dates, and a second import adds nothing", () => {
    const db = freshDatabase()
    const first = crosscheck(["--db", db, "import", seedsDir])
    expect(first.stderr).toBe("")
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^imported 5 items: 5 new, 0 already stored/)

    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    expect(articles).toHaveLength(5)
    for (const [doc, { published }] of Object.entries(meta.docs)) {
      const a = articles.find((x) => String(x.url).endsWith(`/${doc}.txt`))
      expect(a, doc).toBeDefined()
      expect(new Date(String(a!.published)).toISOString()).toBe(new Date(published).toISOString())
      expect(a!.url).toMatch(/^file:\/\//)
    }
    expect(articles.find((a) => String(a.url).includes("000_"))!.title).toBe("Dozens killed as rockets rain down on Aleppo again")
    expect(Object.keys(articles[0]!).sort()).toEqual(["duplicateOf", "fetchedAt", "id", "published", "source", "storyId", "title", "url", "words"].sort())

    const again = crosscheck(["--db", db, "import", seedsDir, "--json"])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ seen: 5, new: 0, alreadyStored: 5, errors: 0 })
    expect(ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)).toHaveLength(5)
  })

  it("counts one of a kind in the singular in its summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-one-"))
    const file = join(dir, "one.txt")
    writeFileSync(file, "Report from Idlib\nAt least five people were killed in Idlib on Monday, the observatory said.")
    const r = crosscheck(["--db", freshDatabase(), "import", file])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toBe("imported 1 item: 1 new, 0 already stored, 0 duplicates, 1 claim, 0 conflicts, 0 errors\n")
  })

  it("reports bad NDJSON lines by file and line, imports the rest, and exits 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-ndjson-"))
    const file = join(dir, "batch.ndjson")
    writeFileSync(
      file,
      [
        JSON.stringify({ url: "https://example.org/a", title: "Eleven civilians killed in Sukkari", text: "Body A", published: "2016-11-16T10:00:00Z" }),
        "{not json",
        JSON.stringify({ title: "no identity" }),
        JSON.stringify({ url: "https://example.org/b", title: "B", text: "Body B", published: "last Tuesday" }),
        "",
        JSON.stringify({ id: "ext-42", title: "By id", html: "<p>Body <b>C</b></p>" })
      ].join("\n")
    )
    const db = freshDatabase()
    const r = crosscheck(["--db", db, "import", file, "--json"])
    expect(r.code).toBe(0)
    const errors = r.stderr.trim().split("\n")
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^error: ${file}:2: not valid JSON`)),
      `error: ${file}:3: no "url" or "id"`,
      `error: ${file}:4: "published" is not a date: "last Tuesday"`
    ])
    expect(JSON.parse(r.stdout)).toMatchObject({ seen: 5, new: 2, errors: 3 })
    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    expect(articles.map((a) => a.url)).toEqual(["https://example.org/a", "ext-42"])
    expect(articles[0]!.source).toBe("example.org")
  })

  it("exits 1 with a one-line error naming the file when nothing can be imported", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-bad-"))
    const file = join(dir, "notes.xml")
    writeFileSync(file, '{"this": "is json, not a feed"}')
    const r = crosscheck(["--db", freshDatabase(), "import", file])
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split("\n")
    expect(lines[0]).toMatch(new RegExp(`^error: ${file}: `))
    expect(lines.at(-1)).toBe("crosscheck: nothing could be imported")
  })

  it("exits 1 for a path that does not exist, naming it", () => {
    const r = crosscheck(["--db", freshDatabase(), "import", "/nonexistent/feeds.xml"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("error: /nonexistent/feeds.xml: no such file or directory")
  })

  it("exits 2 on usage errors", () => {
    expect(crosscheck(["import"]).code).toBe(2)
    expect(crosscheck(["export", "everything"]).code).toBe(2)
    expect(crosscheck(["--db", freshDatabase(), "export", "articles", "--since", "yesterday"]).code).toBe(2)
    // a speed of 0 was reported as the demo's server failing, exit 1
    const demo = crosscheck(["demo", "--speed", "0"])
    expect(demo.code).toBe(2)
    expect(demo.stderr).toContain("--speed must be a positive number, not 0")
  })

  it("prints help for every command", () => {
    for (const args of [["--help"], ["import", "--help"], ["export", "--help"], ["tui", "--help"]]) {
      const r = crosscheck(args)
      expect(r.code, args.join(" ")).toBe(0)
      expect(r.stdout).toMatch(/USAGE/)
    }
  })

  it("exports CSV with a header and JSON as one array, and --since filters by fetch time", () => {
    const db = freshDatabase()
    crosscheck(["--db", db, "import", seedsDir])
    const csv = crosscheck(["--db", db, "export", "articles", "--format", "csv"]).stdout.trim().split("\r\n")
    expect(csv[0]).toBe("id,url,title,source,published,fetchedAt,duplicateOf,storyId,words")
    expect(csv).toHaveLength(6)
    const json = JSON.parse(crosscheck(["--db", db, "export", "articles", "--format", "json"]).stdout) as Array<unknown>
    expect(json).toHaveLength(5)
    expect(crosscheck(["--db", db, "export", "articles", "--since", "2999-01-01T00:00:00Z"]).stdout).toBe("")
  })
})
