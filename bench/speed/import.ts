/**
 * `crosscheck import` against the floor (bench/speed/floor.ts: plain better-sqlite3 reading and
 * storing the same NDJSON), in the same run, on realistic articles (bench/speed/realistic.ts).
 * The machine is shared and noisy, so each size alternates floor and import runs and keeps the
 * fastest of each; the ratio is taken within the run. The import goes through the real binary,
 * startup included; its peak RSS is the child's own maxRSS (worker threads included).
 *
 * Flatness: the largest size is also imported in ten chunks into one database (`import` once a
 * chunk), so the last tenth's throughput can be set against the first's as the store grows.
 *
 * BENCH_SIZES=10000,100000 (default), BENCH_RUNS=3 (runs of each at sizes up to 20,000; one
 * above), BENCH_CHUNKS=1 to measure flatness (default on). Writes bench/results/import-speed.json.
 */
import { spawnSync } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { loadNow, machine } from "./machine.js"
import { realisticArticles } from "./realistic.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, "..", ".work")
// CROSSCHECK_BIN: another build of the binary (a copy of an older bundle, to measure "before").
const cli = process.env.CROSSCHECK_BIN ?? join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")
/** CROSSCHECK_BIN_BEFORE: an older build run alternately with the floor and this one, so
 * before and after are compared within one run. */
const before = process.env.CROSSCHECK_BIN_BEFORE
const floorScript = join(here, "run-floor.ts")
const usagePreload = join(here, "usage.mjs")
const sizes = (process.env.BENCH_SIZES ?? "10000,100000")
  .split(",")
  .filter((s) => s !== "")
  .map(Number)
const runsFor = (n: number) => Number(process.env.BENCH_RUNS ?? (n > 20_000 ? 1 : 3))
const chunks = (process.env.BENCH_CHUNKS ?? "1") !== "0"
/** articles imported in ten chunks for flatness: BENCH_FLAT, else the largest size */
const flatSize = Number(process.env.BENCH_FLAT ?? Math.max(...sizes))

const writeInput = async (path: string, lines: Iterable<string>): Promise<string> => {
  try {
    if (statSync(path).size > 0) return path
  } catch {}
  const out = createWriteStream(path)
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  return path
}

function* slice(lines: Iterable<string>, from: number, to: number): Generator<string> {
  let i = 0
  for (const line of lines) {
    if (i >= to) return
    if (i >= from) yield line
    i++
  }
}

const fresh = (db: string) => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
}

interface Run {
  readonly seconds: number
  /** CPU seconds, user and system, all threads */
  readonly cpuSeconds: number
  readonly peakRssMiB: number
  readonly stdout: string
}

