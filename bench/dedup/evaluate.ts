/**
 * Dedup quality of the real `crosscheck` binary: builds the labelled set (dataset.ts), imports
 * it into a fresh database with `crosscheck import`, reads `crosscheck export articles` back and
 * scores the `duplicateOf` links: recall per copy kind, merge precision, false merges on hard
 * negatives, and what it did with FA-KES's own unlabelled copies. Only what a user gets counts:
 * nothing here calls the detector directly. `npm run bench:dedup` writes bench/results/dedup.json.
 */
import { execFile } from "node:child_process"
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { COPY_KINDS, type CopyKind, SPIN_RATES, SPINNERS, type SpinnerName } from "./copies.js"
import { buildDedupSet, type DedupPart, type DedupSetOptions, type PairInfo } from "./dataset.js"
import { repoRoot } from "./faKes.js"
import { NEAR_VERBATIM } from "./shingles.js"

const run = promisify(execFile)

export interface EvaluateOptions extends DedupSetOptions {
  /** the crosscheck entry point: a .js file (run with this node) or an executable */
  readonly cli: string
  /** where the set and the database go; the database is recreated on every run */
  readonly workDir: string
}

export interface KindRecall {
  readonly copies: number
  /** merged into the cluster of their labelled original */
  readonly correct: number
  /** of those, linked straight to the original itself */
  readonly direct: number
  /** merged, but into some other cluster */
  readonly mergedElsewhere: number
  /** of those, onto another copy of the same original that was itself not recognised: the
   * chain a first-seen rule must avoid */
  readonly ontoMissedCopy: number
  readonly notMerged: number
  /** correct / copies */
  readonly recall: number | null
}

export interface MergeExample {
  readonly url: string
  readonly mergedInto: string
  /** the labelled original for a copy; null for a FA-KES row */
  readonly expected: string | null
  /** 5-gram containment when both are FA-KES rows */
  readonly containment?: number
}

export interface NaturalCopyExample {
  readonly containment: number
  readonly a: { readonly url: string; readonly source: string; readonly title: string; readonly start: string }
  readonly b: { readonly url: string; readonly source: string; readonly title: string; readonly start: string }
}

export interface DedupQuality {
  readonly benchmark: string
  readonly date: string
  readonly node: string
  readonly seed: number
  readonly spinner: SpinnerName
  /** which half of the copyable FA-KES rows was copied, and which random draw of copies */
  readonly part: DedupPart
  readonly draw: number
  readonly dataset: {
    readonly articles: number
    readonly inputMiB: number
    readonly faKesRows: number
    readonly eligibleOriginals: number
    readonly minWords: number
    readonly copiedOriginals: number
    readonly copies: Readonly<Record<CopyKind, number>> & { readonly total: number }
    readonly faKesNearVerbatimPairs: number
    readonly faKesRowsWithEarlierTwin: number
    /** all FA-KES pairs with 5-gram containment >= 0.2, by band: how sharp the near-verbatim line is */
    readonly faKesPairsByContainment: ContainmentBands
    readonly nearVerbatimRule: string
  }
  readonly import: {
    readonly seconds: number
    readonly summary: Record<string, number>
    readonly exported: number
    /** duplicateOf values naming no exported article */
    readonly danglingLinks: number
  }
  readonly recall: Readonly<Record<CopyKind | "all", KindRecall>>
  readonly precision: {
    readonly merges: number
    readonly correct: number
    readonly incorrect: number
    readonly precision: number | null
    readonly copiesMerged: { readonly correct: number; readonly incorrect: number }
    readonly faKesMerged: { readonly correct: number; readonly incorrect: number }
    readonly incorrectExamples: ReadonlyArray<MergeExample>
  }
  readonly hardNegatives: {
    readonly pairs: number
    readonly nearVerbatimExcluded: number
    readonly evaluated: number
    readonly falseMerges: number
    readonly falseMergeRate: number | null
    readonly falseMergeExamples: ReadonlyArray<PairInfo>
    readonly falseMergeContainment: ContainmentBands
    /** same place and day, near-verbatim text: probably one report from two outlets */
    readonly nearVerbatim: ReadonlyArray<PairInfo & { readonly merged: boolean }>
  }
  readonly faKesNaturalCopies: {
    /** FA-KES rows whose duplicateOf is another FA-KES row */
    readonly rowsMerged: number
    readonly nearVerbatim: number
    readonly notNearVerbatim: number
    readonly containment: ContainmentBands
    /** rows with an earlier near-verbatim row: what a detector agreeing with the rule would merge */
    readonly expected: number
    readonly expectedMerged: number
    /** up to 10 merges the detector made, for a person to judge */
    readonly examples: ReadonlyArray<NaturalCopyExample>
    /** up to 10 near-verbatim pairs by the 5-gram rule, merged or not, to judge the rule */
    readonly ruleExamples: ReadonlyArray<NaturalCopyExample>
  }
  readonly spinRates: Readonly<
    Record<
      keyof typeof SPIN_RATES,
      { readonly nominal: number; readonly meanAchieved: number; readonly min: number; readonly max: number; readonly capped: number }
    >
  >
  readonly seconds: number
}

