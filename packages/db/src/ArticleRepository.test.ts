import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import Database from "better-sqlite3"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ArticleRepository, ArticleWriter, sortTimeOf } from "./ArticleRepository.js"
import { EventLog } from "./EventLog.js"
import { type Article, articleIdFor } from "@crosscheck/core"
import { sampleArticle } from "./testing.js"
import { APPLICATION_ID, Store, StoreTest, storeAt } from "./Store.js"

const article = sampleArticle

const Repos = Layer.mergeAll(ArticleRepository.Default, ArticleWriter.Default, EventLog.Default)

/** Writes a batch in one transaction, as the pipeline does; returns the urls that were new. */
const storeAll = (batch: ReadonlyArray<Article>) =>
  Effect.gen(function* () {
    const store = yield* Store
    const writer = yield* ArticleWriter
    return yield* store.transaction("test", () => batch.filter((a) => writer.insert(a, 0) !== null).map((a) => a.url))
  })
const inMemory = Repos.pipe(Layer.provideMerge(StoreTest))

describe("ArticleRepository", () => {
  it.effect("stores a batch once: the second time nothing is added and nothing is overwritten", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const first = yield* storeAll([article(1), article(2)])
      expect(first).toEqual(["https://example.org/1", "https://example.org/2"])
      const second = yield* storeAll([article(1, { title: "Changed" }), article(3)])
      expect(second).toEqual(["https://example.org/3"])
      const kept = yield* repo.findById(articleIdFor("https://example.org/1"))
      expect(Option.map(kept, (a) => a.title)).toEqual(Option.some("Report 1"))
      expect(yield* repo.count).toBe(3)
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("the same url twice in one batch is stored once", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      const result = yield* storeAll([article(1), article(1)])
      expect(result).toHaveLength(1)
      expect(yield* repo.count).toBe(1)
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("appends one event per new article, which a follower reads in order", () =>
    Effect.gen(function* () {
      const log = yield* EventLog
      expect(yield* log.latestSeq).toBe(0)
      yield* storeAll([article(1), article(2)])
      yield* storeAll([article(2), article(3)])
      const events = yield* log.since(0)
      expect(events.map((e) => (e._tag === "ArticleAdded" ? e.articleId : e._tag))).toEqual([
        articleIdFor("https://example.org/1"),
        articleIdFor("https://example.org/2"),
        articleIdFor("https://example.org/3")
      ])
      expect(yield* log.since(events[1]!.seq)).toHaveLength(1)
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("the feed view window is newest first and pages without overlap", () =>
    Effect.gen(function* () {
      const repo = yield* ArticleRepository
      yield* storeAll(Array.from({ length: 25 }, (_, i) => article(i)))
      const top = yield* repo.window(0, 10)
      const next = yield* repo.window(10, 10)
      expect(top[0]!.title).toBe("Report 24")
      expect(next[0]!.title).toBe("Report 14")
      expect(new Set([...top, ...next].map((r) => r.id)).size).toBe(20)
    }).pipe(Effect.provide(inMemory))
  )

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
      yield* storeAll(batch)
      const exported = yield* Stream.runCollect(repo.export())
      expect(Chunk.size(exported)).toBe(2500)
      expect(Chunk.toReadonlyArray(exported).map((a) => a.url)).toEqual(batch.map((a) => a.url))
      const none = yield* Stream.runCollect(repo.export(Date.UTC(2030, 0, 1)))
      expect(Chunk.size(none)).toBe(0)
    }).pipe(Effect.provide(inMemory))
  )
})

describe("Store", () => {
  it.scoped("creates, migrates and reopens a database file in WAL mode", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "nested", "x.db")
      yield* Effect.gen(function* () {
        yield* storeAll([article(1)])
        const store = yield* Store
        expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal")
        expect(store.sqlite.pragma("foreign_keys", { simple: true })).toBe(1)
      }).pipe(Effect.provide(Repos.pipe(Layer.provideMerge(storeAt(path)))))
      const count = yield* Effect.gen(function* () {
        return yield* (yield* ArticleRepository).count
      }).pipe(Effect.provide(Repos.pipe(Layer.provideMerge(storeAt(path)))))
      expect(count).toBe(1)
    })
  )

  it.effect("a file that is not a database fails with a message naming it", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "notes.db")
      writeFileSync(path, "these are my notes, not a database ".repeat(200))
      const error = yield* Effect.flip(Effect.provide(ArticleRepository, ArticleRepository.Default.pipe(Layer.provide(storeAt(path)))))
      expect(error.message).toContain(path)
      expect(error.message).toMatch(/not a database/)
      expect(error.reason).toBe("not_a_database")
    })
  )

  const sqliteFile = (setup: (db: Database.Database) => void): { readonly path: string; readonly bytes: () => Buffer } => {
    const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "other.db")
    const db = new Database(path)
    setup(db)
    db.close()
    return { path, bytes: () => readFileSync(path) }
  }
  const openAt = (path: string, mode: "write" | "read" = "write") => Effect.flip(Effect.scoped(Effect.asVoid(Layer.build(storeAt(path, { mode })))))

  it.effect("refuses another program's database before writing anything to it", () =>
    Effect.gen(function* () {
      const unrelated = sqliteFile((db) => db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')"))
      const before = unrelated.bytes()
      const error = yield* openAt(unrelated.path)
      expect(error.reason).toBe("foreign_database")
      expect(error.message).toBe(`${unrelated.path} is not a crosscheck database: it holds other tables (recipes); crosscheck will not change it`)
      expect(unrelated.bytes().equals(before)).toBe(true)

      // Its own `articles` table: refused the same way, in one line, and no migrations table left behind.
      const clash = sqliteFile((db) => db.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"))
      const clashError = yield* openAt(clash.path, "read")
      expect(clashError.reason).toBe("foreign_database")
      expect(clashError.message.split("\n")).toHaveLength(1)
      const tables = new Database(clash.path, { readonly: true }).prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
      expect(tables).toEqual(["articles"])

      const otherApp = sqliteFile((db) => db.pragma("application_id = 1234"))
      expect((yield* openAt(otherApp.path)).message).toMatch(/belongs to another program/)
    })
  )

  it.scoped("marks its own databases, and leaves them in rollback mode so a read-only folder can read them", () =>
    Effect.gen(function* () {
      const path = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "x.db")
      yield* Effect.scoped(Layer.build(storeAt(path)))
      const db = new Database(path, { readonly: true })
      expect(db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID)
      expect(db.pragma("journal_mode", { simple: true })).toBe("delete")
      db.close()
      // An empty file is a new database, not a foreign one.
      const empty = join(mkdtempSync(join(tmpdir(), "crosscheck-")), "empty.db")
      writeFileSync(empty, "")
      yield* Effect.scoped(Layer.build(storeAt(empty)))
    })
  )
})
