// Where an import's CPU goes, by pipeline stage: reads the V8 CPU profiles of one
// `node --cpu-prof --cpu-prof-dir=DIR packages/cli/dist/main.js --db x.db import FILE` (one
// profile per thread: main and claim worker) and charges every sample to the innermost stage
// on its stack. The unbundled dist/main.js keeps function names (the bundle is minified), so
// its module loading is dearer than the bundle's; shares of busy time are the figure to read.
// Usage: node speed/profile-stages.mjs DIR [label]   -> prints JSON
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

const stages = [
  ["claims: extraction (worker)", (f) => f.functionName === "extractClaims"],
  ["conflicts: sentence features (worker)", (f) => f.functionName === "withFeatures" || f.functionName === "featuresOfArticle"],
  ["conflicts: index and update", (f) => /ConflictRepository/.test(f.url) && ["index", "readIndex", "fileIndex", "update", "unindex"].includes(f.functionName)],
  ["copies and stories: classify", (f) => f.functionName === "classify" && /Deduplicator/.test(f.url)],
  ["copies: index writes", (f) => f.functionName === "add" && /DedupIndex/.test(f.url)],
  ["store: article insert + FTS5", (f) => f.functionName === "insert" && /ArticleRepository/.test(f.url)],
  ["store: claims insert", (f) => f.functionName === "replace" && /ClaimRepository/.test(f.url)],
  ["copies and stories: text analysis", (f) => f.functionName === "analyseText"],
  ["store: story write", (f) => /DedupIndex|StoryWriter/.test(f.url) && f.functionName === "write"],
  ["normalise", (f) => f.functionName === "stage" && /Pipeline/.test(f.url)],
  ["input read and parse", (f) => /sources\//.test(f.url)],
  ["transaction and commit (rest)", (f) => f.functionName === "sqliteTransaction"],
  ["module loading", (f) => /modules\/esm|modules\/cjs/.test(f.url)],
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
  ["idle", (f) => f.functionName === "(idle)"]
]
const [dir, label] = process.argv.slice(2)
const totals = new Map()
const threads = []
for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(join(dir, file), "utf8"))
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  let busy = 0
  p.samples.forEach((s, i) => {
    const dt = p.timeDeltas[i] ?? 0
    let stage = "other"
    find: for (let cur = s; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame
      for (const [name, test] of stages)
        if (test(f)) {
          stage = name
          break find
        }
    }
    if (stage !== "idle") busy += dt
    totals.set(stage, (totals.get(stage) ?? 0) + dt)
  })
  threads.push({ profile: file, busySeconds: +(busy / 1e6).toFixed(2) })
}
const busy = [...totals].filter(([k]) => k !== "idle").reduce((a, [, v]) => a + v, 0)
console.log(
  JSON.stringify(
    {
      label,
      threads,
      busySeconds: +(busy / 1e6).toFixed(2),
      stages: [...totals]
        .filter(([k]) => k !== "idle")
        .sort((a, b) => b[1] - a[1])
        .map(([stage, v]) => ({ stage, seconds: +(v / 1e6).toFixed(2), shareOfBusy: +(v / busy).toFixed(3) }))
    },
    null,
    2
  )
)
