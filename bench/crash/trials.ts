/**
 * kill -9 at random moments (issue 12): IMPORT_TRIALS imports and DAEMON_TRIALS daemons, each
 * on a fresh database or on the one the previous trial of its kind left, killed at a moment
 * drawn from a seeded PRNG (the seed is printed: CRASH_SEED=<seed> runs the same draws again),
 * its database checked once it is dead, then the same command run again to finish the work:
 *
 *   import  a window of 300-900 lines of FA-KES x3 (2,412 NDJSON articles, exact copies under
 *           other ids among them), overlapping what the database holds when it goes on; killed within the time
 *           an uninterrupted import of the same window into a reference database took; one
 *           trial in four kills the first restart too. The resumed database must hold exactly
 *           every window imported so far and decide what the reference decided: the same
 *           copies, stories, claims and conflicts.
 *   daemon  6 loopback feeds publishing 30 items each, one every 100 ms per feed; another
 *           process asks for a refresh every second (the TUI's `r`), so the daemon polls
 *           repeatedly; killed 0.2-5 s after it started; one trial in four kills the restart
 *           too. Restarted when the feeds have published everything, its first cycle must poll
 *           the feeds whose poll the kill lost, and, after a refresh, its next cycle store the
 *           rest: every item once.
 *
 * After every kill (support/storeCheck.ts): PRAGMA integrity_check is ok, no article any
 * earlier check saw is missing, no identity stored twice, the event log has no gap and one
 * article.added per article, every article has its claims (claim_versions, and as many claims
 * as its last claims.replaced announced), conflicts and incidents name stored claims, copies
 * name stored originals, stories count their articles, the FTS index passes its own check.
 *
 * Writes bench/results/crash.json after every trial (`finished` false until the last). About
 * two minutes a pair of trials on 2 cores shared with other work.
 */
import Database from "better-sqlite3"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { DaemonTrials, ImportTrials, type TrialRecord } from "../../tests/support/crashTrials.js"
import { faKesNdjson } from "../../tests/support/faKes.js"
import { PublishingFeeds } from "../../tests/support/publishingFeeds.js"
import { prng } from "../dedup/random.js"

const here = dirname(fileURLToPath(import.meta.url))
const IMPORT_TRIALS = Number(process.env.IMPORT_TRIALS ?? 30)
const DAEMON_TRIALS = Number(process.env.DAEMON_TRIALS ?? 30)
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
console.log(`seed ${seed} (CRASH_SEED=${seed} repeats these draws)`)
const rand = prng(seed)

mkdirSync(join(here, "..", ".work"), { recursive: true })
const work = mkdtempSync(join(here, "..", ".work", "crash-"))
const loadBefore = loadavg()
const started = Date.now()

const faKes = faKesNdjson().trimEnd().split("\n")
const lines = [0, 1, 2].flatMap((k) => faKes.map((l) => l.replace('"id":"fa-kes/', `"id":"v${k}/fa-kes/`)))
const imports = new ImportTrials(join(work, "import"), rand, { lines, minWindow: 300, maxWindow: 900, maxChain: 4, doubleKill: 0.25 })
const feeds = new PublishingFeeds({ feeds: 6, items: 30, everyMs: 100, initial: 5 })
await feeds.start()
const daemons = new DaemonTrials(join(work, "daemon"), rand, feeds, { maxChain: 4, doubleKill: 0.25, killWithinMs: 5_000, refreshEveryMs: 1_000 })

const summarise = (kind: "import" | "daemon") => {
  const mine = records.filter((r) => r.kind === kind)
  const kills = mine.flatMap((r) => r.kills)
  const during: Record<string, number> = {}
  for (const k of kills) during[k.during] = (during[k.during] ?? 0) + 1
  return {
    trials: mine.length,
    ok: mine.filter((r) => r.ok).length,
    failed: mine.filter((r) => !r.ok).length,
    freshDatabase: mine.filter((r) => r.database === "fresh").length,
    continuingDatabase: mine.filter((r) => r.database === "continuing").length,
    kills: kills.filter((k) => k.killed).length,
    finishedBeforeTheKill: kills.filter((k) => !k.killed).length,
    killedWhile: during,
    articlesCheckedAtTheEnd: mine.reduce((n, r) => n + r.stored, 0),
    feedFetchesFailedAndRetried: mine.reduce((n, r) => n + (r.feedFailures?.length ?? 0), 0)
  }
}
const cpuModel = cpus()[0]?.model ?? "unknown"
const sqliteVersion = new Database(":memory:").prepare("SELECT sqlite_version()").pluck().get() as string
const out = join(here, "..", "results", "crash.json")
/** Written after every trial, so a run cut short still leaves what it did. */
const write = (finished: boolean) => {
  const result = {
    finished,
    benchmark: "kill -9 trials: crosscheck import and daemon killed at random moments, the database checked, the command resumed",
    date: new Date().toISOString(),
    seed,
    machine: {
      cores: cpus().length,
      model: cpuModel,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
      loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      sqlite: sqliteVersion,
      note: "shared with other work running in parallel"
    },
    minutes: Math.round((Date.now() - started) / 600) / 100,
    totals: {
      trials: records.length,
      ok: records.filter((r) => r.ok).length,
      failed: records.filter((r) => !r.ok).length,
      import: summarise("import"),
      daemon: summarise("daemon")
    },
    trials: records.map((r) => ({ ...r, problems: r.problems.slice(0, 20) }))
  }
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
  return result
}

const records: Array<TrialRecord> = []
const report = (r: TrialRecord) => {
  records.push(r)
  const kills = r.kills.map((k) => `${k.killed ? "kill" : "done"}@${k.afterMs}ms/${k.during} ${k.storedBefore}->${k.storedAfter}`).join(", ")
  console.log(
    `${r.kind} ${String(r.trial).padStart(2)} ${r.database.padEnd(10)} ${r.ok ? "ok  " : "FAIL"} ${kills}; resumed ${r.resume.new} new in ${r.resume.ms} ms, ${r.stored}/${r.expected} stored`
  )
  for (const p of r.problems.slice(0, 20)) console.log(`    ${p}`)
  write(false)
}
// Interleaved, so both kinds meet the same load.
for (let t = 0; t < Math.max(IMPORT_TRIALS, DAEMON_TRIALS); t++) {
  if (t < IMPORT_TRIALS) report(await imports.run(t))
  if (t < DAEMON_TRIALS) report(await daemons.run(t))
}
await feeds.close()
const result = write(true)

console.log(
  `${result.totals.ok}/${result.totals.trials} trials ok (import ${result.totals.import.ok}/${result.totals.import.trials}, daemon ${result.totals.daemon.ok}/${result.totals.daemon.trials}); ${out}`
)
if (result.totals.failed === 0) rmSync(work, { recursive: true, force: true })
else console.log(`databases of the failed trials kept in ${work}`)
process.exitCode = result.totals.failed === 0 ? 0 : 1
