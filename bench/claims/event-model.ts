/**
 * A statistical reader of event sentences, measured before it is used: every sentence of the
 * FA-KES development sets' articles, labelled "tells an event" when a gold event line's quote
 * overlaps it (the scorer's rule), read by a logistic regression over its words and word pairs
 * (a side the rules recognise stands as one token, figures as one). Leave-one-set-out: each set
 * is read by a model trained on the others, so the figures are on text the model never saw.
 *
 *   npx tsx claims/event-model.ts           cross-validated figures by threshold, written to
 *                                           bench/results/event-model.json
 *   npx tsx claims/event-model.ts --write F the model trained on every dev set, as a TS module
 *
 * The set that tells most is the one the rules were never fitted to (dev11h: round 11's
 * checkpoint, scored once, no rule changed since): what the model would add there is what it
 * would add on new text.
 */
import { extractClaims, normaliseText } from "@crosscheck/core"
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { readFaKes, sharedDir } from "../dedup/faKes.js"
import { mayAdmit, mayDeny, mayTellEvent, sidesIn } from "../../packages/core/src/claims/events.js"
import { segmentArticle } from "../../packages/core/src/claims/segment.js"

const here = dirname(fileURLToPath(import.meta.url))

/**
 * The words a statistical reader of event sentences sees: each word lower-cased, a figure as
 * "#", a side the rules recognise ("Russian warplanes", "the regime", "Daesh") as one token
 * "§side", and every pair of neighbouring tokens. Names of sides and places stay out of it, so
 * what it learns is how reports, accusations and admissions are worded, not who was in the news.
 */
const eventFeatures = (sentence: string): Array<string> => {
  const tokens: Array<string> = []
  let at = 0
  const words = (s: string) => {
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w !== "") tokens.push(/^\p{N}/u.test(w) ? "#" : w)
  }
  for (const side of sidesIn(sentence)) {
    if (side.at < at) continue
    words(sentence.slice(at, side.at))
    tokens.push("§side")
    at = side.end
  }
  words(sentence.slice(at))
  const out = new Set<string>()
  if (mayTellEvent(sentence)) out.add("§tells")
  if (mayDeny(sentence)) out.add("§denies")
  if (mayAdmit(sentence)) out.add("§admits")
  for (let i = 0; i < tokens.length; i++) {
    out.add(tokens[i]!)
    if (i > 0) out.add(`${tokens[i - 1]} ${tokens[i]}`)
  }
  return [...out]
}

/** the development sets: every labelled FA-KES set except the current checkpoint */
const sets: Record<string, string> = {
  fakesDev: join(sharedDir, "gold", "fakes-dev-claims.jsonl"),
  dev1h: join(here, "heldout-claims.jsonl"),
  dev2: join(here, "dev2-claims.jsonl"),
  dev3: join(here, "dev3-claims.jsonl"),
  dev4: join(here, "dev4-claims.jsonl"),
  dev5: join(here, "dev5-claims.jsonl")
}
for (let r = 2; r <= 11; r++) sets[`dev${r}h`] = join(here, `heldout${r}-claims.jsonl`)

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
const overlaps = (gold: string, pred: string): boolean => {
  const g = norm(gold)
  const p = norm(pred)
  if (!g || !p) return false
  if (p.includes(g) || g.includes(p)) return true
  const pw = new Set(p.split(" "))
  const gw = g.split(" ")
  return gw.filter((w) => pw.has(w)).length / gw.length >= 0.6
}

interface Line {
  readonly doc: string
  readonly kind: string
  readonly quote: string
  readonly polarity?: string
}
interface Example {
  readonly set: string
  readonly doc: string
  readonly text: string
  readonly features: ReadonlyArray<string>
  /** a gold event line overlaps it */
  readonly event: boolean
  /** the rules emit an event for it */
  readonly rules: boolean
  /** gold event lines it covers (to count recall by line, as the scorer does) */
  readonly lines: number
}

