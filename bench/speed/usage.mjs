// Preloaded into a benchmarked process: at exit, writes its resource usage (all threads) as JSON:
// peak RSS (KiB) and CPU seconds, user and system. CPU time is steadier than wall time on a
// shared machine: both are reported.
import { writeFileSync } from "node:fs"
import { isMainThread } from "node:worker_threads"
if (isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage()
    if (process.env.BENCH_USAGE_FILE)
      writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime / 1e6, system: u.systemCPUTime / 1e6 }))
  })
}
