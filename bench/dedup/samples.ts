/** Prints one FA-KES original next to its copies (spun at each rate, wire, exact), to judge
 * the copies by eye: `tsx dedup/samples.ts [fa-kes url] [characters] [synonym|phrase]`. */
import { COPY_KINDS, makeCopy, type SpinnerName } from "./copies.js"
import { readFaKes } from "./faKes.js"

const rows = readFaKes()
const url = process.argv[2] ?? rows.find((r) => r.content.length > 1500)!.url
const chars = Number(process.argv[3] ?? 700)
const spinner = (process.argv[4] ?? "synonym") as SpinnerName
const original = rows.find((r) => r.url === url)
if (original === undefined) throw new Error(`no FA-KES row ${url}`)
const outlets = [...new Set(rows.map((r) => r.source))].sort()
const show = (label: string, source: string, title: string, text: string, limit = chars) =>
  console.log(`--- ${label} [${source}]\n${title}\n${text.length > limit ? `${text.slice(0, limit)}…` : text}\n`)
show(`original ${original.url}`, original.source, original.title, original.content)
for (const kind of COPY_KINDS) {
  const c = makeCopy(kind, original, outlets, { spinner })
  const rate = c.spin === undefined ? "" : ` (achieved ${(c.spin.achieved * 100).toFixed(1)}% of ${c.spin.tokens} tokens)`
  // a wire copy changes at both ends (dateline, credits, cut), so it is shown whole
  show(`${kind}${rate}`, c.source, c.title, c.text, kind === "wire" ? Number.POSITIVE_INFINITY : chars)
}
