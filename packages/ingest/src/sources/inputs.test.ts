import type { IncomingArticle, IncomingItem } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { execFileSync } from "node:child_process"
import { createWriteStream, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ImportProgress } from "./ImportProgress.js"
import { importItems } from "./inputs.js"
import { parseNdjsonLine } from "./ndjson.js"
import { splitFrontMatter } from "./plainFile.js"

const collect = (inputs: ReadonlyArray<string>) => Stream.runCollect(importItems(inputs, new ImportProgress(), {})).pipe(Effect.map(Chunk.toReadonlyArray))

const articles = (items: ReadonlyArray<IncomingItem>) => items.filter((i): i is IncomingArticle => i._tag === "IncomingArticle")

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
    })
  )

  it.effect("names a missing path and an unknown file, and goes on with the rest", () =>
    Effect.gen(function* () {
      const dir = folder({ "data.bin": "\u0000\u0001binary", "ok.txt": "Title\nText" })
      const items = yield* collect(["/nonexistent/x.xml", dir])
      expect(items.filter((i) => i._tag === "ItemError")).toEqual([
        { _tag: "ItemError", origin: "/nonexistent/x.xml", message: "no such file or directory" },
        { _tag: "ItemError", origin: join(dir, "data.bin"), message: "not a feed, NDJSON, text or HTML file" }
      ])
      expect(articles(items).map((a) => a.title)).toEqual(["Title"])
    })
  )

  it.effect("streams NDJSON with a final line lacking a newline, CRLF endings and a BOM", () =>
    Effect.gen(function* () {
      const dir = folder({
        "x.jsonl": `\ufeff${JSON.stringify({ url: "u1", title: "One" })}\r\n\r\n${JSON.stringify({ url: "u2", title: "Two" })}`
      })
      expect(articles(yield* collect([join(dir, "x.jsonl")])).map((a) => a.url)).toEqual(["u1", "u2"])
    })
  )

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
    })
  )
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

  it.effect("does not follow symbolic links inside a folder, and says so; a link named on the command line is read", () =>
    Effect.gen(function* () {
      const secret = folder({ "passwd.txt": "root:x:0:0\nsecret" })
      const dir = folder({ "ok.txt": "Title\nText" })
      symlinkSync(join(secret, "passwd.txt"), join(dir, "link.txt"))
      symlinkSync(secret, join(dir, "linked-folder"))
      execFileSync("mkfifo", [join(dir, "pipe.ndjson")])
      const items = yield* collect([dir])
      expect(articles(items).map((a) => a.title)).toEqual(["Title"])
      expect(items.filter((i) => i._tag === "ItemWarning")).toEqual([
        { _tag: "ItemWarning", origin: join(dir, "link.txt"), message: "symbolic link inside a folder: not followed" },
        { _tag: "ItemWarning", origin: join(dir, "linked-folder"), message: "symbolic link inside a folder: not followed" },
        { _tag: "ItemWarning", origin: join(dir, "pipe.ndjson"), message: "not a regular file (a pipe, socket or device): skipped" }
      ])
      const direct = yield* collect([join(dir, "link.txt")])
      expect(articles(direct).map((a) => a.title)).toEqual(["root:x:0:0"])
    })
  )

  it.effect("reads NDJSON and feeds from a pipe, deciding by the first bytes", () =>
    Effect.gen(function* () {
      const dir = folder({})
      const fifo = join(dir, "in")
      execFileSync("mkfifo", [fifo])
      const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Piped</title><item><title>From a pipe</title><link>https://ex.test/p</link></item></channel></rss>`
      for (const [text, expected] of [
        [`\n  ${JSON.stringify({ url: "u1", title: "One" })}\n${JSON.stringify({ url: "u2", title: "Two" })}\n`, ["One", "Two"]],
        [feed, ["From a pipe"]]
      ] as const) {
        // The writer opens the FIFO when the import does.
        const writer = createWriteStream(fifo)
        writer.end(text)
        const items = yield* collect([fifo])
        expect(articles(items).map((a) => a.title)).toEqual(expected)
      }
    })
  )

  it.effect("reads a windows-1251 text file as Cyrillic, not replacement characters", () =>
    Effect.gen(function* () {
      const cyrillic = "Обстрел Алеппо"
      const encode = (s: string) => Uint8Array.from([...s].map((c) => (c.codePointAt(0)! < 0x80 ? c.codePointAt(0)! : c.codePointAt(0)! - 0x410 + 0xc0)))
      const dir = mkdtempSync(join(tmpdir(), "crosscheck-inputs-"))
      const body = "Сирийская армия сообщила что в результате обстрела погибли двенадцать мирных жителей"
      writeFileSync(join(dir, "news.txt"), Buffer.concat([Buffer.from(encode(cyrillic)), Buffer.from("\n"), Buffer.from(encode(body))]))
      const items = yield* collect([join(dir, "news.txt")])
      expect(articles(items)[0]).toMatchObject({ title: cyrillic, text: body })
      expect(items.filter((i) => i._tag !== "IncomingArticle")).toEqual([])
    })
  )
})
