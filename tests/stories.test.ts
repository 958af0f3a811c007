import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { seedsDir } from "./support/paths.js"

const meta = JSON.parse(readFileSync(join(seedsDir, "meta.json"), "utf8")) as {
  docs: Record<string, { story: string }>
}

describe("copies and stories through the real binary", () => {
  it("groups the seeds as meta.json expects: no copies, {000, 001, 002} one story, 003 and 004 their own", () => {
    const db = freshDatabase()
    expect(crosscheck(["--db", db, "import", seedsDir]).code).toBe(0)
    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    const docOf = (a: Record<string, unknown>) =>
      String(a.url)
        .split("/")
        .at(-1)!
        .replace(/\.txt$/, "")
    expect(articles.every((a) => a.duplicateOf === null)).toBe(true)

    // Same expected story <=> same storyId, for every pair of seeds.
    for (const a of articles) {
      for (const b of articles) {
        const expectSame = meta.docs[docOf(a)]!.story === meta.docs[docOf(b)]!.story
        expect(a.storyId === b.storyId, `${docOf(a)} / ${docOf(b)}`).toBe(expectSame)
      }
    }

    const stories = ndjson(crosscheck(["--db", db, "export", "stories"]).stdout)
    expect(stories).toHaveLength(3)
    const big = stories.find((s) => (s.articleIds as Array<string>).length === 3)!
    expect(Object.keys(big).sort()).toEqual(["articleIds", "firstSeen", "id", "lastSeen", "title"])
    expect(big).toMatchObject({ firstSeen: "2016-11-15T15:00:00.000Z", lastSeen: "2016-11-17T09:00:00.000Z" })
  })

  it("marks a re-post and a wire copy as duplicates of the first-seen original and counts them in the summary", () => {
    const db = freshDatabase()
    const original = readFileSync(join(seedsDir, "001_6ae1e418d85faf84.txt"), "utf8")
    const [title, ...body] = original.split("\n")
    const text = body.join("\n")
    const lines = [
      { url: "https://outlet.example/original", title, text, source: "Outlet", published: "2016-11-16T12:45:00Z" },
      { url: "https://mirror.example/repost", title, text, source: "Mirror", published: "2016-11-16T13:00:00Z" },
      {
        url: "https://wire.example/copy",
        title: "Homs hit by missile strikes",
        text: `HOMS, Syria (Wire) - ${text.slice(0, Math.floor(text.length * 0.7))}\n\nReporting by Staff`,
        source: "Wire",
        published: "2016-11-16T14:00:00Z"
      }
    ]
    const file = join(freshDatabase(), "..", "copies.ndjson")
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"))
    const summary = JSON.parse(crosscheck(["--db", db, "import", file, "--json"]).stdout)
    expect(summary).toMatchObject({ new: 3, duplicates: 2 })
    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    const [first, repost, wire] = articles
    expect(repost).toMatchObject({ duplicateOf: first!.id, storyId: first!.storyId })
    expect(wire).toMatchObject({ duplicateOf: first!.id, storyId: first!.storyId })
  })
})
