/** The poller against a local HTTP server (loopback only): each rule of issue 11's polling
 * section, through the real fetch, parse, pipeline and store. */
import { articleIdFor, type FeedId } from "@crosscheck/core"
import { ArticleRepository, EventLog, type Feed, FeedChanged, FeedRepository, FeedWriter, type NewFeed, Store, StoreTest } from "@crosscheck/db"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Option, Queue, TestClock } from "effect"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll } from "vitest"
import { Pipeline } from "../Pipeline.js"
import type { PollerEvent } from "./events.js"
import { defaultPollerSettings, Poller, PollerConfig, type PollerSettings } from "./Poller.js"

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const routes = new Map<string, Handler>()
const hits = new Map<string, number>()
const requests = new Map<string, Array<IncomingMessage["headers"]>>()
let inFlight = 0
let maxInFlight = 0
let server: Server
let base = ""

const route = (path: string, handler: Handler): string => {
  routes.set(path, handler)
  return `${base}${path}`
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    requests.set(path, [...(requests.get(path) ?? []), req.headers])
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on("close", () => inFlight--)
    const handler = routes.get(path)
    if (handler === undefined) res.writeHead(404).end()
    else handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const NOW = Date.UTC(2026, 10, 29, 12)
const HOUR = 3_600_000

interface Item {
  readonly title?: string
  readonly link?: string
  readonly guid?: string
  readonly text?: string
  readonly date?: string
}
const rss = (items: ReadonlyArray<Item>, channel = "<title>Test Outlet</title><link>https://outlet.example/</link>"): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>${channel}${items
    .map(
      (i) =>
        `<item>${i.title === undefined ? "" : `<title>${i.title}</title>`}${i.link === undefined ? "" : `<link>${i.link}</link>`}${
          i.guid === undefined ? "" : `<guid isPermaLink="false">${i.guid}</guid>`
        }${i.text === undefined ? "" : `<description>${i.text}</description>`}<pubDate>${i.date ?? "Sun, 29 Nov 2026 10:00:00 GMT"}</pubDate></item>`
    )
    .join("")}</channel></rss>`

const serve =
  (body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", ...headers }).end(body)
  }

const settings: PollerSettings = { ...defaultPollerSettings, timeoutMs: 3000, connectTimeoutMs: 2000 }
const layer = (s: PollerSettings = settings) =>
  Poller.Default.pipe(
    Layer.provideMerge(Pipeline.Default),
    Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, FeedRepository.Default, FeedWriter.Default)),
    Layer.provideMerge(Layer.succeed(PollerConfig, s)),
    Layer.provideMerge(StoreTest)
  )

/** Adds a feed (loopback allowed unless said otherwise: the tests' server is on loopback). */
const addFeed = (url: string, over: Omit<NewFeed, "url"> = {}) =>
  Effect.gen(function* () {
    const store = yield* Store
    const writer = yield* FeedWriter
    return (yield* store.transaction("add", () => writer.add({ url, allowPrivate: true, ...over }, NOW)))!
  })

const feedNow = (id: FeedId) => Effect.flatMap(FeedRepository, (r) => r.findById(id)).pipe(Effect.map(Option.getOrThrow))

const stored = (feedId?: FeedId) =>
  Effect.map(
    Store,
    (s) =>
      (feedId === undefined
        ? s.sqlite.prepare(`SELECT url, title, body, feed_id AS feedId, duplicate_of AS duplicateOf FROM articles ORDER BY rowid`).all()
        : s.sqlite
            .prepare(`SELECT url, title, body, feed_id AS feedId, duplicate_of AS duplicateOf FROM articles WHERE feed_id = ? ORDER BY rowid`)
            .all(feedId)) as Array<{
        url: string
        title: string
        body: string
        feedId: number | null
        duplicateOf: string | null
      }>
  )

const feedEvents = Effect.flatMap(EventLog, (log) => log.since(0, 10_000)).pipe(
  Effect.map((events) => events.filter((e): e is FeedChanged => e instanceof FeedChanged).map((e) => e.change))
)

/** Runs `effect` with the clock at NOW and the poller's events collected. */
const withEvents = <A, E, R>(effect: (events: () => Array<PollerEvent>) => Effect.Effect<A, E, R>) =>
  Effect.scoped(
    Effect.gen(function* () {
      yield* TestClock.setTime(NOW)
      const poller = yield* Poller
      const queue = yield* poller.subscribe
      const seen: Array<PollerEvent> = []
      const drain = () => {
        seen.push(...Chunk.toReadonlyArray(Effect.runSync(Queue.takeAll(queue))))
        return seen
      }
      return yield* effect(drain)
    })
  )

const poll = (...feeds: ReadonlyArray<Feed>) => Effect.flatMap(Poller, (p) => p.pollFeeds(feeds.map((f) => f.id)))

describe("Poller", () => {
  it.effect("stores a feed's items under the feed and records its health and next check", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const url = route(
          "/basic",
          serve(
            rss([
              { title: "One", link: "https://outlet.example/1", text: "First report." },
              { title: "Two", link: "https://outlet.example/2", text: "Second." }
            ])
          )
        )
        const feed = yield* addFeed(url)
        const summary = yield* poll(feed)
        expect(summary).toMatchObject({ feeds: 1, fetched: 1, failed: 0, new: 2 })
        expect((yield* stored(feed.id)).map((a) => [a.url, a.title])).toEqual([
          ["https://outlet.example/1", "One"],
          ["https://outlet.example/2", "Two"]
        ])
        const after = yield* feedNow(feed.id)
        expect(after).toMatchObject({
          title: "Test Outlet",
          siteUrl: "https://outlet.example/",
          lastSuccessAt: NOW,
          lastPolledAt: NOW,
          consecutiveErrors: 0,
          lastError: null
        })
        // two items dated this week: a quiet feed, polled hourly
        expect(after.nextCheckAt).toBe(NOW + HOUR)
        expect(events().map((e) => e._tag)).toEqual(["CycleStarted", "FeedPolled", "CycleFinished"])
        expect(events()[1]).toMatchObject({ result: "Fetched", status: 200, items: 2, new: 2, updated: 0 })
        // a plain success writes no feed event; the title read for the first time does
        expect(yield* feedEvents).toEqual(["added", "updated"])
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("reads a gzipped windows-1251 feed (charset in the header, or only in the XML declaration)", () =>
    withEvents(() =>
      Effect.gen(function* () {
        const bytes = (n: number) =>
          encode1251(
            rss(
              [{ title: "Сирия: новые удары", link: `https://ru.example/${n}`, text: "По данным наблюдателей, погибли 12 человек." }],
              "<title>Новости</title>"
            ).replace('encoding="utf-8"', 'encoding="windows-1251"')
          )
        const header = yield* addFeed(
          route("/1251-header", serve(gzipSync(bytes(1)), { "content-type": "application/rss+xml; charset=windows-1251", "content-encoding": "gzip" }))
        )
        const declared = yield* addFeed(route("/1251-declared", serve(bytes(2), { "content-type": "application/xml" })))
        yield* poll(header, declared)
        for (const f of [header, declared]) {
          const [a] = yield* stored(f.id)
          expect(a).toMatchObject({ title: "Сирия: новые удары", body: "По данным наблюдателей, погибли 12 человек." })
        }
        expect((yield* feedNow(header.id)).title).toBe("Новости")
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("items without link or GUID are read; a repeated GUID is read once; GUIDs are scoped to their feed", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const items: Array<Item> = [
          { title: "No link, no GUID", text: "An RSS 0.91 item." },
          { guid: "42", title: "Guid 42", text: "first" },
          { guid: "42", title: "Guid 42 again", text: "repeated" },
          { text: "Only a description: valid RSS 0.9x." }
        ]
        const a = yield* addFeed(route("/guids-a", serve(rss(items))))
        const b = yield* addFeed(
          route("/guids-b", serve(rss([{ guid: "42", title: "Another feed's 42", text: "other" }], "<title>Other</title><link>https://other.example/</link>")))
        )
        yield* poll(a, b)
        expect((yield* stored(a.id)).map((x) => x.title)).toEqual(["No link, no GUID", "Guid 42", "Only a description: valid RSS 0.9x."])
        expect((yield* stored(b.id)).map((x) => x.title)).toEqual(["Another feed's 42"])
        expect(events().find((e) => e._tag === "FeedPolled" && e.feedId === a.id)).toMatchObject({ new: 3, itemErrors: 1 })
        // the same again: nothing new, nothing updated
        routes.set("/guids-a", serve(`${rss(items)} `)) // other bytes, same items
        const again = yield* poll(a)
        expect(again).toMatchObject({ new: 0, updated: 0, fetched: 1 })
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("an item edited at its source updates its article, without a second copy", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const first = [{ guid: "toll", title: "Strike on market", text: "At least 12 people were killed, the observatory said." }]
        const url = route("/edited", serve(rss(first)))
        const feed = yield* addFeed(url)
        yield* poll(feed)
        routes.set(
          "/edited",
          serve(rss([{ ...first[0]!, title: "Strike on market: toll rises", text: "At least 19 people were killed, the observatory said." }]))
        )
        yield* poll(feed)
        const articles = yield* stored(feed.id)
        expect(articles).toHaveLength(1)
        expect(articles[0]).toMatchObject({ title: "Strike on market: toll rises", body: "At least 19 people were killed, the observatory said." })
        expect(
          events()
            .filter((e) => e._tag === "FeedPolled")
            .map((e) => [e.new, e.updated])
        ).toEqual([
          [1, 0],
          [0, 1]
        ])
        const store = yield* Store
        expect(store.sqlite.prepare(`SELECT min FROM claims WHERE metric = 'killed'`).pluck().all()).toEqual([19])
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("conditional GET: 304 stores nothing; a 200 with the same validator counts as not modified; a full fetch every 12 h", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        let version = 1
        const body = () => rss(Array.from({ length: version }, (_, i) => ({ title: `Item ${i + 1}`, link: `https://outlet.example/c${i + 1}` })))
        const url = route("/conditional", (req, res) => {
          if (req.headers["if-none-match"] === '"v1"' && version === 1) {
            res.writeHead(304).end()
            return
          }
          // A server that ignores conditionals and never changes its ETag.
          res.writeHead(200, { etag: '"v1"', "last-modified": "Sun, 29 Nov 2026 09:00:00 GMT" }).end(body())
        })
        const feed = yield* addFeed(url)
        yield* poll(feed)
        expect(requests.get("/conditional")![0]!["if-none-match"]).toBeUndefined() // the first fetch is a full one
        expect((yield* feedNow(feed.id)).etag).toBe('"v1"')

        yield* TestClock.adjust(HOUR)
        yield* poll(feed)
        expect(requests.get("/conditional")![1]).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": "Sun, 29 Nov 2026 09:00:00 GMT" })
        expect(
          events()
            .filter((e) => e._tag === "FeedPolled")
            .map((e) => [e.result, e.status])
        ).toEqual([
          ["Fetched", 200],
          ["NotModified", 304]
        ])
        expect((yield* feedNow(feed.id)).lastSuccessAt).toBe(NOW + HOUR)

        // new content behind the same ETag: trusted between full fetches...
        version = 2
        yield* TestClock.adjust(HOUR)
        yield* poll(feed)
        expect((yield* stored(feed.id)).length).toBe(1)
        expect(
          events()
            .filter((e) => e._tag === "FeedPolled")
            .at(-1)
        ).toMatchObject({ result: "NotModified", status: 200 })
        // ...until the full fetch 12 hours after the last one, which sends no validators
        yield* TestClock.adjust(10 * HOUR)
        yield* poll(feed)
        expect(requests.get("/conditional")!.at(-1)!["if-none-match"]).toBeUndefined()
        expect((yield* stored(feed.id)).length).toBe(2)
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("a 200 with the same bytes as last time is not parsed again", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const feed = yield* addFeed(route("/same-bytes", serve(rss([{ title: "Same", link: "https://outlet.example/same" }]))))
        yield* poll(feed)
        yield* poll(feed)
        expect(
          events()
            .filter((e) => e._tag === "FeedPolled")
            .map((e) => e.result)
        ).toEqual(["Fetched", "NotModified"])
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("failures are tagged and stored as the feed's health; a recovery clears it", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const tooLarge = yield* addFeed(route("/too-large", serve(rss([{ title: "x".repeat(70_000), link: "https://outlet.example/big" }]))))
        const loop = yield* addFeed(route("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end()))
        const malformed = yield* addFeed(route("/malformed", serve("<rss><channel><item><title>broken</itm></channel></rss>")))
        const html = yield* addFeed(route("/html", serve("<!doctype html><html><body>Moved</body></html>", { "content-type": "text/html" })))
        const silent = yield* addFeed(route("/silent", () => undefined))
        const fine = yield* addFeed(route("/fine", serve(rss([{ title: "Fine", link: "https://outlet.example/fine" }]))))
        const summary = yield* poll(tooLarge, loop, malformed, html, silent, fine)
        // the one that never answers cost its own slot, not the others' items
        expect(summary).toMatchObject({ feeds: 6, fetched: 1, failed: 5, new: 1 })
        const health = new Map((yield* (yield* FeedRepository).list).map((f) => [f.id, f]))
        expect([tooLarge, loop, malformed, html, silent].map((f) => health.get(f.id)!.lastErrorReason)).toEqual([
          "TooLarge",
          "TooManyRedirects",
          "NotAFeed",
          "NotAFeed",
          "Timeout"
        ])
        expect(health.get(silent.id)).toMatchObject({ consecutiveErrors: 1, lastError: "timed out after 300ms", lastErrorAt: NOW, lastSuccessAt: null })
        // backed off: the first retry within a minute
        expect(health.get(silent.id)!.nextCheckAt - NOW).toBeGreaterThanOrEqual(30_000)
        expect(health.get(silent.id)!.nextCheckAt - NOW).toBeLessThanOrEqual(60_000)
        expect(
          events()
            .filter((e) => e._tag === "FeedFailed")
            .map((e) => e.reason)
            .sort()
        ).toEqual(["NotAFeed", "NotAFeed", "Timeout", "TooLarge", "TooManyRedirects"])
        // each failure is a health event
        expect((yield* feedEvents).filter((c) => c === "health")).toHaveLength(5)

        // a second failure doubles the backoff; a recovery clears the error, with an event
        yield* poll(silent)
        expect((yield* feedNow(silent.id)).consecutiveErrors).toBe(2)
        routes.set("/silent", serve(rss([{ title: "Back", link: "https://outlet.example/back" }])))
        yield* poll(silent)
        expect(yield* feedNow(silent.id)).toMatchObject({ consecutiveErrors: 0, lastError: null, lastErrorReason: null, lastSuccessAt: NOW })
        expect((yield* feedEvents).filter((c) => c === "health")).toHaveLength(7)
      })
    ).pipe(Effect.provide(layer({ ...settings, timeoutMs: 300, maxBytes: 64 * 1024 })))
  )

  it.effect("a permanent redirect (301) moves the feed; its items keep their identity", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        // no site link: the GUIDs are scoped to the URL the feed was added with
        const items = [{ guid: "a-1", title: "Kept", text: "text" }]
        const siteless = (body: string) => serve(body.replace("<link>https://outlet.example/</link>", ""))
        const old = route("/old-home", siteless(rss(items)))
        const feed = yield* addFeed(old)
        yield* poll(feed)
        const moved = route("/new-home", siteless(rss(items)))
        routes.set("/old-home", (_req, res) => res.writeHead(301, { location: "/new-home" }).end())
        yield* poll(feed)
        const after = yield* feedNow(feed.id)
        expect(after).toMatchObject({ url: moved, scope: old })
        expect((yield* stored(feed.id)).length).toBe(1)
        expect(events().find((e) => e._tag === "FeedMoved")).toMatchObject({ from: old, to: moved })
        expect(yield* feedEvents).toContain("moved")
        // polled at its new address from now on
        const before = hits.get("/old-home")
        yield* poll(after)
        expect(hits.get("/old-home")).toBe(before)
        // a temporary redirect (302) does not move it
        const temp = yield* addFeed(route("/temp", (_req, res) => res.writeHead(302, { location: "/new-home" }).end()))
        yield* poll(temp)
        expect((yield* feedNow(temp.id)).url).toBe(`${base}/temp`)
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("410 Gone disables the feed; 429 waits for Retry-After", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const gone = yield* addFeed(route("/gone", (_req, res) => res.writeHead(410).end()))
        const limited = yield* addFeed(route("/limited", (_req, res) => res.writeHead(429, { "retry-after": "5400" }).end()))
        yield* poll(gone, limited)
        expect(yield* feedNow(gone.id)).toMatchObject({ enabled: false, disabledReason: "Gone", lastErrorReason: "Gone" })
        expect(events().find((e) => e._tag === "FeedFailed" && e.feedId === gone.id)).toMatchObject({ disabled: true })
        expect(yield* feedEvents).toContain("disabled")
        expect(yield* feedNow(limited.id)).toMatchObject({ enabled: true, lastErrorReason: "RateLimited", nextCheckAt: NOW + 5_400_000 })
        // what is due later: neither the disabled feed, nor the rate-limited one before its time
        const poller = yield* Poller
        yield* TestClock.adjust(HOUR)
        expect((yield* poller.pollDue).feeds).toBe(0)
        yield* TestClock.adjust(HOUR)
        expect((yield* poller.pollDue).feeds).toBe(1)
        expect(hits.get("/gone")).toBe(1)
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("refuses a loopback feed that was not allowed, without connecting", () =>
    withEvents(() =>
      Effect.gen(function* () {
        const feed = yield* addFeed(route("/guarded", serve(rss([]))), { allowPrivate: false })
        yield* poll(feed)
        expect(yield* feedNow(feed.id)).toMatchObject({ lastErrorReason: "Blocked" })
        expect(hits.get("/guarded")).toBeUndefined()
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("stores feeds in list order whatever order their fetches finish in", () =>
    withEvents(() =>
      Effect.gen(function* () {
        const text = "A wire report: shelling hit the eastern districts of Aleppo overnight, killing at least 9 people, a monitor said. ".repeat(4)
        // the first feed answers last
        const slow = yield* addFeed(
          route("/order-slow", (_req, res) =>
            setTimeout(() => serve(rss([{ title: "Aleppo shelling", link: "https://slow.example/a", text }]))(_req, res), 300)
          )
        )
        const fast = yield* addFeed(route("/order-fast", serve(rss([{ title: "Aleppo shelling kills 9", link: "https://fast.example/a", text }]))))
        yield* poll(slow, fast)
        const [first, second] = yield* stored()
        expect(first).toMatchObject({ url: "https://slow.example/a", duplicateOf: null })
        expect(second).toMatchObject({ url: "https://fast.example/a", duplicateOf: articleIdFor("https://slow.example/a") })
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("bounds concurrency: at most 2 fetches per host", () =>
    withEvents(() =>
      Effect.gen(function* () {
        maxInFlight = 0
        const feeds: Array<Feed> = []
        for (let i = 0; i < 8; i++) {
          feeds.push(
            yield* addFeed(route(`/host-${i}`, (req, res) => setTimeout(() => serve(rss([{ title: `H${i}`, link: `https://h.example/${i}` }]))(req, res), 50)))
          )
        }
        const summary = yield* poll(...feeds)
        expect(summary).toMatchObject({ fetched: 8, new: 8 })
        expect(maxInFlight).toBe(2) // one host (127.0.0.1): two at a time, and it did reach two
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("bounds concurrency: at most `concurrency` fetches over all hosts", () =>
    Effect.scoped(
      Effect.gen(function* () {
        // four more loopback addresses, three feeds each
        const servers: Array<Server> = []
        yield* Effect.addFinalizer(() =>
          Effect.promise(() =>
            Promise.all(
              servers.map((s) => {
                s.closeAllConnections()
                return new Promise<void>((resolve) => s.close(() => resolve()))
              })
            )
          )
        )
        const port = Number(new URL(base).port)
        const feeds: Array<Feed> = []
        for (let h = 2; h <= 5; h++) {
          const s = createServer(server.listeners("request")[0] as Handler)
          servers.push(s)
          yield* Effect.promise(() => new Promise<void>((resolve) => s.listen(port, `127.0.0.${h}`, resolve)))
          for (let i = 0; i < 3; i++) {
            route(`/wide-${h}-${i}`, (req, res) => setTimeout(() => serve(rss([{ title: `W${h}${i}`, link: `https://w.example/${h}/${i}` }]))(req, res), 50))
            feeds.push(yield* addFeed(`http://127.0.0.${h}:${port}/wide-${h}-${i}`))
          }
        }
        maxInFlight = 0
        yield* TestClock.setTime(NOW)
        expect(yield* poll(...feeds)).toMatchObject({ fetched: 12, new: 12 })
        expect(maxInFlight).toBe(3)
      })
    ).pipe(Effect.provide(layer({ ...settings, concurrency: 3 })))
  )

  it.effect("fetches the linked page of a summary-only item once, when the feed asks for it", () =>
    withEvents((events) =>
      Effect.gen(function* () {
        const page = route("/story.html", (_req, res) =>
          res
            .writeHead(200, { "content-type": "text/html; charset=utf-8" })
            .end(
              `<html><head><title>Story</title></head><body><nav>Menu</nav><article><p>${"The full story, with every paragraph the summary left out. ".repeat(8)}</p><p>Second paragraph.</p></article></body></html>`
            )
        )
        const items = [
          { title: "Summary only", link: page, guid: "s-1", text: "A short summary." },
          { title: "Broken link", link: `${base}/missing.html`, guid: "s-2", text: "Another summary." }
        ]
        const feed = yield* addFeed(route("/summaries", serve(rss(items))), { fetchLinkedPage: true })
        const plain = yield* addFeed(route("/summaries-plain", serve(rss([{ ...items[0]!, guid: "p-1" }]))))
        yield* poll(feed, plain)
        const [full, kept] = yield* stored(feed.id)
        expect(full!.body).toMatch(/^The full story, with every paragraph the summary left out\./)
        expect(full!.body).toContain("\n\nSecond paragraph.") // paragraph breaks kept
        expect(kept!.body).toBe("Another summary.")
        expect(events().find((e) => e._tag === "FeedPolled" && e.feedId === feed.id)).toMatchObject({ pages: 1, itemErrors: 1 })
        expect((yield* stored(plain.id))[0]!.body).toBe("A short summary.")
        expect(hits.get("/story.html")).toBe(1)
        // polled again with other bytes: the stored items are not fetched again, nor "edited"
        routes.set("/summaries", serve(`${rss(items)}\n`))
        const again = yield* poll(feed)
        expect(again).toMatchObject({ new: 0, updated: 0 })
        expect(hits.get("/story.html")).toBe(1)
      })
    ).pipe(Effect.provide(layer()))
  )

  it.effect("the loop polls what is due, backs off after a failure, and wakes on refresh", () =>
    Effect.scoped(
      Effect.gen(function* () {
        yield* TestClock.setTime(NOW)
        let fail = true
        const url = route("/loop-feed", (req, res) =>
          fail ? res.writeHead(500).end() : serve(rss([{ title: "Up", link: "https://outlet.example/up" }]))(req, res)
        )
        const feed = yield* addFeed(url)
        const poller = yield* Poller
        const queue = yield* poller.subscribe
        const next = (tag: PollerEvent["_tag"]) =>
          Effect.gen(function* () {
            for (;;) {
              const e = yield* Queue.take(queue)
              if (e._tag === tag) return e
            }
          })
        const loop = yield* Effect.fork(poller.run)
        expect(yield* next("FeedFailed")).toMatchObject({ reason: "HttpStatus", consecutiveErrors: 1 })
        const retryAt = (yield* feedNow(feed.id)).nextCheckAt
        fail = false
        // nothing before the backoff is over
        yield* TestClock.adjust(retryAt - NOW - 1000)
        expect(hits.get("/loop-feed")).toBe(1)
        yield* TestClock.adjust(6000)
        expect(yield* next("FeedPolled")).toMatchObject({ result: "Fetched", new: 1 })
        expect(hits.get("/loop-feed")).toBe(2)
        // refresh now: polled at once, long before its next check
        yield* poller.refresh(feed.id)
        expect(yield* next("FeedPolled")).toMatchObject({ feedId: feed.id })
        expect(hits.get("/loop-feed")).toBe(3)
        yield* Fiber.interrupt(loop)
      })
    ).pipe(Effect.provide(layer()))
  )
})

/** windows-1251 bytes for text in Cyrillic and ASCII (the only characters the tests use). */
const encode1251 = (text: string): Buffer =>
  Buffer.from(
    Array.from(text, (c) => {
      const code = c.charCodeAt(0)
      if (code < 0x80) return code
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
      if (code === 0x401) return 0xa8
      if (code === 0x451) return 0xb8
      throw new Error(`not in the test's windows-1251 subset: ${c}`)
    })
  )
