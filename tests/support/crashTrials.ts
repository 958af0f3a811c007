/** kill -9 trials: an import, or a daemon polling feeds that keep publishing, stopped at a
 * random moment (seeded), its database checked once it is dead (support/storeCheck.ts), then
 * the same command run again and checked to finish the work. One trial at a time, on a fresh
 * database or on the one the previous trial left. tests/crash.test.ts runs a few;
 * bench/crash/trials.ts runs 60 and records them in bench/results/crash.json. */
import Database from "better-sqlite3"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { FeedRepository, FeedWriter, storeAt } from "@crosscheck/db"
import { refreshFeeds } from "@crosscheck/ingest"
import { Effect, Layer } from "effect"
import type { Random } from "../../bench/dedup/random.js"
import { checkStore, outcomeDifferences, outcomeOf, type StoreCheck } from "./storeCheck.js"
import { type Exit, Running, sleep } from "./processes.js"
import type { PublishingFeeds } from "./publishingFeeds.js"

export interface Kill {
  /** ms after the process started */
  readonly afterMs: number
  /** false: it had finished by then (and must have succeeded) */
  readonly killed: boolean
  /** what it was doing. An import: `first batch` (none of its batches stored yet) or `later
   * batch` (some stored, more to come). A daemon, from its log: `starting` (before
   * daemon.started), `cycle` (fetching, reading, storing) or `idle` (waiting for the next).
   * `finished`: it was done before the kill came. */
  readonly during: string
  readonly storedBefore: number
  readonly storedAfter: number
}

export interface TrialRecord {
  readonly kind: "import" | "daemon"
  readonly trial: number
  readonly database: "fresh" | "continuing"
  readonly input: string
  readonly kills: ReadonlyArray<Kill>
  /** the run that finished the work */
  readonly resume: { readonly exit: number | null; readonly ms: number; readonly new: number | null }
  readonly stored: number
  readonly expected: number
  readonly problems: ReadonlyArray<string>
  /** a daemon's fetches that failed and were retried (not a problem: nothing is lost) */
  readonly feedFailures?: ReadonlyArray<string>
  readonly ok: boolean
}

const exitOk = (e: Exit) => e.code === 0 && e.signal === null
const describeExit = (e: Exit) => (e.signal === null ? `exit ${e.code}` : `killed by ${e.signal}`)

/** Checks a dead process's database: sound, and nothing seen before lost. Adds what it saw to
 * `seen`; `allowed` bounds what may be stored at all. */
const checkAfter = (db: string, seen: Set<string>, allowed: ReadonlySet<string>, problems: Array<string>, label: string): StoreCheck => {
  const check = checkStore(db, { has: seen, analysisPending: true })
  for (const p of check.problems) problems.push(`${label}: ${p}`)
  let stray = 0
  for (const u of check.urls) if (!allowed.has(u)) stray++
  if (stray > 0) problems.push(`${label}: ${stray} articles stored that no input had given yet`)
  for (const u of check.urls) seen.add(u)
  return check
}

const storedUrls = (db: string): Set<string> => {
  const sqlite = new Database(db, { readonly: true, fileMustExist: true })
  try {
    return new Set(sqlite.prepare(`SELECT url FROM articles`).pluck().all() as Array<string>)
  } finally {
    sqlite.close()
  }
}

const storedCount = (db: string): number => {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return sqlite.prepare(`SELECT count(*) FROM articles`).pluck().get() as number
    } finally {
      sqlite.close()
    }
  } catch {
    return 0
  }
}

export interface ImportTrialOptions {
  /** the NDJSON lines a trial's input is a window of */
  readonly lines: ReadonlyArray<string>
  readonly minWindow: number
  readonly maxWindow: number
  /** trials on one database before a fresh one */
  readonly maxChain: number
  /** the chance that the first restart is killed too */
  readonly doubleKill: number
  /** `random` (the default): within the time the uninterrupted import took; `after a commit`:
   * as soon as a batch of the run is stored (the CI test: a kill in the middle, every time) */
  readonly moment?: "random" | "after a commit"
}

/** `crosscheck import` killed at a random moment. Each trial imports a window of the lines
 * (overlapping what the database holds already, when it goes on from the previous trial); the
 * same windows are imported, uninterrupted, into a reference database, whose duration sets
 * when the kill may come and whose copies, stories, claims and conflicts the resumed database
 * must match exactly. */
