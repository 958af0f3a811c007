/** A loopback feed server whose feeds keep publishing: item k of every feed appears `everyMs`
 * after item k-1, up to `items` per feed, then it stops by itself. Every feed lists all it has
 * published so far, newest first, so whatever a poll misses the next one finds. Item text is
 * real news prose (FA-KES) with the report's date; one item in five carries another feed's
 * text (a wire copy, dated a little later), so copy detection, stories and conflicts all have
 * work. `publish(epoch)` starts a new run under
 * new item urls, for a database that goes on from an earlier run. */
import { createHash } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { readFaKes } from "./faKes.js"

export interface PublishingOptions {
  readonly feeds: number
  /** items each feed publishes in a run */
  readonly items: number
  /** ms between two items of a feed */
  readonly everyMs: number
  /** items every feed has from the start of a run */
  readonly initial?: number
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export class PublishingFeeds {
  private server: Server | null = null
  private base = ""
  private epoch = "e0"
  private startedAt = 0
  private readonly texts: ReadonlyArray<readonly [string, string, number]>
  /** requests answered, for the bench's notes */
  requests = 0

  constructor(readonly options: PublishingOptions) {
    this.texts = readFaKes()
      .filter((r) => r.content.length > 300)
      .map((r) => [r.title, r.content, Date.parse(r.date)] as const)
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.requests++
      const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? "")
      const feed = m === null ? -1 : Number(m[1])
      if (feed < 0 || feed >= this.options.feeds) {
        res.writeHead(404).end()
        return
      }
      const body = this.body(feed)
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag }).end()
        return
      }
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(body)
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    this.publish("e0")
    return this.base
  }

  /** Starts a run: from now on the feeds publish the items of `epoch`, from the first. */
  publish(epoch: string): void {
    this.epoch = epoch
    this.startedAt = Date.now()
  }

  feedUrls(): Array<string> {
    return Array.from({ length: this.options.feeds }, (_, f) => `${this.base}/feed/${f}.xml`)
  }

  /** An OPML list of the feeds, for `feeds import`. */
  opml(): string {
    const outlines = this.feedUrls()
      .map((u, f) => `<outline type="rss" text="Outlet ${f}" xmlUrl="${u}"/>`)
      .join("")
    return `<?xml version="1.0"?><opml version="2.0"><head><title>crash</title></head><body>${outlines}</body></opml>`
  }

  /** How many items each feed has published by `at`. */
  count(at = Date.now()): number {
    const { items, everyMs, initial = 1 } = this.options
    return Math.min(items, initial + Math.floor(Math.max(0, at - this.startedAt) / everyMs))
  }

  /** When the run has published everything. */
  get finishesAt(): number {
    const { items, everyMs, initial = 1 } = this.options
    return this.startedAt + Math.max(0, items - initial) * everyMs
  }

  url(feed: number, k: number, epoch = this.epoch): string {
    return `http://outlet-${feed}.crash.test/${epoch}/${k}`
  }

  /** The item urls published by `at` (every feed); the whole run when `at` is past its end. */
  published(at = Date.now(), epoch = this.epoch): Array<string> {
    const n = this.count(at)
    const out: Array<string> = []
    for (let f = 0; f < this.options.feeds; f++) for (let k = 0; k < n; k++) out.push(this.url(f, k, epoch))
    return out
  }

  all(epoch = this.epoch): Array<string> {
    return this.published(Number.MAX_SAFE_INTEGER, epoch)
  }

  private body(feed: number): string {
    const n = this.count()
    const epochNo = Number(/\d+/.exec(this.epoch)?.[0] ?? 0)
    const items: Array<string> = []
    for (let k = n - 1; k >= 0; k--) {
      // One item in five is the wire's copy of feed 0's item k.
      const source = k % 5 === 4 && feed > 0 ? 0 : feed
      const [title, text, published] = this.texts[(epochNo * 997 + k * this.options.feeds + source) % this.texts.length]!
      const url = this.url(feed, k)
      // The report's own date, a little later on each feed: a wire copy follows its original.
      const date = new Date(published + feed * 600_000).toUTCString()
      items.push(
        `<item><title>${escapeXml(title)}</title><link>${url}</link><guid>${url}</guid><pubDate>${date}</pubDate><description>${escapeXml(text)}</description></item>`
      )
    }
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet ${feed}</title><link>http://outlet-${feed}.crash.test/</link>${items.join("")}</channel></rss>`
  }

  async close(): Promise<void> {
    if (this.server === null) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = null
  }
}
