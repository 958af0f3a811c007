/** The conflict update reads back only what can change (issue 12): the scope index (claim_homes)
 * and the asserted events' keys (claim_keys) give, batch after batch, what a full recomputation
 * gives; a store from before the scope index is indexed whole on its first write. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { type ConflictClaim, filingOf, type IncomingArticle, lookupKeys, prepare } from "@crosscheck/core"
import { ArticleRepository, ConflictRepository, EventLog, Store, storeAt } from "@crosscheck/db"
import { Pipeline } from "@crosscheck/ingest"
import Database from "better-sqlite3"
import { Effect, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import { prng } from "../bench/dedup/random.js"
import { sentencePool } from "../bench/speed/realistic.js"

/** Articles recombined from FA-KES's sentences with figures (as the speed bench makes them), dated
 * over two months so that many share a governorate and a day; the last `revised` of them come
 * back as new revisions of earlier ones (their claims leave the conflicts and come back changed). */
const articles = (count: number, revised: number): Array<IncomingArticle> => {
  const rand = prng(12)
  const { rows, withFigures, others } = sentencePool()
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(rand() * xs.length)]!
  const start = Date.UTC(2016, 10, 1)
  const out: Array<IncomingArticle> = []
  for (let i = 0; i < count; i++) {
    const row = pick(rows)
    const body: Array<string> = []
    for (let f = 0, n = 3 + Math.floor(rand() * 4); f < n; f++) body.push(pick(withFigures))
    for (let p = 0, n = 2 + Math.floor(rand() * 4); p < n; p++) body.splice(Math.floor(rand() * (body.length + 1)), 0, pick(others))
    const url = i >= count - revised ? `https://bench.example/${Math.floor(rand() * (count - revised))}` : `https://bench.example/${i}`
    out.push({
      _tag: "IncomingArticle",
      url,
      title: row.title,
      text: body.join(" "),
      isHtml: false,
      source: row.source,
      published: new Date(start + Math.floor(rand() * 60 * 86_400_000)),
      origin: "recombined",
      feedId: null
    })
  }
  return out
}

const layerAt = (path: string) =>
  Pipeline.Default.pipe(
    Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ConflictRepository.Default)),
    Layer.provideMerge(storeAt(path))
  )

const run = <A>(path: string, f: Effect.Effect<A, unknown, Pipeline | Store | ConflictRepository>) =>
  Effect.runPromise(Effect.scoped(Effect.provide(f, layerAt(path))))

const importAll = (items: ReadonlyArray<IncomingArticle>, size: number) =>
  Effect.gen(function* () {
    yield* Stream.runDrain((yield* Pipeline).run(Stream.fromIterable(items), { size, maxWait: "10 seconds" }))
  })

/** Every stored conflict and incident, whole, in id order. */
const stored = Effect.gen(function* () {
  const { sqlite } = yield* Store
  return {
    conflicts: sqlite
      .prepare(`SELECT id, kind, severity, metric, where_name, when_from, when_to, who, sources, claim_ids, summary, anchors FROM conflicts ORDER BY id`)
      .all(),
    incidents: sqlite
      .prepare(
        `SELECT id, metric, where_name, when_from, when_to, who, claim_ids, figures, range_min, range_max, conservative, grade, anchors FROM incidents ORDER BY id`
      )
      .all(),
    conflictAnchors: sqlite.prepare(`SELECT anchor, conflict FROM conflict_anchors ORDER BY anchor, conflict`).all(),
    incidentAnchors: sqlite.prepare(`SELECT anchor, incident FROM incident_anchors ORDER BY anchor, incident`).all()
  }
})

/** As a full recomputation leaves the store: both indexes emptied, so the next writer files every
 * claim again and recomputes every conflict and incident from all of them at once. */
const recomputeAll = Effect.gen(function* () {
  const { sqlite } = yield* Store
  sqlite.exec(`DELETE FROM claim_homes; DELETE FROM claim_keys`)
  expect(yield* (yield* ConflictRepository).needsIndexing).toBe(true)
  yield* (yield* Pipeline).refreshClaims
})

