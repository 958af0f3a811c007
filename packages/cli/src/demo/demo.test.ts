/** The demo's evening, replayed by its feed server and read by the real pipeline: copies fold
 * onto their originals and the figures, denials and revisions the answer key lists come out as
 * claims. The server itself behaves like a good feed host: items appear on schedule, conditional
 * GETs get 304 until something new is due, gzip when asked, OPML listing every feed. */
import { request } from "node:http"
import { gunzipSync } from "node:zlib"
import { type Article, htmlToText, type IncomingArticle } from "@crosscheck/core"
import { ArticleRepository, type ClaimRecord, ClaimRepository, EventLog, StoreTest } from "@crosscheck/db"
import { fetchFeed, parseFeed, Pipeline } from "@crosscheck/ingest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { COPIES, EVENTS, FIGURES } from "./answerKey.js"
import type { DemoItem } from "./evening.js"
import { acceptsGzip, type DemoServer, startDemoServer } from "./server.js"

// A Wednesday morning: the evening replayed is Tuesday's.
const START = Date.UTC(2026, 2, 4, 9, 30)

let servers: Array<DemoServer> = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

/** A server on a clock the test moves. */
const serve = async (speed = 1) => {
  const clock = { now: START }
  const server = await startDemoServer({ clock: () => clock.now, speed })
  servers.push(server)
  return { server, clock }
}

interface Raw {
  readonly status: number
  readonly headers: Record<string, string | Array<string> | undefined>
  readonly body: Buffer
}

/** A plain GET with exactly these headers (fetch would add and decode its own). */
const get = (url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const parts: Array<Buffer> = []
      res.on("data", (c: Buffer) => parts.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.end()
  })

const identityOf = (item: DemoItem): string => item.link ?? item.guid!

/** Every feed listed in the OPML, fetched and parsed as the product does. */
const readAllFeeds = (server: DemoServer) =>
  Effect.gen(function* () {
    const opml = (yield* Effect.promise(() => get(server.opmlUrl))).body.toString("utf8")
    const urls = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]!)
    const articles: Array<IncomingArticle> = []
    for (const url of urls) {
      const fetched = yield* fetchFeed(url, { allowPrivate: true })
      if (fetched._tag !== "Fetched") throw new Error(`${url}: not modified on a first fetch`)
      const feed = yield* parseFeed(fetched.text, { origin: url, feedId: null })
      for (const item of feed.items) {
        if (item._tag !== "IncomingArticle") throw new Error(`${url}: ${item.message}`)
        articles.push(item)
      }
    }
    return { urls, articles }
  })

/** The articles through the real pipeline into an in-memory store, in this order, and what it
 * stored. */
const importArticles = (articles: ReadonlyArray<IncomingArticle>) =>
  Effect.gen(function* () {
    const pipeline = yield* Pipeline
    yield* Stream.runDrain(pipeline.run(Stream.fromIterable(articles)))
    const stored = Chunk.toReadonlyArray(yield* Stream.runCollect((yield* ArticleRepository).export()))
    const claims = Chunk.toReadonlyArray(yield* Stream.runCollect((yield* ClaimRepository).export()))
    return { stored, claims }
  }).pipe(
    Effect.provide(
      Pipeline.Default.pipe(
        Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, ClaimRepository.Default, EventLog.Default)),
        Layer.provideMerge(StoreTest)
      )
    )
  )

/** Each copy in the key names its original; nothing else is folded (the revised toll, the
 * broadcaster's own denial story and the rest are reports of their own). The stored articles
 * by item key. */
const expectCopiesFolded = (server: DemoServer, stored: ReadonlyArray<Article>): Map<string, Article> => {
  const byKey = new Map(server.evening.items.map((i) => [i.key, stored.find((a) => a.url === identityOf(i))!]))
  for (const [key, article] of byKey) expect(article, key).toBeDefined()
  const copyOf = new Map(COPIES.map((c) => [c.copy, c.of]))
  for (const [key, article] of byKey) {
    const original = copyOf.get(key)
    expect(article.duplicateOf, key).toBe(original === undefined ? null : byKey.get(original)!.id)
  }
  return byKey
}

