/**
 * Property-based fuzzing of the feed wrapper: bytes -> decode -> rss-parser -> articles, as an
 * import or a poll reads them. Whatever the bytes, the result is a feed (each item an article or
 * an item error) or a NotAFeed failure naming the input: no exception, no defect, no hang.
 *
 * Seeded, so CI sees the same inputs on every run. The time bounds are hang detectors, far above
 * what any input here takes: the machine is shared, and timing goals live in bench/.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { type IncomingItem, normaliseArticle } from "@crosscheck/core"
import { Cause, Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeFeed } from "./decode.js"
import { parseFeed } from "./parseFeed.js"

const SEED = 20261129
const HANG_MS = 5_000
const HUGE_MS = 30_000
/** A whole test: its inputs together, on a loaded machine. */
const TEST_MS = 180_000

const CORPUS = fileURLToPath(new URL("../../../../../shared/data/feeds/rss-parser/input", import.meta.url))
// the small files: mutations of the 1.6 MB podcast feed would spend the budget on one input
const corpus = readdirSync(CORPUS)
  .map((f) => readFileSync(join(CORPUS, f)))
  .filter((b) => b.length < 160_000)

interface Outcome {
  readonly ms: number
  readonly items: ReadonlyArray<IncomingItem>
  readonly notAFeed: string | null
}

/** The wrapper end to end, as feedBytesItems and the poller run it, then each article stored as
 * normaliseArticle would. A defect (a throw inside) fails the test with its cause. */
const readBytes = async (bytes: Uint8Array, contentType: string | null = null): Promise<Outcome> => {
  const started = performance.now()
  const decoded = decodeFeed(bytes, contentType)
  const exit = await Effect.runPromiseExit(parseFeed(decoded.text, { origin: "https://outlet.test/feed.xml", feedId: null }))
  if (Exit.isFailure(exit)) {
    const failure = Cause.failureOption(exit.cause)
    if (failure._tag === "None") throw new Error(`a defect escaped: ${Cause.pretty(exit.cause)}`)
    expect(failure.value._tag).toBe("NotAFeed")
    expect(failure.value.message).not.toMatch(/[\r\n]/)
    return { ms: performance.now() - started, items: [], notAFeed: failure.value.reason }
  }
  for (const item of exit.value.items) {
    if (item._tag !== "IncomingArticle") continue
    normaliseArticle(item, 0)
  }
  return { ms: performance.now() - started, items: exit.value.items, notAFeed: null }
}

const HOSTILE = [
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\u001b]0;x\u0007",
  "\ud800",
  "\ufeff",
  "\u202e",
  "\u00a0",
  "\r\n",
  "\t",
  "\uFFFD",
  "&amp;",
  "&lt;",
  "&#0;",
  "&#x110000;",
  "&#99999999999;",
  "&nbsp;",
  "&unknown;",
  "&lol9;",
  "&amp;lt;",
  "&",
  "<",
  ">",
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<p>",
  "</p>",
  "<b>",
  "<script>alert(1)</script>",
  "<a href='javascript:x'>",
  "</a>",
  "<?pi x?>",
  "<!DOCTYPE x>",
  "<x:y xmlns:x='urn:x'>",
  "</x:y>",
  "&#x1b;[31m",
  "javascript:alert(1)",
  "At least 5 people were killed in Aleppo, the monitor said. ",
  "Двадцать",
  "ش",
  "日本",
  "🙂"
]
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) }
)
const value = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""))
const FIELDS = ["title", "link", "guid", "description", "content:encoded", "pubDate", "dc:date", "author", "category", "id", "updated", "summary", "content"]
const field = fc.tuple(fc.constantFrom(...FIELDS), value, fc.boolean()).map(([name, v, cdata]) => `<${name}>${cdata ? `<![CDATA[${v}]]>` : v}</${name}>`)
const item = (tag: string) => fc.array(field, { maxLength: 8 }).map((fs) => `<${tag}>${fs.join("")}</${tag}>`)

