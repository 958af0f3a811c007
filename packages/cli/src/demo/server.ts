/**
 * The demo's feed server: replays the evening (evening.ts) on loopback, one feed per outlet at
 * /<slug>.xml and the list of them at /feeds.opml. Each item appears in its outlet's feed at its
 * scheduled time after the server starts, the whole evening in about two minutes at speed 1.
 * It behaves like a well-run feed host, so the poller is exercised as it is in the wild: ETag and
 * Last-Modified with 304 on a conditional GET when nothing new has appeared, gzip when asked.
 */
import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { Data, Effect } from "effect"
import { type DemoItem, type DemoOutlet, type Evening, eveningFor } from "./evening.js"
import { type FeedDocument, renderFeed, renderOpml } from "./feeds.js"

export interface DemoServerOptions {
  /** how much faster than the default two minutes the evening is replayed; default 1 */
  readonly speed?: number
  /** epoch ms now; tests pass their own to step through the evening */
  readonly clock?: () => number
  /** default 0: any free port */
  readonly port?: number
}

export interface DemoFeed {
  readonly outlet: DemoOutlet
  readonly url: string
}

export interface DemoServer {
  /** http://127.0.0.1:<port> */
  readonly url: string
  readonly port: number
  readonly opmlUrl: string
  readonly feeds: ReadonlyArray<DemoFeed>
  readonly evening: Evening
  /** clock time the replay started */
  readonly startedAt: number
  /** clock time the last item is due */
  readonly endsAt: number
  /** clock time `item` is due */
  readonly dueAt: (item: DemoItem) => number
  /** a poller that reads each feed at least this often meets every original before its copies
   * (wire or spun), so they fold onto the original the answer key names */
  readonly copyLeadMs: number
  /** stops listening and closes open connections */
  readonly close: () => Promise<void>
}

/** The demo server could not start. */
export class DemoServerError extends Data.TaggedError("DemoServerError")<{
  readonly reason: "invalid_speed" | "listen"
  readonly message: string
}> {}

const HOST = "127.0.0.1"

/** Whether the client accepts gzip (Accept-Encoding: "gzip", "gzip;q=0.5", "*"), and does not
 * refuse it with q=0. */
export const acceptsGzip = (header: string | undefined): boolean => {
  if (header === undefined) return false
  let star = false
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";")
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const allowed = q === undefined || Number(q.slice(2)) > 0
    if (name.trim() === "gzip") return allowed
    if (name.trim() === "*") star = allowed
  }
  return star
}

