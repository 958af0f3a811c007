import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { Effect, Either, Exit } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FetchError, type FetchedFeed, type FetchFeedOptions, fetchFeed, parseRetryAfter } from "./fetchFeed.js"

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Grüße</title><item><link>https://example.com/1</link></item></channel></rss>`

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const routes = new Map<string, Handler>()
const hits = new Map<string, number>()
const seen = new Map<string, IncomingMessage["headers"]>()
const closed = new Set<string>()
let server: Server
let base = ""

const route = (path: string, handler: Handler): void => {
  routes.set(path, handler)
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    seen.set(path, req.headers)
    res.on("close", () => closed.add(path))
    const handler = routes.get(path)
    if (handler === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("no such route")
      return
    }
    handler(req, res)
  })
  // loopback only: the tests never leave the machine
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

/** Waits (up to 2 s) for the server to see a request's connection close. */
const closedSoon = async (path: string): Promise<boolean> => {
  for (let i = 0; i < 100 && !closed.has(path); i++) await new Promise((resolve) => setTimeout(resolve, 20))
  return closed.has(path)
}

const run = (path: string, options: FetchFeedOptions = {}): Promise<Either.Either<FetchedFeed, FetchError>> =>
  Effect.runPromise(Effect.either(fetchFeed(path.includes(":") ? path : base + path, options)))

const fetched = async (path: string, options: FetchFeedOptions = {}) => {
  const r = await run(path, options)
  if (Either.isLeft(r)) throw new Error(`expected a feed, got: ${r.left.message}`)
  if (r.right._tag !== "Fetched") throw new Error("expected Fetched, got NotModified")
  return r.right
}

const failed = async (path: string, options: FetchFeedOptions = {}): Promise<FetchError> => {
  const r = await run(path, options)
  if (Either.isRight(r)) throw new Error(`expected a FetchError, got ${r.right._tag}`)
  expect(r.left).toBeInstanceOf(FetchError)
  expect(r.left.reason).not.toMatch(/[\r\n]/)
  return r.left
}

