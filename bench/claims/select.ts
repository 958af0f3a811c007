/**
 * Draws the FA-KES articles of the claims held-out and dev2 sets, reproducibly: a seeded
 * random draw stratified by outlet, from the articles neither shared gold file names.
 *
 *   npx tsx claims/select.ts            prints the draw
 *   npx tsx claims/select.ts --texts D  also writes each article's stored text to D/<unit_id>.txt
 *
 * Eligible: a unit_id that appears on one row only (repeated ids may carry two texts), not in
 * ../shared/gold, 400-4,000 characters of content (labelling time), and a figure of harm somewhere
 * (a number or number word within a few words of killed/wounded/injured/dead/died/casualties), so
 * the set tests claims rather than their absence. The order: outlets in a shuffled order, one
 * article from each in turn (shuffled within the outlet), round after round; the first 20 are
 * the held-out set, the next 20 dev2. The text is title + "\n" + content as the importer stores it.
 */
import { htmlToText, normaliseText, normaliseTitle } from "@crosscheck/core"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { readFaKes, sharedDir } from "../dedup/faKes.js"
import { prng, shuffle } from "../dedup/random.js"

export const SEED = 20261129
const PER_SET = 20
/** a fresh look at unseen text after the held-out checkpoints: the next ten of the draw */
const DEV3 = 10

const HARM_FIGURE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|tens)\b(?:\s+\S+){0,4}?\s+(?:killed|wounded|injured|dead|died|casualties)\b/i

export const storedText = (title: string, content: string): string => `${normaliseTitle(htmlToText(title))}\n${normaliseText(content)}`

export interface Draw {
  readonly heldout: Array<string>
  readonly dev2: Array<string>
  readonly dev3: Array<string>
  /** round 2: a fresh held-out set (the first held-out set guided changes, so it is spent) */
  readonly heldout2: Array<string>
  /** round 2: a fresh development set, the 20 after heldout2 */
  readonly dev4: Array<string>
  /** round 3: a fresh held-out set past heldout2 and dev4 (heldout2 is spent) */
  readonly heldout3: Array<string>
  /** round 3: a fresh development set, the 20 after heldout3 */
  readonly dev5: Array<string>
  /** round 4: a fresh held-out set, the 20 after dev5 */
  readonly heldout4: Array<string>
  /** round 5: a fresh held-out set, the 20 after heldout4 (heldout4 is spent) */
  readonly heldout5: Array<string>
  /** round 6: a fresh held-out set, the 20 after heldout5 (heldout5 is spent) */
  readonly heldout6: Array<string>
  /** round 7: a fresh held-out set, the 20 after heldout6 (heldout6 is spent) */
  readonly heldout7: Array<string>
}

export const draw = (): Draw => {
  const rows = readFaKes()
  const gold = new Set<string>()
  for (const f of ["seed-claims.jsonl", "fakes-dev-claims.jsonl"])
    for (const l of readFileSync(join(sharedDir, "gold", f), "utf8")
      .split("\n")
      .filter(Boolean))
      gold.add((JSON.parse(l) as { doc: string }).doc)
  const count = new Map<string, number>()
  for (const r of rows) count.set(r.unitId, (count.get(r.unitId) ?? 0) + 1)
  const eligible = rows.filter(
    (r) => count.get(r.unitId) === 1 && !gold.has(r.unitId) && r.content.length >= 400 && r.content.length <= 4000 && HARM_FIGURE.test(r.content)
  )
  const rand = prng(SEED)
  const byOutlet = new Map<string, Array<string>>()
  for (const r of eligible) byOutlet.set(r.source, [...(byOutlet.get(r.source) ?? []), r.unitId])
  const outlets = shuffle(rand, [...byOutlet.keys()].sort())
  const queues = outlets.map((o) => shuffle(rand, byOutlet.get(o)!))
  const order: Array<string> = []
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) order.push(q.shift()!)
  // later sets continue the same order past the articles already used, so earlier sets never change
  const at = [
    0,
    PER_SET,
    2 * PER_SET,
    2 * PER_SET + DEV3,
    3 * PER_SET + DEV3,
    4 * PER_SET + DEV3,
    5 * PER_SET + DEV3,
    6 * PER_SET + DEV3,
    7 * PER_SET + DEV3,
    8 * PER_SET + DEV3,
    9 * PER_SET + DEV3,
    10 * PER_SET + DEV3
  ]
  return {
    heldout: order.slice(at[0], at[1]),
    dev2: order.slice(at[1], at[2]),
    dev3: order.slice(at[2], at[3]),
    heldout2: order.slice(at[3], at[4]),
    dev4: order.slice(at[4], at[5]),
    heldout3: order.slice(at[5], at[6]),
    dev5: order.slice(at[6], at[7]),
    heldout4: order.slice(at[7], at[8]),
    heldout5: order.slice(at[8], at[9]),
    heldout6: order.slice(at[9], at[10]),
    heldout7: order.slice(at[10], at[11])
  }
}

if (process.argv[1]?.endsWith("select.ts")) {
  const { heldout, dev2, dev3, heldout2, dev4, heldout3, dev5, heldout4, heldout5, heldout6, heldout7 } = draw()
  const rows = new Map(readFaKes().map((r) => [r.unitId, r]))
  const textsAt = process.argv.indexOf("--texts")
  const dir = textsAt > 0 ? process.argv[textsAt + 1] : undefined
  const sets = [
    ["heldout", heldout],
    ["dev2", dev2],
    ["dev3", dev3],
    ["heldout2", heldout2],
    ["dev4", dev4],
    ["heldout3", heldout3],
    ["dev5", dev5],
    ["heldout4", heldout4],
    ["heldout5", heldout5],
    ["heldout6", heldout6],
    ["heldout7", heldout7]
  ] as const
  for (const [name, ids] of sets) {
    console.log(`${name}:`)
    for (const id of ids) {
      const r = rows.get(id)!
      console.log(`  ${id}  ${r.source.padEnd(14)} ${r.published.slice(0, 10)}  ${r.content.length} chars`)
      if (dir !== undefined) {
        mkdirSync(join(dir, name), { recursive: true })
        writeFileSync(join(dir, name, `${id}.txt`), `published ${r.published}\n${storedText(r.title, r.content)}`)
      }
    }
  }
}