// Weak comparison (RFC 9110 8.8.3.2): "W/" does not matter for If-None-Match.
const opaque = (tag: string): string => tag.trim().replace(/^W\//, "")
const matchesEtag = (header: string, etag: string): boolean => header.trim() === "*" || header.split(",").some((t) => opaque(t) === opaque(etag))

/** Starts the server on 127.0.0.1. The evening is the day before the clock's time at start. */
export const startDemoServer = (options: DemoServerOptions = {}): Promise<DemoServer> => {
  const speed = options.speed ?? 1
  if (!(Number.isFinite(speed) && speed > 0)) return Promise.reject(new RangeError(`speed must be a positive number, not ${speed}`))
  const clock = options.clock ?? Date.now
  const startedAt = clock()
  const evening = eveningFor(startedAt)
  const dueAt = (item: DemoItem): number => startedAt + item.dueMs / speed
  const byOutlet = new Map<string, Array<DemoItem>>(evening.outlets.map((o) => [o.slug, []]))
  for (const item of evening.items) byOutlet.get(item.outlet.slug)!.push(item)
  // Before its first item, a feed was last changed at the start of the evening's day.
  const dayStart = new Date(`${evening.day}T00:00:00Z`)
  // Validators name this run, so a client that polled an earlier run is not told "not modified".
  const run = randomBytes(4).toString("hex")
  let base = ""

  const send = (req: IncomingMessage, res: ServerResponse, doc: FeedDocument, validators: Record<string, string>): void => {
    const headers: Record<string, string> = {
      "content-type": doc.contentType,
      "cache-control": "no-cache",
      vary: "Accept-Encoding",
      ...validators
    }
    let body: Buffer = Buffer.from(doc.body, "utf8")
    if (acceptsGzip(req.headers["accept-encoding"])) {
      body = gzipSync(body)
      headers["content-encoding"] = "gzip"
    }
    headers["content-length"] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === "HEAD" ? undefined : body)
  }

  const serveFeed = (req: IncomingMessage, res: ServerResponse, outlet: DemoOutlet): void => {
    const elapsed = clock() - startedAt
    const all = byOutlet.get(outlet.slug)!
    let count = 0
    while (count < all.length && all[count]!.dueMs / speed <= elapsed) count++
    const visible = all.slice(0, count)
    const updated = visible.at(-1)?.published ?? dayStart
    const etag = `W/"${run}-${outlet.slug}-${count}"`
    const lastModified = updated.toUTCString()
    const validators = { etag, "last-modified": lastModified }
    const ifNoneMatch = req.headers["if-none-match"]
    const ifModifiedSince = req.headers["if-modified-since"]
    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    const since = ifModifiedSince === undefined ? Number.NaN : Date.parse(ifModifiedSince)
    const notModified = ifNoneMatch !== undefined ? matchesEtag(ifNoneMatch, etag) : Number.isFinite(since) && updated.getTime() <= since
    if (notModified) {
      res.writeHead(304, { "cache-control": "no-cache", vary: "Accept-Encoding", ...validators })
      res.end()
      return
    }
    send(req, res, renderFeed(outlet, visible, `${base}/${outlet.slug}.xml`, updated), validators)
  }

  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...extra })
    res.end(text)
  }

  const outletOf = new Map(evening.outlets.map((o) => [`/${o.slug}.xml`, o]))
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? "/").split("?", 1)[0]!
    const outlet = outletOf.get(path)
    if (req.method !== "GET" && req.method !== "HEAD") plain(res, 405, "method not allowed\n", { allow: "GET, HEAD" })
    else if (outlet !== undefined) serveFeed(req, res, outlet)
    else if (path === "/feeds.opml") send(req, res, renderOpml(evening.outlets, base, new Date(startedAt)), {})
    else if (path === "/") {
      const lines = evening.outlets.map((o) => `${base}/${o.slug}.xml  ${o.title} (${o.kind})`)
      plain(res, 200, `crosscheck demo feeds (fictional outlets)\n\n${lines.join("\n")}\n\nall of them: ${base}/feeds.opml\n`)
    } else plain(res, 404, "not found\n")
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res)
    } catch (e) {
      if (!res.headersSent) plain(res, 500, `${e instanceof Error ? e.message : String(e)}\n`)
      else res.destroy()
    }
  })

  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, HOST, () => {
      server.off("error", reject)
      const { port } = server.address() as AddressInfo
      base = `http://${HOST}:${port}`
      let closing: Promise<void> | undefined
      const close = (): Promise<void> => {
        closing ??= new Promise<void>((done) => {
          server.close(() => done())
          // Keep-alive connections (every poller holds one) would keep close() waiting.
          server.closeAllConnections()
        })
        return closing
      }
      resolve({
        url: base,
        port,
        opmlUrl: `${base}/feeds.opml`,
        feeds: evening.outlets.map((outlet) => ({ outlet, url: `${base}/${outlet.slug}.xml` })),
        evening,
        startedAt,
        endsAt: startedAt + evening.lengthMs / speed,
        dueAt,
        copyLeadMs: evening.copyLeadMs / speed,
        close
      })
    })
  })
}

/** The server as a scoped resource: closed when the scope closes. */
export const demoServer = (options: DemoServerOptions = {}) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: () => startDemoServer(options),
      catch: (e) =>
        new DemoServerError({
          reason: e instanceof RangeError ? "invalid_speed" : "listen",
          message: `cannot start the demo feed server: ${e instanceof Error ? e.message : String(e)}`
        })
    }),
    (server) => Effect.promise(server.close)
  )