describe("fetchFeed", () => {
  it("decompresses a gzip body and decodes it as UTF-8", async () => {
    route("/gzip", (req, res) => {
      const gzip = /gzip/.test(String(req.headers["accept-encoding"]))
      res.writeHead(200, {
        "content-type": "application/rss+xml; charset=utf-8",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
        etag: '"abc"',
        "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"
      })
      res.end(gzip ? gzipSync(FEED) : "the client did not ask for gzip")
    })
    const feed = await fetched("/gzip")
    expect(feed.text).toBe(FEED)
    expect(feed.status).toBe(200)
    expect(feed.url).toBe(`${base}/gzip`)
    expect(feed.etag).toBe('"abc"')
    expect(feed.lastModified).toBe("Wed, 21 Oct 2015 07:28:00 GMT")
    expect(feed.contentType).toBe("application/rss+xml; charset=utf-8")
    expect(seen.get("/gzip")?.["user-agent"]).toMatch(/^crosscheck\//)
  })

  it("decodes with the Content-Type charset (windows-1252)", async () => {
    route("/cp1252", (_req, res) => {
      res.writeHead(200, { "content-type": "text/xml; charset=windows-1252" })
      res.end(Buffer.concat([Buffer.from("<rss><title>"), Buffer.from([0x93, 0x41, 0x94, 0x20, 0xa3, 0x35, 0x20, 0x80]), Buffer.from("</title></rss>")]))
    })
    expect((await fetched("/cp1252")).text).toBe("<rss><title>\u201cA\u201d \u00a35 \u20ac</title></rss>")
  })

  it("sends the validators and returns NotModified on 304", async () => {
    route("/etag", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304).end()
        return
      }
      res.writeHead(200, { etag: '"v1"', "content-type": "application/xml" }).end(FEED)
    })
    const first = await fetched("/etag")
    expect(first.etag).toBe('"v1"')
    const second = await run("/etag", { etag: first.etag, lastModified: "Wed, 21 Oct 2015 07:28:00 GMT" })
    expect(second).toEqual(Either.right({ _tag: "NotModified" }))
    expect(seen.get("/etag")?.["if-none-match"]).toBe('"v1"')
    expect(seen.get("/etag")?.["if-modified-since"]).toBe("Wed, 21 Oct 2015 07:28:00 GMT")
    // a stored validator that is not a valid header value is dropped, not fatal
    expect((await fetched("/etag", { etag: 'bad\r\nX-Injected: 1' })).status).toBe(200)
    expect(seen.get("/etag")?.["x-injected"]).toBeUndefined()
  })

  it("fails on 404, not retryable", async () => {
    const e = await failed("/missing")
    expect(e.reason).toBe("HTTP 404 Not Found")
    expect(e.retryable).toBe(false)
    expect(e.url).toBe(`${base}/missing`)
    expect(e.message).toBe(`${base}/missing: HTTP 404 Not Found`)
  })

  it("fails on 5xx and 429 as retryable, with Retry-After in ms", async () => {
    route("/503", (_req, res) => res.writeHead(503, { "retry-after": "120" }).end("busy"))
    route("/429", (_req, res) => res.writeHead(429, { "retry-after": new Date(Date.now() + 60_000).toUTCString() }).end())
    route("/500", (_req, res) => res.writeHead(500).end())
    const e503 = await failed("/503")
    expect(e503).toMatchObject({ reason: "HTTP 503 Service Unavailable", retryable: true, retryAfterMs: 120_000 })
    const e429 = await failed("/429")
    expect(e429.reason).toBe("HTTP 429 Too Many Requests")
    expect(e429.retryable).toBe(true)
    expect(e429.retryAfterMs).toBeGreaterThan(55_000)
    expect(e429.retryAfterMs).toBeLessThanOrEqual(60_000)
    const e500 = await failed("/500")
    expect(e500.retryable).toBe(true)
    expect(e500.retryAfterMs).toBeUndefined()
    expect(parseRetryAfter("soon")).toBeUndefined()
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).toBe(0)
  })

  it("follows a redirect chain and reports the final URL", async () => {
    route("/r1", (_req, res) => res.writeHead(301, { location: "/r2" }).end())
    route("/r2", (_req, res) => res.writeHead(302, { location: `${base}/r3` }).end())
    route("/r3", (_req, res) => res.writeHead(307, { location: "r4?x=1" }).end())
    route("/r4", (_req, res) => res.writeHead(308, { location: "/final" }).end())
    route("/r5", (_req, res) => res.writeHead(303, { location: "/r1" }).end())
    route("/final", (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED))
    const feed = await fetched("/r5") // 5 redirects: the most allowed
    expect(feed.url).toBe(`${base}/final`)
    expect(feed.text).toBe(FEED)
    expect(hits.get("/r4")).toBe(1)
  })

  it("stops a redirect loop after 5 hops", async () => {
    route("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end())
    const e = await failed("/loop")
    expect(e.reason).toBe("too many redirects")
    expect(e.retryable).toBe(false)
    expect(hits.get("/loop")).toBe(6) // the request and 5 redirects
  })

  it("refuses schemes other than http and https, also as redirect targets", async () => {
    route("/to-file", (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end())
    expect(await failed("/to-file")).toMatchObject({ reason: "unsupported URL scheme file:", retryable: false })
    expect((await failed("file:///etc/passwd")).reason).toBe("unsupported URL scheme file:")
    expect((await failed("data:text/xml,<rss/>")).reason).toBe("unsupported URL scheme data:")
    expect((await failed("not a url")).reason).toBe("invalid URL")
    // refused before connecting, and without repeating the password
    expect(await failed("https://user:secret@127.0.0.1/feed")).toMatchObject({ reason: "credentials in the URL are not supported", retryable: false })
    expect(await failed("http://127.0.0.1:25/feed")).toMatchObject({ reason: "port blocked by fetch (bad port)", retryable: false })
  })

  it("times out on a server that never answers", async () => {
    route("/silent", () => undefined)
    const t0 = performance.now()
    const e = await failed("/silent", { timeoutMs: 200 })
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(e).toMatchObject({ reason: "timed out after 200ms", retryable: true })
  })

  it("times out on a body that never finishes (the deadline covers the body)", async () => {
    route("/slow-body", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.write("<rss><channel>")
    })
    const t0 = performance.now()
    const e = await failed("/slow-body", { timeoutMs: 200 })
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(e.reason).toBe("timed out after 200ms")
  })

  it("stops reading an endless body past maxBytes", async () => {
    route("/endless", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      const chunk = Buffer.alloc(16 * 1024, "a")
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk)) {
          // until the socket pushes back
        }
        if (!res.destroyed) res.once("drain", pump)
      }
      pump()
    })
    const e = await failed("/endless", { maxBytes: 64 * 1024, timeoutMs: 5000 })
    expect(e).toMatchObject({ reason: "response larger than 64 KB", retryable: false })
    expect(await closedSoon("/endless")).toBe(true) // the connection was dropped, not drained
  })

  it("caps the decompressed size, not the transfer size (gzip bomb)", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(64 * 1024)
    route("/bomb", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip", "content-length": bomb.length })
      res.end(bomb)
    })
    expect((await failed("/bomb", { maxBytes: 64 * 1024 })).reason).toBe("response larger than 64 KB")
  })

  it("refuses early when Content-Length already exceeds the cap", async () => {
    route("/huge", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(100 * 1024 * 1024) })
      res.write("<rss>") // and then nothing: reading on would only end in the timeout
    })
    const t0 = performance.now()
    const e = await failed("/huge", { timeoutMs: 5000 })
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(e).toMatchObject({ reason: "response larger than 10 MB", retryable: false })
  })

  it("reports a refused connection as retryable", async () => {
    const closedServer = createServer()
    await new Promise<void>((resolve) => closedServer.listen(0, "127.0.0.1", resolve))
    const port = (closedServer.address() as AddressInfo).port
    await new Promise<void>((resolve) => closedServer.close(() => resolve()))
    const e = await failed(`http://127.0.0.1:${port}/feed`)
    expect(e).toMatchObject({ reason: "could not connect (ECONNREFUSED)", retryable: true })
  })

  it("aborts the request when the effect is interrupted", async () => {
    route("/hang", () => undefined)
    const exit = await Effect.runPromiseExit(fetchFeed(`${base}/hang`).pipe(Effect.timeout("100 millis")))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(await closedSoon("/hang")).toBe(true)
  })
})
