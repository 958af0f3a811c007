/**
 * Conflicts kept up to date by the real store (packages/db ConflictWriter, inside the
 * pipeline's transaction), with about 100,000 claims stored: FA-KES stored many times over
 * under other ids, each copy of it shifted by two weeks so its incidents are new ones (stored
 * as the pipeline stores an article, except that copy detection is told these are not
 * copies: they are word for word the same reports, which is the point of the replication). Then
 * probe articles (one more copy, shifted again) are stored one at a time, as a daemon stores
 * what a poll brings, and the conflict update of each is timed on its own.
 *
 * Two measures: a running process (its prepared claims in memory, the steady state of a
 * daemon or a TUI that polls), and the first update after a start (nothing prepared yet).
 * Also: recomputing every conflict of the whole store from its claims.
 * Writes bench/results/conflicts-store.json.
 */
import { detectConflicts, type IncomingArticle, normaliseArticle } from "@crosscheck/core"
import {
  ArticleRepository,
  ArticleWriter,
  ClaimWriter,
  ConflictRepository,
  ConflictWriter,
  conflictClaimsOf,
  DedupIndexWriter,
  EventLog,
  Store,
  sortTimeOf,
  storeAt
} from "@crosscheck/db"
import { ClaimExtractor, Deduplicator } from "@crosscheck/ingest"
import { Effect, Layer } from "effect"
import { cpus, loadavg } from "node:os"
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { readFaKes } from "../../tests/support/faKes.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, "..", ".work")
const TARGET_CLAIMS = Number(process.env.TARGET_CLAIMS ?? 100_000)
const PROBES = Number(process.env.PROBES ?? 200)
const DAY = 86_400_000

const rows = readFaKes()
const copyOf = (k: number): Array<IncomingArticle> =>
  rows.map((r, row) => ({
    _tag: "IncomingArticle",
    url: `bench-copy-${k}/fa-kes/${r.unitId}/row-${row + 1}`,
    title: r.title,
    text: r.content,
    isHtml: false,
    source: r.source,
    published: new Date(Date.parse(r.date) + k * 14 * DAY),
    origin: `copy ${k} row ${row + 1}`,
    feedId: null
  }))

const percentile = (xs: ReadonlyArray<number>, p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0
}
const round = (n: number) => +n.toFixed(3)

mkdirSync(work, { recursive: true })
const path = join(work, "conflicts-store.db")
for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true })

const layer = Layer.mergeAll(
  Deduplicator.Default,
  ClaimExtractor.Default,
  ArticleWriter.Default,
  DedupIndexWriter.Default,
  ClaimWriter.Default,
  ConflictWriter.Default
).pipe(Layer.provideMerge(Layer.mergeAll(ArticleRepository.Default, EventLog.Default, ConflictRepository.Default)), Layer.provideMerge(storeAt(path)))

/** Stores one article as the pipeline does (never as a copy), timing the conflict update alone. */
const storeTimed = (item: IncomingArticle) =>
  Effect.gen(function* () {
    const store = yield* Store
    const dedup = yield* Deduplicator
    const extractor = yield* ClaimExtractor
    const articleWriter = yield* ArticleWriter
    const indexWriter = yield* DedupIndexWriter
    const claimWriter = yield* ClaimWriter
    const conflictWriter = yield* ConflictWriter
    const a = normaliseArticle(item, Date.now())
    if (!("id" in a)) throw new Error(a.message)
    const found = extractor.read(a)
    return yield* store.transaction("probe", () => {
      dedup.begin()
      conflictWriter.begin()
      // classified before it is stored: every stored article counts as analysed before it
      const classified = dedup.classify(a, Number.MAX_SAFE_INTEGER)
      const c = { ...classified, article: { ...classified.article, duplicateOf: null } }
      const rowid = articleWriter.insert(c.article, 0)!
      indexWriter.add(rowid, sortTimeOf(c.article), c.article.storyId, c.indexing)
      dedup.filed(c, rowid)
      indexWriter.countTerms(dedup.takeTermCounts())
      claimWriter.replace(a.id, found, extractor.version, 0)
      const stored = conflictClaimsOf(c.article, found)
      const prepared = conflictWriter.index(stored)
      const t0 = performance.now()
      conflictWriter.update(prepared, 0)
      return { ms: performance.now() - t0, claims: stored.length }
    })
  })

