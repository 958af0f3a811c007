/**
 * Keypress to updated frame, in the real TUI on a store of 100,000 articles and about 10,000
 * conflicts (issue 12: p99 under 50 ms).
 *
 * The store is made once by the real `crosscheck import` of a generated feed (corpus.ts) and
 * cached in bench/.work; conflicts are whatever the import's conflict rules found there. The
 * app is the real one: the CLI's store-backed Monitor and @crosscheck/tui's runTui, rendered by
 * Ink into a terminal this process controls (terminal.ts). A key's latency runs from typing it
 * to the first write of the frame that follows, so it includes Ink reading the key, the store
 * queries, React rendering, Ink's layout and the frame being written; not the terminal
 * emulator drawing it.
 *
 * Keys are typed the way a reader types them, one at a time with a pause of 45-110 ms after the
 * frame (beyond Ink's 33 ms frame throttle, so a frame is never held back for the previous
 * one), in a seeded mix of sessions: moving and paging in the article list, reading articles,
 * the conflict view, searching. A held-down j (key repeat at 30/s) is measured separately:
 * there Ink's frame throttle, not the app, sets the pace.
 *
 * React runs as the binary runs it: the CLI bundle is built with NODE_ENV=production (before
 * that was so, the binary ran React's development build, as `npx tsx tui/keypress.ts` without
 * it does); the report says which.
 *
 *   npm run bench:tui -w @crosscheck/bench        # NODE_ENV=production tsx tui/keypress.ts
 *   KEYS=600 DB=path.db NODE_ENV=production npx tsx tui/keypress.ts --out file.json
 */
import { spawnSync } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ArticleListing } from "@crosscheck/db"
import { runTui } from "@crosscheck/tui"
import Database from "better-sqlite3"
import { Effect, Layer } from "effect"
import { storeLayer } from "../../packages/cli/src/layers.js"
import { prng } from "../dedup/random.js"
import { storeMonitor } from "../../packages/cli/src/monitor.js"
import { corpus } from "./corpus.js"
import { Screen, TerminalInput, TerminalOutput } from "./terminal.js"

const here = dirname(fileURLToPath(import.meta.url))
const work = join(here, "..", ".work", "tui")
const cli = join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")
const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args[i + 1]
}

const ARTICLES = 100_000
/** Eight years of dates, a casualty report in sixteen articles: chosen (from imports of 1/20
 * samples at the same density) for the import's rules to find about 10,000 conflicts. */
const SHAPE = { count: ARTICLES, days: 2922, reports: 0.06 } as const
const COLUMNS = 120
const ROWS = 40
const KEY_COUNT = Number(process.env.KEYS ?? 1500)

// --- The store -------------------------------------------------------------------------------

const makeStore = async (db: string): Promise<void> => {
  mkdirSync(work, { recursive: true })
  const input = join(work, "corpus.ndjson")
  const out = createWriteStream(input)
  for (const line of corpus(SHAPE)) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  const partial = `${db}.partial`
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true })
  console.log(`importing ${ARTICLES.toLocaleString("en")} articles with the real crosscheck import (once; cached in ${db})…`)
  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, "--db", partial, "import", input, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
  if (run.status !== 0) throw new Error(`import failed (${run.status})`)
  console.log(`imported in ${((performance.now() - started) / 1000).toFixed(0)} s: ${run.stdout.trim()}`)
  // Checkpointed into one file, then moved into place: a cache is whole or absent.
  const sqlite = new Database(partial)
  sqlite.pragma("wal_checkpoint(TRUNCATE)")
  sqlite.close()
  renameSync(partial, db)
  rmSync(input, { force: true })
}

const storeFacts = (db: string) => {
  const sqlite = new Database(db, { readonly: true })
  const one = (sql: string) => sqlite.prepare(sql).pluck().get() as number
  const facts = {
    articles: one("SELECT count(*) FROM articles"),
    listed: one("SELECT count(*) FROM articles WHERE duplicate_of IS NULL"),
    claims: one("SELECT count(*) FROM claims"),
    conflicts: one("SELECT count(*) FROM conflicts"),
    conflictsByKind: Object.fromEntries(
      (sqlite.prepare("SELECT kind, count(*) AS n FROM conflicts GROUP BY kind ORDER BY kind").all() as Array<{ kind: string; n: number }>).map((r) => [
        r.kind,
        r.n
      ])
    )
  }
  sqlite.close()
  return facts
}

/** Every run starts from the same store: no article read, no conflict reviewed. */
const resetMarks = (db: string): void => {
  const sqlite = new Database(db)
  sqlite.exec("UPDATE articles SET read_at = NULL WHERE read_at IS NOT NULL; DELETE FROM conflict_reviews;")
  sqlite.pragma("wal_checkpoint(TRUNCATE)")
  sqlite.close()
}

