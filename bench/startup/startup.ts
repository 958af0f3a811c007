/**
 * Start-up: `crosscheck --help`, `--version` and the TUI's first frame, each beside `node -e 0`
 * measured in the same run and the same way, because this machine is shared and noisy: the
 * ratio is the figure, the milliseconds are context. Wall time from spawn to exit (commands), or
 * from spawn to the first frame on a pseudo-terminal (the TUI: `script` gives it one; the frame
 * is there when the header row naming the article count has arrived). Runs alternate between the
 * subjects so load drifts hit them alike; the minimum of RUNS is the figure (the least disturbed
 * run), the median beside it. Also user+system CPU time of each (less sensitive to other load).
 * Writes bench/results/startup.json. BEFORE=path/to/an older crosscheck.js adds its --help and first
 * frame to the same alternation.
 */
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { realisticArticles } from "../speed/realistic.js"

const here = dirname(fileURLToPath(import.meta.url))
const cli = join(here, "..", "..", "packages", "cli", "bin", "crosscheck.js")
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const before = process.env.BEFORE

interface Sample {
  readonly wallMs: number
  readonly cpuMs: number
}

/** Spawn to exit, with the child's CPU time. */
const timeExit = (args: ReadonlyArray<string>): Sample => {
  const started = process.hrtime.bigint()
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...args], { encoding: "utf8" })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`)
  const [user, sys] = r.stderr.trim().split("\n").at(-1)!.split(" ").map(Number)
  return { wallMs, cpuMs: (user! + sys!) * 1000 }
}

/** User+system CPU time so far of the program `script` runs (its only child), from /proc: the
 * first frame's CPU cost, which other load inflates less than its wall time. NaN where there is
 * no /proc or the program has already exited. */
const cpuOfChild = (scriptPid: number): number => {
  try {
    const [pid] = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, "utf8").trim().split(/\s+/)
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return Number.NaN
  }
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100

/** Spawn to the first output matching `ready` on a pseudo-terminal of 120x40, then kill. */
const timeFirstOutput = (command: string, ready: RegExp): Promise<Sample> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn("script", ["-qfc", `stty cols 120 rows 40; exec ${command}`, "/dev/null"], {
      stdio: ["pipe", "pipe", "inherit"],
      detached: true
    })
    let seen = ""
    let done = false
    const timer = setTimeout(() => finish(new Error(`no first frame from ${command} in 20 s: ${JSON.stringify(seen.slice(-300))}`)), 20_000)
    const finish = (error?: Error) => {
      if (done) return
      done = true
      clearTimeout(timer)
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const cpuMs = error ? Number.NaN : cpuOfChild(child.pid!)
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {}
      if (error) reject(error)
      else resolve({ wallMs, cpuMs })
    }
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8")
      if (ready.test(seen)) finish()
    })
    child.on("exit", () => {
      if (ready.test(seen)) finish()
      else finish(new Error(`${command} exited before its first frame: ${JSON.stringify(seen.slice(-300))}`))
    })
  })

const summary = (xs: ReadonlyArray<number>) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  return { min: Math.round(s[0]!), median: Math.round(s[Math.floor((s.length - 1) / 2)]!) }
}

const work = mkdtempSync(join(tmpdir(), "crosscheck-startup-"))
try {
  // the TUI opens on a store of 1,000 realistic articles
  const db = join(work, "startup.db")
  const input = join(work, "articles.ndjson")
  writeFileSync(input, `${[...realisticArticles(1000)].join("\n")}\n`)
  const imported = spawnSync(process.execPath, [cli, "--db", db, "import", input], { encoding: "utf8" })
  if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`)

  const load = loadavg()
  const subjects = {
    "node -e 0": () => Promise.resolve(timeExit(["-e", "0"])),
    "crosscheck --help": () => Promise.resolve(timeExit([cli, "--help"])),
    "crosscheck --version": () => Promise.resolve(timeExit([cli, "--version"])),
    "node -e 0 (pty)": () => timeFirstOutput(`${process.execPath} -e "process.stdout.write('ready')"`, /ready/),
    "crosscheck tui, first frame (pty)": () => timeFirstOutput(`${process.execPath} ${cli} --db ${db} tui`, /1,000 articles/),
    // A build of the code before a change (BEFORE=path/to/its crosscheck.js), measured in the
    // same alternation, so the two can be compared in one run state.
    ...(before === undefined
      ? {}
      : {
          "before: crosscheck --help": () => Promise.resolve(timeExit([before, "--help"])),
          "before: crosscheck tui, first frame (pty)": () => timeFirstOutput(`${process.execPath} ${before} --db ${db} tui`, /1,000 articles/)
        })
  }
  const samples: Record<string, Array<Sample>> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]))
  for (let run = 0; run < RUNS; run++) {
    for (const [name, measure] of Object.entries(subjects)) samples[name]!.push(await measure())
  }
  const figures = Object.fromEntries(
    Object.entries(samples).map(([name, xs]) => [name, { wallMs: summary(xs.map((x) => x.wallMs)), cpuMs: summary(xs.map((x) => x.cpuMs)) }])
  )
  const ratio = (a: string, b: string) => {
    const x = figures[a]!.wallMs!.min
    const y = figures[b]!.wallMs!.min
    return Math.round((x / y) * 100) / 100
  }
  const cpuRatio = (a: string, b: string) => {
    const x = figures[a]!.cpuMs?.min
    const y = figures[b]!.cpuMs?.min
    return x === undefined || y === undefined ? null : Math.round((x / y) * 100) / 100
  }
  const result = {
    benchmark: "start-up: crosscheck beside node -e 0, spawn to exit (commands) or to the first frame on a pseudo-terminal (TUI)",
    date: new Date().toISOString(),
    runs: RUNS,
    machine: {
      cores: cpus().length,
      model: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageBefore: load.map((x) => Math.round(x * 100) / 100),
      loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
      note: "shared with other work; minimum of the runs is the figure, the median shows the noise"
    },
    figures,
    ratios: {
      helpToNode: ratio("crosscheck --help", "node -e 0"),
      versionToNode: ratio("crosscheck --version", "node -e 0"),
      tuiFirstFrameToNode: ratio("crosscheck tui, first frame (pty)", "node -e 0 (pty)"),
      // CPU time to the first frame beside node -e 0's whole CPU time (minimum of the runs each)
      tuiFirstFrameCpuToNodeCpu: cpuRatio("crosscheck tui, first frame (pty)", "node -e 0"),
      ...(before === undefined ? {} : { beforeTuiFirstFrameCpuToNodeCpu: cpuRatio("before: crosscheck tui, first frame (pty)", "node -e 0") }),
      ...(before === undefined
        ? {}
        : {
            beforeHelpToNode: ratio("before: crosscheck --help", "node -e 0"),
            beforeTuiFirstFrameToNode: ratio("before: crosscheck tui, first frame (pty)", "node -e 0 (pty)"),
            before
          }),
      targets: { helpToNode: 3, tuiFirstFrameToNode: 5 }
    }
  }
  writeFileSync(join(here, "..", "results", "startup.json"), `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify({ figures, ratios: result.ratios }, null, 2))
} finally {
  rmSync(work, { recursive: true, force: true })
}