const fill = Effect.gen(function* () {
  const conflicts = yield* ConflictRepository
  const started = performance.now()
  let claims = 0
  let copies = 0
  while (claims < TARGET_CLAIMS) {
    for (const item of copyOf(copies)) claims += (yield* storeTimed(item)).claims
    copies++
    console.log(`  copy ${copies}: ${claims.toLocaleString("en")} claims, ${(yield* conflicts.count(null)).toLocaleString("en")} conflicts`)
  }
  return { claims, copies, seconds: (performance.now() - started) / 1000 }
})

const program = Effect.gen(function* () {
  console.log(`filling a store with ${TARGET_CLAIMS.toLocaleString("en")} claims...`)
  const filled = yield* fill
  const conflicts = yield* ConflictRepository
  // Every conflict of the store at once, from its claims.
  const t0 = performance.now()
  const all = yield* conflicts.allClaims
  const t1 = performance.now()
  const full = detectConflicts(all)
  const t2 = performance.now()
  const probes = copyOf(filled.copies)
    .filter((_, i) => i % Math.max(1, Math.floor(rows.length / PROBES)) === 0)
    .slice(0, PROBES)
  const warm: Array<number> = []
  const claimsPerProbe: Array<number> = []
  for (const [i, item] of probes.entries()) {
    const { ms, claims } = yield* storeTimed(item)
    // The first ten fill the prepared claims as a process that has been running would have.
    if (i >= 10) warm.push(ms)
    claimsPerProbe.push(claims)
  }
  return { filled, readAllMs: t1 - t0, recomputeAllMs: t2 - t1, conflictsAll: full.conflicts.length, warm, claimsPerProbe }
})

const loadBefore = loadavg()[0]
const result = await Effect.runPromise(program.pipe(Effect.provide(layer), Effect.orDie))

// A cold start: a new process (here, a new store connection) whose first update prepares
// everything it reads.
const cold: Array<number> = []
const coldProbes = copyOf(result.filled.copies + 1).slice(0, 20)
for (const item of coldProbes) {
  const once = await Effect.runPromise(storeTimed(item).pipe(Effect.provide(layer), Effect.orDie))
  cold.push(once.ms)
}

const report = {
  benchmark: "conflict updates through the real store (ConflictWriter in the pipeline's transaction)",
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
  loadAverage: { before: round(loadBefore), after: round(loadavg()[0]!) },
  store: {
    claims: result.filled.claims,
    faKesCopies: result.filled.copies,
    fillSeconds: round(result.filled.seconds),
    databaseMiB: round(statSync(path).size / 1024 / 1024)
  },
  recomputeEverything: {
    claims: result.filled.claims,
    readMs: round(result.readAllMs),
    detectMs: round(result.recomputeAllMs),
    conflicts: result.conflictsAll
  },
  oneArticle: {
    probes: result.warm.length,
    claimsPerArticleMean: round(result.claimsPerProbe.reduce((a, b) => a + b, 0) / Math.max(1, result.claimsPerProbe.length)),
    runningProcessMs: {
      p50: round(percentile(result.warm, 50)),
      p90: round(percentile(result.warm, 90)),
      p99: round(percentile(result.warm, 99)),
      max: round(Math.max(...result.warm))
    },
    firstAfterStartMs: { p50: round(percentile(cold, 50)), p99: round(percentile(cold, 99)), max: round(Math.max(...cold)) }
  }
}
writeFileSync(join(here, "..", "results", "conflicts-store.json"), `${JSON.stringify(report, null, 2)}\n`)
console.log(JSON.stringify(report, null, 2))