// --- The keys ---------------------------------------------------------------------------------

const KEY = {
  down: "\u001b[B",
  up: "\u001b[A",
  pageDown: "\u001b[6~",
  pageUp: "\u001b[5~",
  enter: "\r",
  escape: "\u001b"
} as const

interface Step {
  /** what the reader does, for the report */
  readonly kind: string
  readonly keys: string
}

const WORDS = ["aleppo", "idlib", "homs", "raqqa", "douma", "airstrike", "children", "hospital", "ceasefire", "russian"]

/** A reader's session after session, as steps; the screen decides what makes sense next (no key
 * that would change nothing, such as k on the first row). */
function* sessions(rand: () => number, screen: () => string): Generator<Step> {
  const position = (): { at: number; of: number } | null => {
    const m = /(\d[\d,]*)\/(\d[\d,]*)/.exec(screen().split("\n")[0] ?? "")
    return m === null ? null : { at: Number(m[1]!.replace(/,/g, "")), of: Number(m[2]!.replace(/,/g, "")) }
  }
  const lines = (): { last: number; of: number } | null => {
    const m = /lines (\d[\d,]*)-(\d[\d,]*)\/(\d[\d,]*)/.exec(screen().split("\n")[0] ?? "")
    return m === null ? null : { last: Number(m[2]!.replace(/,/g, "")), of: Number(m[3]!.replace(/,/g, "")) }
  }
  const n = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1))
  const move = (prefix: string): Step => {
    const p = position()
    const down = p === null || p.at <= 1 || (p.at < p.of && rand() < 0.72)
    const arrow = rand() < 0.4
    return down
      ? { kind: `${prefix} ${arrow ? "down" : "j"}`, keys: arrow ? KEY.down : "j" }
      : { kind: `${prefix} ${arrow ? "up" : "k"}`, keys: arrow ? KEY.up : "k" }
  }
  const read = function* (): Generator<Step> {
    for (let i = n(1, 5); i > 0; i--) {
      const l = lines()
      if (l !== null && l.last >= l.of) break
      const r = rand()
      yield r < 0.55 ? { kind: "article j", keys: "j" } : r < 0.8 ? { kind: "article page down", keys: " " } : { kind: "article ] claim", keys: "]" }
    }
  }
  for (;;) {
    const r = rand()
    if (r < 0.45) {
      // The article list: move, page, open one, read, the next, back.
      for (let i = n(6, 18); i > 0; i--) yield move("list")
      for (let i = n(0, 2); i > 0; i--) yield rand() < 0.5 ? { kind: "list page down", keys: KEY.pageDown } : { kind: "list page down", keys: " " }
      if (rand() < 0.3 && (position()?.at ?? 1) > 40) yield { kind: "list page up", keys: KEY.pageUp }
      yield { kind: "open article", keys: KEY.enter }
      yield* read()
      if (rand() < 0.5) {
        yield { kind: "article n next", keys: "n" }
        yield* read()
      }
      yield { kind: "back", keys: KEY.escape }
      if (rand() < 0.12) {
        yield { kind: "list G end", keys: "G" }
        yield move("list")
        yield { kind: "list g home", keys: "g" }
      }
    } else if (r < 0.75) {
      // The conflict view: switch, move, open one, its figures, the article it came from, back.
      yield { kind: "to conflicts", keys: "c" }
      for (let i = n(4, 14); i > 0; i--) yield move("conflicts")
      if (rand() < 0.4) yield { kind: "conflicts page down", keys: KEY.pageDown }
      yield { kind: "open conflict", keys: KEY.enter }
      yield { kind: "conflict j figure", keys: "j" }
      if (rand() < 0.6) {
        yield { kind: "conflict open article", keys: KEY.enter }
        yield* read()
        yield { kind: "back", keys: KEY.escape }
      }
      yield { kind: "back", keys: KEY.escape }
      if (rand() < 0.3) {
        // Filter the conflicts by a place.
        yield { kind: "filter prompt", keys: "/" }
        for (const ch of WORDS[n(0, 4)]!) yield { kind: "type", keys: ch }
        yield { kind: "filter apply", keys: KEY.enter }
        const p = position()
        for (let i = Math.min(n(2, 6), (p?.of ?? 1) - 1); i > 0; i--) yield { kind: "conflicts j", keys: "j" }
        yield { kind: "filter clear", keys: KEY.escape }
      }
      yield { kind: "to articles", keys: "a" }
    } else {
      // Search the articles: type, apply, move, open, back, clear.
      yield { kind: "search prompt", keys: "/" }
      for (const ch of WORDS[n(0, WORDS.length - 1)]!) yield { kind: "type", keys: ch }
      yield { kind: "search apply", keys: KEY.enter }
      const p = position()
      if (p !== null && p.of > 0) {
        for (let i = Math.min(n(2, 8), p.of - 1); i > 0; i--) yield move("list")
        yield { kind: "open article", keys: KEY.enter }
        yield* read()
        yield { kind: "back", keys: KEY.escape }
      }
      yield { kind: "search clear", keys: KEY.escape }
    }
  }
}