/** A child process, timed from spawn to exit, with its peak RSS. */
const child = (args: ReadonlyArray<string>, usageFile: string): Run => {
  rmSync(usageFile, { force: true })
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ["--import", usagePreload, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile }
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}): ${run.stderr}`)
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { maxRSS: number; user: number; system: number }
  return { seconds, cpuSeconds: usage.user + usage.system, peakRssMiB: usage.maxRSS / 1024, stdout: run.stdout }
}

const runFloor = (input: string, db: string): Run => {
  fresh(db)
  return child(["--import", "tsx", floorScript, input, db], join(work, "usage-floor.json"))
}

const runImport = (inputs: ReadonlyArray<string>, db: string, keep = false, bin = cli): Run => {
  if (!keep) fresh(db)
  return child([bin, "--db", db, "import", ...inputs, "--json"], join(work, "usage-import.json"))
}

const round = (x: number, d = 2) => +x.toFixed(d)

mkdirSync(work, { recursive: true })
const loadBefore = loadNow()
const results = []
let flatness: unknown = null
for (const count of sizes) {
  const input = await writeInput(join(work, `realistic-${count}.ndjson`), realisticArticles(count))
  const floors: Array<Run> = []
  const imports: Array<Run> = []
  const befores: Array<Run> = []
  for (let r = 0; r < runsFor(count); r++) {
    floors.push(runFloor(input, join(work, `floor-${count}.db`)))
    if (before !== undefined) {
      befores.push(runImport([input], join(work, `before-${count}.db`), false, before))
      console.log(`${count}: before ${befores.at(-1)!.seconds.toFixed(2)}s`)
    }
    const run = runImport([input], join(work, `import-${count}.db`))
    const summary = JSON.parse(run.stdout) as { new: number; claims: number; duplicates: number; conflicts: number }
    if (summary.new !== count) throw new Error(`expected ${count} new articles, got ${run.stdout}`)
    imports.push(run)
    console.log(
      `${count}: floor ${floors.at(-1)!.seconds.toFixed(2)}s, import ${run.seconds.toFixed(2)}s ` +
        `(${summary.claims} claims, ${summary.duplicates} duplicates, ${summary.conflicts} conflicts)`
    )
  }
  const floor = Math.min(...floors.map((f) => f.seconds))
  const best = Math.min(...imports.map((f) => f.seconds))
  const result = {
    articles: count,
    inputMiB: round(statSync(input).size / 1024 / 1024, 1),
    runs: imports.length,
    floorSeconds: round(floor),
    floorArticlesPerSecond: Math.round(count / floor),
    floorPeakRssMiB: round(Math.max(...floors.map((f) => f.peakRssMiB)), 1),
    importSeconds: round(best),
    importArticlesPerSecond: Math.round(count / best),
    importPeakRssMiB: round(Math.max(...imports.map((f) => f.peakRssMiB)), 1),
    ratio: round(best / floor),
    floorCpuSeconds: round(Math.min(...floors.map((f) => f.cpuSeconds))),
    importCpuSeconds: round(Math.min(...imports.map((f) => f.cpuSeconds))),
    /** CPU time over the floor's: what the work costs whatever the load; with two cores the
     * wall-time ratio can be up to half of it */
    cpuRatio: round(Math.min(...imports.map((f) => f.cpuSeconds)) / Math.min(...floors.map((f) => f.cpuSeconds))),
    ...(befores.length === 0
      ? {}
      : {
          beforeSeconds: round(Math.min(...befores.map((f) => f.seconds))),
          beforeArticlesPerSecond: Math.round(count / Math.min(...befores.map((f) => f.seconds))),
          beforePeakRssMiB: round(Math.max(...befores.map((f) => f.peakRssMiB)), 1),
          beforeRatio: round(Math.min(...befores.map((f) => f.seconds)) / floor),
          beforeCpuSeconds: round(Math.min(...befores.map((f) => f.cpuSeconds))),
          beforeCpuRatio: round(Math.min(...befores.map((f) => f.cpuSeconds)) / Math.min(...floors.map((f) => f.cpuSeconds)))
        }),
    summary: JSON.parse(imports[0]!.stdout) as unknown
  }
  results.push(result)
  console.log(
    `${count.toLocaleString("en").padStart(8)} articles: floor ${result.floorArticlesPerSecond}/s, import ${result.importArticlesPerSecond}/s, ` +
      `ratio ${result.ratio}x (CPU ${result.cpuRatio}x), import peak RSS ${result.importPeakRssMiB} MiB` +
      (befores.length === 0 ? "" : `; before: ratio ${(Math.min(...befores.map((f) => f.seconds)) / floor).toFixed(2)}x`)
  )
}

if (chunks) {
  // The largest size again, in ten chunks into one database: does a chunk cost more as the
  // store grows? Each chunk is a separate `import` (startup included, the same in each).
  const count = flatSize
  const tenth = count / 10
  const parts: Array<string> = []
  for (let k = 0; k < 10; k++) {
    parts.push(await writeInput(join(work, `realistic-${count}-part${k}.ndjson`), slice(realisticArticles(count), k * tenth, (k + 1) * tenth)))
  }
  const db = join(work, `chunks-${count}.db`)
  fresh(db)
  const seconds: Array<number> = []
  const cpu: Array<number> = []
  const rss: Array<number> = []
  for (const part of parts) {
    const run = runImport([part], db, true)
    seconds.push(run.seconds)
    cpu.push(run.cpuSeconds)
    rss.push(round(run.peakRssMiB, 1))
    console.log(
      `chunk ${seconds.length}/10: ${(tenth / run.seconds).toFixed(0)} articles/s, peak RSS ${run.peakRssMiB.toFixed(0)} MiB (${new Date().toISOString()})`
    )
  }
  flatness = {
    articles: count,
    chunkArticles: tenth,
    chunkArticlesPerSecond: seconds.map((s) => Math.round(tenth / s)),
    chunkCpuSeconds: cpu.map((c) => round(c)),
    chunkPeakRssMiB: rss,
    /** the last tenth's throughput over the first's (1 = flat), by wall and by CPU time */
    lastOverFirst: round(seconds[0]! / seconds[9]!),
    lastOverFirstCpu: round(cpu[0]! / cpu[9]!)
  }
  console.log(`flatness: last tenth at ${(flatness as { lastOverFirst: number }).lastOverFirst}x the first tenth's throughput`)
}

const report = {
  benchmark:
    "crosscheck import (dedup, stories, claims, conflicts) against the floor (plain better-sqlite3: parse, hash, insert, FTS5, 500 a transaction), realistic NDJSON, whole processes (startup included), min of the runs, floor and import alternating",
  date: new Date().toISOString(),
  machine: machine("shared with other jobs: timings are noisy; compare the ratio, taken within one run", loadBefore),
  before: before === undefined ? null : "an older build of crosscheck (CROSSCHECK_BIN_BEFORE), run alternately with the floor and this one",
  results,
  flatness
}
writeFileSync(process.env.BENCH_OUT ?? join(here, "..", "results", "import-speed.json"), `${JSON.stringify(report, null, 2)}\n`)
console.log(`wrote ${process.env.BENCH_OUT ?? "bench/results/import-speed.json"}`)