/** A feed built from the grammar of each format, with hostile text in every field. */
const feedText = fc.oneof(
  fc
    .tuple(value, fc.array(item("item"), { maxLength: 6 }))
    .map(([t, items]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${t}</title>${items.join("")}</channel></rss>`),
  fc
    .tuple(value, fc.array(item("entry"), { maxLength: 6 }))
    .map(([t, items]) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>${t}</title>${items.join("")}</feed>`),
  fc
    .tuple(value, fc.array(item("item"), { maxLength: 6 }))
    .map(
      ([t, items]) =>
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>${t}</title></channel>${items.join("")}</rdf:RDF>`
    ),
  // anything at all
  value
)

const DECLARED = ["utf-8", "UTF-16", "windows-1251", "iso-8859-1", "x-unknown", "utf-32", "shift_jis", ""]
const ENCODED_AS: ReadonlyArray<BufferEncoding> = ["utf8", "utf8", "latin1", "utf16le"]

/** Bytes a server or a disk may really hand over: the text in some encoding, maybe declared
 * wrongly, maybe with a BOM, with invalid UTF-8 and NUL bytes spliced in, maybe cut short. */
const feedBytes = fc
  .record({
    text: feedText,
    declared: fc.constantFrom(...DECLARED),
    encoding: fc.constantFrom(...ENCODED_AS),
    bom: fc.constantFrom("", "\ufeff"),
    splices: fc.array(fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0], [0xfe, 0xff])), {
      maxLength: 4
    }),
    cut: fc.option(fc.nat(), { nil: null })
  })
  .map(({ text, declared, encoding, bom, splices, cut }) => {
    const withDeclaration = declared === "" ? text : text.replace('<?xml version="1.0"?>', `<?xml version="1.0" encoding="${declared}"?>`)
    let bytes = Buffer.from(bom + withDeclaration, encoding)
    for (const [at, inserted] of splices) {
      const i = bytes.length === 0 ? 0 : at % bytes.length
      bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(inserted), bytes.subarray(i)])
    }
    return cut === null || bytes.length === 0 ? bytes : bytes.subarray(0, cut % bytes.length)
  })

/** A real feed with a few bytes changed, deleted, duplicated or cut: reaches states of the XML
 * reader that no grammar above writes. */
const mutatedCorpus = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.array(fc.tuple(fc.constantFrom("flip", "delete", "duplicate", "cut"), fc.nat(), fc.integer({ min: 1, max: 64 }), fc.nat(255)), {
      minLength: 1,
      maxLength: 5
    })
  )
  .map(([original, edits]) => {
    let b = Buffer.from(original)
    for (const [edit, at, length, byte] of edits) {
      if (b.length === 0) break
      const i = at % b.length
      if (edit === "flip") b[i] = byte
      else if (edit === "delete") b = Buffer.concat([b.subarray(0, i), b.subarray(i + length)])
      else if (edit === "duplicate") b = Buffer.concat([b.subarray(0, i + length), b.subarray(i)])
      else b = b.subarray(0, i)
    }
    return b
  })

const CONTENT_TYPES = [
  null,
  "application/rss+xml",
  "text/xml; charset=utf-8",
  "text/html; charset=windows-1252",
  "application/octet-stream",
  "text/plain; charset=x-bogus"
]

describe("fuzz: the feed wrapper (bytes -> decode -> rss-parser -> articles)", () => {
  it(
    "reads any bytes in any format and encoding as a feed or as NotAFeed, in bounded time",
    async () => {
      await fc.assert(
        fc.asyncProperty(feedBytes, fc.constantFrom(...CONTENT_TYPES), async (bytes, contentType) => {
          const out = await readBytes(bytes, contentType)
          expect(out.ms).toBeLessThan(HANG_MS)
        }),
        { seed: SEED, numRuns: 1_000 }
      )
    },
    TEST_MS
  )

  it(
    "reads real feeds with bytes changed, deleted, duplicated or cut short, in bounded time",
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedCorpus, async (bytes) => {
          const out = await readBytes(bytes)
          expect(out.ms).toBeLessThan(HANG_MS)
        }),
        { seed: SEED, numRuns: 300 }
      )
    },
    TEST_MS
  )

  const head = `<rss version="2.0"><channel><title>Outlet</title><link>https://outlet.test/</link>`
  const tail = "</channel></rss>"
  const rss = (items: string, doctype = "") => `<?xml version="1.0"?>${doctype}${head}${items}${tail}`
  /** A feed whose first item's title is these bytes, the good item after it. */
  const titled = (bytes: Buffer) => Buffer.concat([Buffer.from(`${head}<item><title>`), bytes, Buffer.from(`</title></item>${good}${tail}`)])
  const good = "<item><title>Five killed in Idlib</title><link>https://outlet.test/a</link><description>Five people were killed.</description></item>"

  it(
    "expands no entity declared in the feed (billion laughs), and reads the items around it",
    async () => {
      const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("")
      const bomb = rss(`<item><title>&l10;</title><link>https://outlet.test/bomb</link></item>${good}`, `<!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]>`)
      const out = await readBytes(Buffer.from(bomb))
      expect(out.ms).toBeLessThan(HUGE_MS)
      const text = JSON.stringify(out.items)
      // 10^10 "lol"s had the entity been expanded; it is kept as written
      expect(text.length).toBeLessThan(100_000)
      expect(out.notAFeed).toBeNull()
      expect(out.items.map((i) => (i._tag === "IncomingArticle" ? i.title : i.message))).toEqual(["&l10;", "Five killed in Idlib"])
    },
    TEST_MS
  )

  it(
    "reads a 10 MB title, megabytes of NUL bytes and of invalid UTF-8, deep nesting, in bounded time",
    async () => {
      const huge: Record<string, Buffer> = {
        tenMegabyteTitle: Buffer.from(
          rss(`<item><title>${"Dozens killed in Aleppo ".repeat(437_000)}</title><link>https://outlet.test/t</link></item>${good}`)
        ),
        nulBytes: titled(Buffer.alloc(4_000_000)),
        invalidUtf8: titled(Buffer.alloc(4_000_000, 0xc3)),
        invalidUtf8Mixed: titled(Buffer.from("Zwölf Tote in Aleppo \xff\xfe\xc3(".repeat(100_000), "latin1")),
        lonesurrogates: Buffer.from(rss(`<item><title>${"\ud800x".repeat(500_000)}</title></item>${good}`)),
        deepInItem: Buffer.from(rss(`<item><description>${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}</description></item>${good}`)),
        deepOutside: Buffer.from(rss(`${"<x>".repeat(100_000)}${good}${"</x>".repeat(100_000)}`)),
        manyItems: Buffer.from(rss(good.repeat(50_000))),
        entities: Buffer.from(rss(`<item><title>${"&amp;&lt;&#65;&#x110000;&unknown;".repeat(200_000)}</title></item>${good}`))
      }
      for (const [name, bytes] of Object.entries(huge)) {
        const out = await readBytes(bytes)
        expect(out.ms, name).toBeLessThan(HUGE_MS)
        // the good item beside the hostile one still arrives; only nesting outside any item
        // refuses the whole text
        if (name === "deepOutside") expect(out.notAFeed).toMatch(/nested deeper than 256 levels outside any item/)
        else expect(JSON.stringify(out.items), name).toContain("Five killed in Idlib")
      }
    },
    TEST_MS
  )
})