// --- Measuring --------------------------------------------------------------------------------

interface Sample {
  readonly kind: string
  readonly ms: number
  /** CPU time this process spent from the key to the frame: what the machine's other load
   * cannot inflate (it can only make the wall time longer) */
  readonly cpuMs: number
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

const run = async (db: string) => {
  const output = new TerminalOutput(COLUMNS, ROWS)
  const input = new TerminalInput()
  const shown = new Screen(COLUMNS, ROWS)
  let firstWriteAt: number | null = null
  let lastWriteAt = 0
  output.onWrite = (chunk, at) => {
    if (firstWriteAt === null) {
      firstWriteAt = at
      cpuAtFirstWrite = cpuNow()
    }
    lastWriteAt = at
    shown.write(chunk)
  }
  const screen = () => shown.text()

  let cpuAtFirstWrite = 0
  const cpuNow = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  let cpuTyped = 0
  /** Types `keys` and waits for the frame; its latency, or null when nothing was drawn. */
  const press = async (keys: string, timeoutMs = 3000): Promise<number | null> => {
    firstWriteAt = null
    cpuTyped = cpuNow()
    const typed = performance.now()
    input.press(keys)
    const deadline = typed + timeoutMs
    while (firstWriteAt === null && performance.now() < deadline) await sleep(1)
    if (firstWriteAt === null) return null
    // The rest of the frame follows in the same tick; wait until writing stops.
    while (performance.now() - lastWriteAt < 5) await sleep(1)
    return (firstWriteAt as number) - typed
  }

  const program = Effect.gen(function* () {
    const monitor = yield* storeMonitor("idle", { refresh: () => "the benchmark does not poll feeds" })
    let ended: unknown = null
    const done = runTui(monitor, { stdin: input as unknown as NodeJS.ReadStream, stdout: output as unknown as NodeJS.WriteStream }).catch((e: unknown) => {
      ended = e ?? "ended"
    })
    yield* Effect.promise(async () => {
      const waited = performance.now()
      while (!screen().includes("articles")) {
        if (ended !== null) throw new Error(`the TUI ended before its first frame: ${String(ended)}`)
        if (performance.now() - waited > 30_000) throw new Error(`no article list after 30 s; the screen:\n${screen()}`)
        await sleep(10)
      }
      await sleep(200)
    })
    const first = screen().split("\n")[0]
    console.log(`first frame: ${first?.trim()}`)

    const samples: Array<Sample> = []
    const nothing: Record<string, number> = {}
    const rand = prng(20_261_129)
    const steps = sessions(rand, screen)
    yield* Effect.promise(async () => {
      const started = performance.now()
      while (samples.length < KEY_COUNT) {
        const step = steps.next().value as Step
        const ms = await press(step.keys)
        if (ms === null) nothing[step.kind] = (nothing[step.kind] ?? 0) + 1
        else samples.push({ kind: step.kind, ms, cpuMs: cpuAtFirstWrite - cpuTyped })
        if (samples.length % 250 === 0 && ms !== null) {
          console.log(`${samples.length} keys, ${((performance.now() - started) / 1000).toFixed(0)} s`)
        }
        await sleep(45 + rand() * 65)
      }
      // The sessions may have stopped anywhere (in a prompt, in an article): back to the list.
      for (let i = 0; i < 4; i++) await press(KEY.escape, 300)
      // Held down: j repeating at 30/s for a second, eight times. The latency of each repeat is
      // to the next frame, which Ink draws at most every 33 ms.
      for (let round = 0; round < 8; round++) {
        await press("a", 300)
        await press("g", 300)
        await sleep(100)
        for (let i = 0; i < 30; i++) {
          firstWriteAt = null
          cpuTyped = cpuNow()
          const typed = performance.now()
          input.press("j")
          await sleep(33)
          if (firstWriteAt !== null) {
            samples.push({ kind: "held j (30/s)", ms: (firstWriteAt as number) - typed, cpuMs: cpuAtFirstWrite - cpuTyped })
          } else {
            // Not drawn yet: wait for the frame that shows it.
            while (firstWriteAt === null && performance.now() - typed < 3000) await sleep(1)
            samples.push({ kind: "held j (30/s)", ms: (firstWriteAt ?? performance.now()) - typed, cpuMs: cpuAtFirstWrite - cpuTyped })
          }
        }
        await sleep(100)
      }
      // Ctrl+C quits from any screen.
      input.press("\u0003")
    })
    yield* Effect.promise(() => done)
    return { samples, nothing }
  })
  return Effect.runPromise(Effect.scoped(program).pipe(Effect.provide(ArticleListing.Default.pipe(Layer.provideMerge(storeLayer(db, "write"))))))
}

const quantile = (sorted: ReadonlyArray<number>, q: number): number => {
  if (sorted.length === 0) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i]!
}
const stats = (ms: ReadonlyArray<number>) => {
  const sorted = [...ms].sort((a, b) => a - b)
  const r = (x: number) => +x.toFixed(2)
  return {
    n: sorted.length,
    p50: r(quantile(sorted, 0.5)),
    p95: r(quantile(sorted, 0.95)),
    p99: r(quantile(sorted, 0.99)),
    max: r(sorted.at(-1) ?? Number.NaN)
  }
}

