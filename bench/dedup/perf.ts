/**
 * Copy-detection speed: signature + candidate lookup + verification per article, through the
 * real Deduplicator on a real SQLite store, with 10k, 100k and 1M articles already indexed.
 * The indexed articles are synthetic filler (bench/generate.ts text, shortened) inserted
 * straight into the store with their real sketch keys; the probes are FA-KES articles and their
 * spun and wire copies from the labelled set. Node runs this on one core.
 * Writes bench/results/dedup-perf.json.
 */
import { articleIdFor, contentHashOf, normaliseArticle, signatureOf, sketchOf, type Article } from "@crosscheck/core"
import { storeAt } from "@crosscheck/db"
import { Deduplicator } from "@crosscheck/ingest"
import Database from "better-sqlite3"
import { Effect, Layer } from "effect"
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { syntheticArticles } from "../generate.js"
import { buildDedupSet } from "./dataset.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, "..", ".work")
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number)
const PROBES = 1000

const percentile = (xs: Array<number>, p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

/** Fills a fresh store with `count` synthetic articles and their sketch keys. */
const fill = async (path: string, count: number) => {
  // Create and migrate through the product's own Store, then write in bulk with one handle.
  await Effect.runPromise(Effect.scoped(Layer.build(storeAt(path))))
  const db = new Database(path)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = OFF")
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, url, source, title, published, fetched_at, sort_time, body, content_hash, words)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertKey = db.prepare(`INSERT OR IGNORE INTO dedup_keys (key, article) VALUES (?, ?)`)
  const started = performance.now()
  let batch: Array<Record<string, string>> = []
  const flush = db.transaction((rows: Array<Record<string, string>>) => {
    for (const r of rows) {
      // Filler is cut to ~90 words: the index's size is what matters, not the bodies'.
      const body = r.text!.split(" ").slice(0, 90).join(" ")
      const time = Date.parse(r.published!)
      const info = insertArticle.run(articleIdFor(r.url!), r.url, r.source, r.title, time, time, time, body, contentHashOf(r.title!, body), 90)
      for (const key of sketchOf(signatureOf(body))) insertKey.run(key, info.lastInsertRowid)
    }
  })
  for (const line of syntheticArticles(count, 7)) {
    batch.push(JSON.parse(line))
    if (batch.length === 5000) {
      flush(batch)
      batch = []
    }
  }
  flush(batch)
  db.pragma("wal_checkpoint(TRUNCATE)")
  const seconds = (performance.now() - started) / 1000
  let indexBytes: number | null = null
  try {
    indexBytes = db.prepare(`SELECT sum(pgsize) FROM dbstat WHERE name IN ('dedup_keys')`).pluck().get() as number
  } catch {
    indexBytes = null
  }
  db.close()
  return { seconds, indexBytes }
}

const probesFrom = (): Array<Article> => {
  const set = buildDedupSet()
  const wanted = set.copies.filter((c) => c.kind !== "exact").slice(0, PROBES / 2)
  const originals = set.faKes.slice(0, PROBES - wanted.length)
  const now = Date.now()
  return [...originals.map((r) => ({ url: r.url, title: r.title, text: r.content, source: r.source, published: r.published })), ...wanted].map((a) => {
    const n = normaliseArticle(
      {
        _tag: "IncomingArticle",
        url: a.url,
        title: a.title,
        text: a.text,
        isHtml: false,
        source: a.source,
        published: new Date(a.published),
        origin: a.url,
        feedId: null
      },
      now
    )
    if ("_tag" in n) throw new Error(n.message)
    return n
  })
}

mkdirSync(work, { recursive: true })
const probes = probesFrom()
const results = []
for (const size of sizes) {
  const path = join(work, `dedup-perf-${size}.db`)
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true })
  const filled = await fill(path, size)
  const rssBefore = process.memoryUsage().rss
  const latencies: Array<number> = []
  let cpuBefore = process.cpuUsage()
  const signatureOnly: Array<number> = []
  const program = Effect.gen(function* () {
    const dedup = yield* Deduplicator
    // Classification only reads (the pipeline files the result in the same transaction).
    dedup.begin()
    // Warm up the prepared statements and the page cache as a running daemon would have.
    // A probe is not stored: every stored article counts as analysed before it.
    for (const a of probes.slice(0, 50)) dedup.classify(a, Number.MAX_SAFE_INTEGER)
    cpuBefore = process.cpuUsage()
    for (const a of probes) {
      const t0 = performance.now()
      signatureOf(a.body)
      const t1 = performance.now()
      dedup.classify(a, Number.MAX_SAFE_INTEGER)
      latencies.push(performance.now() - t1)
      signatureOnly.push(t1 - t0)
    }
  })
  await Effect.runPromise(program.pipe(Effect.provide(Deduplicator.Default.pipe(Layer.provide(storeAt(path))))) as Effect.Effect<void>)
  const total = latencies.reduce((a, b) => a + b, 0) + signatureOnly.reduce((a, b) => a + b, 0)
  // CPU time as well as wall time: on a machine shared with other work, wall time includes the
  // waits for a core, CPU time only this process's own work.
  const cpu = process.cpuUsage(cpuBefore)
  const result = {
    indexedArticles: size,
    fillSeconds: +filled.seconds.toFixed(1),
    databaseMiB: +(statSync(path).size / 1024 / 1024).toFixed(1),
    indexBytesPerArticle: filled.indexBytes === null ? null : Math.round(filled.indexBytes / size),
    probes: probes.length,
    articlesPerSecond: Math.round(probes.length / (total / 1000)),
    cpuMsPerArticle: +((cpu.user + cpu.system) / 1000 / probes.length).toFixed(3),
    signatureMs: { p50: +percentile(signatureOnly, 50).toFixed(3), p99: +percentile(signatureOnly, 99).toFixed(3) },
    classifyMs: { p50: +percentile(latencies, 50).toFixed(3), p99: +percentile(latencies, 99).toFixed(3) },
    rssMiB: +(process.memoryUsage().rss / 1024 / 1024).toFixed(1),
    rssGrowthDuringLookupsMiB: +((process.memoryUsage().rss - rssBefore) / 1024 / 1024).toFixed(1)
  }
  results.push(result)
  console.log(
    `${size.toLocaleString("en").padStart(9)} indexed: ${result.articlesPerSecond.toLocaleString("en")} articles/s, ` +
      `classify p50 ${result.classifyMs.p50} ms p99 ${result.classifyMs.p99} ms, signature p50 ${result.signatureMs.p50} ms, ` +
      `CPU ${result.cpuMsPerArticle} ms/article, ` +
      `index ${result.indexBytesPerArticle ?? "?"} B/article, RSS ${result.rssMiB} MiB (fill ${result.fillSeconds}s)`
  )
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true })
}
writeFileSync(
  join(here, "..", "results", "dedup-perf.json"),
  `${JSON.stringify({ benchmark: "copy detection per article through the real Deduplicator (signature, sketch lookup, verification, story)", date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`
)
console.log("wrote bench/results/dedup-perf.json")
