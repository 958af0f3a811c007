import { mkdtempSync, rmSync } from "node:fs"
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
})
