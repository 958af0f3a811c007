// Preloaded into a benchmarked process: records its peak resident memory (KiB) at exit.
import { writeFileSync } from "node:fs"
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