export class ImportTrials {
  private db = ""
  private ref = ""
  private chain = new Set<string>()
  private seen = new Set<string>()
  private chainLength = 0

  constructor(
    readonly work: string,
    readonly rand: Random,
    readonly options: ImportTrialOptions
  ) {
    mkdirSync(work, { recursive: true })
  }

  async run(trial: number): Promise<TrialRecord> {
    const { rand, options } = this
    const problems: Array<string> = []
    const fresh = this.db === "" || this.chainLength >= options.maxChain || rand() < 0.3
    if (fresh) {
      this.db = join(this.work, `import-${trial}.db`)
      this.ref = join(this.work, `import-${trial}-ref.db`)
      this.chain = new Set()
      this.seen = new Set()
      this.chainLength = 0
    }
    this.chainLength++
    const length = options.minWindow + Math.floor(rand() * (options.maxWindow - options.minWindow + 1))
    const start = Math.floor(rand() * (options.lines.length - length + 1))
    const lines = options.lines.slice(start, start + length)
    const file = join(this.work, `import-${trial}.ndjson`)
    writeFileSync(file, `${lines.join("\n")}\n`)
    const window = new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id))
    const allowed = new Set([...this.chain, ...window])
    const args = ["--db", this.db, "import", file, "--json"]

    const refStarted = Date.now()
    const reference = new Running(["--db", this.ref, "import", file, "--json"])
    const refExit = await reference.exited
    const refMs = Date.now() - refStarted
    if (!exitOk(refExit)) problems.push(`the uninterrupted import failed: ${describeExit(refExit)} ${reference.stderr.slice(-500)}`)

    const kills: Array<Kill> = []
    const killCount = rand() < options.doubleKill ? 2 : 1
    for (let k = 0; k < killCount; k++) {
      const storedBefore = storedCount(this.db)
      const drawn = Math.floor(rand() * refMs)
      const started = Date.now()
      const run = new Running(args)
      if (options.moment === "after a commit") {
        while (run.running && storedCount(this.db) === storedBefore) await sleep(20)
      } else {
        await Promise.race([sleep(drawn - (Date.now() - started)), run.exited])
      }
      const afterMs = Date.now() - started
      const killed = run.running
      const during = killed ? (storedCount(this.db) > storedBefore ? "later batch" : "first batch") : "finished"
      const exit = await run.kill()
      if (!killed && !exitOk(exit)) problems.push(`run ${k + 1} ended by itself with ${describeExit(exit)}: ${run.stderr.slice(-500)}`)
      const check = checkAfter(this.db, this.seen, allowed, problems, `after kill ${k + 1}`)
      kills.push({ afterMs, killed, during, storedBefore, storedAfter: check.articles })
    }

    const before = storedCount(this.db)
    const resumeStarted = Date.now()
    const resume = new Running(args)
    const resumeExit = await resume.exited
    const resumeMs = Date.now() - resumeStarted
    if (!exitOk(resumeExit)) problems.push(`the resumed import ended with ${describeExit(resumeExit)}: ${resume.stderr.slice(-500)}`)
    let resumedNew: number | null = null
    try {
      resumedNew = (JSON.parse(resume.stdout) as { new: number }).new
    } catch {
      problems.push(`the resumed import printed no summary: ${resume.stdout.slice(0, 200)}`)
    }
    for (const u of window) this.chain.add(u)
    const final = checkStore(this.db, { has: this.seen, exactly: this.chain })
    for (const p of final.problems) problems.push(`after resuming: ${p}`)
    if (resumedNew !== null && resumedNew !== this.chain.size - before) {
      problems.push(`the resumed import says ${resumedNew} new; ${this.chain.size - before} were missing`)
    }
    for (const u of final.urls) this.seen.add(u)
    for (const d of outcomeDifferences(outcomeOf(this.db), outcomeOf(this.ref))) problems.push(`differs from the uninterrupted import: ${d}`)
    return {
      kind: "import",
      trial,
      database: fresh ? "fresh" : "continuing",
      input: `lines ${start + 1}-${start + length} of ${options.lines.length}`,
      kills,
      resume: { exit: resumeExit.code, ms: resumeMs, new: resumedNew },
      stored: final.articles,
      expected: this.chain.size,
      problems,
      ok: problems.length === 0
    }
  }
}

/** "Refresh now" from another process, as the TUI's `r` does beside a daemon: every enabled
 * feed due at once. The daemon notices within its recheck interval (5 s). */
