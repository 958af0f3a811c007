/**
 * Cost as the store grows, within one `crosscheck import` of realistic NDJSON (realistic.ts):
 * every few seconds, the process's resident memory (all threads), its CPU time, and how many
 * articles are stored and analysed (read from the database by a read-only connection). Reported
 * by articles analysed: RSS, peak RSS so far, and the articles per second and CPU seconds per
 * thousand articles since the previous milestone. GROWTH_BEFORE runs an older build the same
 * way afterwards (one at a time: two imports at once would share the two cores).
 *
 * GROWTH_ARTICLES=30000 (default), GROWTH_EVERY=5 (seconds), GROWTH_MILESTONE=5000,
 * GROWTH_RATE=constant (articles published over two years per 10,000, so the articles a day, and
 * the figures a place and day gathers, stay those of 10,000; default: two years whatever the count),
 * CROSSCHECK_BIN (default this build), GROWTH_BEFORE (an older crosscheck.js). Writes
 * bench/results/import-growth.json (GROWTH_OUT to change). What the memory is made of, by
 * thread: NODE_OPTIONS="--require bench/speed/memprobe.cjs" PROBE_OUT=FILE (see memprobe.cjs).
 */
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import Database from "better-sqlite3"
import { loadNow, machine } from "./machine.js"
import { realisticArticles } from "./realistic.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, "..", ".work")
const count = Number(process.env.GROWTH_ARTICLES ?? 30_000)
const every = Number(process.env.GROWTH_EVERY ?? 5) * 1000
const milestone = Number(process.env.GROWTH_MILESTONE ?? 5_000)
const cli = process.env.CROSSCHECK_BIN ?? join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")
const before = process.env.GROWTH_BEFORE
const constantRate = process.env.GROWTH_RATE === "constant"
const spanDays = constantRate ? Math.round((2 * 365 * count) / 10_000) : 2 * 365
const ticks = 100 // clock ticks per second in /proc/<pid>/stat (USER_HZ)

const writeInput = async (path: string): Promise<string> => {
  try {
    if (statSync(path).size > 0) return path
  } catch {}
  const out = createWriteStream(path)
  for (const line of realisticArticles(count, 7, spanDays)) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  return path
}

interface Sample {
  readonly seconds: number
  readonly rssMiB: number
  readonly peakRssMiB: number
  readonly cpuSeconds: number
  readonly stored: number
  readonly analysed: number
}

const statusOf = (pid: number): { rss: number; hwm: number } | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN)
    return { rss: kib("VmRSS") / 1024, hwm: kib("VmHWM") / 1024 }
  } catch {
    return null
  }
}

const cpuOf = (pid: number): number => {
  try {
    // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return (Number(rest[11]) + Number(rest[12])) / ticks
  } catch {
    return Number.NaN
  }
}

const counts = (db: string): { stored: number; analysed: number } | null => {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true, timeout: 200 })
    try {
      const row = sqlite.prepare(`SELECT (SELECT count(*) FROM articles) AS stored, (SELECT count(*) FROM analysis_queue) AS queued`).get() as {
        stored: number
        queued: number
      }
      return { stored: row.stored, analysed: row.stored - row.queued }
    } finally {
      sqlite.close()
    }
  } catch {
    return null
  }
}

const run = async (bin: string, input: string, name: string) => {
  const db = join(work, `growth-${name}-${count}${constantRate ? "-constant-rate" : ""}.db`)
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  const started = Date.now()
  const child = spawn(process.execPath, [bin, "--db", db, "import", input, "--json"], { stdio: ["ignore", "pipe", "inherit"] })
  let stdout = ""
  child.stdout.on("data", (d) => {
    stdout += d
  })
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)))
  const samples: Array<Sample> = []
  let done = false
  void exited.then(() => {
    done = true
  })
  while (!done) {
    await new Promise((r) => setTimeout(r, every))
    if (done) break
    const status = statusOf(child.pid!)
    const n = counts(db)
    if (status === null || n === null) continue
    const s: Sample = {
      seconds: (Date.now() - started) / 1000,
      rssMiB: Math.round(status.rss),
      peakRssMiB: Math.round(status.hwm),
      cpuSeconds: cpuOf(child.pid!),
      ...n
    }
    samples.push(s)
    console.log(
      `${name}: ${s.seconds.toFixed(0)} s, ${s.analysed} analysed (${s.stored} stored), RSS ${s.rssMiB} MiB (peak ${s.peakRssMiB}), CPU ${s.cpuSeconds.toFixed(0)} s`
    )
  }
  const code = await exited
  if (code !== 0) throw new Error(`${name} import failed (${code})`)
  const seconds = (Date.now() - started) / 1000
  // by milestones of articles analysed: the first sample at or past each
  const byMilestone = []
  let last: Sample | null = null
  const final = samples.at(-1)
  for (let m = milestone; m <= count; m += milestone) {
    // the last sample stands for the last milestone when the import ended before a sample reached it
    const s: Sample | undefined = samples.find((x) => x.analysed >= m) ?? (m + milestone > count && final !== undefined && final !== last ? final : undefined)
    if (s === undefined) break
    byMilestone.push({
      analysed: s.analysed,
      rssMiB: s.rssMiB,
      peakRssMiB: s.peakRssMiB,
      articlesPerSecond: last === null ? Math.round(s.analysed / s.seconds) : Math.round((s.analysed - last.analysed) / (s.seconds - last.seconds)),
      cpuSecondsPer1000:
        last === null
          ? +((s.cpuSeconds / s.analysed) * 1000).toFixed(2)
          : +(((s.cpuSeconds - last.cpuSeconds) / (s.analysed - last.analysed)) * 1000).toFixed(2)
    })
    last = s
  }
  return {
    build: bin,
    seconds: +seconds.toFixed(1),
    summary: JSON.parse(stdout) as unknown,
    peakRssMiB: Math.max(...samples.map((s) => s.peakRssMiB)),
    byMilestone,
    samples
  }
}

mkdirSync(work, { recursive: true })
const loadBefore = loadNow()
const input = await writeInput(join(work, `realistic-${count}${constantRate ? "-constant-rate" : ""}.ndjson`))
const runs = [await run(cli, input, "this")]
if (before !== undefined) runs.push(await run(before, input, "before"))
const report = {
  benchmark: `crosscheck import of ${count} realistic articles (realistic.ts, published over ${spanDays} days), sampled every ${every / 1000} s: RSS (all threads, /proc), CPU, articles analysed (read-only queries on the store)`,
  date: new Date().toISOString(),
  machine: machine("shared with other jobs: timings are noisy", loadBefore),
  runs
}
const out = process.env.GROWTH_OUT ?? join(here, "..", "results", "import-growth.json")
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
console.log(`wrote ${out}`)
