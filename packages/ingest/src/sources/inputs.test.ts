import type { IncomingArticle, IncomingItem } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ImportProgress } from "./ImportProgress.js"
import { importItems } from "./inputs.js"
import { parseNdjsonLine } from "./ndjson.js"
import { splitFrontMatter } from "./plainFile.js"

const collect = (inputs: ReadonlyArray<string>) =>
  Stream.runCollect(importItems(inputs, new ImportProgress(), {})).pipe(Effect.map(Chunk.toReadonlyArray))

const articles = (items: ReadonlyArray<IncomingItem>) =>
  items.filter((i): i is IncomingArticle => i._tag === "IncomingArticle")

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-inputs-"))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

describe("importItems", () => {
  it.effect("walks a folder in name order, skipping hidden files and sidecars, front matter winning over meta.json", () =>
    Effect.gen(function* () {
      const dir = folder({
        "b.txt": "---\ntitle: From front matter\npublished: 2016-11-16T12:45:00Z\n---\nFirst line\nBody of b.",
        "a.md": "\n\n# Dozens killed in Aleppo\n\nBody of a.",
        "meta.json": JSON.stringify({
          docs: { a: { published: "2016-11-17T09:00:00Z", source: "Outlet A" }, b: { published: "2000-01-01T00:00:00Z", title: "Sidecar title" } }
        }),
        ".hidden.txt": "not an input",
        "sub/c.html": "<html><head><title>Page C</title></head><body><nav>Menu</nav><p>Body of c.</p></body></html>"
      })
      const items = yield* collect([dir])
      expect(items.every((i) => i._tag === "IncomingArticle")).toBe(true)
      const [a, b, c] = articles(items)
      expect(a).toMatchObject({ title: "Dozens killed in Aleppo", source: "Outlet A", published: new Date("2016-11-17T09:00:00Z") })
      expect(a!.url).toBe(`file://${join(dir, "a.md")}`)
      expect(b).toMatchObject({ title: "From front matter", published: new Date("2016-11-16T12:45:00Z") })
      expect(b!.text.trim()).toBe("First line\nBody of b.")
      expect(c).toMatchObject({ title: "Page C", text: "Body of c." })
    }))

  it.effect("names a missing path and an unknown file, and goes on with the rest", () =>
    Effect.gen(function* () {
      const dir = folder({ "data.bin": "\u0000\u0001binary", "ok.txt": "Title\nText" })
      const items = yield* collect(["/nonexistent/x.xml", dir])
      expect(items.filter((i) => i._tag === "ItemError")).toEqual([
        { _tag: "ItemError", origin: "/nonexistent/x.xml", message: "no such file or directory" },
        { _tag: "ItemError", origin: join(dir, "data.bin"), message: "not a feed, NDJSON, text or HTML file" }
      ])
      expect(articles(items).map((a) => a.title)).toEqual(["Title"])
    }))

  it.effect("streams NDJSON with a final line lacking a newline, CRLF endings and a BOM", () =>
    Effect.gen(function* () {
      const dir = folder({
        "x.jsonl": `\ufeff${JSON.stringify({ url: "u1", title: "One" })}\r\n\r\n${JSON.stringify({ url: "u2", title: "Two" })}`
      })
      expect(articles(yield* collect([join(dir, "x.jsonl")])).map((a) => a.url)).toEqual(["u1", "u2"])
    }))

  it.effect("a large NDJSON file arrives in chunks, not one element at a time", () =>
    Effect.gen(function* () {
      const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ url: `u${i}`, title: `T${i}`, text: "x".repeat(100) }))
      const dir = folder({ "big.ndjson": `${lines.join("\n")}\n` })
      const chunkSizes = yield* importItems([join(dir, "big.ndjson")], new ImportProgress(), {}).pipe(
        Stream.mapChunks((c) => Chunk.of(Chunk.size(c))),
        Stream.runCollect
      )
      expect(Chunk.reduce(chunkSizes, 0, (a, b) => a + b)).toBe(5000)
      expect(Chunk.size(chunkSizes)).toBeLessThan(50)
    }))
})

describe("parseNdjsonLine", () => {
  it("reads an article, taking the outlet from the url's host when none is given", () => {
    expect(parseNdjsonLine('{"url":"https://www.reuters.com/x","title":"T","html":"<p>b</p>"}', "f:1")).toMatchObject({
      source: "reuters.com",
      isHtml: true,
      text: "<p>b</p>"
    })
  })
  it("explains what is wrong with a line", () => {
    expect(parseNdjsonLine("[1,2]", "f:1")).toMatchObject({ message: "expected a JSON object, got an array" })
    expect(parseNdjsonLine('{"url": 5}', "f:2")).toMatchObject({ message: '"url" must be a string, got a number' })
    expect(parseNdjsonLine("   ", "f:3")).toBeNull()
  })
})

describe("splitFrontMatter", () => {
  it("reads quoted values and leaves text without front matter alone", () => {
    expect(splitFrontMatter('---\ntitle: "A: B"\nsource: SANA\n---\nBody')).toEqual({ meta: { title: "A: B", source: "SANA" }, body: "Body" })
    expect(splitFrontMatter("Title\n---\nBody")).toEqual({ meta: {}, body: "Title\n---\nBody" })
  })
})
