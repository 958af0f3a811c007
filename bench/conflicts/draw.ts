/**
 * Draws 30 conflicts at random from all of FA-KES (through the real binary) for judging by
 * hand, and writes them with their evidence to bench/conflicts/draw.md. The seed is printed and
 * written; pass one to draw the same conflicts again.
 *
 *   npx tsx conflicts/draw.ts [seed]
 */
import { detectConflicts } from "@crosscheck/core"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { prng } from "../dedup/random.js"
import { formatFigure } from "@crosscheck/core"
import { benchDir, importFaKes, rowOf } from "./load.js"

const DRAWN = 30
const seed = process.argv[2] === undefined ? Math.floor(Date.now() % 2_147_483_647) : Number(process.argv[2])
console.log(`seed ${seed}`)

const { claims } = importFaKes()
const { conflicts } = detectConflicts(claims)
const byId = new Map(claims.map((c) => [c.id, c]))
const pool = [...conflicts].sort((a, b) => (a.id < b.id ? -1 : 1))
const rand = prng(seed)
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1))
  ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
}
const drawn = pool.slice(0, DRAWN)

const lines = [
  `# ${drawn.length} conflicts drawn at random from FA-KES (seed ${seed}, of ${conflicts.length})`,
  "",
  "Each with the claims it rests on: FA-KES row, outlet, source, figure, place, time, and the evidence sentence.",
  ""
]
drawn.forEach((c, i) => {
  lines.push(`## ${i + 1}. [${c.kind}] ${c.summary}`, "")
  for (const id of c.claimIds) {
    const x = byId.get(id)!
    const figure = x.kind === "event" ? `${x.polarity} ${x.actor} ${x.action}` : formatFigure(x.min, x.max, x.qualifier)
    const when = x.when === null ? "undated" : x.when.from === x.when.to ? x.when.from : `${x.when.from}..${x.when.to}`
    lines.push(
      `- row ${rowOf(x.articleUrl)} ${x.outlet} (published ${new Date(x.published).toISOString().slice(0, 10)}), source ${x.source ?? "-"}: ${figure} ${x.who ?? ""} @ ${x.where ?? "?"}, ${when}`
    )
    lines.push(`  > ${x.quote.slice(0, 400)}`)
  }
  lines.push("")
})
writeFileSync(join(benchDir, "conflicts", "draw.md"), `${lines.join("\n")}\n`)
console.log(`wrote bench/conflicts/draw.md (${drawn.length} conflicts)`)
