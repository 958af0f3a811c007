/**
 * HTTP faults from a local server, through the import path a person's `crosscheck import URL...`
 * takes (importItems: fetch, decode, parse). Each bad URL becomes one error item saying what went
 * wrong, in the words the CLI prints after "error: URL:"; the feeds around it in the same batch
 * are still read. fetchFeed.test.ts covers the fetch layer's own limits; this is what a person
 * sees of them, in a batch.
 */
import type { IncomingArticle, IncomingItem, ItemError } from "@crosscheck/core"
import { Chunk, Effect, Stream } from "effect"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ImportProgress } from "./ImportProgress.js"
import { importItems } from "./inputs.js"

const feed = (name: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>https://${name}.test/</link>` +
  `<item><title>${name}: five killed in Idlib</title><link>https://${name}.test/1</link><description>Five people were killed.</description></item>` +
  `<item><title>${name}: second report</title><link>https://${name}.test/2</link></item></channel></rss>`

// 64 MB of zeros in about 64 KB of gzip
const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024))
const timers = new Set<NodeJS.Timeout>()

let server: Server
let base = ""
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/"
    if (path === "/good.xml" || path === "/also-good.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" })
      res.end(feed(path.slice(1, -4)))
    } else if (path === "/drip.xml") {
      // the headers at once, then a byte every 100 ms: never a whole feed within the deadline
      res.writeHead(200, { "content-type": "application/rss+xml" })
      const text = feed("drip")
      let i = 0
      const t = setInterval(() => {
        if (res.destroyed || i >= text.length) {
          clearInterval(t)
          res.end()
          return
        }
        res.write(text[i++]!)
      }, 100)
      timers.add(t)
    } else if (path === "/reset.xml") {
      // half the feed, then the connection is torn down
      const text = feed("reset")
      res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(text.length) })
      res.write(text.slice(0, text.length / 2), () => setTimeout(() => req.socket.destroy(), 20))
    } else if (path === "/bomb.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" })
      res.end(bomb)
    } else if (path === "/loop.xml") {
      res.writeHead(302, { location: "/loop.xml" })
      res.end()
    } else if (path === "/endless.xml") {
      // a new address every time: no loop to spot, only a count
      const n = Number(new URL(path, base).searchParams.get("n") ?? 0)
      res.writeHead(301, { location: `/endless.xml?n=${n + 1}` })
      res.end()
    } else if (path.startsWith("/endless.xml?")) {
      const n = Number(new URL(path, base).searchParams.get("n"))
      res.writeHead(301, { location: `/endless.xml?n=${n + 1}` })
      res.end()
    } else if (path === "/plain.xml" || path === "/octet.xml" || path === "/as-html.xml") {
      // a feed sent with the wrong Content-Type, as misconfigured servers do
      const type = { "/plain.xml": "text/plain", "/octet.xml": "application/octet-stream", "/as-html.xml": "text/html; charset=utf-8" }[path]!
      res.writeHead(200, { "content-type": type })
      res.end(feed(path.slice(1, -4)))
    } else if (path === "/login.xml") {
      // the feed's address now answers with a sign-in page (XML or not, the server says so)
      res.writeHead(200, { "content-type": "application/xml" })
      res.end("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Password</form></body></html>")
    } else if (path === "/json.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.end('{"items": []}')
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const t of timers) clearInterval(t)
  server.closeAllConnections()
  await new Promise<void>((r) => server.close(() => r()))
})

const importUrls = (paths: ReadonlyArray<string>): Promise<ReadonlyArray<IncomingItem>> =>
  Effect.runPromise(
    Stream.runCollect(
      importItems(
        paths.map((p) => `${base}${p}`),
        new ImportProgress(),
        { timeoutMs: 1_500, maxBytes: 4 * 1024 * 1024 }
      )
    ).pipe(Effect.map(Chunk.toReadonlyArray))
  )

/** What the CLI prints, per input: "error: <origin>: <message>", or the titles it stored. */
const seen = (items: ReadonlyArray<IncomingItem>) =>
  items.map((i) => (i._tag === "ItemError" ? `error: ${(i as ItemError).origin.replace(base, "")}: ${i.message}` : (i as IncomingArticle).title))

describe("HTTP faults in an import batch", () => {
  it("names each broken server's fault in one line, and imports the feeds around them", async () => {
    const items = await importUrls(["/good.xml", "/drip.xml", "/reset.xml", "/bomb.xml", "/loop.xml", "/endless.xml", "/also-good.xml"])
    expect(seen(items)).toEqual([
      "good: five killed in Idlib",
      "good: second report",
      "error: /drip.xml: timed out after 1.5s",
      expect.stringMatching(/^error: \/reset\.xml: connection (was )?reset/),
      "error: /bomb.xml: response larger than 4 MB",
      "error: /loop.xml: too many redirects",
      "error: /endless.xml: too many redirects",
      "also-good: five killed in Idlib",
      "also-good: second report"
    ])
  }, 60_000)

  it("reads a feed sent as text/plain, octet-stream or text/html as the feed it is", async () => {
    const items = await importUrls(["/plain.xml", "/octet.xml", "/as-html.xml"])
    expect(seen(items)).toEqual([
      "plain: five killed in Idlib",
      "plain: second report",
      "octet: five killed in Idlib",
      "octet: second report",
      "as-html: five killed in Idlib",
      "as-html: second report"
    ])
  }, 60_000)

  it("says an address answering with JSON is not a feed, and reads an HTML page there as a page", async () => {
    const items = await importUrls(["/json.xml", "/login.xml", "/good.xml"])
    expect(seen(items)).toEqual([
      "error: /json.xml: not a feed (no <rss>, <feed> or <rdf:RDF> root element (looks like JSON))",
      "Sign in",
      "good: five killed in Idlib",
      "good: second report"
    ])
  }, 60_000)
})
