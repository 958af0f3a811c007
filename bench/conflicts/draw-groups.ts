/**
 * Draws the FA-KES groups for the hand-labelled conflict set (labelled-fakes.json): rows that
 * share the CSV's date and location columns, reported by at least two outlets, shuffled with a
 * seeded generator; the first 15 are the dev set, the next 15 held out. Prints the group keys.
 *
 *   npx tsx conflicts/draw-groups.ts [seed]     (the labelled set used seed 20261129)
 */
import { readFaKes } from "../dedup/faKes.js"

const seed = Number(process.argv[2] ?? 20261129)

// mulberry32, written out here because the labelled set was drawn with exactly this variant
let state = seed >>> 0
const random = (): number => {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const outletsByGroup = new Map<string, Set<string>>()
for (const r of readFaKes()) {
  const key = `${r.date}|${r.location}`
  const outlets = outletsByGroup.get(key) ?? new Set<string>()
  outlets.add(r.source)
  outletsByGroup.set(key, outlets)
}
const groups = [...outletsByGroup]
  .filter(([, outlets]) => outlets.size >= 2)
  .map(([key]) => key)
  .sort()
for (let i = groups.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1))
  ;[groups[i], groups[j]] = [groups[j]!, groups[i]!]
}
console.log(`seed ${seed}: ${groups.length} multi-outlet groups`)
console.log(JSON.stringify({ dev: groups.slice(0, 15), heldOut: groups.slice(15, 30) }, null, 1))
