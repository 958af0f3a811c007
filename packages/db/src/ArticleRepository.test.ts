import { articleIdFor, type Article } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ArticleRepository, sortTimeOf } from "./ArticleRepository.js"
import { EventLog } from "./EventLog.js"
import { Store, StoreTest, storeAt } from "./Store.js"

const article = (n: number, overrides: Partial<Article> = {}): Article => ({
  id: articleIdFor(`https://example.org/${n}`),
  url: `https://example.org/${n}`,
  title: `Report ${n}`,
  source: "Example News",
  published: Date.UTC(2016, 10, 15) + n * 60_000,
  fetchedAt: Date.UTC(2016, 10, 20),
  body: `Body of report ${n}.`,
  contentHash: `hash${n}`,
  words: 4,
  feedId: null,
  duplicateOf: null,
  storyId: null,
  ...overrides
})

const Repos = Layer.mergeAll(ArticleRepository.Default, EventLog.Default)
const inMemory = Repos.pipe(Layer.provideMerge(StoreTest))

describe("ArticleRepository", () => {
  it.effect("stores a batch once: the second time nothing is added and nothing is overwritten", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const first = yield* repo.store([article(1), article(2)])
      expect(first.inserted.map((a) => a.url)).toEqual(["https://example.org/1", "https://example.org/2"])
      const second = yield* repo.store([article(1, { title: "Changed" }), article(3)])
      expect(second.inserted.map((a) => a.url)).toEqual(["https://example.org/3"])
      expect(second.alreadyStored).toBe(1)
      const kept = yield* repo.findById(articleIdFor("https://example.org/1"))
      expect(Option.map(kept, (a) => a.title)).toEqual(Option.some("Report 1"))
      expect(yield* repo.count).toBe(3)
    }).pipe(Effect.provide(inMemory)))

  it.effect("the same url twice in one batch is stored once", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const result = yield* repo.store([article(1), article(1)])
      expect(result.inserted).toHaveLength(1)
      expect(yield* repo.count).toBe(1)
    }).pipe(Effect.provide(inMemory)))

  it.effect("appends one event per new article, which a follower reads in order", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const log = yield* EventLog
      expect(yield* log.latestSeq).toBe(0)
      yield* repo.store([article(1), article(2)])
      yield* repo.store([article(2), article(3)])
      const events = yield* log.since(0)
      expect(events.map((e) => [e.kind, e.articleId])).toEqual([
        ["article.added", articleIdFor("https://example.org/1")],
        ["article.added", articleIdFor("https://example.org/2")],
        ["article.added", articleIdFor("https://example.org/3")]
      ])
      expect(yield* log.since(events[1]!.seq)).toHaveLength(1)
    }).pipe(Effect.provide(inMemory)))

  it.effect("the feed view window is newest first and pages without overlap", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      yield* repo.store(Array.from({ length: 25 }, (_, i) => article(i)))
      const top = yield* repo.window(0, 10)
      const next = yield* repo.window(10, 10)
      expect(top[0]!.title).toBe("Report 24")
      expect(next[0]!.title).toBe("Report 14")
      expect(new Set([...top, ...next].map((r) => r.id)).size).toBe(20)
    }).pipe(Effect.provide(inMemory)))

  it("orders a future-dated article by fetch time, not by its impossible date", () => {
    const fetchedAt = Date.UTC(2020, 0, 1)
    expect(sortTimeOf({ published: fetchedAt + 365 * 86_400_000, fetchedAt })).toBe(fetchedAt)
    expect(sortTimeOf({ published: fetchedAt - 1000, fetchedAt })).toBe(fetchedAt - 1000)
    expect(sortTimeOf({ published: null, fetchedAt })).toBe(fetchedAt)
  })

  it.effect("export streams every article in first-stored order across pages", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const batch = Array.from({ length: 2500 }, (_, i) => article(i))
      yield* repo.store(batch)
      const exported = yield* Stream.runCollect(repo.export())
      expect(Chunk.size(exported)).toBe(2500)
      expect(Chunk.toReadonlyArray(exported).map((a) => a.url)).toEqual(batch.map((a) => a.url))
      const none = yield* Stream.runCollect(repo.export(Date.UTC(2030, 0, 1)))
      expect(Chunk.size(none)).toBe(0)
    }).pipe(Effect.provide(inMemory)))
})

describe("Store", () => {
  it.scoped("creates, migrates and reopens a database file in WAL mode", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "nested", "x.db")
      yield* Effect.gen(function* () {
        const repo = yield* ArticleRepository
        yield* repo.store([article(1)])
        const store = yield* Store
        expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal")
        expect(store.sqlite.pragma("foreign_keys", { simple: true })).toBe(1)
      }).pipe(Effect.provide(Repos.pipe(Layer.provideMerge(storeAt(path)))))
      const count = yield* Effect.gen(function* () {
        return yield* (yield* ArticleRepository).count
      }).pipe(Effect.provide(Repos.pipe(Layer.provideMerge(storeAt(path)))))
      expect(count).toBe(1)
    }))

  it.effect("a file that is not a database fails with a message naming it", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "notes.db")
      writeFileSync(path, "these are my notes, not a database ".repeat(200))
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, ArticleRepository.Default.pipe(Layer.provide(storeAt(path)))))
      expect(error.message).toContain(path)
      expect(error.message).toMatch(/not a database/)
    }))
})
