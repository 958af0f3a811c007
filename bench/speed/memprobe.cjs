// Where an import's memory goes, by thread. Preloaded into the benchmarked process:
//   NODE_OPTIONS="--require bench/speed/memprobe.cjs" PROBE_OUT=/tmp/probe.jsonl crosscheck import ...
// (growth.ts passes its environment on, so the same works around it). Every PROBE_EVERY ms
// (5,000) and after a full collection (at most once a second), each thread (the main one and
// each claim worker) appends one JSON line: its V8 heap used and committed, by space on the
// timed lines, external and array buffers; the main thread adds the process's RSS, peak RSS,
// anonymous and file-backed RSS (/proc/self/status). Every 10 s, and at exit for the main
// thread, the milliseconds its collections paused it, by kind (perf_hooks: 1 minor, 4 major,
// 8 incremental, 16 weak callbacks). Values in MiB. What is left of anonymous RSS after the
// heaps is memory outside V8: SQLite's page cache, malloc, node itself.
const fs = require("node:fs")
const v8 = require("node:v8")
const wt = require("node:worker_threads")
const { PerformanceObserver } = require("node:perf_hooks")

const out = process.env.PROBE_OUT
// the importing process only (not a bench script that runs it), and its workers
const active = out !== undefined && (!wt.isMainThread || process.argv.includes("import"))
if (active) {
  const tid = wt.threadId
  const every = Number(process.env.PROBE_EVERY ?? 5000)
  const mib = (bytes) => Math.round(bytes / 1048576)
  const kib = (status, name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN)
  const write = (record) => fs.appendFileSync(out, `${JSON.stringify({ pid: process.pid, tid, ...record })}\n`)
  const sample = (why) => {
    const m = process.memoryUsage()
    const record = {
      t: Math.round(performance.now()),
      why,
      heapUsed: mib(m.heapUsed),
      heapTotal: mib(m.heapTotal),
      external: mib(m.external),
      arrayBuffers: mib(m.arrayBuffers)
    }
    if (wt.isMainThread) {
      const status = fs.readFileSync("/proc/self/status", "utf8")
      Object.assign(record, {
        rss: mib(m.rss),
        hwm: Math.round(kib(status, "VmHWM") / 1024),
        rssAnon: Math.round(kib(status, "RssAnon") / 1024),
        rssFile: Math.round(kib(status, "RssFile") / 1024)
      })
    }
    if (why === "tick") {
      const spaces = {}
      for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name.replace(/_space$/, "")] = [mib(s.space_used_size), mib(s.space_size)]
      record.spaces = spaces
    }
    write(record)
  }
  setInterval(() => sample("tick"), every).unref()
  const gcMs = {}
  setInterval(() => write({ why: "gc", gcMs }), 10_000).unref()
  if (wt.isMainThread) process.on("exit", () => write({ why: "exit", gcMs }))
  let lastMajor = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = e.detail?.kind
      gcMs[kind] = (gcMs[kind] ?? 0) + e.duration
      if (kind === 4 && performance.now() - lastMajor > 1000) {
        lastMajor = performance.now()
        setImmediate(() => sample(`major:${Math.round(e.duration)}`))
      }
    }
  }).observe({ entryTypes: ["gc"] })
}
