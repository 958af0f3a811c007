/**
 * Draws the FA-KES articles of the claims held-out and dev2 sets, reproducibly: a seeded
 * random draw stratified by outlet, from the articles neither shared gold file names.
 *
 *   npx tsx claims/select.ts            prints the draw
 *   npx tsx claims/select.ts --texts D  also writes each article's stored text to D/<set>/<unit_id>.txt
 *
 * Eligible: a unit_id that appears on one row only (repeated ids may carry two texts), not in
 * ../shared/gold, 400-4,000 characters of content (labelling time), and a figure of harm somewhere
 * (a number or number word within a few words of killed/wounded/injured/dead/died/casualties), so
 * the set tests claims rather than their absence. The order: outlets in a shuffled order, one
 * article from each in turn (shuffled within the outlet), round after round; the first 20 are
 * the held-out set, the next 20 dev2. The text is title + "\n" + content as the importer stores it.
 *
 * From heldout8 on, a candidate that copies a text already used (a seed, a shared gold article,
 * an article of an earlier set, or one already chosen for the set) is skipped, and the next
 * article of the same outlet takes its place (claims/copies.ts: half or more of either text's
 * word 5-grams occur in the other). Round 7 lost 4 of its 20 articles to such copies. The
 * round-robin itself is unchanged: an outlet with no article left drops out of the turn (heldout8
 * finds one jordantimes article left, so its 20th is trt's third).
 */
import { htmlToText, normaliseText, normaliseTitle } from "@crosscheck/core"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type FaKesRow, readFaKes, sharedDir } from "../dedup/faKes.js"
import { prng, shuffle } from "../dedup/random.js"
import { articleShingles, copies, shingles } from "./copies.js"

export const SEED = 20261129
const PER_SET = 20
/** a fresh look at unseen text after the held-out checkpoints: the next ten of the draw */
const DEV3 = 10

const HARM_FIGURE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|tens)\b(?:\s+\S+){0,4}?\s+(?:killed|wounded|injured|dead|died|casualties)\b/i

export const storedText = (title: string, content: string): string => `${normaliseTitle(htmlToText(title))}\n${normaliseText(content)}`

/** A set drawn past the plain slices, and the candidates it passed over as copies of a used text. */
export interface FreshSet {
  readonly name: string
  readonly picked: Array<string>
  readonly skipped: Array<{ readonly id: string; readonly copies: string; readonly of: string }>
}

/** The rounds that drew a fresh held-out set past the plain slices; the last is the current checkpoint. */
export const FRESH_ROUNDS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22] as const
/** The rounds drawn from the longer articles (4,000-8,000 characters) once the shorter ran out. */
export const LONG_ROUNDS = [23] as const
/** The rounds drawn from what is left of any length once the longer ran out too (fewer than 20 may be left). */
export const REMNANT_ROUNDS = [24] as const

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
  /** rounds 8 on: a fresh held-out set each, the next 20 past the set before it (which is spent),
   * none copying a text already used, with the candidates passed over as copies */
  readonly fresh: ReadonlyArray<FreshSet>
}

/** A set past the plain slices: the next `size` articles of the order, which is a round-robin over
 * the outlets (an outlet drops out when it has none left), except that an article copying a text
 * in `used` is passed over and its outlet's next article takes the turn. `used` grows with every
 * pick, so the set holds no two copies either. */
const drawFresh = (
  rest: ReadonlyArray<string>,
  outletOf: ReadonlyMap<string, string>,
  size: number,
  textOf: (id: string) => Set<string>,
  used: Map<string, { readonly set: string; readonly text: Set<string> }>,
  name: string,
  fewer = false
) => {
  const outlets = [...new Set(rest.map((id) => outletOf.get(id)!))]
  const queues = outlets.map((o) => rest.filter((id) => outletOf.get(id) === o))
  const picked: Array<string> = []
  const skipped: Array<{ id: string; copies: string; of: string }> = []
  while (picked.length < size && queues.some((q) => q.length > 0))
    for (const q of queues) {
      if (picked.length === size) break
      for (let id = q.shift(); id !== undefined; id = q.shift()) {
        const mine = textOf(id)
        const hit = [...used].find(([, u]) => copies(mine, u.text))
        if (hit === undefined) {
          picked.push(id)
          used.set(id, { set: name, text: mine })
          break
        }
        skipped.push({ id, copies: hit[0], of: hit[1].set })
      }
    }
  if (picked.length < size && !fewer) throw new Error(`${name}: only ${picked.length} articles left that copy no text already used`)
  return { picked, skipped }
}

/** The articles in a seeded round-robin over their outlets: the outlets shuffled, each outlet's
 * articles shuffled, then one from each in turn until all are taken. */