interface Exported {
  readonly id: string
  readonly url: string
  readonly title: string
  readonly source: string
  readonly duplicateOf: string | null
}

/** Containment bands, to see whether merges the near-verbatim rule calls wrong are near misses
 * (lightly edited rewrites of one wire report) or different stories. */
export type ContainmentBands = Readonly<Record<"<0.2" | "0.2-0.4" | "0.4-0.6" | "0.6-0.8" | ">=0.8", number>>
const bands = (values: ReadonlyArray<number>): ContainmentBands => {
  const out = { "<0.2": 0, "0.2-0.4": 0, "0.4-0.6": 0, "0.6-0.8": 0, ">=0.8": 0 }
  for (const v of values) {
    if (v >= 0.8) out[">=0.8"]++
    else if (v >= 0.6) out["0.6-0.8"]++
    else if (v >= 0.4) out["0.4-0.6"]++
    else if (v >= 0.2) out["0.2-0.4"]++
    else out["<0.2"]++
  }
  return out
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000)
const round3 = (x: number) => Math.round(x * 1000) / 1000

const cliCommand = (cli: string, args: ReadonlyArray<string>): [string, Array<string>] =>
  /\.[cm]?js$/.test(cli) ? [process.execPath, [cli, ...args]] : [cli, [...args]]

const runCli = async (cli: string, args: ReadonlyArray<string>): Promise<string> => {
  const [file, argv] = cliCommand(cli, args)
  try {
    const { stdout } = await run(file, argv, { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 })
    return stdout
  } catch (e) {
    const err = e as { stderr?: string; message: string }
    throw new Error(`crosscheck ${args.join(" ")} failed: ${err.stderr?.trim() || err.message}`)
  }
}

