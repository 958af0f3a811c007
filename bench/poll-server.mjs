// The feed server for bench/poll-bench.ts: FEEDS feeds of ITEMS items each, spread over HOSTS
// loopback addresses (127.0.0.2, 127.0.0.3, ...) so per-host limits apply as on the web. Item
// text comes from the FA-KES articles (real news prose, read from ../shared), cut to a feed
// summary. ETag and Last-Modified on every response; a request with the current ETag (or,
// without If-None-Match, the current Last-Modified) is answered with 304.
// Phase 2 (POST /phase/2 on 127.0.0.1) adds NEW items to every feed, as a next cycle would
// find them. Loopback only; it exits by itself after 30 minutes, or when stdin closes.
import { readFileSync } from "node:fs"
import { createServer } from "node:http"

const [feedsArg, itemsArg, hostsArg, portArg, rowsPath] = process.argv.slice(2)
const FEEDS = Number(feedsArg)
const ITEMS = Number(itemsArg)
const HOSTS = Number(hostsArg)
const PORT = Number(portArg)
const NEW = 2

// [title, text] pairs: FA-KES articles, as the runner read them.
const rows = JSON.parse(readFileSync(rowsPath, "utf8")).map(([title, text]) => [null, title, text])
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

let phase = 1
const HOUR = 3600_000
const base = Date.UTC(2026, 10, 29, 6)

const item = (feed, n) => {
  const row = rows[(feed * 7919 + n * 104729) % rows.length]
  const title = escapeXml(`${row[1]} (${feed}-${n})`)
  const text = escapeXml(row[2].slice(0, 400 + ((feed + n) % 5) * 100))
  const date = new Date(base + n * HOUR - (feed % 60) * 60_000).toUTCString()
  return `<item><title>${title}</title><link>http://outlet-${feed}.test/news/${n}</link><guid isPermaLink="false">f${feed}-i${n}</guid><pubDate>${date}</pubDate><description>&lt;p&gt;${text}&lt;/p&gt;</description></item>`
}

const cache = new Map()
const body = (feed) => {
  const key = `${phase}/${feed}`
  let b = cache.get(key)
  if (b === undefined) {
    const last = ITEMS + (phase === 2 ? NEW : 0)
    const items = []
    for (let n = last; n > last - ITEMS; n--) items.push(item(feed, n))
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet ${feed}</title><link>http://outlet-${feed}.test/</link><description>bench</description>${items.join("")}</channel></rss>`
    b = { xml: Buffer.from(xml), etag: `"${phase}-${feed}"`, modified: new Date(base + phase * HOUR).toUTCString() }
    cache.set(key, b)
  }
  return b
}

let requests = 0
let notModified = 0
const handler = (req, res) => {
  if (req.method === "POST" && req.url?.startsWith("/phase/")) {
    phase = Number(req.url.slice(7))
    res.writeHead(204).end()
    return
  }
  if (req.url === "/stats") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ requests, notModified }))
    requests = 0
    notModified = 0
    return
  }
  const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? "")
  if (m === null || Number(m[1]) >= FEEDS) {
    res.writeHead(404).end()
    return
  }
  requests++
  const b = body(Number(m[1]))
  if (req.headers["if-none-match"] === b.etag || (req.headers["if-none-match"] === undefined && req.headers["if-modified-since"] === b.modified)) {
    notModified++
    res.writeHead(304, { etag: b.etag }).end()
    return
  }
  res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: b.etag, "last-modified": b.modified, "content-length": b.xml.length })
  res.end(b.xml)
}

const servers = []
const listen = (host) =>
  new Promise((resolve) => {
    const s = createServer(handler)
    s.keepAliveTimeout = 5000
    servers.push(s)
    s.listen(PORT, host, resolve)
  })
await listen("127.0.0.1")
for (let h = 0; h < HOSTS; h++) await listen(`127.0.0.${2 + h}`)
const stop = () => {
  for (const s of servers) {
    s.closeAllConnections()
    s.close()
  }
  process.exit(0)
}
setTimeout(stop, 30 * 60_000).unref()
process.stdin.on("end", stop)
process.stdin.resume()
process.stdout.write("ready\n")
