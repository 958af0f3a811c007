import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Store, storeAt } from "./Store.js"

const journalMode = Effect.map(Store, (s) => s.sqlite.pragma("journal_mode", { simple: true }))

describe("Store", () => {
  it.effect("opened with deferWal, reads before switching to WAL; the first write, or useWal, switches", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "crosscheck-store-"))
      const path = join(dir, "store.db")
      try {
        // Made, then closed: the last connection out leaves it in rollback mode.
        yield* Effect.scoped(Effect.provide(journalMode, storeAt(path)))
        const deferred = (f: (store: Store) => Effect.Effect<unknown, unknown>) =>
          Effect.scoped(
            Effect.provide(
              Effect.flatMap(Store, (store) => f(store)),
              storeAt(path, { deferWal: true })
            )
          )
        yield* deferred((store) =>
          Effect.gen(function* () {
            expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("delete")
            expect(store.sqlite.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(0)
            yield* store.transaction("a write", () => store.sqlite.prepare("DELETE FROM articles").run())
            expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal")
          })
        )
        yield* deferred((store) =>
          Effect.gen(function* () {
            yield* store.useWal()
            expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal")
          })
        )
        // Without deferWal, WAL mode from the start, as before.
        expect(yield* Effect.scoped(Effect.provide(journalMode, storeAt(path)))).toBe("wal")
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  )

  it.effect("a change not synced is committed and kept; the store's later commits are synced again", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "crosscheck-store-"))
      const path = join(dir, "store.db")
      try {
        const use = (f: (store: Store) => Effect.Effect<unknown, unknown>) => Effect.scoped(Effect.provide(Effect.flatMap(Store, f), storeAt(path)))
        yield* use((store) =>
          Effect.gen(function* () {
            yield* store.transaction(
              "a mark",
              () => store.sqlite.prepare("INSERT INTO feeds (id, url, scope, created_at) VALUES (1, 'https://f.test/1', 'https://f.test/1', 0)").run(),
              { synced: false }
            )
            // 2 = FULL: what every other commit gets
            expect(store.sqlite.pragma("synchronous", { simple: true })).toBe(2)
          })
        )
        const kept = yield* use((store) => Effect.sync(() => store.sqlite.prepare("SELECT count(*) FROM feeds").pluck().get()))
        expect(kept).toBe(1)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  )

  it.effect("names what is wrong with a database path, and never hangs making its folders", () =>
    Effect.gen(function* () {
      const dir = mkdtempSync(join(tmpdir(), "crosscheck-store-"))
      try {
        const openAt = (path: string) => Effect.flip(Effect.scoped(Effect.provide(Store, storeAt(path))))
        // an empty path would be SQLite's private temporary database: whatever was stored, lost
        expect((yield* openAt("")).message).toBe("no database path given: --db needs a file path")
        writeFileSync(join(dir, "file"), "x")
        expect((yield* openAt(join(dir, "file", "sub", "x.db"))).message).toBe(
          `cannot create a folder for ${join(dir, "file", "sub", "x.db")}: ${join(dir, "file")} is a file, not a folder`
        )
        expect((yield* openAt(dir)).message).toBe(`cannot open database ${dir}: ${dir} is a folder, not a database file`)
        // Node's recursive mkdir retries a missing folder under /proc forever
        if (existsSync("/proc/self"))
          expect((yield* openAt("/proc/crosscheck-nope/x.db")).message).toMatch(/^cannot create the folder \/proc\/crosscheck-nope /)
        // folders that do not exist yet are made, level by level
        yield* Effect.scoped(Effect.provide(Store, storeAt(join(dir, "a", "b", "x.db"))))
        expect(existsSync(join(dir, "a", "b", "x.db"))).toBe(true)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  )
})
