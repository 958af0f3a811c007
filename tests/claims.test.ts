import { describe, expect, it } from "vitest"
import { crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { seedsDir } from "./support/paths.js"

describe("claims through the real binary", () => {
  it("exports claims with the contract's fields, and the import summary counts them", () => {
    const db = freshDatabase()
    const summary = JSON.parse(crosscheck(["--db", db, "import", seedsDir, "--json"]).stdout) as { claims: number }
    const claims = ndjson(crosscheck(["--db", db, "export", "claims"]).stdout)
    expect(claims.length).toBe(summary.claims)
    expect(claims.length).toBeGreaterThan(10)
    for (const c of claims) {
      expect(Object.keys(c).sort()).toEqual(
        ["action", "actor", "articleId", "articleUrl", "id", "kind", "max", "metric", "min", "polarity", "qualifier", "quote", "source", "span", "when", "where", "whereId", "who"].sort()
      )
    }
    // Seed 000's headline: "Dozens killed as rockets rain down on Aleppo again".
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: "quantity", metric: "killed", min: 24, max: 99, qualifier: "vague", where: "Aleppo", source: null })
    )
    // Seed 001: a denial by the Russian defence ministry.
    expect(claims).toContainEqual(expect.objectContaining({ kind: "event", polarity: "denied", actor: "Russia" }))
  })
})
