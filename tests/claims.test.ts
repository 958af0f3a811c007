import Database from "better-sqlite3"
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
        [
          "action",
          "actor",
          "articleId",
          "articleUrl",
          "id",
          "kind",
          "max",
          "metric",
          "min",
          "polarity",
          "qualifier",
          "quote",
          "source",
          "span",
          "when",
          "where",
          "whereId",
          "who"
        ].sort()
      )
    }
    // Seed 000's headline: "Dozens killed as rockets rain down on Aleppo again".
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: "quantity", metric: "killed", min: 24, max: 99, qualifier: "vague", where: "Aleppo", source: null })
    )
    // Seed 001: a denial by the Russian defence ministry.
    expect(claims).toContainEqual(expect.objectContaining({ kind: "event", polarity: "denied", actor: "Russia" }))
  })

  it("re-extracts, from the stored text, the claims an older extractor read, before exporting them", () => {
    const db = freshDatabase()
    crosscheck(["--db", db, "import", seedsDir])
    const before = ndjson(crosscheck(["--db", db, "export", "claims"]).stdout)
    // As an older release would have left it: its own claims, under its version.
    const sqlite = new Database(db)
    sqlite.exec("DELETE FROM claims")
    sqlite.exec("UPDATE claim_versions SET version = version - 1")
    sqlite.close()
    const exported = crosscheck(["--db", db, "export", "claims"])
    expect(exported.code).toBe(0)
    expect(exported.stderr).toContain("re-extracted the claims of 5 articles")
    const after = ndjson(exported.stdout)
    const strip = (c: Record<string, unknown>) => ({ ...c, id: undefined })
    expect(after.map(strip)).toEqual(before.map(strip))
    // Once read again, nothing is stale.
    expect(crosscheck(["--db", db, "export", "claims"]).stderr).toBe("")
  })
})