const show = (c: ClaimRecord): string => `${c.kind} ${c.metric ?? c.actor} ${c.min}..${c.max} who=${c.who} where=${c.where} source=${c.source} ${c.polarity}`

describe("the demo evening through the pipeline", () => {
  it("folds every wire and spun copy onto its original and reads the key's figures, denials and revisions", async () => {
    const { server, clock } = await serve()
    clock.now = server.endsAt
    const { urls, articles } = await Effect.runPromise(readAllFeeds(server))
    expect(urls).toEqual(server.feeds.map((f) => f.url))
    expect(articles).toHaveLength(server.evening.items.length)
    // in the order they were published, as a poller meets them
    const published = [...articles].sort((a, b) => a.published!.getTime() - b.published!.getTime())
    const { stored, claims } = await Effect.runPromise(importArticles(published))
    expect(stored).toHaveLength(server.evening.items.length)
    const byKey = expectCopiesFolded(server, stored)

    const claimsOf = (key: string) => claims.filter((c) => c.articleId === byKey.get(key)!.id)
    for (const f of FIGURES) {
      const found = claimsOf(f.item).find(
        (c) =>
          c.kind === "quantity" &&
          c.metric === f.metric &&
          c.min === f.min &&
          c.max === f.max &&
          (typeof f.source === "string" ? c.source === f.source : f.source.includes(c.source ?? "")) &&
          (f.who === undefined || c.who === f.who) &&
          (f.where === undefined || (c.where ?? "").startsWith(f.where))
      )
      expect(found, `${f.id} in ${f.item}; read: ${claimsOf(f.item).map(show).join(" | ")}`).toBeDefined()
    }
    for (const e of EVENTS) {
      const found = claimsOf(e.item).find(
        (c) =>
          c.kind === "event" &&
          c.actor === e.actor &&
          c.polarity === e.polarity &&
          c.source === e.source &&
          (e.where === undefined || (c.where ?? "").startsWith(e.where))
      )
      expect(found, `${e.id} in ${e.item}; read: ${claimsOf(e.item).map(show).join(" | ")}`).toBeDefined()
    }
    // The denial is the ministry's, about the market strike, on the evening's day.
    const denial = claimsOf("lw-denial").find((c) => c.kind === "event" && c.polarity === "denied" && c.source === "Russian Defense Ministry")!
    expect(denial.when).toEqual({ from: server.evening.day, to: server.evening.day })
    expect(denial.quote).toMatch(/^MOSCOW\/BEIRUT, March 3 \(Levant Wire\) - Russia's defence ministry said on Tuesday/)
  })

  it("gives every item its own identity, dated on the evening, from the outlet whose feed carries it", async () => {
    const { server, clock } = await serve()
    clock.now = server.endsAt
    const { articles } = await Effect.runPromise(readAllFeeds(server))
    const items = new Map(server.evening.items.map((i) => [identityOf(i), i]))
    expect(items.size).toBe(server.evening.items.length)
    for (const a of articles) {
      const item = items.get(a.url)
      expect(item, a.url).toBeDefined()
      expect(a.source).toBe(item!.outlet.title)
      expect(a.published?.toISOString()).toBe(item!.published.toISOString())
      expect(a.published!.toISOString().slice(0, 10)).toBe("2026-03-03")
      expect(a.title).toBe(item!.title)
      // the full text where the feed has it, the summary (and a link) where it has only that
      const text = htmlToText(a.text).trim()
      if (item!.summaryOnly) {
        expect(text.startsWith(item!.summary), a.url).toBe(true)
        expect(text.length, a.url).toBeLessThan(item!.summary.length + 20)
      } else {
        expect(text, a.url).toBe(htmlToText(item!.html).trim())
      }
    }
    // "on {day}" reads as the evening's weekday
    expect(articles.some((a) => a.text.includes("killed at least 42 civilians on Tuesday"))).toBe(true)
  })
})

describe("polling the demo live", () => {
  it("meets every original before its copies when each feed is read within copyLeadMs, mostly hearing 304", async () => {
    const { server, clock } = await serve(8)
    expect(server.copyLeadMs).toBeGreaterThanOrEqual(1_000)
    const every = server.copyLeadMs - 1
    // The aggregator and the content farm are read before the wire in each round: the order
    // least kind to originals.
    const feeds = [...server.feeds].reverse()
    const validators = new Map<string, { etag: string | null; lastModified: string | null }>()
    const arrived = new Map<string, IncomingArticle>()
    let fetched = 0
    let notModified = 0
    for (clock.now = server.startedAt; clock.now < server.endsAt + every; clock.now += every) {
      for (const { url } of feeds) {
        const response = await Effect.runPromise(fetchFeed(url, { ...validators.get(url), allowPrivate: true }))
        if (response._tag === "NotModified") {
          notModified++
          continue
        }
        fetched++
        validators.set(url, { etag: response.etag, lastModified: response.lastModified })
        const feed = await Effect.runPromise(parseFeed(response.text, { origin: url, feedId: null }))
        for (const item of [...feed.items].reverse()) {
          if (item._tag === "IncomingArticle" && !arrived.has(item.url)) arrived.set(item.url, item)
        }
      }
    }
    expect(arrived.size).toBe(server.evening.items.length)
    expect(notModified).toBeGreaterThan(fetched)
    const { stored } = await Effect.runPromise(importArticles([...arrived.values()]))
    expectCopiesFolded(server, stored)
  })
})

describe("the demo feed server", () => {
  it("shows each item at its scheduled time, newest first, over about two minutes", async () => {
    const { server, clock } = await serve()
    expect(server.endsAt - server.startedAt).toBe(120_000)
    const wire = server.feeds.find((f) => f.outlet.slug === "levant-wire")!
    const wireItems = server.evening.items.filter((i) => i.outlet.slug === "levant-wire")
    const titles = async () => [...(await get(wire.url)).body.toString("utf8").matchAll(/<item>\s*<title>([^<]*)/g)].map((m) => m[1])
    // At the start, the first report is already there, the rest are not.
    expect(await titles()).toEqual([wireItems[0]!.title])
    clock.now = server.dueAt(wireItems[1]!) - 1
    expect(await titles()).toEqual([wireItems[0]!.title])
    clock.now = server.dueAt(wireItems[1]!)
    expect(await titles()).toEqual([wireItems[1]!.title, wireItems[0]!.title])
    clock.now = server.endsAt
    expect(await titles()).toEqual(wireItems.map((i) => i.title).reverse())
    // Items trickle in through the replay, not all at once.
    const due = server.evening.items.map((i) => server.dueAt(i) - server.startedAt)
    expect(new Set(due.map((d) => Math.floor(d / 10_000))).size).toBeGreaterThanOrEqual(10)
  })

  it("replays faster with a speed", async () => {
    const { server, clock } = await serve(8)
    expect(server.endsAt - server.startedAt).toBe(15_000)
    const last = server.evening.items.at(-1)!
    const feed = server.feeds.find((f) => f.outlet.slug === last.outlet.slug)!
    clock.now = server.endsAt - 1
    expect((await get(feed.url)).body.toString("utf8")).not.toContain(last.title)
    clock.now = server.endsAt
    expect((await get(feed.url)).body.toString("utf8")).toContain(last.title)
    await expect(startDemoServer({ speed: 0 })).rejects.toThrow(/speed/)
  })

  it("answers a conditional GET with 304 until the outlet's next item is due", async () => {
    const { server, clock } = await serve()
    const wire = server.feeds.find((f) => f.outlet.slug === "levant-wire")!
    const next = server.evening.items.filter((i) => i.outlet.slug === "levant-wire")[1]!
    const first = await get(wire.url)
    expect(first.status).toBe(200)
    const etag = String(first.headers.etag)
    const lastModified = String(first.headers["last-modified"])
    expect(etag).toMatch(/^W\/".+"$/)
    expect(lastModified).toBe(server.evening.items[0]!.published.toUTCString())

    clock.now = server.dueAt(next) - 1
    const byEtag = await get(wire.url, { "if-none-match": etag })
    expect(byEtag.status).toBe(304)
    expect(byEtag.body.length).toBe(0)
    expect(byEtag.headers.etag).toBe(etag)
    expect((await get(wire.url, { "if-modified-since": lastModified })).status).toBe(304)
    // Other outlets' items do not change this feed.
    expect(server.evening.items.some((i) => i.outlet.slug !== "levant-wire" && server.dueAt(i) <= clock.now)).toBe(true)

    clock.now = server.dueAt(next)
    const changed = await get(wire.url, { "if-none-match": etag })
    expect(changed.status).toBe(200)
    expect(changed.body.toString("utf8")).toContain(next.title)
    expect(changed.headers.etag).not.toBe(etag)
    expect((await get(wire.url, { "if-modified-since": lastModified })).status).toBe(200)
    // A stale ETag wins over a matching date: If-None-Match decides when both are sent.
    expect((await get(wire.url, { "if-none-match": etag, "if-modified-since": new Date(clock.now).toUTCString() })).status).toBe(200)

    // The product's own fetcher: Fetched, then NotModified with the validators it was given.
    const fetched = await Effect.runPromise(fetchFeed(wire.url, { allowPrivate: true }))
    expect(fetched._tag).toBe("Fetched")
    if (fetched._tag !== "Fetched") return
    const again = await Effect.runPromise(fetchFeed(wire.url, { etag: fetched.etag, lastModified: fetched.lastModified, allowPrivate: true }))
    expect(again._tag).toBe("NotModified")
  })

  it("does not call a feed unmodified for a client of an earlier run", async () => {
    const a = await serve()
    const url = a.server.feeds[0]!.url
    const etag = String((await get(url)).headers.etag)
    await a.server.close()
    const b = await serve()
    expect((await get(b.server.feeds[0]!.url, { "if-none-match": etag })).status).toBe(200)
  })

  it("compresses with gzip when asked, and only then", async () => {
    const { server, clock } = await serve()
    clock.now = server.endsAt
    const url = server.feeds[0]!.url
    const plain = await get(url)
    expect(plain.headers["content-encoding"]).toBeUndefined()
    const zipped = await get(url, { "accept-encoding": "gzip, deflate, br" })
    expect(zipped.headers["content-encoding"]).toBe("gzip")
    expect(zipped.headers.vary).toBe("Accept-Encoding")
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    expect((await get(url, { "accept-encoding": "gzip;q=0, identity" })).headers["content-encoding"]).toBeUndefined()
    expect(acceptsGzip("*")).toBe(true)
    expect(acceptsGzip("br")).toBe(false)
  })

  it("lists every outlet in OPML, serves RSS 2.0 and one Atom feed, and refuses what it does not serve", async () => {
    const { server } = await serve()
    const opml = await get(server.opmlUrl)
    expect(opml.status).toBe(200)
    expect(String(opml.headers["content-type"])).toMatch(/^text\/x-opml/)
    const listed = [...opml.body.toString("utf8").matchAll(/<outline [^>]*text="([^"]+)"[^>]*xmlUrl="([^"]+)"/g)]
    expect(listed.map((m) => m[1])).toEqual(server.feeds.map((f) => f.outlet.title))
    expect(listed.length).toBeGreaterThanOrEqual(6)
    expect(listed.length).toBeLessThanOrEqual(10)
    for (const [, , url] of listed) {
      expect(url!.startsWith("http://127.0.0.1:")).toBe(true)
      const feed = await get(url!)
      expect(feed.status).toBe(200)
      const text = feed.body.toString("utf8")
      if (url!.endsWith("/horizon.xml")) {
        expect(String(feed.headers["content-type"])).toMatch(/^application\/atom\+xml/)
        expect(text).toContain(`<feed xmlns="http://www.w3.org/2005/Atom"`)
      } else {
        expect(String(feed.headers["content-type"])).toMatch(/^application\/rss\+xml/)
        expect(text).toContain(`<rss version="2.0"`)
      }
    }
    expect((await get(`${server.url}/nope.xml`)).status).toBe(404)
    const post = await get(server.feeds[0]!.url, {}, "POST")
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe("GET, HEAD")
    const head = await get(server.feeds[0]!.url, {}, "HEAD")
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
  })

  it("closes while a poller holds a keep-alive connection, and stops answering", async () => {
    const { server } = await serve()
    // fetch keeps its connection open for the next poll
    expect((await fetch(server.feeds[0]!.url)).status).toBe(200)
    await server.close()
    await server.close()
    await expect(get(server.feeds[0]!.url)).rejects.toThrow(/ECONNREFUSED/)
  })
})
