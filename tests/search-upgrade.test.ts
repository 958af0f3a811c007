/** Search after an upgrade: a database from the release whose triggers kept the search index in
 * step with every write (migrations up to 0008), opened by this one, which indexes an article
 * when the analysis stage analyses it (0009). */
import { createHash } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { articleIdFor } from "@crosscheck/core"
import { ArticleListing, ArticleRepository, EventLog, Store, storeAt } from "@crosscheck/db"
import { searchIndexProblem, searchTitles } from "@crosscheck/db/testing"
import { Pipeline } from "@crosscheck/ingest"
import Database from "better-sqlite3"
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"

const indexProblem = Effect.map(Store, searchIndexProblem)

const layerAt = (path: string) =>
  Pipeline.Default.pipe(
    Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ArticleListing.Default)),
    Layer.provideMerge(storeAt(path))
  )

/** The committed migrations up to and including `last` (by tag), applied to a new database
 * file as crosscheck's store applies them (the same bookkeeping), as a crosscheck of that
 * release left it. */
const databaseAt = (path: string, last: string): Database.Database => {
  const folder = join(dirname(createRequire(import.meta.url).resolve("@crosscheck/db/package.json")), "drizzle")
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as { entries: Array<{ tag: string; when: number }> }
  const upTo = journal.entries.findIndex((e) => e.tag === last)
  expect(upTo).toBeGreaterThanOrEqual(0)
  const sqlite = new Database(path)
  sqlite.exec(`CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`)
  for (const e of journal.entries.slice(0, upTo + 1)) {
    const sql = readFileSync(join(folder, `${e.tag}.sql`), "utf8")
    for (const statement of sql.split("--> statement-breakpoint")) if (statement.trim() !== "") sqlite.exec(statement)
    sqlite.prepare(`INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)`).run(createHash("sha256").update(sql).digest("hex"), e.when)
  }
  return sqlite
}

describe("upgrading a database whose search index was kept by triggers", () => {
  it("keeps every analysed article searchable; one awaiting analysis is indexed once analysed, a queued revision's words replace the old", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-fts-upgrade-"))
    try {
      const path = join(dir, "old.db")
      const old = databaseAt(path, "0008_analysis_queue")
      const insert = old.prepare(
        `INSERT INTO articles (id, url, source, title, published, fetched_at, sort_time, body, content_hash, words, revision)
         VALUES (?, ?, 'Example', ?, 1, 1, 1, ?, ?, 8, ?)`
      )
      const put = (n: number, title: string, body: string) =>
        insert.run(articleIdFor(`https://example.org/${n}`), `https://example.org/${n}`, title, body, `h${n}`, `r${n}`)
      // Analysed under 0008 (indexed by its trigger, no longer queued).
      put(1, "Shelling in Douma", "Shells fell on the vegetable market in Douma at noon.")
      put(3, "Clashes near Jobar", "Fighting went on near Jobar through the night.")
      // Stored by a cycle, still waiting for analysis (indexed by the trigger all the same).
      put(2, "Air strikes on Harasta", "Jets struck the northern edge of Harasta before dawn.")
      old.prepare(`INSERT INTO analysis_queue (article_id, revision) VALUES (?, NULL)`).run(articleIdFor("https://example.org/2"))
      // A new revision of the Jobar report, queued: the stored text is still the old one.
      old.prepare(`INSERT INTO analysis_queue (article_id, revision) VALUES (?, ?)`).run(
        articleIdFor("https://example.org/3"),
        JSON.stringify({
          url: "https://example.org/3",
          title: "Clashes near Jobar and Zamalka",
          body: "Fighting spread from Jobar to Zamalka overnight.",
          source: "Example",
          published: 1,
          contentHash: "h3b",
          words: 7
        })
      )
      expect(old.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harasta'`).pluck().get()).toBe(1)
      old.close()

      const run = <A>(f: Effect.Effect<A, unknown, Pipeline | Store | ArticleListing>) => Effect.runPromise(Effect.scoped(Effect.provide(f, layerAt(path))))
      // Migrated on open; before the queue is analysed, search finds what was analysed.
      const before = await run(
        Effect.gen(function* () {
          const store = yield* Store
          return {
            douma: yield* searchTitles("douma"),
            harasta: yield* searchTitles("harasta"),
            jobar: yield* searchTitles("jobar"),
            triggers: store.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger'`).pluck().get(),
            // the index is sound in itself (rank 0), though the queued article is not in it yet
            sound: store.sqlite.prepare(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`).run().changes >= 0
          }
        })
      )
      expect(before).toEqual({ douma: ["Shelling in Douma"], harasta: [], jobar: ["Clashes near Jobar"], triggers: 0, sound: true })
      // The analysis stage catches up (as every start does first): each article found once.
      const after = await run(
        Effect.gen(function* () {
          yield* (yield* Pipeline).catchUp
          return {
            douma: yield* searchTitles("douma"),
            harasta: yield* searchTitles("harasta dawn"),
            jobar: yield* searchTitles("jobar"),
            zamalka: yield* searchTitles("zamalka"),
            night: yield* searchTitles("night"),
            problem: yield* indexProblem
          }
        })
      )
      expect(after).toEqual({
        douma: ["Shelling in Douma"],
        harasta: ["Air strikes on Harasta"],
        jobar: ["Clashes near Jobar and Zamalka"],
        zamalka: ["Clashes near Jobar and Zamalka"],
        night: [],
        problem: null
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