const rows = new Map<string, { title: string; content: string; published: string; source: string }>()
for (const r of readFaKes()) if (!rows.has(r.unitId)) rows.set(r.unitId, r)

const examples: Array<Example> = []
const goldLines: Record<string, number> = {}
const seenDocs = new Set<string>()
for (const [set, file] of Object.entries(sets)) {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line)
  const events = lines.filter((l) => l.kind === "event")
  goldLines[set] = events.length
  for (const doc of [...new Set(lines.map((l) => l.doc))]) {
    // a document labelled in two sets counts once, in the first
    if (seenDocs.has(doc)) continue
    seenDocs.add(doc)
    const r = rows.get(doc)
    if (r === undefined) continue
    const title = normaliseText(r.title)
    const body = normaliseText(r.content)
    const predicted = extractClaims({ title, body, published: Date.parse(r.published), outlet: r.source }).filter((c) => c.kind === "event")
    const mine = events.filter((e) => e.doc === doc)
    for (const s of segmentArticle(title, body)) {
      if (s.role !== "body" && s.role !== "title") continue
      const covered = mine.filter((e) => overlaps(e.quote, s.text)).length
      examples.push({
        set,
        doc,
        text: s.text,
        features: eventFeatures(s.text),
        event: covered > 0,
        rules: predicted.some((p) => overlaps(p.quote, s.text)),
        lines: covered
      })
    }
  }
}

/** logistic regression by AdaGrad over sparse binary features, L2, positives weighted */
const train = (data: ReadonlyArray<Example>, epochs = 12, l2 = 1e-4, rate = 0.3) => {
  const w = new Map<string, number>()
  const g2 = new Map<string, number>()
  let bias = 0
  let bias2 = 0
  const pos = data.filter((e) => e.event).length
  const weightPos = (data.length - pos) / Math.max(1, pos) / 2
  // a fixed order per epoch (same input, same model)
  const order = data.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + epoch * 104729) % (k + 1)
      ;[order[k], order[j]] = [order[j]!, order[k]!]
    }
    for (const i of order) {
      const e = data[i]!
      let z = bias
      for (const f of e.features) z += w.get(f) ?? 0
      const p = 1 / (1 + Math.exp(-z))
      const y = e.event ? 1 : 0
      const g = (p - y) * (e.event ? weightPos : 1)
      bias2 += g * g
      bias -= (rate * g) / Math.sqrt(bias2 + 1e-8)
      for (const f of e.features) {
        const wf = w.get(f) ?? 0
        const gf = g + l2 * wf
        const acc = (g2.get(f) ?? 0) + gf * gf
        g2.set(f, acc)
        w.set(f, wf - (rate * gf) / Math.sqrt(acc + 1e-8))
      }
    }
  }
  return { w, bias }
}
type Model = ReturnType<typeof train>
const prob = (m: Model, features: ReadonlyArray<string>) => {
  let z = m.bias
  for (const f of features) z += m.w.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

const writeAt = process.argv.indexOf("--write")
if (writeAt > 0) {
  const m = train(examples)
  const kept = [...m.w].filter(([, v]) => Math.abs(v) >= 0.05).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const out = process.argv[writeAt + 1]!
  writeFileSync(
    out,
    `// Generated by bench/claims/event-model.ts --write from the FA-KES development sets (${examples.length} sentences, ${examples.filter((e) => e.event).length} telling an event); do not edit by hand.\n` +
      `export const EVENT_MODEL_BIAS = ${m.bias.toFixed(4)}\n` +
      `export const EVENT_MODEL: ReadonlyArray<readonly [string, number]> = ${JSON.stringify(kept.map(([f, v]) => [f, +v.toFixed(3)]))}\n`
  )
  console.log(`wrote ${out}: ${kept.length} features of ${m.w.size}`)
  process.exit(0)
}

// leave one set out
const scored: Array<{ e: Example; p: number }> = []
for (const set of Object.keys(sets)) {
  const m = train(examples.filter((e) => e.set !== set))
  for (const e of examples.filter((x) => x.set === set)) scored.push({ e, p: prob(m, e.features) })
}
const totalLines = Object.values(goldLines).reduce((a, b) => a + b, 0)
const ruleHits = scored.filter(({ e }) => e.rules)
const ruleLines = ruleHits.reduce((a, { e }) => a + e.lines, 0)
console.log(
  `${examples.length} sentences, ${examples.filter((e) => e.event).length} telling an event (${totalLines} gold event lines); rules alone: ${ruleHits.length} sentences, ${ruleHits.filter(({ e }) => e.event).length} of them events, ${ruleLines} lines covered`
)
console.log("threshold  model: sentences events lines | rules + model: added sentences, added events, added lines")
const report: Record<string, unknown> = {
  benchmark:
    "event sentences read by a logistic regression over words and word pairs, leave-one-set-out over the FA-KES dev sets (bench/claims/event-model.ts)",
  date: new Date().toISOString(),
  sentences: examples.length,
  eventSentences: examples.filter((e) => e.event).length,
  goldEventLines: totalLines,
  rulesSentences: ruleHits.length,
  rulesLinesCovered: ruleLines,
  byThreshold: [] as Array<unknown>
}
for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
  const fire = scored.filter(({ p }) => p >= t)
  const added = scored.filter(({ e, p }) => p >= t && !e.rules)
  ;(report.byThreshold as Array<unknown>).push({
    threshold: t,
    modelSentences: fire.length,
    modelEventSentences: fire.filter(({ e }) => e.event).length,
    modelLines: fire.reduce((a, { e }) => a + e.lines, 0),
    addedToRulesSentences: added.length,
    addedToRulesEventSentences: added.filter(({ e }) => e.event).length,
    addedToRulesLines: added.reduce((a, { e }) => a + e.lines, 0)
  })
  console.log(
    `${t.toFixed(2)}       ${String(fire.length).padStart(5)} ${String(fire.filter(({ e }) => e.event).length).padStart(6)} ${String(fire.reduce((a, { e }) => a + e.lines, 0)).padStart(5)} | ${String(added.length).padStart(5)} ${String(added.filter(({ e }) => e.event).length).padStart(5)} ${String(added.reduce((a, { e }) => a + e.lines, 0)).padStart(5)}`
  )
}

