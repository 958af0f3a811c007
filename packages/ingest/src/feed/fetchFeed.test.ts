import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net"
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib"
import { Effect, Either, Exit } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FetchError, type FetchedFeed, type FetchFeedOptions, fetchFeed, isPrivateAddress, parseRetryAfter } from "./fetchFeed.js"

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

// The tests' servers are on loopback, which feeds may only use when allowed: they opt in.
const run = (path: string, options: FetchFeedOptions = {}): Promise<Either.Either<FetchedFeed, FetchError>> =>
  Effect.runPromise(Effect.either(fetchFeed(path.includes(":") ? path : base + path, { allowPrivate: true, ...options })))

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
  expect(r.left.detail).not.toMatch(/[\r\n]/)
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
    expect(Either.isRight(second) && second.right._tag).toBe("NotModified")
    expect(seen.get("/etag")?.["if-none-match"]).toBe('"v1"')
    expect(seen.get("/etag")?.["if-modified-since"]).toBe("Wed, 21 Oct 2015 07:28:00 GMT")
    // a stored validator that is not a valid header value is dropped, not fatal
    expect((await fetched("/etag", { etag: "bad\r\nX-Injected: 1" })).status).toBe(200)
    expect(seen.get("/etag")?.["x-injected"]).toBeUndefined()
  })

  it("fails on 404, not retryable", async () => {
    const e = await failed("/missing")
    expect(e.reason).toEqual({ _tag: "HttpStatus", status: 404, statusText: "Not Found", at: null, retryAfterMs: null })
    expect(e.detail).toBe("HTTP 404 Not Found")
    expect(e.retryable).toBe(false)
    expect(e.url).toBe(`${base}/missing`)
    expect(e.message).toBe(`${base}/missing: HTTP 404 Not Found`)
  })

  it("fails on 5xx and 429 as retryable, with Retry-After in ms; 410 as Gone", async () => {
    route("/503", (_req, res) => res.writeHead(503, { "retry-after": "120" }).end("busy"))
    route("/429", (_req, res) => res.writeHead(429, { "retry-after": new Date(Date.now() + 60_000).toUTCString() }).end())
    route("/500", (_req, res) => res.writeHead(500).end())
    route("/410", (_req, res) => res.writeHead(410).end())
    const e503 = await failed("/503")
    expect(e503.detail).toBe("HTTP 503 Service Unavailable")
    expect(e503).toMatchObject({ retryable: true, retryAfterMs: 120_000 })
    const e429 = await failed("/429")
    expect(e429.reason._tag).toBe("RateLimited")
    expect(e429.detail).toMatch(/^HTTP 429 Too Many Requests \(retry after (59|60) s\)$/)
    expect(e429.retryable).toBe(true)
    expect(e429.retryAfterMs).toBeGreaterThan(55_000)
    expect(e429.retryAfterMs).toBeLessThanOrEqual(60_000)
    const e500 = await failed("/500")
    expect(e500.retryable).toBe(true)
    expect(e500.retryAfterMs).toBeUndefined()
    const gone = await failed("/410")
    expect(gone.reason).toEqual({ _tag: "Gone" })
    expect(gone.retryable).toBe(false)
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
    // a temporary redirect (303) first: the feed has not moved
    expect(feed.permanentUrl).toBeNull()
  })

  it("reports where permanent redirects (301, 308) lead, up to the first temporary one", async () => {
    route("/p1", (_req, res) => res.writeHead(301, { location: "/p2" }).end())
    route("/p2", (_req, res) => res.writeHead(308, { location: "/p3" }).end())
    route("/p3", (_req, res) => res.writeHead(302, { location: "/final" }).end())
    const feed = await fetched("/p1")
    expect(feed.url).toBe(`${base}/final`)
    expect(feed.permanentUrl).toBe(`${base}/p3`)
    expect((await fetched("/p2")).permanentUrl).toBe(`${base}/p3`)
    expect((await fetched("/final")).permanentUrl).toBeNull()
  })

  it("stops a redirect loop after 5 hops", async () => {
    route("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end())
    const e = await failed("/loop")
    expect(e.reason).toEqual({ _tag: "TooManyRedirects", max: 5 })
    expect(e.detail).toBe("too many redirects")
    expect(e.retryable).toBe(false)
    expect(hits.get("/loop")).toBe(6) // the request and 5 redirects
  })

  it("refuses schemes other than http and https, also as redirect targets", async () => {
    route("/to-file", (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end())
    expect(await failed("/to-file")).toMatchObject({ detail: "unsupported URL scheme file:", retryable: false })
    expect((await failed("file:///etc/passwd")).detail).toBe("unsupported URL scheme file:")
    expect((await failed("data:text/xml,<rss/>")).detail).toBe("unsupported URL scheme data:")
    expect((await failed("not a url")).detail).toBe("invalid URL")
    // refused before connecting, and without repeating the password
    const credentials = await failed("https://user:secret@127.0.0.1/feed")
    expect(credentials).toMatchObject({ detail: "credentials in the URL are not supported", retryable: false })
    expect(credentials.message).not.toContain("secret")
    expect((await failed("http://127.0.0.1:25/feed")).reason).toEqual({ _tag: "Blocked", target: "127.0.0.1:25", rule: "port" })
  })

  it("times out on a server that never answers", async () => {
    route("/silent", () => undefined)
    const t0 = performance.now()
    const e = await failed("/silent", { timeoutMs: 200 })
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(e.reason).toEqual({ _tag: "Timeout", ms: 200 })
    expect(e).toMatchObject({ detail: "timed out after 200ms", retryable: true })
  })

  it("times out on a body that never finishes (the deadline covers the body)", async () => {
    route("/slow-body", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.write("<rss><channel>")
    })
    const t0 = performance.now()
    const e = await failed("/slow-body", { timeoutMs: 200 })
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(e.reason).toEqual({ _tag: "Timeout", ms: 200 })
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
    expect(e.reason).toEqual({ _tag: "TooLarge", maxBytes: 64 * 1024 })
    expect(e).toMatchObject({ detail: "response larger than 64 KB", retryable: false })
    expect(await closedSoon("/endless")).toBe(true) // the connection was dropped, not drained
  })

  it("caps the decompressed size, not the transfer size (gzip bomb)", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(64 * 1024)
    route("/bomb", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip", "content-length": bomb.length })
      res.end(bomb)
    })
    expect((await failed("/bomb", { maxBytes: 64 * 1024 })).detail).toBe("response larger than 64 KB")
    // brotli too
    const brBomb = brotliCompressSync(Buffer.alloc(8 * 1024 * 1024))
    route("/br-bomb", (_req, res) => res.writeHead(200, { "content-encoding": "br" }).end(brBomb))
    expect((await failed("/br-bomb", { maxBytes: 64 * 1024 })).reason._tag).toBe("TooLarge")
  })

  it("refuses early when Content-Length already exceeds the cap", async () => {
    route("/huge", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(100 * 1024 * 1024) })
      res.write("<rss>") // and then nothing: reading on would only end in the timeout
    })
    const t0 = performance.now()
    const e = await failed("/huge", { timeoutMs: 5000 })
    expect(performance.now() - t0).toBeLessThan(1000)
    // the default cap
    expect(e).toMatchObject({ detail: "response larger than 15 MB", retryable: false })
  })

  it("reports a refused connection as retryable", async () => {
    const closedServer = createServer()
    await new Promise<void>((resolve) => closedServer.listen(0, "127.0.0.1", resolve))
    const port = (closedServer.address() as AddressInfo).port
    await new Promise<void>((resolve) => closedServer.close(() => resolve()))
    const e = await failed(`http://127.0.0.1:${port}/feed`)
    expect(e.reason).toEqual({ _tag: "Network", code: "ECONNREFUSED" })
    expect(e).toMatchObject({ detail: "could not connect (ECONNREFUSED)", retryable: true })
  })

  it("aborts the request when the effect is interrupted", async () => {
    route("/hang", () => undefined)
    const exit = await Effect.runPromiseExit(fetchFeed(`${base}/hang`, { allowPrivate: true }).pipe(Effect.timeout("100 millis")))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(await closedSoon("/hang")).toBe(true)
  })

  it("decompresses deflate (wrapped or raw) and brotli", async () => {
    route("/deflate", (_req, res) => res.writeHead(200, { "content-encoding": "deflate" }).end(deflateSync(FEED)))
    route("/raw-deflate", (_req, res) => res.writeHead(200, { "content-encoding": "deflate" }).end(deflateRawSync(FEED)))
    route("/br", (req, res) => {
      expect(String(req.headers["accept-encoding"])).toMatch(/\bbr\b/)
      res.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(FEED))
    })
    for (const path of ["/deflate", "/raw-deflate", "/br"]) expect((await fetched(path)).text, path).toBe(FEED)
    route("/x-enc", (_req, res) => res.writeHead(200, { "content-encoding": "compress" }).end("???"))
    expect((await failed("/x-enc")).reason).toEqual({ _tag: "BadEncoding", detail: "unsupported Content-Encoding compress" })
  })

  it("reports caching headers and the body's hash, the same for the same bytes", async () => {
    route("/cached", (_req, res) => res.writeHead(200, { "cache-control": "public, max-age=600", expires: "Wed, 21 Oct 2037 07:28:00 GMT" }).end(FEED))
    const a = await fetched("/cached")
    expect(a).toMatchObject({ cacheControl: "public, max-age=600", expires: "Wed, 21 Oct 2037 07:28:00 GMT" })
    expect(a.date).not.toBeNull()
    expect(a.bodyHash).toMatch(/^[0-9a-f]{32}$/)
    expect((await fetched("/gzip")).bodyHash).toBe(a.bodyHash) // same bytes once decompressed
  })

  it("gives up on a connection that does not open (TLS never answers) within the connect timeout", async () => {
    // A TCP server that accepts and then says nothing: TCP connects, the TLS handshake never ends.
    const sockets: Array<Socket> = []
    const mute: TcpServer = createTcpServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve))
    const port = (mute.address() as AddressInfo).port
    try {
      const t0 = performance.now()
      const e = await failed(`https://127.0.0.1:${port}/feed`, { connectTimeoutMs: 200, timeoutMs: 5000 })
      expect(performance.now() - t0).toBeLessThan(2000)
      expect(e.reason).toEqual({ _tag: "ConnectTimeout", ms: 200 })
      expect(e.retryable).toBe(true)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => mute.close(() => resolve()))
    }
  })

  it("refuses private and loopback addresses unless allowed: literal, by name, at any hop", async () => {
    route("/private", (_req, res) => res.writeHead(200).end(FEED))
    const port = new URL(base).port
    const literal = await failed(`http://127.0.0.1:${port}/private`, { allowPrivate: false })
    expect(literal.reason).toEqual({ _tag: "Blocked", target: "127.0.0.1", rule: "private-address" })
    expect(literal.retryable).toBe(false)
    // a name that resolves to loopback: refused after the lookup, before connecting
    const named = await failed(`http://localhost:${port}/private`, { allowPrivate: false })
    expect(named.reason).toMatchObject({ _tag: "Blocked", rule: "private-address" })
    expect((await failed(`http://[::1]:${port}/private`, { allowPrivate: false })).reason._tag).toBe("Blocked")
    expect(hits.get("/private")).toBeUndefined()
    // every hop is checked as the first request is (here: a port no feed is served on)
    route("/to-smtp", (_req, res) => res.writeHead(302, { location: "http://127.0.0.1:25/" }).end())
    expect((await failed("/to-smtp")).reason).toEqual({ _tag: "Blocked", target: "127.0.0.1:25", rule: "port" })
  })

  it("knows which addresses are private", () => {
    for (const a of [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a00:1",
      "224.0.0.1",
      "not an ip"
    ]) {
      expect(isPrivateAddress(a), a).toBe(true)
    }
    for (const a of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(a), a).toBe(false)
  })

  it("sends again, once, on a new connection when a kept-alive one turns out closed", async () => {
    // Raw HTTP: each connection answers its first request (keep-alive) and drops the next one
    // without a word, as a server closing an idle connection does under the client's feet.
    let connections = 0
    const sockets: Array<Socket> = []
    const flaky: TcpServer = createTcpServer((socket) => {
      connections++
      sockets.push(socket)
      let served = 0
      socket.on("data", () => {
        if (served++ === 0)
          socket.write(
            `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: ${Buffer.byteLength(FEED)}\r\nConnection: keep-alive\r\n\r\n${FEED}`
          )
        else socket.destroy()
      })
    })
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve))
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/feed`
    try {
      expect((await fetched(url)).text).toBe(FEED)
      expect((await fetched(url)).text).toBe(FEED)
      expect(connections).toBe(2)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => flaky.close(() => resolve()))
    }
  })
})