export async function evaluateDedup(options: EvaluateOptions): Promise<DedupQuality> {
  const started = Date.now()
  const set = buildDedupSet(options)
  mkdirSync(options.workDir, { recursive: true })
  const input = join(options.workDir, "dedup-set.ndjson")
  writeFileSync(input, set.articles.map((a) => JSON.stringify(a)).join("\n") + "\n")
  const db = join(options.workDir, "dedup.db")
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })

  const importStarted = Date.now()
  const importOut = await runCli(options.cli, ["--db", db, "import", input, "--json"])
  const importSeconds = (Date.now() - importStarted) / 1000
  const summary = JSON.parse(importOut.trim().split("\n").at(-1)!) as Record<string, number>
  if (summary.new !== set.articles.length || summary.errors !== 0) {
    throw new Error(`expected ${set.articles.length} new articles and no errors, import said ${importOut.trim()}`)
  }
  const exported: Array<Exported> = (await runCli(options.cli, ["--db", db, "export", "articles"]))
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Exported)

  // --- clusters: follow duplicateOf to the root -------------------------------------------
  const byId = new Map(exported.map((a) => [a.id, a]))
  const idOf = new Map(exported.map((a) => [a.url, a.id]))
  for (const a of set.articles) if (!idOf.has(a.url)) throw new Error(`${a.url} was imported but not exported`)
  let danglingLinks = 0
  for (const a of exported) if (a.duplicateOf !== null && !byId.has(a.duplicateOf)) danglingLinks++
  const roots = new Map<string, string>()
  const rootOf = (id: string): string => {
    const known = roots.get(id)
    if (known !== undefined) return known
    // Guarded against cycles, which a first-seen detector cannot make but a buggy one might.
    const seen = new Set<string>()
    let at = id
    for (let next = byId.get(at)?.duplicateOf; next != null && !seen.has(next); next = byId.get(at)?.duplicateOf) {
      seen.add(at)
      at = next
    }
    roots.set(id, at)
    return at
  }
  const rootOfUrl = (url: string) => rootOf(idOf.get(url)!)
  const urlOf = (id: string) => byId.get(id)?.url ?? `(unknown id ${id})`

  // --- recall per kind ----------------------------------------------------------------------
  const tallies = new Map<CopyKind | "all", { copies: number; correct: number; direct: number; elsewhere: number; onto: number; none: number }>()
  for (const k of [...COPY_KINDS, "all"] as const) tallies.set(k, { copies: 0, correct: 0, direct: 0, elsewhere: 0, onto: 0, none: 0 })
  for (const c of set.copies) {
    const article = byId.get(idOf.get(c.url)!)!
    for (const t of [tallies.get(c.kind)!, tallies.get("all")!]) {
      t.copies++
      if (article.duplicateOf === null) t.none++
      else if (rootOf(article.id) === rootOfUrl(c.original)) {
        t.correct++
        if (article.duplicateOf === idOf.get(c.original)) t.direct++
      } else {
        t.elsewhere++
        const root = set.copyByUrl.get(urlOf(rootOf(article.id)))
        if (root !== undefined && root.original === c.original) t.onto++
      }
    }
  }
  const recall = Object.fromEntries(
    [...tallies].map(([k, t]) => [
      k,
      {
        copies: t.copies,
        correct: t.correct,
        direct: t.direct,
        mergedElsewhere: t.elsewhere,
        ontoMissedCopy: t.onto,
        notMerged: t.none,
        recall: ratio(t.correct, t.copies)
      }
    ])
  ) as Record<CopyKind | "all", KindRecall>

  // --- merge precision ------------------------------------------------------------------------
  const copyMerges = { correct: 0, incorrect: 0 }
  const faKesMerges = { correct: 0, incorrect: 0 }
  const incorrectExamples: Array<MergeExample> = []
  const naturalMerges: Array<{ a: string; b: string; containment: number }> = []
  for (const a of exported) {
    if (a.duplicateOf === null) continue
    const copy = set.copyByUrl.get(a.url)
    const into = urlOf(a.duplicateOf)
    if (copy !== undefined) {
      if (rootOf(a.id) === rootOfUrl(copy.original)) copyMerges.correct++
      else {
        copyMerges.incorrect++
        if (incorrectExamples.length < 10) incorrectExamples.push({ url: a.url, mergedInto: into, expected: copy.original })
      }
    } else {
      // A FA-KES row: right only if the row it was merged into is near-verbatim with it.
      const c = set.faKesByUrl.has(into) ? set.faKesContainment(a.url, into) : 0
      if (set.faKesByUrl.has(into)) naturalMerges.push({ a: into, b: a.url, containment: round3(c) })
      if (c >= NEAR_VERBATIM) faKesMerges.correct++
      else {
        faKesMerges.incorrect++
        if (incorrectExamples.length < 10) incorrectExamples.push({ url: a.url, mergedInto: into, expected: null, containment: round3(c) })
      }
    }
  }
  const correct = copyMerges.correct + faKesMerges.correct
  const incorrect = copyMerges.incorrect + faKesMerges.incorrect

  // --- hard negatives -------------------------------------------------------------------------
  const falsePairs = set.hardNegatives.evaluated.filter(([a, b]) => rootOfUrl(a) === rootOfUrl(b))

  // --- FA-KES natural copies ----------------------------------------------------------------
  const rowOf = (url: string) => set.faKesByUrl.get(url)!
  const side = (url: string) => {
    const r = rowOf(url)
    return { url, source: r.source, title: r.title, start: r.content.slice(0, 200) }
  }
  const example = (p: { a: string; b: string; containment: number }): NaturalCopyExample => ({
    containment: p.containment,
    a: side(p.a),
    b: side(p.b)
  })
  // The later row of each near-verbatim pair is the one a first-seen detector would mark.
  const laterTwins = new Set(set.faKesNearVerbatim.map((p) => (rowOf(p.a).row > rowOf(p.b).row ? p.a : p.b)))
  const expectedMerged = [...laterTwins].filter((u) => byId.get(idOf.get(u)!)!.duplicateOf !== null).length
  const naturalNear = naturalMerges.filter((m) => m.containment >= NEAR_VERBATIM).length

  const spinRates = Object.fromEntries(
    (Object.keys(SPIN_RATES) as Array<keyof typeof SPIN_RATES>).map((kind) => {
      const rates = set.copies.filter((c) => c.kind === kind).map((c) => c.spin!)
      const achieved = rates.map((r) => r.achieved)
      return [
        kind,
        {
          nominal: SPIN_RATES[kind],
          meanAchieved: round3(achieved.reduce((s, x) => s + x, 0) / Math.max(1, achieved.length)),
          min: round3(Math.min(...achieved)),
          max: round3(Math.max(...achieved)),
          // fewer replaceable words than the nominal rate asked for
          capped: rates.filter((r) => r.replaced < Math.round(r.nominal * r.tokens)).length
        }
      ]
    })
  ) as DedupQuality["spinRates"]

  const copyCounts = Object.fromEntries(COPY_KINDS.map((k) => [k, set.copies.filter((c) => c.kind === k).length]))
  return {
    benchmark: "crosscheck near-duplicate detection: FA-KES originals plus seeded exact, wire and spun copies, scored from import/export",
    date: new Date().toISOString(),
    node: process.version,
    seed: set.seed,
    spinner: set.spinner,
    part: set.part,
    draw: set.draw,
    dataset: {
      articles: set.articles.length,
      inputMiB: +(statSync(input).size / 1024 / 1024).toFixed(1),
      faKesRows: set.faKes.length,
      eligibleOriginals: set.eligible,
      minWords: set.minWords,
      copiedOriginals: set.sampled.length,
      copies: { ...(copyCounts as Record<CopyKind, number>), total: set.copies.length },
      faKesNearVerbatimPairs: set.faKesNearVerbatim.length,
      faKesRowsWithEarlierTwin: laterTwins.size,
      faKesPairsByContainment: bands(set.faKesPairsAbove(0.2).map((p) => p.containment)),
      nearVerbatimRule: `word ${5}-gram containment |A∩B|/min(|A|,|B|) >= ${NEAR_VERBATIM}`
    },
    import: { seconds: +importSeconds.toFixed(2), summary, exported: exported.length, danglingLinks },
    recall,
    precision: {
      merges: correct + incorrect,
      correct,
      incorrect,
      precision: ratio(correct, correct + incorrect),
      copiesMerged: copyMerges,
      faKesMerged: faKesMerges,
      incorrectExamples
    },
    hardNegatives: {
      pairs: set.hardNegatives.pairs,
      nearVerbatimExcluded: set.hardNegatives.nearVerbatim.length,
      evaluated: set.hardNegatives.evaluated.length,
      falseMerges: falsePairs.length,
      falseMergeRate: ratio(falsePairs.length, set.hardNegatives.evaluated.length),
      falseMergeContainment: bands(falsePairs.map(([a, b]) => set.faKesContainment(a, b))),
      falseMergeExamples: falsePairs.slice(0, 10).map(([a, b]) => ({ a, b, containment: round3(set.faKesContainment(a, b)) })),
      nearVerbatim: set.hardNegatives.nearVerbatim.map((p) => ({ ...p, merged: rootOfUrl(p.a) === rootOfUrl(p.b) }))
    },
    faKesNaturalCopies: {
      rowsMerged: naturalMerges.length,
      nearVerbatim: naturalNear,
      notNearVerbatim: naturalMerges.length - naturalNear,
      containment: bands(naturalMerges.map((m) => m.containment)),
      expected: laterTwins.size,
      expectedMerged,
      examples: naturalMerges.slice(0, 10).map(example),
      ruleExamples: set.faKesNearVerbatim.slice(0, 10).map(example)
    },
    spinRates,
    seconds: +((Date.now() - started) / 1000).toFixed(2)
  }
}