// the one set the rules have not been fitted to (scored once as a checkpoint, no rule changed since)
const fresh = process.env.FRESH_SET ?? "dev11h"
const inFresh = scored.filter(({ e }) => e.set === fresh)
console.log(
  `\n${fresh}: ${inFresh.length} sentences, ${goldLines[fresh]} gold event lines; rules cover ${inFresh.filter(({ e }) => e.rules).reduce((a, { e }) => a + e.lines, 0)} lines with ${inFresh.filter(({ e }) => e.rules).length} sentences (${inFresh.filter(({ e }) => e.rules && !e.event).length} telling none)`
)
const freshRows: Array<unknown> = []
for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  const added = inFresh.filter(({ e, p }) => p >= t && !e.rules)
  freshRows.push({
    threshold: t,
    addedSentences: added.length,
    addedEventSentences: added.filter(({ e }) => e.event).length,
    addedLines: added.reduce((a, { e }) => a + e.lines, 0)
  })
  console.log(
    `${t.toFixed(2)} added ${added.length} sentences: ${added.filter(({ e }) => e.event).length} events, ${added.reduce((a, { e }) => a + e.lines, 0)} lines`
  )
}
report[fresh] = {
  sentences: inFresh.length,
  goldEventLines: goldLines[fresh],
  rulesLinesCovered: inFresh.filter(({ e }) => e.rules).reduce((a, { e }) => a + e.lines, 0),
  addedToRules: freshRows
}
writeFileSync(join(here, "..", "results", "event-model.json"), `${JSON.stringify(report, null, 2)}\n`)
console.log("wrote bench/results/event-model.json")