export const refreshAll = (db: string): Promise<void> =>
  Effect.runPromise(refreshFeeds().pipe(Effect.provide(Layer.mergeAll(FeedRepository.Default, FeedWriter.Default).pipe(Layer.provideMerge(storeAt(db))))))

/** Refreshes every `everyMs` until stopped; stop() waits for a refresh in progress, so no
 * connection of ours is open when the daemon is killed. */
const refresher = (db: string, everyMs: number) => {
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      await refreshAll(db).catch(() => undefined)
      for (let waited = 0; waited < everyMs && !stopped; waited += 50) await sleep(50)
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await loop
    }
  }
}

export interface DaemonTrialOptions {
  readonly maxChain: number
  readonly doubleKill: number
  /** the kill comes between 200 ms and this long after the daemon started */
  readonly killWithinMs: number
  /** how often another process asks for a refresh while the daemon runs */
  readonly refreshEveryMs: number
  /** `random` (the default); `after a commit`: as soon as the first feed's poll is stored, the
   * others still being fetched or stored (the CI test; a fresh database, whose feeds are due) */
  readonly moment?: "random" | "after a commit"
}

/** What the daemon was doing when it was killed, from its log. */
const phaseOf = (daemon: Running): string => {
  const events = daemon.lines().map((l) => String(l.event))
  if (!events.includes("daemon.started")) return "starting"
  const lastStart = events.lastIndexOf("cycle.started")
  return lastStart > events.lastIndexOf("cycle.finished") ? "cycle" : "idle"
}

const feedIndexOf = (url: string): number => Number(/\/feed\/(\d+)\.xml$/.exec(url)?.[1] ?? -1)

/** `crosscheck daemon` killed at a random moment while the feeds it polls keep publishing.
 * Restarted once they have finished, it must first poll the feeds whose last poll was lost
 * (still due: their new state was to be written with their items), storing all they now
 * carry; after a refresh, its next cycle stores the rest: every item of the run, once. */
export class DaemonTrials {
  private db = ""
  private chain = new Set<string>()
  private seen = new Set<string>()
  private chainLength = 0

  constructor(
    readonly work: string,
    readonly rand: Random,
    readonly feeds: PublishingFeeds,
    readonly options: DaemonTrialOptions
  ) {
    mkdirSync(work, { recursive: true })
  }