/** The human-readable table. */
export const formatSummary = (q: DedupQuality): string => {
  const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`)
  const lines: Array<string> = []
  const d = q.dataset
  lines.push(
    `dedup set: ${d.articles} articles (${d.faKesRows} FA-KES rows + ${d.copies.total} copies of ${d.copiedOriginals} originals), ${d.inputMiB} MiB; ` +
      `import ${q.import.seconds}s, whole run ${q.seconds}s`
  )
  lines.push("")
  lines.push("kind     copies  correct  direct  elsewhere  unmerged  recall   spin achieved")
  for (const k of [...COPY_KINDS, "all"] as const) {
    const r = q.recall[k]
    const spinStat = k in q.spinRates ? q.spinRates[k as keyof typeof SPIN_RATES] : undefined
    lines.push(
      `${k.padEnd(8)} ${String(r.copies).padStart(6)} ${String(r.correct).padStart(8)} ${String(r.direct).padStart(7)} ` +
        `${String(r.mergedElsewhere).padStart(10)} ${String(r.notMerged).padStart(9)}  ${pct(r.recall).padStart(6)}` +
        (spinStat === undefined ? "" : `   ${pct(spinStat.meanAchieved)} (${pct(spinStat.min)}-${pct(spinStat.max)}, ${spinStat.capped} capped)`)
    )
  }
  const p = q.precision
  lines.push("")
  lines.push(
    `merge precision: ${pct(p.precision)} (${p.correct} correct, ${p.incorrect} incorrect of ${p.merges} merges; ` +
      `copies ${p.copiesMerged.correct}/${p.copiesMerged.correct + p.copiesMerged.incorrect}, FA-KES rows ${p.faKesMerged.correct}/${p.faKesMerged.correct + p.faKesMerged.incorrect})`
  )
  const h = q.hardNegatives
  lines.push(
    `hard negatives (same place and day): ${h.pairs} pairs, ${h.nearVerbatimExcluded} near-verbatim excluded; ` +
      `false merges ${h.falseMerges}/${h.evaluated} = ${pct(h.falseMergeRate)}`
  )
  const n = q.faKesNaturalCopies
  lines.push(
    `FA-KES natural copies: ${n.rowsMerged} rows merged into another row (${n.nearVerbatim} near-verbatim, ${n.notNearVerbatim} not); ` +
      `${n.expectedMerged}/${n.expected} rows with an earlier near-verbatim twin merged`
  )
  const band = (b: ContainmentBands) =>
    Object.entries(b)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")
  if (n.rowsMerged > 0) lines.push(`  5-gram containment of those merges: ${band(n.containment)}`)
  if (h.falseMerges > 0) lines.push(`  5-gram containment of the false merges: ${band(h.falseMergeContainment)}`)
  lines.push(`  all FA-KES pairs by containment: ${band(d.faKesPairsByContainment)}`)
  if (q.import.danglingLinks > 0) lines.push(`WARNING: ${q.import.danglingLinks} duplicateOf links name no exported article`)
  return lines.join("\n")
}

/** One line per run: recall per kind, precision and false merges, for the tables in reports. */
export const formatTable = (runs: ReadonlyArray<DedupQuality>): string => {
  const pct = (x: number | null) => (x === null ? "n/a" : (x * 100).toFixed(1))
  const lines = ["spinner  part     draw  spun20  spun35  spun50    wire   exact  chained  precision  false merges"]
  for (const q of runs) {
    lines.push(
      `${q.spinner.padEnd(8)} ${q.part.padEnd(8)} ${String(q.draw).padStart(4)} ` +
        (["spun20", "spun35", "spun50", "wire", "exact"] as const).map((k) => pct(q.recall[k].recall).padStart(7)).join(" ") +
        ` ${String(q.recall.all.ontoMissedCopy).padStart(8)} ${pct(q.precision.precision).padStart(10)}` +
        `  ${q.hardNegatives.falseMerges}/${q.hardNegatives.evaluated}`
    )
  }
  return lines.join("\n")
}

/** The runs `npm run bench:dedup` makes: both spinners on the half of FA-KES the detector is
 * tuned on (draw 0), and on the held-out half with other draws of copies. Draw 1 has been
 * looked at while the detector was built; draw 2 is a fresh check. */
export const STANDARD_RUNS: ReadonlyArray<{ readonly spinner: SpinnerName; readonly part: DedupPart; readonly draw: number }> = SPINNERS.flatMap((spinner) => [
  { spinner, part: "dev" as const, draw: 0 },
  { spinner, part: "heldout" as const, draw: 1 },
  { spinner, part: "heldout" as const, draw: 2 }
])

const here = dirname(fileURLToPath(import.meta.url))
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--only phrase:dev:0` runs one of the standard runs and writes nothing: for iterating.
  const only = process.argv.indexOf("--only")
  const selected = only < 0 ? STANDARD_RUNS : STANDARD_RUNS.filter((r) => `${r.spinner}:${r.part}:${r.draw}` === process.argv[only + 1])
  if (selected.length === 0) throw new Error(`no standard run ${process.argv[only + 1]}`)
  const runs: Array<DedupQuality> = []
  for (const r of selected) {
    const quality = await evaluateDedup({
      ...r,
      // a half of FA-KES has fewer copyable rows than this: all of them are copied
      originals: 300,
      cli: join(repoRoot, "packages", "cli", "bin", "crosscheck.js"),
      workDir: join(here, "..", ".work")
    })
    console.log(`\n=== ${r.spinner} spinner, ${r.part} half, draw ${r.draw}`)
    console.log(formatSummary(quality))
    runs.push(quality)
  }
  console.log(`\n${formatTable(runs)}`)
  if (only < 0) {
    mkdirSync(join(here, "..", "results"), { recursive: true })
    const out = { benchmark: runs[0]!.benchmark, date: new Date().toISOString(), node: process.version, table: formatTable(runs).split("\n"), runs }
    writeFileSync(join(here, "..", "results", "dedup.json"), `${JSON.stringify(out, null, 2)}\n`)
    console.log("wrote bench/results/dedup.json")
  }
}