const roundRobin = (part: ReadonlyArray<FaKesRow>, seed: number): Array<string> => {
  const rand = prng(seed)
  const byOutlet = new Map<string, Array<string>>()
  for (const r of part) byOutlet.set(r.source, [...(byOutlet.get(r.source) ?? []), r.unitId])
  const queues = shuffle(rand, [...byOutlet.keys()].sort()).map((o) => shuffle(rand, byOutlet.get(o)!))
  const order: Array<string> = []
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) order.push(q.shift()!)
  return order
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
  const order = roundRobin(eligible, SEED)
  const outletOf = new Map(eligible.map((r) => [r.unitId, r.source]))
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
  const slices = {
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
  // every text already labelled: the seeds, the shared gold's articles (the first row of a
  // repeated unit_id, the text the importer keeps) and every set drawn before
  const firstRow = new Map<string, FaKesRow>()
  for (const r of rows) if (!firstRow.has(r.unitId)) firstRow.set(r.unitId, r)
  const textOf = (id: string) => {
    const r = firstRow.get(id)!
    return articleShingles(r.title, r.content)
  }
  const used = new Map<string, { readonly set: string; readonly text: Set<string> }>()
  const seeds = join(sharedDir, "seeds")
  for (const f of readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort())
    used.set(f.replace(/\.txt$/, ""), { set: "seeds", text: shingles(readFileSync(join(seeds, f), "utf8")) })
  for (const id of [...gold].sort()) if (firstRow.has(id)) used.set(id, { set: "fakes-dev", text: textOf(id) })
  for (const [name, ids] of Object.entries(slices)) for (const id of ids) used.set(id, { set: name, text: textOf(id) })
  // each round goes on where the one before stopped: past every article it picked or passed over
  const consumed = new Set<string>()
  const fresh: Array<FreshSet> = []
  const drawRound = (round: number, candidates: ReadonlyArray<string>, outlets: ReadonlyMap<string, string>): void => {
    const name = `heldout${round}`
    const set = drawFresh(candidates, outlets, PER_SET, textOf, used, name)
    for (const id of [...set.picked, ...set.skipped.map((k) => k.id)]) consumed.add(id)
    fresh.push({ name, ...set })
  }
  for (const round of FRESH_ROUNDS)
    drawRound(
      round,
      order.slice(at[11]).filter((id) => !consumed.has(id)),
      outletOf
    )
  // From round 23 the 400-4,000 character articles have run out (16 left that copy no text already
  // used): a round draws from the longer ones, 4,000-8,000 characters, in their own seeded
  // round-robin, past every text used before, so every earlier set stays as it was drawn
  const long = rows.filter(
    (r) => count.get(r.unitId) === 1 && !gold.has(r.unitId) && r.content.length > 4000 && r.content.length <= 8000 && HARM_FIGURE.test(r.content)
  )
  const longOrder = roundRobin(long, SEED + 23)
  const longOutletOf = new Map(long.map((r) => [r.unitId, r.source]))
  // (and past every article whose extractor output or page was printed while rules were written:
  // the whole-corpus comparisons of earlier rounds printed lines of 366 articles)
  const seen = new Set(
    readFileSync(new URL("./seen-before-round23.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l !== "" && !l.startsWith("#"))
  )
  for (const round of LONG_ROUNDS)
    drawRound(
      round,
      longOrder.filter((id) => !consumed.has(id) && !seen.has(id)),
      longOutletOf
    )
  // From round 24 the longer articles have run out as well: a round takes every article left that
  // gives a figure of harm, whatever its length, and tops up to 20 with articles that give none
  // (400-4,000 characters: what the extractor must not read a figure or an event into), each part in
  // its own seeded round-robin, past every text used and every article seen
  // (a unit_id on several rows is read, as the importer and the eval read it, from its first row)
  const left = rows.filter((r) => firstRow.get(r.unitId) === r && !gold.has(r.unitId) && !used.has(r.unitId) && !consumed.has(r.unitId) && !seen.has(r.unitId))
  const leftOutletOf = new Map(left.map((r) => [r.unitId, r.source]))
  const harmed = roundRobin(
    left.filter((r) => HARM_FIGURE.test(r.content)),
    SEED + 24
  )
  const unharmed = roundRobin(
    left.filter((r) => !HARM_FIGURE.test(r.content) && r.content.length >= 400 && r.content.length <= 4000),
    SEED + 2400
  )
  for (const round of REMNANT_ROUNDS) {
    const name = `heldout${round}`
    const withHarm = drawFresh(
      harmed.filter((id) => !consumed.has(id)),
      leftOutletOf,
      PER_SET,
      textOf,
      used,
      name,
      true
    )
    const without = drawFresh(
      unharmed.filter((id) => !consumed.has(id)),
      leftOutletOf,
      PER_SET - withHarm.picked.length,
      textOf,
      used,
      name
    )
    const set = { picked: [...withHarm.picked, ...without.picked], skipped: [...withHarm.skipped, ...without.skipped] }
    for (const id of [...set.picked, ...set.skipped.map((k) => k.id)]) consumed.add(id)
    fresh.push({ name, ...set })
  }
  return { ...slices, fresh }
}

if (process.argv[1]?.endsWith("select.ts")) {
  const { fresh, ...slices } = draw()
  const rows = new Map(readFaKes().map((r) => [r.unitId, r]))
  const textsAt = process.argv.indexOf("--texts")
  const dir = textsAt > 0 ? process.argv[textsAt + 1] : undefined
  const sets: Array<readonly [string, ReadonlyArray<string>]> = [...Object.entries(slices), ...fresh.map((f) => [f.name, f.picked] as const)]
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
  for (const { name, skipped } of fresh) {
    console.log(`${name} passed over as copies of a text already used:`)
    for (const k of skipped) {
      const r = rows.get(k.id)!
      console.log(`  ${k.id}  ${r.source.padEnd(14)} ${r.published.slice(0, 10)}  copies ${k.copies} (${k.of})`)
    }
  }
}