// --- Main -------------------------------------------------------------------------------------

const db = flag("--db") ?? process.env.DB ?? join(work, `store-${ARTICLES}.db`)
if (!existsSync(db)) await makeStore(db)
if (args.includes("--prepare")) process.exit(0)
resetMarks(db)
const facts = storeFacts(db)
console.log(`store: ${JSON.stringify(facts)}`)
const load = loadavg()
const { samples, nothing } = await run(db)
const loadAfter = loadavg()

const both = (xs: ReadonlyArray<Sample>) => ({ ...stats(xs.map((s) => s.ms)), cpu: stats(xs.map((s) => s.cpuMs)) })
const byKind: Record<string, ReturnType<typeof both>> = {}
for (const kind of [...new Set(samples.map((s) => s.kind))].sort()) byKind[kind] = both(samples.filter((s) => s.kind === kind))
const paced = samples.filter((s) => !s.kind.startsWith("held"))
const report = {
  benchmark: "TUI keypress to the first write of the updated frame (in-process, Ink into a controlled TTY stream)",
  issue: "12: 100,000 articles and 10,000 conflicts, keypress to updated frame p99 < 50 ms",
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    loadAverageBefore: load.map((x) => +x.toFixed(2)),
    loadAverageAfter: loadAfter.map((x) => +x.toFixed(2)),
    note: "shared machine: other work ran beside this benchmark, so the tail includes waiting for a core"
  },
  terminal: { columns: COLUMNS, rows: ROWS },
  react: process.env.NODE_ENV === "production" ? "production build" : "development build",
  store: facts,
  keys: { paced: "45-110 ms after each frame", held: "j repeated every 33 ms" },
  overall: both(paced),
  heldJ: byKind["held j (30/s)"],
  byKind,
  keysThatDrewNothing: nothing
}
const line = (s: ReturnType<typeof both>) =>
  `n ${String(s.n).padStart(4)}  wall p50 ${s.p50} p95 ${s.p95} p99 ${s.p99} max ${s.max}  | cpu p50 ${s.cpu.p50} p99 ${s.cpu.p99}`
console.log(`${"overall (paced)".padEnd(24)} ${line(report.overall)}`)
for (const [kind, s] of Object.entries(byKind)) console.log(`${kind.padEnd(24)} ${line(s)}`)
// A run of the code before a change (--before file.json, written by this script), set beside
// this one: its figures and this run's as ratios (before / after).
const beforePath = flag("--before")
const compared =
  beforePath === undefined
    ? {}
    : (() => {
        const before = JSON.parse(readFileSync(beforePath, "utf8")) as typeof report
        const ratio = (b: number, a: number) => +(b / a).toFixed(2)
        const ratios = (b: ReturnType<typeof both> | undefined, a: ReturnType<typeof both> | undefined) =>
          b === undefined || a === undefined
            ? null
            : {
                p50: ratio(b.p50, a.p50),
                p95: ratio(b.p95, a.p95),
                p99: ratio(b.p99, a.p99),
                cpuP50: ratio(b.cpu.p50, a.cpu.p50),
                cpuP99: ratio(b.cpu.p99, a.cpu.p99)
              }
        return {
          before: { date: before.date, machine: before.machine, react: before.react, overall: before.overall, heldJ: before.heldJ, byKind: before.byKind },
          ratiosBeforeOverAfter: {
            overall: ratios(before.overall, report.overall),
            heldJ: ratios(before.heldJ, report.heldJ),
            byKind: Object.fromEntries(Object.keys(report.byKind).map((k) => [k, ratios(before.byKind[k], report.byKind[k])]))
          }
        }
      })()
const out = flag("--out") ?? join(here, "..", "results", "tui-keypress.json")
writeFileSync(out, `${JSON.stringify({ ...report, ...compared }, null, 2)}\n`)
console.log(`wrote ${out}`)