  async run(trial: number): Promise<TrialRecord> {
    const { rand, options, feeds } = this
    const problems: Array<string> = []
    const fresh = this.db === "" || this.chainLength >= options.maxChain || rand() < 0.3
    if (fresh) {
      this.db = join(this.work, `daemon-${trial}.db`)
      this.chain = new Set()
      this.seen = new Set()
      this.chainLength = 0
      const list = join(this.work, "feeds.opml")
      writeFileSync(list, feeds.opml())
      const added = new Running(["--db", this.db, "feeds", "import", list, "--allow-private"])
      const addedExit = await added.exited
      if (!exitOk(addedExit)) problems.push(`feeds import failed: ${added.stderr}`)
    }
    this.chainLength++
    const epoch = `e${trial}`
    feeds.publish(epoch)
    const everything = new Set([...this.chain, ...feeds.all(epoch)])
    // A feed that could not be fetched (a connection reset on a machine too busy to answer in
    // time) is polled again later and is no loss; a store that failed is a problem.
    const feedFailures: Array<string> = []
    const logProblems = (d: Running, label: string) => {
      for (const l of d.lines()) {
        if (l.event === "store.failed") problems.push(`${label}: ${JSON.stringify(l)}`)
        if (l.event === "feed.failed") feedFailures.push(`${label}: feed ${String(l.feedId)}: ${String(l.message)}`)
      }
    }

    const kills: Array<Kill> = []
    const killCount = rand() < options.doubleKill ? 2 : 1
    for (let k = 0; k < killCount; k++) {
      const storedBefore = storedCount(this.db)
      const drawn = 200 + Math.floor(rand() * (options.killWithinMs - 200))
      const started = Date.now()
      const daemon = new Running(["--db", this.db, "daemon"])
      if (options.moment === "after a commit") {
        // No refresher: the feeds of a fresh database are due at once.
        await daemon.waitFor((l) => l.event === "feed.polled" && Number(l.new) > 0, 120_000).catch(() => undefined)
      } else {
        const refreshing = refresher(this.db, options.refreshEveryMs)
        await Promise.race([sleep(drawn - (Date.now() - started)), daemon.exited])
        await refreshing.stop()
      }
      const afterMs = Date.now() - started
      const killed = daemon.running
      const during = killed ? phaseOf(daemon) : "finished"
      const exit = await daemon.kill()
      if (!killed) problems.push(`the daemon ended by itself with ${describeExit(exit)}: ${daemon.stderr.slice(-500)}`)
      logProblems(daemon, `run ${k + 1}`)
      const allowed = new Set([...this.chain, ...feeds.published(Date.now(), epoch)])
      const check = checkAfter(this.db, this.seen, allowed, problems, `after kill ${k + 1}`)
      kills.push({ afterMs, killed, during, storedBefore, storedAfter: check.articles })
    }

    // Restarted once the feeds have published everything.
    await sleep(Math.max(0, feeds.finishesAt - Date.now()) + 100)
    const before = storedCount(this.db)
    const state = (() => {
      const sqlite = new Database(this.db, { readonly: true, fileMustExist: true })
      try {
        const now = Date.now()
        const rows = sqlite.prepare(`SELECT id, url, next_check_at AS next FROM feeds WHERE enabled = 1`).all() as Array<{
          id: number
          url: string
          next: number
        }>
        return { due: rows.filter((r) => r.next <= now), all: rows }
      } finally {
        sqlite.close()
      }
    })()
    const resumeStarted = Date.now()
    const daemon = new Running(["--db", this.db, "daemon"])
    // Waits long enough for a machine shared with other work, where one feed's store can take
    // seconds; they end as soon as the line comes.
    try {
      await daemon.waitFor((l) => l.event === "daemon.started", 60_000)
      if (state.due.length > 0) {
        // Its first cycle: the feeds whose poll the kill lost, all they carry stored now.
        const started = await daemon.waitFor((l) => l.event === "cycle.started", 60_000)
        if (started.feeds !== state.due.length) problems.push(`the restarted daemon polled ${String(started.feeds)} feeds first; ${state.due.length} were due`)
        await daemon.waitFor((l) => l.event === "cycle.finished", 180_000)
        const stored = storedUrls(this.db)
        const failed = new Set(
          daemon
            .lines()
            .filter((l) => l.event === "feed.failed")
            .map((l) => l.feedId)
        )
        for (const f of state.due) {
          if (failed.has(f.id)) continue
          const prefix = `http://outlet-${feedIndexOf(f.url)}.crash.test/${epoch}/`
          const missing = feeds.all(epoch).filter((u) => u.startsWith(prefix) && !stored.has(u)).length
          if (missing > 0) problems.push(`after the restarted daemon's first cycle, feed ${f.id} lacks ${missing} items`)
        }
      }
      // A refresh: the next cycle polls every feed and stores the rest.
      const from = daemon.lines().length
      await refreshAll(this.db)
      await daemon.waitFor((l) => l.event === "cycle.started" && l.feeds === state.all.length, 60_000, from)
      await daemon.waitFor((l) => l.event === "cycle.finished", 180_000, from)
    } catch (e) {
      problems.push(`the restarted daemon: ${(e as Error).message}`)
    }
    const resumeExit = await daemon.kill("SIGTERM")
    const resumeMs = Date.now() - resumeStarted
    if (!exitOk(resumeExit)) problems.push(`the restarted daemon ended with ${describeExit(resumeExit)} on SIGTERM`)
    logProblems(daemon, "restarted")
    const resumedNew = daemon
      .lines()
      .filter((l) => l.event === "feed.polled")
      .reduce((n, l) => n + Number(l.new ?? 0), 0)
    for (const u of everything) this.chain.add(u)
    const final = checkStore(this.db, { has: this.seen, exactly: this.chain })
    for (const p of final.problems) problems.push(`after resuming: ${p}`)
    if (resumedNew !== this.chain.size - before) problems.push(`the restarted daemon logged ${resumedNew} new; ${this.chain.size - before} were missing`)
    for (const u of final.urls) this.seen.add(u)
    return {
      kind: "daemon",
      trial,
      database: fresh ? "fresh" : "continuing",
      input: `${feeds.options.feeds} feeds publishing ${feeds.options.items} items each, one every ${feeds.options.everyMs} ms (run ${epoch})`,
      kills,
      resume: { exit: resumeExit.code, ms: resumeMs, new: resumedNew },
      stored: final.articles,
      expected: this.chain.size,
      problems,
      feedFailures,
      ok: problems.length === 0
    }
  }
}
