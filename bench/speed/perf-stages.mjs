// Where an import's CPU time goes, by stage and thread, from Linux perf's CPU-clock samples:
//   perf record -e cpu-clock -F 499 -g -o perf.data node --perf-basic-prof packages/cli/dist/main.js --db x.db import FILE
//   perf script -i perf.data -F tid,ip,sym > perf.txt && node bench/speed/perf-stages.mjs perf.txt [label]
// profile-stages.mjs reads V8's own profiles, which sample wall time: on a loaded machine a
// thread waiting for a core is charged as busy, and V8's compiler and GC threads are not seen.
// perf samples only a thread that is running, every thread of the process. Each sample goes to
// the innermost stage on its stack (as in profile-stages.mjs); samples of V8's compiler threads
// are "JIT compilation". Unbundled dist/main.js keeps function names.
import { readFileSync } from "node:fs"

const stages = [
  ["claims: extraction (worker)", (n) => n === "extractClaims"],
  ["conflicts: sentence features", (n) => n === "withFeatures" || n === "featuresOfArticle" || n === "featuresOf"],
  ["conflicts: index and update", (n, u) => /ConflictRepository/.test(u) && ["index", "readIndex", "fileIndex", "update", "unindex"].includes(n)],
  ["copies and stories: text analysis", (n) => n === "analyseText"],
  ["copies and stories: classify", (n, u) => n === "classify" && /Deduplicator/.test(u)],
  ["copies: index writes", (n, u) => n === "add" && /DedupIndex/.test(u)],
  ["store: article insert + FTS5", (n, u) => n === "insert" && /ArticleRepository/.test(u)],
  ["store: claims insert", (n, u) => n === "replace" && /ClaimRepository/.test(u)],
  ["store: story write", (n, u) => n === "write" && /DedupIndex|StoryWriter/.test(u)],
  ["normalise", (n, u) => n === "stage" && /Pipeline/.test(u)],
  ["input read and parse", (_n, u) => /sources\//.test(u)],
  ["worker messages (structured clone)", (n) => /^node::worker::Message::|ValueSerializer|ValueDeserializer/.test(n)],
  ["module loading", (n, u) => /modules\/esm|modules\/cjs/.test(u) || /CompileModule/.test(n)],
  ["garbage collection", (n) => /^v8::internal::Heap::|Scavenge|MarkCompact/.test(n)]
]
const [file, label] = process.argv.slice(2)
const frameOf = (line) => {
  const sym = line.trim().split(/\s+/).slice(1).join(" ")
  const js = /^JS:[*^~+]?(\S*)\s*(.*)$/.exec(sym)
  return js === null ? { name: sym, url: "" } : { name: js[1], url: js[2] }
}
const byThread = new Map()
const count = (tid, stage) => {
  let t = byThread.get(tid)
  if (t === undefined) byThread.set(tid, (t = new Map()))
  t.set(stage, (t.get(stage) ?? 0) + 1)
}
let tid = null
let stack = []
const flush = () => {
  if (tid === null || stack.length === 0) return
  let stage = "other"
  find: for (const f of stack) {
    for (const [name, test] of stages)
      if (test(f.name, f.url)) {
        stage = name
        break find
      }
  }
  if (stage === "other" && stack.some((f) => /OptimizingCompileDispatcher|PipelineCompilationJob/.test(f.name))) stage = "JIT compilation (V8 threads)"
  count(tid, stage)
}
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (line.trim() === "") {
    flush()
    tid = null
    stack = []
  } else if (tid === null && !line.startsWith("\t")) tid = line.trim().split(/\s+/)[0]
  else stack.push(frameOf(line))
}
flush()
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0)
const total = [...byThread.values()].reduce((a, m) => a + sum(m), 0)
// the main thread's id is the process id, the lowest; the claim worker is the one extracting
const tids = [...byThread.keys()].sort((a, b) => Number(a) - Number(b))
const main = tids[0]
const worker = tids.find((t) => t !== main && (byThread.get(t).get("claims: extraction (worker)") ?? 0) > 0)
const merged = new Map()
for (const m of byThread.values()) for (const [k, v] of m) merged.set(k, (merged.get(k) ?? 0) + v)
const share = (v) => +(v / total).toFixed(3)
console.log(
  JSON.stringify(
    {
      label,
      samples: total,
      threads: {
        main: share(sum(byThread.get(main))),
        claimWorker: worker === undefined ? 0 : share(sum(byThread.get(worker))),
        others: share(total - sum(byThread.get(main)) - (worker === undefined ? 0 : sum(byThread.get(worker))))
      },
      stages: [...merged].sort((a, b) => b[1] - a[1]).map(([stage, v]) => ({ stage, shareOfCpu: share(v) }))
    },
    null,
    2
  )
)
