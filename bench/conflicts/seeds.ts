/**
 * The three seed outcomes on the claims the real pipeline extracts today (the core test
 * packages/core/src/conflicts/seeds.test.ts checks them on the hand-labelled seed claims):
 * 002's Russian denial of strikes on Aleppo against the reports of them; the divergent
 * trapped-population estimate across the reports; no conflict between "11 civilians ... in
 * the Sukkari neighborhood" and "At least 15 people ... in eastern Aleppo".
 *
 * The seeds carry no outlet (meta.json names none, so the importer names their folder,
 * "seeds"); they are five outlets' reports, so each file is its own outlet here.
 */
import { type Conflict, detectConflicts } from "@crosscheck/core"
import { join } from "node:path"
import { importAndExport, sharedDir } from "./load.js"

export interface SeedOutcomes {
  readonly claims: number
  readonly conflicts: ReadonlyArray<{ readonly kind: string; readonly summary: string }>
  readonly denial: { readonly found: boolean; readonly note: string }
  readonly trappedDivergent: { readonly found: boolean; readonly summary: string | null }
  readonly sukkariNoConflict: boolean
}

export const seedOutcomes = (): SeedOutcomes => {
  const { claims } = importAndExport("conflicts-seeds", [join(sharedDir, "seeds")])
  const fileOf = (url: string): string =>
    url
      .split("/")
      .pop()!
      .replace(/\.txt$/, "")
  const mine = claims.map((c) => ({ ...c, outlet: fileOf(c.articleUrl) }))
  const { conflicts } = detectConflicts(mine)
  const quoteOf = new Map(mine.map((c) => [c.id, c.quote]))
  const quotes = (c: Conflict): Array<string> => c.claimIds.map((id) => quoteOf.get(id) ?? "")
  const denial = conflicts.find((c) => c.kind === "denial" && quotes(c).some((q) => q.includes("denied that its planes had been hitting Aleppo")))
  const denied = mine.find((c) => c.kind === "event" && c.polarity === "denied" && c.quote.includes("hitting Aleppo"))
  const reports = mine.filter((c) => c.kind === "event" && c.polarity === "asserted" && c.actor?.includes("Russia") && c.whereId?.startsWith("sy:aleppo"))
  const trapped = conflicts.find((c) => c.kind === "divergent" && c.scope.metric === "trapped")
  const sukkari = conflicts.filter((c) => quotes(c).some((q) => q.includes("Sukkari")) && quotes(c).some((q) => q.includes("At least 15 people")))
  return {
    claims: mine.length,
    conflicts: conflicts.map((c) => ({ kind: c.kind, summary: c.summary })),
    denial: {
      found: denial !== undefined,
      note:
        denial !== undefined
          ? denial.summary
          : `the extractor reads the denial (${denied === undefined ? "not found" : `actor ${denied.actor}, ${denied.action}, ${denied.where}`}) but no asserted Russian strike on Aleppo in the seeds (${reports.length} such claims): the hand-labelled seed claims have it (001: "Russia renewed its bombing of ... Aleppo city on Tuesday"), and on them the rules find the denial conflict (packages/core/src/conflicts/seeds.test.ts)`
    },
    trappedDivergent: { found: trapped !== undefined, summary: trapped?.summary ?? null },
    sukkariNoConflict: sukkari.length === 0
  }
}
