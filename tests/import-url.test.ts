import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { crosscheck, crosscheckAsync, freshDatabase, ndjson } from "./support/cli.js"

// A feed in windows-1252, as many older outlets still serve: the curly quotes and the e-acute
// are single bytes that only decode right with the charset from the Content-Type header.
const feed = Buffer.from(
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Outlet</title><link>http://outlet.test/</link>
   <item><title>\x93Dozens\x94 killed in Aleppo caf\xe9 strike</title><link>http://outlet.test/a</link>
   <pubDate>Thu, 17 Nov 2016 09:00:00 GMT</pubDate><description>&lt;p&gt;SOHR said 32 people were killed.&lt;/p&gt;</description></item>
   <item><title>Second report</title><guid isPermaLink="false">outlet-2</guid><description>Text two.</description></item>
   </channel></rss>`,
  "latin1"
)

let server: Server
let base = ""
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=windows-1252", "content-encoding": "gzip" })
      res.end(gzipSync(feed))
    } else if (req.url === "/moved") {
      res.writeHead(301, { location: "/feed.xml" })
      res.end()
    } else if (req.url === "/page.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      res.end(
        "<html><head><title>White Helmets report</title></head><body><nav>Home</nav><article><p>Eleven civilians were killed in Sukkari.</p></article></body></html>"
      )
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe("import from URLs", () => {
  it("fetches a gzipped windows-1252 feed through a redirect, an HTML page as one article, and names a 404", async () => {
    const db = freshDatabase()
    const r = await crosscheckAsync(["--db", db, "import", `${base}/moved`, `${base}/page.html`, `${base}/gone.xml`, "--json"])
    expect(r.code).toBe(0)
    expect(r.stderr.trim()).toBe(`error: ${base}/gone.xml: HTTP 404 Not Found`)
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 3, errors: 1 })
    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    expect(articles.map((a) => [a.url, a.title, a.source])).toEqual([
      ["http://outlet.test/a", '"Dozens" killed in Aleppo café strike', "Local Outlet"],
      ["outlet-2", "Second report", "Local Outlet"],
      [`${base}/page.html`, "White Helmets report", "127.0.0.1"]
    ])
    expect(articles[0]!.published).toBe("2016-11-17T09:00:00.000Z")

    const again = await crosscheckAsync(["--db", db, "import", `${base}/feed.xml`, "--json"])
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, alreadyStored: 2 })
  })
})