describe("the conflict index", () => {
  it("gives, batch after batch and with articles revised, the conflicts and incidents a full recomputation gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-conflict-index-"))
    try {
      const path = join(dir, "x.db")
      const items = articles(700, 60)
      const incremental = await run(path, Effect.andThen(importAll(items, 37), stored))
      expect(incremental.conflicts.length).toBeGreaterThan(50)
      expect(new Set(incremental.conflicts.map((c) => (c as { kind: string }).kind)).size).toBeGreaterThanOrEqual(3)
      const full = await run(path, Effect.andThen(recomputeAll, stored))
      expect(full).toEqual(incremental)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)

  /** The migrations' SQL, by tag, as the store applies them. */
  const migration = (tag: string): ReadonlyArray<string> =>
    readFileSync(join(dirname(createRequire(import.meta.url).resolve("@crosscheck/db/package.json")), "drizzle", `${tag}.sql`), "utf8")
      .split("--> statement-breakpoint")
      .filter((statement) => statement.trim() !== "")

  /** Imports the first 250 articles into a store, turns its conflict indexes into what an earlier
   * release made of the same claims (`shape`), with that release's migrations the last applied,
   * then opens it with this release to import the rest: it must end as a fresh store. */
  const upgradeFrom = async (shape: "keys" | "wide") => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-conflict-upgrade-"))
    try {
      const items = articles(400, 0)
      const fresh = join(dir, "fresh.db")
      const expected = await run(fresh, Effect.andThen(importAll(items, 50), stored))
      const old = join(dir, "old.db")
      await run(old, importAll(items.slice(0, 250), 50))
      const claims = await run(
        old,
        Effect.flatMap(ConflictRepository, (c) => c.allClaims)
      )
      const sqlite = new Database(old)
      const forget = sqlite.prepare(`DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)`)
      let rows = 0
      if (shape === "keys") {
        // The release before the scope index: every claim's lookup keys in claim_keys(key, claim)
        // (migration 0005's table), no claim_homes, neither 0010 nor 0011 applied.
        sqlite.exec(`DROP TABLE claim_homes; DROP TABLE claim_keys`)
        sqlite.exec(
          "CREATE TABLE `claim_keys` (`key` text NOT NULL, `claim` text NOT NULL, PRIMARY KEY(`key`, `claim`)); CREATE INDEX `claim_keys_claim` ON `claim_keys` (`claim`)"
        )
        forget.run()
        forget.run()
        const insert = sqlite.prepare(`INSERT OR IGNORE INTO claim_keys (key, claim) VALUES (?, ?)`)
        for (const c of claims) for (const k of lookupKeys(c)) rows += insert.run(k, c.id).changes
      } else {
        // The release with 0010: each row a copy of its claim in 22 columns; 0011 not applied.
        sqlite.exec(`DROP TABLE claim_homes`)
        for (const statement of migration("0010_claim_homes")) sqlite.exec(statement)
        forget.run()
        const columns = (c: ConflictClaim) => [
          c.id,
          c.articleId,
          c.kind,
          c.metric,
          c.min,
          c.max,
          c.qualifier,
          c.who,
          c.where,
          c.whereId,
          c.when?.from ?? null,
          c.when?.to ?? null,
          c.source,
          c.actor,
          c.action,
          c.polarity,
          c.span?.[0] ?? 0,
          c.span?.[1] ?? 0,
          c.features,
          c.outlet,
          c.published,
          c.storyId
        ]
        const copied = `claim, article_id, kind, metric, min, max, qualifier, who, where_name, where_id, when_from, when_to, source, actor,
          action, polarity, span_start, span_end, features, outlet, published, story_id`
        const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ")
        const home = sqlite.prepare(`INSERT OR IGNORE INTO claim_homes (home, place, victims, ${copied}) VALUES (${marks(25)})`)
        const key = sqlite.prepare(`INSERT OR IGNORE INTO claim_keys (key, ${copied}) VALUES (${marks(23)})`)
        for (const c of claims) {
          const filing = filingOf(prepare(c))
          for (const f of filing.homes) rows += home.run(f.home, f.place, f.victims, ...columns(c)).changes
          for (const k of filing.keys) rows += key.run(k, ...columns(c)).changes
        }
      }
      expect(rows).toBeGreaterThan(1000)
      sqlite.close()
      // Opened by this release: migrated, then its next import files every stored claim first.
      const upgraded = await run(old, Effect.andThen(importAll(items.slice(250), 50), stored))
      expect(upgraded).toEqual(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it("indexes a store from before the scope index whole on its first write, and goes on as a store made by this release", async () => {
    await upgradeFrom("keys")
  }, 240_000)

  it("indexes a store whose index rows copied their claims in columns (migration 0010) whole on its first write, and goes on as this release", async () => {
    await upgradeFrom("wide")
  }, 240_000)
})
