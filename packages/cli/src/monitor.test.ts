import { articleIdFor, type FeedId, type IncomingArticle } from "@crosscheck/core"
import { Pipeline } from "@crosscheck/ingest"
import { ArticleListing, ArticleWriter, Store } from "@crosscheck/db"
import { sampleArticle } from "@crosscheck/db/testing"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { storeMonitor } from "./monitor.js"
import { storeLayer } from "./storeLayer.js"

const article = (n: number, feedId: number) => sampleArticle(n, { feedId: feedId as FeedId })

const layer = Layer.mergeAll(ArticleListing.Default, ArticleWriter.Default).pipe(Layer.provideMerge(storeLayer(":memory:")))

describe("storeMonitor", () => {
  it.effect("counts each feed's articles, and counts again once articles arrive (not after a read mark)", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const monitor = yield* storeMonitor("idle", { refresh: () => null })
      const add = (ns: ReadonlyArray<number>, feedId: number) =>
        store.transaction("add", () => {
          for (const n of ns) writer.insert(article(n, feedId), 0)
        })
      yield* store.transaction("feeds", () => {
        for (const id of [1, 2])
          store.sqlite
            .prepare("INSERT INTO feeds (id, url, scope, created_at) VALUES (?, ?, ?, 0)")
            .run(id, `https://feed.test/${id}`, `https://feed.test/${id}`)
      })
      yield* add([1, 2, 3], 1)
      const counts = () => Object.fromEntries(monitor.feeds.list().map((f) => [f.id, f.articles]))
      expect(counts()).toEqual({ 1: 3, 2: 0 })
      expect(monitor.actions.setRead(articleIdFor("https://example.org/1"), true)).toBeNull()
      expect(counts()).toEqual({ 1: 3, 2: 0 })
      yield* add([4, 5], 2)
      expect(counts()).toEqual({ 1: 3, 2: 2 })
    }).pipe(Effect.provide(layer))
  )

  it.effect("a screenful read again is the same until a read mark or an arrival changes it", () =>
    Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* ArticleWriter
      const monitor = yield* storeMonitor("idle", { refresh: () => null })
      yield* store.transaction("feeds", () =>
        store.sqlite.prepare("INSERT INTO feeds (id, url, scope, created_at) VALUES (1, 'https://feed.test/1', 'https://feed.test/1', 0)").run()
      )
      yield* store.transaction("add", () => {
        for (const n of [1, 2]) writer.insert(article(n, 1), 0)
      })
      const all = { text: null, feedId: null, place: null, unreadOnly: false }
      const shown = () => monitor.articles.window(all, 0, 10).map((r) => `${r.title}${r.read ? " (read)" : ""}`)
      expect(shown()).toEqual(["Report 2", "Report 1"])
      expect(monitor.articles.window(all, 0, 10)).toBe(monitor.articles.window(all, 0, 10))
      expect(monitor.actions.setRead(articleIdFor("https://example.org/1"), true)).toBeNull()
      expect(shown()).toEqual(["Report 2", "Report 1 (read)"])
      yield* store.transaction("more", () => writer.insert(article(3, 1), 0))
      expect(shown()).toEqual(["Report 3", "Report 2", "Report 1 (read)"])
    }).pipe(Effect.provide(layer))
  )

  it.effect("an article shown as soon as it is stored is folded under its original, with its claims, once analysed", () =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      const monitor = yield* storeMonitor("idle", { refresh: () => null })
      const report = (n: number, source: string): IncomingArticle => ({
        _tag: "IncomingArticle",
        url: `https://example.org/${n}`,
        title: "Strikes on Douma",
        text: "At least 12 civilians were killed in air strikes on Douma on Monday, the civil defence said. Rescue teams searched the rubble.",
        isHtml: false,
        source,
        published: new Date(Date.UTC(2016, 10, 15, 0, n)),
        origin: `item ${n}`,
        feedId: null
      })
      const all = { text: null, feedId: null, place: null, unreadOnly: false }
      const shown = () => monitor.articles.window(all, 0, 10).map((r) => `${r.outlet} copies ${r.copies}`)
      const first = articleIdFor("https://example.org/1")
      // the first stage alone: both listed as they came, no claims yet
      yield* pipeline.storeItems([report(1, "Wire"), report(2, "Copier")])
      expect(shown()).toEqual(["Copier copies 0", "Wire copies 0"])
      expect(monitor.articles.detail(first)?.claims).toEqual([])
      // the analysis stage: the copy folds under the first, which shows its claim
      yield* pipeline.catchUp
      expect(shown()).toEqual(["Wire copies 1"])
      expect(monitor.articles.detail(first)?.claims.map((c) => [c.metric, c.min])).toEqual([["killed", 12]])
    }).pipe(Effect.provide(Pipeline.Default.pipe(Layer.provideMerge(layer))))
  )
})
