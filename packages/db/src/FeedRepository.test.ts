import type { FeedId } from "@crosscheck/core"
import { describe, expect, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { drizzle } from "drizzle-orm/better-sqlite3"
import { migrate } from "drizzle-orm/better-sqlite3/migrator"
import { Effect, Either, Exit, Layer, Option, Scope } from "effect"
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { EventLog, FeedChanged } from "./EventLog.js"
import { FeedRepository, FeedWriter, type PollState } from "./FeedRepository.js"
import { Store, StoreTest, storeAt } from "./Store.js"
import { acquireWriterLock, WriterLockHeld, writerLockHolder } from "./WriterLock.js"

const Feeds = Layer.mergeAll(FeedRepository.Default, FeedWriter.Default, EventLog.Default)
const inMemory = Feeds.pipe(Layer.provideMerge(StoreTest))

const write = <A>(f: (writer: FeedWriter) => A) =>
  Effect.gen(function* () {
    const store = yield* Store
    const writer = yield* FeedWriter
    return yield* store.transaction("test", () => f(writer))
  })

const feedEvents = Effect.flatMap(EventLog, (log) => log.since(0)).pipe(
  Effect.map((events) => events.filter((e): e is FeedChanged => e instanceof FeedChanged).map((e) => [e.feedId, e.change]))
)

describe("FeedRepository", () => {
  it.effect("adds a feed once, due at once, with its URL as the scope of its GUIDs; announces it", () =>
    Effect.gen(function* () {
      const repo = yield* FeedRepository
      const added = yield* write((w) => w.add({ url: "https://example.org/feed.xml", name: "Example", intervalMinutes: 30 }, 1000))
      expect(added).toMatchObject({
        url: "https://example.org/feed.xml",
        name: "Example",
        scope: "https://example.org/feed.xml",
        intervalMinutes: 30,
        enabled: true,
        nextCheckAt: 0,
        allowPrivate: false
      })
      expect(yield* write((w) => w.add({ url: "https://example.org/feed.xml" }, 2000))).toBeNull()
      expect((yield* repo.list).length).toBe(1)
      expect(yield* repo.due(5000)).toHaveLength(1)
      expect(Option.isSome(yield* repo.findByUrl("https://example.org/feed.xml"))).toBe(true)
      expect(yield* repo.exists(added!.id)).toBe(true)
      expect(yield* repo.exists(added!.id + 1)).toBe(false)
      expect((yield* repo.resolve(String(added!.id))).id).toBe(added!.id)
      expect(Either.isLeft(yield* Effect.either(repo.resolve("https://nowhere.example/")))).toBe(true)
      expect(yield* feedEvents).toEqual([[added!.id, "added"]])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("records polls: a health change is announced, a plain success is not; a move keeps the scope", () =>
    Effect.gen(function* () {
      const repo = yield* FeedRepository
      const feed = (yield* write((w) => w.add({ url: "https://example.org/a.xml" }, 0)))!
      const state: PollState = { ...feed, lastPolledAt: 10, lastSuccessAt: 10, nextCheckAt: 600_000 }
      yield* write((w) => w.recordPoll(feed.id, state, null, 10))
      yield* write((w) =>
        w.recordPoll(
          feed.id,
          { ...state, url: "https://example.org/b.xml", lastError: "HTTP 500 Internal Server Error", lastErrorReason: "HttpStatus", consecutiveErrors: 1 },
          "health",
          20
        )
      )
      const stored = Option.getOrThrow(yield* repo.findById(feed.id))
      expect(stored).toMatchObject({
        url: "https://example.org/b.xml",
        scope: "https://example.org/a.xml",
        consecutiveErrors: 1,
        lastErrorReason: "HttpStatus",
        nextCheckAt: 600_000
      })
      expect((yield* repo.health)[0]).toMatchObject({
        id: feed.id,
        name: "https://example.org/b.xml",
        lastError: "HTTP 500 Internal Server Error",
        consecutiveErrors: 1,
        lastSuccessAt: 10
      })
      // due: not before its time; refresh now makes it due
      expect(yield* repo.due(1000)).toHaveLength(0)
      expect(yield* write((w) => w.dueNow(feed.id, 1000))).toBe(true)
      expect((yield* repo.due(1000)).map((f) => f.id)).toEqual([feed.id])
      expect(yield* repo.nextCheckAt).toBe(1000)
      expect(yield* feedEvents).toEqual([
        [feed.id, "added"],
        [feed.id, "health"]
      ])
      expect(yield* write((w) => w.remove(feed.id, 30))).toBe(true)
      expect(yield* repo.count).toBe(0)
      expect((yield* feedEvents).at(-1)).toEqual([feed.id, "removed"])
    }).pipe(Effect.provide(inMemory))
  )

  it.effect("a feed row changed by another program to a shape this build never writes fails its read, naming the field", () =>
    Effect.gen(function* () {
      const repo = yield* FeedRepository
      const { sqlite } = yield* Store
      yield* write((w) => w.add({ url: "https://example.org/a.xml" }, 0))
      sqlite.prepare("UPDATE feeds SET enabled = 7").run()
      const failure = yield* Effect.flip(repo.list)
      expect(failure.reason).toBe("malformed_row")
      expect(failure.message).toMatch(/cannot read feeds[\s\S]*\["enabled"\][\s\S]*actual 7/)
    }).pipe(Effect.provide(inMemory))
  )
})

describe("upgrading a database from before feeds were polled", () => {
  it("keeps every article, claim and feed: the rebuilt tables cascade nothing away", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-upgrade-"))
    // The migrations as they were before this one.
    const drizzleDir = fileURLToPath(new URL("../drizzle", import.meta.url))
    const old = join(dir, "drizzle")
    mkdirSync(join(old, "meta"), { recursive: true })
    const journal = JSON.parse(readFileSync(join(drizzleDir, "meta", "_journal.json"), "utf8")) as { entries: Array<{ tag: string }> }
    const before = journal.entries.slice(0, 4)
    for (const e of before) copyFileSync(join(drizzleDir, `${e.tag}.sql`), join(old, `${e.tag}.sql`))
    writeFileSync(join(old, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: before }))
    const path = join(dir, "old.db")
    const sqlite = new Database(path)
    sqlite.pragma("foreign_keys = ON")
    migrate(drizzle(sqlite), { migrationsFolder: old })
    sqlite.exec(
      `INSERT INTO feeds (url, name, interval_minutes, enabled, consecutive_errors, created_at) VALUES ('https://example.org/feed.xml', 'Example', 15, 1, 0, 1)`
    )
    sqlite.exec(
      `INSERT INTO articles (id, url, source, feed_id, title, fetched_at, sort_time, body, content_hash, words) VALUES ('a1', 'https://example.org/1', 'Example', 1, 'T', 1, 1, 'B', 'h', 1)`
    )
    sqlite.exec(
      `INSERT INTO claims (id, article_id, kind, polarity, quote, span_start, span_end, rule) VALUES ('a1-1', 'a1', 'quantity', 'asserted', 'q', 0, 1, 'r')`
    )
    sqlite.exec(`INSERT INTO claim_versions (article_id, version) VALUES ('a1', 1)`)
    sqlite.close()

    const exit = await Effect.runPromiseExit(
      Effect.gen(function* () {
        const store = yield* Store
        const feeds = yield* FeedRepository
        return {
          claims: store.sqlite.prepare(`SELECT count(*) FROM claims`).pluck().get(),
          versions: store.sqlite.prepare(`SELECT count(*) FROM claim_versions`).pluck().get(),
          article: store.sqlite.prepare(`SELECT feed_id AS feedId, revision FROM articles`).get(),
          feeds: yield* feeds.list,
          // two articles may now share a link
          sameUrl: store.sqlite
            .prepare(
              `INSERT INTO articles (id, url, source, title, fetched_at, sort_time, body, content_hash, words) VALUES ('a2', 'https://example.org/1', 'E', 'T', 1, 1, 'B', 'h', 1)`
            )
            .run().changes,
          foreignKeys: store.sqlite.pragma("foreign_keys", { simple: true })
        }
      }).pipe(Effect.provide(FeedRepository.Default.pipe(Layer.provideMerge(storeAt(path)))))
    )
    expect(Exit.isSuccess(exit)).toBe(true)
    if (!Exit.isSuccess(exit)) return
    expect(exit.value).toMatchObject({ claims: 1, versions: 1, article: { feedId: 1, revision: null }, sameUrl: 1, foreignKeys: 1 })
    expect(exit.value.feeds).toEqual([
      expect.objectContaining({
        id: 1 as FeedId,
        url: "https://example.org/feed.xml",
        name: "Example",
        scope: "https://example.org/feed.xml",
        intervalMinutes: 15,
        enabled: true
      })
    ])
  })
})

describe("WriterLock", () => {
  it("lets one process poll a database; the next is told who holds it, and gets it once released", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "crosscheck-lock-")), "db.sqlite")
    expect(await Effect.runPromise(writerLockHolder(path))).toEqual({ held: false })
    const scope = await Effect.runPromise(Scope.make())
    await Effect.runPromise(Scope.extend(acquireWriterLock(path, "daemon"), scope))
    const held = await Effect.runPromise(writerLockHolder(path))
    expect(held).toMatchObject({ held: true, holder: { pid: process.pid, command: "daemon" } })
    const second = await Effect.runPromise(Effect.either(Effect.scoped(acquireWriterLock(path, "daemon"))))
    expect(Either.isLeft(second) && second.left).toBeInstanceOf(WriterLockHeld)
    if (Either.isLeft(second)) expect(second.left.message).toMatch(new RegExp(`polled by crosscheck daemon \\(pid ${process.pid} on `))
    await Effect.runPromise(Scope.close(scope, Exit.void))
    expect(await Effect.runPromise(writerLockHolder(path))).toEqual({ held: false })
    await Effect.runPromise(Effect.scoped(acquireWriterLock(path, "tui")))
  })
})
