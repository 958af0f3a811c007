/**
 * The seeds' three outcomes, on the seeds' hand-labelled claims (../shared/gold/seed-claims.jsonl),
 * which do not move when the extractor does: 002's Russian denial of strikes on Aleppo against
 * the reports of them; the trapped population of eastern Aleppo estimated divergently across
 * the reports; and no conflict between "11 civilians ... in the Sukkari neighborhood" and "At
 * least 15 people ... in eastern Aleppo" (a part below its whole). bench/conflicts/seeds.ts
 * checks the same outcomes on the claims the real pipeline extracts.
 *
 * The seeds' meta.json gives dates and stories but no outlets; the five reports come from five
 * different outlets, so each file is its own outlet here.
 */
import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { findPlaces, mostSpecific } from "../claims/gazetteer.js"
import { detectConflicts } from "./detect.js"
import type { ConflictClaim, Conflict } from "./types.js"

const SEEDS = new URL("../../../../../shared/seeds/", import.meta.url)
const GOLD = new URL("../../../../../shared/gold/seed-claims.jsonl", import.meta.url)

interface GoldClaim {
  readonly doc: string
  readonly kind: "quantity" | "event"
  readonly quote: string
  readonly metric?: string
  readonly min?: number | null
  readonly max?: number | null
  readonly qualifier?: ConflictClaim["qualifier"]
  readonly who?: string | null
  readonly where?: string | null
  readonly when?: { from: string; to: string } | null
  readonly source?: string | null
  readonly actor?: string
  readonly action?: string
  readonly polarity?: "asserted" | "denied"
}

const seedClaims = (): Array<ConflictClaim> => {
  const meta = JSON.parse(readFileSync(new URL("meta.json", SEEDS), "utf8")) as {
    docs: Record<string, { published: string; story: string }>
  }
  const gold = readFileSync(GOLD, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as GoldClaim)
  return gold.map((g, i) => {
    const raw = readFileSync(new URL(`${g.doc}.txt`, SEEDS), "utf8")
    const lines = raw.split("\n")
    const t = lines.findIndex((l) => l.trim() !== "")
    const text = `${lines[t]!.trim()}\n${lines.slice(t + 1).join("\n")}`
    const at = text.indexOf(g.quote)
    const place = g.where === null || g.where === undefined ? null : mostSpecific(findPlaces(g.where))
    return {
      id: `${g.doc.slice(0, 3)}#${String(i).padStart(2, "0")}`,
      articleId: g.doc,
      kind: g.kind,
      metric: g.metric ?? null,
      min: g.min ?? null,
      max: g.max ?? null,
      qualifier: g.qualifier ?? null,
      who: g.who ?? null,
      where: place?.display ?? g.where ?? null,
      whereId: place?.id ?? null,
      when: g.when ?? null,
      source: g.source ?? null,
      actor: g.actor ?? null,
      action: g.action ?? null,
      polarity: g.polarity ?? "asserted",
      quote: g.quote,
      span: at < 0 ? null : [at, at + g.quote.length],
      outlet: g.doc,
      published: Date.parse(meta.docs[g.doc]!.published),
      duplicateOf: null,
      storyId: meta.docs[g.doc]!.story
    }
  })
}

describe("the seeds' conflicts, on their hand-labelled claims", () => {
  let claims: Array<ConflictClaim>
  let conflicts: ReadonlyArray<Conflict>
  const quoted = (c: Conflict, text: string): boolean => c.claimIds.some((id) => claims.find((x) => x.id === id)!.quote.includes(text))
  beforeAll(() => {
    claims = seedClaims()
    conflicts = detectConflicts(claims).conflicts
  })

  it("002's Russian denial of strikes on Aleppo stands against the reports of them", () => {
    const denial = conflicts.find((c) => c.kind === "denial" && quoted(c, "denied that its planes had been hitting Aleppo"))
    expect(denial).toBeDefined()
    expect(denial!.scope).toMatchObject({ who: "Russia", where: "Aleppo" })
    // reported by 001's own account of the renewed Russian bombing of Aleppo
    expect(quoted(denial!, "Russia renewed its bombing of besieged opposition-held parts of Aleppo")).toBe(true)
    expect(denial!.sources).toContain("Russian government")
    expect(denial!.summary).toMatch(/^Russia strike in Aleppo.*denied by Russian government; reported by .*001_6ae1e418d85faf84/)
  })

  it("the trapped population is estimated divergently across the reports", () => {
    const trapped = conflicts.filter((c) => c.scope.metric === "trapped")
    expect(trapped.map((c) => c.kind)).toEqual(["divergent"])
    const docs = new Set(trapped[0]!.claimIds.map((id) => id.slice(0, 3)))
    expect(docs.size).toBeGreaterThanOrEqual(2)
    expect(trapped[0]!.summary).toContain("250,000")
  })

  it("11 civilians in Sukkari and at least 15 people in eastern Aleppo are a part below its whole, no conflict", () => {
    expect(conflicts.filter((c) => quoted(c, "11 civilians were killed in the Sukkari neighborhood"))).toEqual([])
    expect(conflicts.filter((c) => quoted(c, "At least 15 people"))).toEqual([])
  })
})
