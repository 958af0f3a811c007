/**
 * One poll cycle over 500 feeds on a local server, crosscheck's `daemon --once` beside
 * newsboat's `newsboat -x reload` on the same feeds, at the same concurrency (16 fetches at
 * once; newsboat's reload-threads). Three cycles each, from an empty store:
 *   cold   every feed new: 500 full fetches, 10,000 items parsed and stored
 *   warm   nothing changed: 500 conditional GETs answered 304 (the second such cycle: newsboat
 *          sends its validators only from its third reload on)
 *   churn  two new items in every feed: 500 fetches, 1,000 new items among 10,000 known
 * Wall time and peak RSS of the whole process (startup included) by /usr/bin/time, the same
 * measurement for both; crosscheck's own cycle time from its log. The median of REPEATS runs.
 * The server runs in its own process on 127.0.0.1-51 (50 hosts, 10 feeds each; loopback only).
 * Then one cold cycle over four times the feeds, once each, to show what memory grows with.
 * Writes bench/results/poll.json. Needs newsboat (apt-get install newsboat).
 *
 * crosscheck does more per item than newsboat: text normalisation, copy detection against the
 * store, story grouping, then claim extraction and conflicts. newsboat stores the items. A
 * crosscheck cycle stores the articles (what a reader sees) and its analysis stage follows once
 * they are stored (the claim worker reading ahead during the cycle): both moments are recorded,
 * cycleSeconds (stored: what newsboat's reload does) and analysedSeconds (analysis caught up,
 * from the cycle's start; `daemon --once` exits then), with the process's CPU time (all
 * threads), the steadier figure on a shared machine. A build from before the two stages logs
 * one moment, everything done: both figures are that.
 */
import Database from "better-sqlite3"
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { request } from "node:http"
import { cpus, loadavg, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { faKesCsv, parseCsv } from "./dedup/faKes.js"

const here = dirname(fileURLToPath(import.meta.url))
const cli = join(here, "..", "packages", "cli", "bin", "crosscheck.js")
const FEEDS = Number(process.env.BENCH_FEEDS ?? 500)
const ITEMS = 20
const HOSTS = 50
const CONCURRENCY = 16
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3)
/** Another build of crosscheck (its bin or bundle) run beside this one, alternating, for a
 * before/after on the same machine state; BENCH_BEFORE_LABEL says what it is. */
const BEFORE = process.env.BENCH_BEFORE
const BEFORE_LABEL = process.env.BENCH_BEFORE_LABEL ?? BEFORE
/** BENCH_SCALE=0 skips the cold cycle over four times the feeds (memory growth). */
const SCALE_RUN = process.env.BENCH_SCALE !== "0"
const PORT = 18000 + (process.pid % 1000)

mkdirSync(join(here, ".work"), { recursive: true })
const work = mkdtempSync(join(here, ".work", "poll-"))

// The items' text: FA-KES articles (real news prose), cut to feed summaries by the server.
const [header, ...rows] = parseCsv(readFileSync(faKesCsv, "utf8"))
const col = (name: string) => header!.indexOf(name)
const texts = rows
  .filter((r) => r.length === header!.length && (r[col("article_content")] ?? "").length > 200)
  .map((r) => [r[col("article_title")], r[col("article_content")]])
writeFileSync(join(work, "rows.json"), JSON.stringify(texts))

/** The feed server, in a process of its own, serving `feeds` feeds on `port`. */
const startServer = async (feeds: number, port: number): Promise<ChildProcess> => {
  const child = spawn(process.execPath, [join(here, "poll-server.mjs"), String(feeds), String(ITEMS), String(HOSTS), String(port), join(work, "rows.json")], {
    stdio: ["pipe", "pipe", "inherit"]
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve())
    child.once("exit", (code) => reject(new Error(`feed server exited (${code})`)))
  })
  return child
}
const server = await startServer(FEEDS, PORT)
/** A request to the server's control endpoint, on a connection of its own. */
const control = (path: string, port = PORT) =>
  new Promise<string>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: path.startsWith("/phase") ? "POST" : "GET", agent: false }, (res) => {
      let body = ""
      res.setEncoding("utf8").on("data", (d: string) => (body += d))
      res.on("end", () => resolve(body))
    })
    req.on("error", reject)
    req.end()
  })
