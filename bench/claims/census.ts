/**
 * Gold lines read one by one: every labelled quantity line's quote goes through the extractor on
 * its own (as a body, and as a headline), and counts as read when a claim of the same metric and
 * the same lower figure comes out. Misses that share a construction across many sets are a class
 * a general rule can take ("three chlorine attacks", "killing and wounding dozens"); a miss that
 * needs the article around it (a speaker named before, a besieged place told earlier) shows here
 * too, and is left to the full eval. Round 26's rules were found this way.
 *
 *   npx tsx claims/census.ts                 every metric: read / missed
 *   npx tsx claims/census.ts strikes attack  one metric's misses whose quote matches a pattern
 */
import { readdirSync, readFileSync } from "node:fs"
import { extractClaims } from "@crosscheck/core"

interface GoldLine {
  readonly kind: string
  readonly metric?: string
  readonly min: number | null
  readonly max: number | null
  readonly quote: string
}

const here = new URL(".", import.meta.url).pathname
const shared = new URL("../../../shared/gold/", import.meta.url).pathname
const files = [
  ...readdirSync(here)
    .filter((f) => f.endsWith("-claims.jsonl"))
    .map((f) => here + f),
  `${shared}seed-claims.jsonl`,
  `${shared}fakes-dev-claims.jsonl`
]
const lines: Array<GoldLine> = files.flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as GoldLine)
)

const published = Date.parse("2016-06-01T12:00:00Z")
const reads = (g: GoldLine): boolean => {
  const same = (c: { kind: string; metric: string | null; min: number | null }) => c.kind === "quantity" && c.metric === g.metric && c.min === g.min
  return (
    extractClaims({ title: "Report", body: g.quote, published, outlet: "census" }).some(same) ||
    extractClaims({ title: g.quote, body: "Report.", published, outlet: "census" }).some(same)
  )
}

const [metric, pattern] = process.argv.slice(2)
const quantity = lines.filter((g) => g.kind === "quantity" && (metric === undefined || g.metric === metric))
const filter = pattern === undefined ? null : new RegExp(pattern, "i")
const tally = new Map<string, { read: number; missed: number }>()
for (const g of quantity) {
  const t = tally.get(g.metric ?? "?") ?? { read: 0, missed: 0 }
  if (reads(g)) t.read++
  else {
    t.missed++
    if (metric !== undefined && (filter === null || filter.test(g.quote))) console.log(`MISS ${g.min}..${g.max} | ${g.quote.slice(0, 200)}`)
  }
  tally.set(g.metric ?? "?", t)
}
for (const [m, t] of [...tally].sort((a, b) => b[1].missed - a[1].missed)) console.log(`${m.padEnd(14)} read ${t.read}  missed ${t.missed}`)
