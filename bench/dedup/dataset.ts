/** The labelled dedup set: all of FA-KES as originals, then seeded copies of a sample of them,
 * plus the hard negatives (same place, same day, different report) that must stay apart. */
import { COPY_KINDS, type Copy, type CopyKind, type InputArticle, makeCopy, type SpinnerName } from "./copies.js"
import { type FaKesRow, readFaKes } from "./faKes.js"
import { prng, seedOf, shuffle } from "./random.js"
import { containment, NEAR_VERBATIM, nearVerbatimPairs, shingles } from "./shingles.js"
import { countTokens } from "./spinner.js"

export interface DedupSetOptions {
  readonly seed?: number
  /** how many FA-KES rows get copies (default 300) */
  readonly originals?: number
  /** shortest body to copy, in words (default 150): short items are headlines, not reports */
  readonly minWords?: number
  /** which spinner makes the spun copies (default `synonym`) */
  readonly spinner?: SpinnerName
  /** which half of the copyable FA-KES rows get copies: `dev` (tuned on), `heldout` (checked
   * on, never tuned on) or `all` (default). The halves are fixed by a hash of the row's url. */
  readonly part?: DedupPart
  /** the copies' random draw: 0 (default) is the benchmark's original draw */
  readonly draw?: number
}

export type DedupPart = "all" | "dev" | "heldout"

/** The half a FA-KES row belongs to, fixed once by its url: not by anything the detector sees. */
export const partOf = (url: string): "dev" | "heldout" => (seedOf("dedup-part", url) % 2 === 0 ? "dev" : "heldout")

export interface PairInfo {
  readonly a: string
  readonly b: string
  readonly containment: number
}

export interface DedupSet {
  readonly seed: number
  readonly spinner: SpinnerName
  readonly part: DedupPart
  readonly draw: number
  readonly minWords: number
  /** the NDJSON lines, in import ("first seen") order: FA-KES in file order, then copies */
  readonly articles: ReadonlyArray<InputArticle>
  readonly faKes: ReadonlyArray<FaKesRow>
  readonly faKesByUrl: ReadonlyMap<string, FaKesRow>
  /** FA-KES rows that met the sampling rule (long enough, no near-verbatim twin) */
  readonly eligible: number
  readonly sampled: ReadonlyArray<string>
  readonly copies: ReadonlyArray<Copy>
  readonly copyByUrl: ReadonlyMap<string, Copy>
  /** every FA-KES pair (any date or place) at >= NEAR_VERBATIM 5-gram containment */
  readonly faKesNearVerbatim: ReadonlyArray<PairInfo>
  /** distinct FA-KES rows with the same location and date, different unit_id and text */
  readonly hardNegatives: {
    readonly pairs: number
    /** of those, the near-verbatim ones: probably the same report from two outlets */
    readonly nearVerbatim: ReadonlyArray<PairInfo>
    /** the rest: these must not be merged */
    readonly evaluated: ReadonlyArray<readonly [string, string]>
  }
  /** all FA-KES pairs at or above a containment (for the bands in the report) */
  readonly faKesPairsAbove: (threshold: number) => ReadonlyArray<PairInfo>
  /** 5-gram containment between any two FA-KES rows, by url */
  readonly faKesContainment: (a: string, b: string) => number
}

const round3 = (x: number) => Math.round(x * 1000) / 1000

export const buildDedupSet = (options: DedupSetOptions = {}): DedupSet => {
  const seed = options.seed ?? 20_161_115
  const wanted = options.originals ?? 300
  const minWords = options.minWords ?? 150
  const spinner = options.spinner ?? "synonym"
  const part = options.part ?? "all"
  const draw = options.draw ?? 0
  const faKes = readFaKes()
  const faKesByUrl = new Map(faKes.map((r) => [r.url, r]))
  const outlets = [...new Set(faKes.map((r) => r.source))].sort()

  const sets = faKes.map((r) => shingles(r.content))
  const index = new Map(faKes.map((r, i) => [r.url, i]))
  const faKesContainment = (a: string, b: string): number => {
    const i = index.get(a)
    const j = index.get(b)
    return i === undefined || j === undefined ? 0 : containment(sets[i]!, sets[j]!)
  }
  const nearPairs = nearVerbatimPairs(sets, NEAR_VERBATIM)
  const faKesNearVerbatim = nearPairs.map((p) => ({
    a: faKes[p.a]!.url,
    b: faKes[p.b]!.url,
    containment: round3(p.containment)
  }))

  // Originals to copy: long enough to be a report, and with no near-verbatim twin in FA-KES,
  // so each copy has exactly one right answer (a copy merged into the twin would be right
  // too, but only if the detector also merged the twins).
  const twinned = new Set(nearPairs.flatMap((p) => [p.a, p.b]))
  const eligible = faKes.filter((r, i) => !twinned.has(i) && countTokens(r.content) >= minWords && (part === "all" || partOf(r.url) === part))
  // A half has about 260 rows: all of them are copied when fewer than `wanted`.
  if (eligible.length < wanted && part === "all") throw new Error(`only ${eligible.length} FA-KES rows can be copied, ${wanted} wanted`)
  const rand = prng(draw === 0 ? seed : seedOf(seed, "draw", draw))
  const sampled = shuffle(rand, eligible)
    .slice(0, wanted)
    .sort((a, b) => a.row - b.row)

  const copies: Array<Copy> = []
  for (const o of sampled) for (const kind of COPY_KINDS) copies.push(makeCopy(kind as CopyKind, o, outlets, { spinner, draw }))
  const shuffled = shuffle(rand, copies)

  // Hard negatives: same place, same day; pairs are counted once (i < j).
  const groups = new Map<string, Array<FaKesRow>>()
  for (const r of faKes) {
    const key = `${r.location}\u0000${r.date}`
    const g = groups.get(key)
    if (g === undefined) groups.set(key, [r])
    else g.push(r)
  }
  let pairs = 0
  const nearVerbatim: Array<PairInfo> = []
  const evaluated: Array<readonly [string, string]> = []
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i]!
        const b = g[j]!
        if (a.unitId === b.unitId || a.content === b.content) continue
        pairs++
        const c = faKesContainment(a.url, b.url)
        if (c >= NEAR_VERBATIM) nearVerbatim.push({ a: a.url, b: b.url, containment: round3(c) })
        else evaluated.push([a.url, b.url])
      }
    }
  }

  const toInput = (r: FaKesRow): InputArticle => ({
    url: r.url,
    title: r.title,
    text: r.content,
    source: r.source,
    published: r.published
  })
  // Copies go out without their labels: the file is exactly what a user would import.
  const articles: Array<InputArticle> = [
    ...faKes.map(toInput),
    ...shuffled.map(({ url, title, text, source, published }) => ({ url, title, text, source, published }))
  ]
  return {
    seed,
    spinner,
    part,
    draw,
    minWords,
    articles,
    faKes,
    faKesByUrl,
    eligible: eligible.length,
    sampled: sampled.map((r) => r.url),
    copies: shuffled,
    copyByUrl: new Map(shuffled.map((c) => [c.url, c])),
    faKesNearVerbatim,
    hardNegatives: { pairs, nearVerbatim, evaluated },
    faKesPairsAbove: (threshold) =>
      nearVerbatimPairs(sets, threshold).map((p) => ({ a: faKes[p.a]!.url, b: faKes[p.b]!.url, containment: round3(p.containment) })),
    faKesContainment
  }
}