const stats = async (port = PORT) => JSON.parse(await control("/stats", port)) as { requests: number; notModified: number }

/** The feed list, for newsboat (urls) and crosscheck (OPML). */
const writeLists = (feeds: number, port: number, suffix: string) => {
  const urls = Array.from({ length: feeds }, (_, i) => `http://127.0.0.${2 + (i % HOSTS)}:${port}/feed/${i}.xml`)
  writeFileSync(join(work, `urls${suffix}`), `${urls.join("\n")}\n`)
  writeFileSync(
    join(work, `feeds${suffix}.opml`),
    `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${urls.map((u, i) => `<outline type="rss" text="Outlet ${i}" xmlUrl="${u}"/>`).join("")}</body></opml>`
  )
}
writeLists(FEEDS, PORT, "")
writeFileSync(
  join(work, "newsboat.conf"),
  [`reload-threads ${CONCURRENCY}`, "download-timeout 20", "max-items 0", "show-read-feeds yes", "cleanup-on-quit no", ""].join("\n")
)

interface Measured {
  readonly seconds: number
  readonly peakRssMiB: number
  /** user + system CPU of the process, all its threads: on a shared machine the steadier figure */
  readonly cpuSeconds: number
  /** crosscheck's cycle, from its log: until the articles were stored (what a reader sees),
   * and until the analysis stage had caught up with them (copies, stories, claims, conflicts) */
  readonly cycleSeconds?: number
  readonly analysedSeconds?: number
  readonly requests: number
  readonly notModified: number
}

/** Runs a command under /usr/bin/time: wall seconds, peak RSS and CPU time. */
const timed = async (command: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %e %M %U %S", command, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024
  })
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr)
  if (r.status !== 0 || m === null) throw new Error(`${command} ${args.join(" ")} failed (${r.status}):\n${r.stderr.slice(-2000)}`)
  return { seconds: Number(m[1]), peakRssMiB: Number(m[2]) / 1024, cpuSeconds: +(Number(m[3]) + Number(m[4])).toFixed(2), stderr: r.stderr, stdout: r.stdout }
}

const crosscheckCycle = async (db: string, port = PORT, program = cli): Promise<Measured> => {
  const r = await timed(process.execPath, [program, "--db", db, "daemon", "--once"], { CROSSCHECK_POLL_CONCURRENCY: String(CONCURRENCY) })
  const finished = r.stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { event: string; ms?: number; analysedMs?: number; failed?: number; feeds?: number })
    .find((l) => l.event === "cycle.finished")
  if (finished === undefined || finished.failed !== 0) throw new Error(`crosscheck cycle failed:\n${r.stderr.slice(-3000)}`)
  return {
    seconds: r.seconds,
    peakRssMiB: r.peakRssMiB,
    cpuSeconds: r.cpuSeconds,
    cycleSeconds: finished.ms! / 1000,
    analysedSeconds: (finished.analysedMs ?? finished.ms!) / 1000,
    ...(await stats(port))
  }
}

const newsboatCycle = async (dir: string, port = PORT, suffix = ""): Promise<Measured> => {
  const r = await timed("newsboat", ["-x", "reload", "-u", join(work, `urls${suffix}`), "-c", join(dir, "cache.db"), "-C", join(work, "newsboat.conf")], {
    HOME: dir,
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: dir
  })
  return { seconds: r.seconds, peakRssMiB: r.peakRssMiB, cpuSeconds: r.cpuSeconds, ...(await stats(port)) }
}

