/**
 * Import throughput and peak memory of the real `crosscheck import` on 10,000 and 100,000
 * synthetic NDJSON articles. Each size runs in a fresh process and a fresh database; peak RSS
 * is the process's own maxRSS, read at exit. Writes bench/results/import.json.
 */
import { spawnSync } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { syntheticArticles } from "./generate.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, ".work")
const cli = join(here, "..", "packages", "cli", "bin", "crosscheck.js")
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number)

const writeInput = async (count: number): Promise<string> => {
  const path = join(work, `articles-${count}.ndjson`)
  try {
    if (statSync(path).size > 0) return path
  } catch {}
  const out = createWriteStream(path)
  for (const line of syntheticArticles(count)) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  return path
}

mkdirSync(work, { recursive: true })
const results = []
for (const count of sizes) {
  const input = await writeInput(count)
  const db = join(work, `bench-${count}.db`)
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  const rssFile = join(work, `rss-${count}.txt`)
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ["--import", join(here, "report-rss.mjs"), cli, "--db", db, "import", input, "--json"], {
    encoding: "utf8",
    env: { ...process.env, BENCH_RSS_FILE: rssFile }
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr}`)
  const summary = JSON.parse(run.stdout) as { new: number }
  if (summary.new !== count) throw new Error(`expected ${count} new articles, got ${run.stdout}`)
  const peakRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024
  const result = {
    articles: count,
    inputMiB: +(statSync(input).size / 1024 / 1024).toFixed(1),
    seconds: +seconds.toFixed(2),
    articlesPerSecond: Math.round(count / seconds),
    peakRssMiB: +peakRssMiB.toFixed(1),
    databaseMiB: +(statSync(db).size / 1024 / 1024).toFixed(1)
  }
  results.push(result)
  console.log(
    `${count.toLocaleString("en").padStart(8)} articles: ${result.articlesPerSecond.toLocaleString("en")} articles/s ` +
      `(${result.seconds}s, ${result.inputMiB} MiB input), peak RSS ${result.peakRssMiB} MiB`
  )
}
const report = {
  benchmark: "crosscheck import, synthetic NDJSON, whole process (startup included)",
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  results
}
writeFileSync(join(here, "results", "import.json"), `${JSON.stringify(report, null, 2)}\n`)
console.log(`wrote bench/results/import.json`)