const articleCount = (db: string) => {
  const r = spawnSync(process.execPath, [cli, "--db", db, "export", "articles"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  return r.stdout.split("\n").filter(Boolean).length
}
const newsboatItems = (dir: string) => {
  const sqlite = new Database(join(dir, "cache.db"), { readonly: true })
  try {
    return sqlite.prepare("SELECT count(*) FROM rss_item").pluck().get() as number
  } finally {
    sqlite.close()
  }
}

type Phase = "cold" | "warm" | "churn"
type Tool = "crosscheck" | "before" | "newsboat"
const runs: Record<Tool, Record<Phase, Array<Measured>>> = {
  crosscheck: { cold: [], warm: [], churn: [] },
  before: { cold: [], warm: [], churn: [] },
  newsboat: { cold: [], warm: [], churn: [] }
}
const stored: Record<string, Array<number>> = { crosscheck: [], before: [], newsboat: [] }
const tools: ReadonlyArray<Tool> = BEFORE === undefined ? ["crosscheck", "newsboat"] : ["crosscheck", "before", "newsboat"]

const loadBefore = loadavg()
try {
  for (let rep = 0; rep < REPEATS; rep++) {
    for (const tool of tools) {
      await control("/phase/1")
      await stats()
      const dir = mkdtempSync(join(work, `${tool}-`))
      const db = join(dir, "crosscheck.db")
      if (tool !== "newsboat") {
        // each build makes its own database (its own migrations)
        const added = spawnSync(
          process.execPath,
          [tool === "before" ? BEFORE! : cli, "--db", db, "feeds", "import", join(work, "feeds.opml"), "--allow-private"],
          { encoding: "utf8" }
        )
        if (added.status !== 0) throw new Error(added.stderr)
      }
      const cycle = tool === "newsboat" ? () => newsboatCycle(dir) : () => crosscheckCycle(db, PORT, tool === "before" ? BEFORE! : cli)
      runs[tool].cold.push(await cycle())
      // newsboat sends its validators only from its third reload on (it stores them on the
      // second): the steady state is the second cycle after nothing changed, for both.
      await cycle()
      runs[tool].warm.push(await cycle())
      await control("/phase/2")
      runs[tool].churn.push(await cycle())
      stored[tool]!.push(tool === "newsboat" ? newsboatItems(dir) : articleCount(db))
      console.log(
        `${tool.padEnd(10)} run ${rep + 1}: ` +
          (["cold", "warm", "churn"] as const)
            .map((p) => {
              const m = runs[tool][p].at(-1)!
              const stage = m.cycleSeconds === undefined ? "" : ` (cycle ${m.cycleSeconds.toFixed(2)}s, analysed at ${m.analysedSeconds!.toFixed(2)}s)`
              return `${p} ${m.seconds.toFixed(2)}s${stage} cpu ${m.cpuSeconds.toFixed(1)}s ${m.peakRssMiB.toFixed(0)} MiB (${m.requests} requests, ${m.notModified} 304)`
            })
            .join(", ") +
          `; ${stored[tool]!.at(-1)} items stored`
      )
      rmSync(dir, { recursive: true, force: true })
    }
  }
} finally {
  server.stdin!.end()
}
const loadAfter = loadavg()

// Memory with four times the feeds: one cold cycle over 2,000 feeds (40,000 items), once each.
const SCALE = 4 * FEEDS
const scalePort = PORT + 1
const scaled: Record<string, Measured> = {}
if (SCALE_RUN) {
  const scaleServer = await startServer(SCALE, scalePort)
  writeLists(SCALE, scalePort, "-scale")
  try {
    const dir = mkdtempSync(join(work, "scale-"))
    const db = join(dir, "crosscheck.db")
    const added = spawnSync(process.execPath, [cli, "--db", db, "feeds", "import", join(work, "feeds-scale.opml"), "--allow-private"], { encoding: "utf8" })
    if (added.status !== 0) throw new Error(added.stderr)
    scaled.crosscheck = await crosscheckCycle(db, scalePort)
    scaled.newsboat = await newsboatCycle(dir, scalePort, "-scale")
    console.log(
      `cold cycle over ${SCALE} feeds: crosscheck ${scaled.crosscheck.seconds}s ${scaled.crosscheck.peakRssMiB.toFixed(0)} MiB, newsboat ${scaled.newsboat.seconds}s ${scaled.newsboat.peakRssMiB.toFixed(0)} MiB`
    )
  } finally {
    scaleServer.stdin!.end()
  }
}

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}
const summarise = (ms: ReadonlyArray<Measured>) => ({
  seconds: +median(ms.map((m) => m.seconds)).toFixed(2),
  peakRssMiB: +median(ms.map((m) => m.peakRssMiB)).toFixed(1),
  cpuSeconds: +median(ms.map((m) => m.cpuSeconds)).toFixed(2),
  ...(ms[0]!.cycleSeconds === undefined
    ? {}
    : { cycleSeconds: +median(ms.map((m) => m.cycleSeconds!)).toFixed(2), analysedSeconds: +median(ms.map((m) => m.analysedSeconds!)).toFixed(2) }),
  requests: ms[0]!.requests,
  notModified: ms[0]!.notModified,
  runs: ms.map((m) => ({
    seconds: m.seconds,
    peakRssMiB: +m.peakRssMiB.toFixed(1),
    cpuSeconds: m.cpuSeconds,
    ...(m.cycleSeconds === undefined ? {} : { cycleSeconds: m.cycleSeconds, analysedSeconds: m.analysedSeconds })
  }))
})

const result = {
  benchmark:
    "one poll cycle over 500 feeds (20 items each, FA-KES text as 400-800 character summaries) on a loopback server, 50 hosts; crosscheck daemon --once vs newsboat -x reload, whole process (startup included), median of runs",
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version },
  newsboatVersion: spawnSync("newsboat", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0],
  loadAverage: {
    before: loadBefore.map((l) => +l.toFixed(2)),
    after: loadAfter.map((l) => +l.toFixed(2)),
    note: "the machine is shared with other work; load above its 2 cores slows both tools"
  },
  feeds: FEEDS,
  itemsPerFeed: ITEMS,
  hosts: HOSTS,
  concurrency: { crosscheck: `${CONCURRENCY} overall, 2 per host (CROSSCHECK_POLL_CONCURRENCY)`, newsboat: `reload-threads ${CONCURRENCY}` },
  phases: {
    cold: "empty store: every feed fetched in full, every item new",
    warm: "nothing changed: every feed asked with its validators, answered 304 (the second cycle after the cold one, for both: newsboat sends validators only from its third reload)",
    churn: "two new items in every feed: every feed fetched in full, 1,000 items new among the known ones"
  },
  itemsStored: { crosscheck: median(stored.crosscheck!), newsboat: median(stored.newsboat!) },
  crosscheck: { cold: summarise(runs.crosscheck.cold), warm: summarise(runs.crosscheck.warm), churn: summarise(runs.crosscheck.churn) },
  ...(BEFORE === undefined
    ? {}
    : {
        before: {
          program: BEFORE_LABEL,
          cold: summarise(runs.before.cold),
          warm: summarise(runs.before.warm),
          churn: summarise(runs.before.churn)
        }
      }),
  newsboat: { cold: summarise(runs.newsboat.cold), warm: summarise(runs.newsboat.warm), churn: summarise(runs.newsboat.churn) },
  coldAtFourTimesTheFeeds: !SCALE_RUN
    ? null
    : {
        feeds: SCALE,
        crosscheck: {
          seconds: scaled.crosscheck!.seconds,
          peakRssMiB: +scaled.crosscheck!.peakRssMiB.toFixed(1),
          cpuSeconds: scaled.crosscheck!.cpuSeconds,
          cycleSeconds: scaled.crosscheck!.cycleSeconds,
          analysedSeconds: scaled.crosscheck!.analysedSeconds
        },
        newsboat: { seconds: scaled.newsboat!.seconds, peakRssMiB: +scaled.newsboat!.peakRssMiB.toFixed(1), cpuSeconds: scaled.newsboat!.cpuSeconds }
      }
}
mkdirSync(join(here, "results"), { recursive: true })
writeFileSync(join(here, "results", "poll.json"), `${JSON.stringify(result, null, 2)}\n`)
rmSync(work, { recursive: true, force: true })
console.log(
  JSON.stringify(
    { crosscheck: result.crosscheck, before: (result as { before?: unknown }).before, newsboat: result.newsboat },
    (k, v) => (k === "runs" ? undefined : v),
    2
  )
)
