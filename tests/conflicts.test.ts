/** Conflicts through the real binary: export conflicts per the contract, and the conflict view
 * in a real terminal (issue 10). */
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { crosscheckAsync as crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { cliBin, seedsDir } from "./support/paths.js"
import { TmuxSession } from "./support/tmux.js"

const KINDS = ["contradiction", "part_exceeds_whole", "divergent", "denial", "revision"]

describe("conflicts through the real binary", () => {
  let session: TmuxSession | undefined
  afterEach(() => session?.kill())

  it("exports the seeds' conflicts in the contract's shape: the trapped estimates diverge, Sukkari is no conflict with eastern Aleppo", async () => {
    const db = freshDatabase()
    const imported = await crosscheck(["--db", db, "import", seedsDir, "--json"])
    const summary = JSON.parse(imported.stdout) as { conflicts: number }
    const conflicts = ndjson((await crosscheck(["--db", db, "export", "conflicts"])).stdout)
    expect(summary.conflicts).toBe(conflicts.length)
    for (const c of conflicts) {
      expect(Object.keys(c).sort()).toEqual(["claimIds", "id", "kind", "scope", "sources", "summary"])
      expect(KINDS).toContain(c.kind)
      expect(Object.keys(c.scope as object).sort()).toEqual(["metric", "when", "where", "who"])
      expect((c.sources as Array<string>).length).toBeGreaterThanOrEqual(c.kind === "revision" ? 1 : 2)
      expect(String(c.summary)).not.toContain("\n")
    }
    const trapped = conflicts.find((c) => c.kind === "divergent" && (c.scope as { metric: string }).metric === "trapped")
    expect(trapped, JSON.stringify(conflicts)).toBeDefined()
    const claims = ndjson((await crosscheck(["--db", db, "export", "claims"])).stdout)
    const byId = new Map(claims.map((c) => [c.id, c]))
    const sukkari = claims.find((c) => String(c.quote).includes("Sukkari"))!
    expect(sukkari).toBeDefined()
    // A part (11 in one neighbourhood) below its whole (at least 15 across the east) is no conflict.
    for (const c of conflicts) expect(c.claimIds as Array<string>).not.toContain(sukkari.id)
    // Every claim a conflict names is exported.
    for (const c of conflicts) for (const id of c.claimIds as Array<string>) expect(byId.has(id)).toBe(true)
    // CSV and JSON carry the same records.
    const csv = (await crosscheck(["--db", db, "export", "conflicts", "--format", "csv"])).stdout.trim().split("\r\n")
    expect(csv[0]).toBe("id,kind,claimIds,scope,sources,summary")
    expect(csv).toHaveLength(conflicts.length + 1)
  })

  it("opens the conflict view on the seeds, selects a conflict and shows its bars and sources", async () => {
    expect(TmuxSession.available(), "tmux must be installed (.ci/run installs it)").toBe(true)
    const db = freshDatabase()
    expect((await crosscheck(["--db", db, "import", seedsDir])).code).toBe(0)
    session = new TmuxSession([process.execPath, cliBin, "--db", db, "tui"], { columns: 100, rows: 30 })
    await session.waitFor((s) => s.includes("Dozens killed"))
    session.keys("c")
    const list = await session.waitFor((s) => /crosscheck · conflicts \d+/.test(s))
    expect(list).toMatch(/divergent\s+2▪ civilians trapped in Aleppo/)
    // 002's Russian denial against the reports of the strikes: 001's and 002's own
    expect(list).toMatch(/denial\s+3▪ Russia strike in Aleppo/)
    // The trapped-population estimates: found with the filter, opened.
    session.keys("/", "trapped", "Enter")
    await session.waitFor((s) => /conflicts 1 .*\/trapped/.test(s))
    session.keys("Enter")
    const detail = await session.waitFor((s) => s.includes("crosscheck · conflict ") && s.includes("└"))
    // Each source on one line with its bar: a point for 250,000, an arrow for "more than 100,000".
    const lines = detail.split("\n")
    const exact = lines.find((l) => l.includes("seeds/003_") && /●\s+250,000/.test(l))
    const open = lines.find((l) => l.includes("seeds/002_89b8504bd718045e") && /●━+▶\s+>100,000/.test(l))
    expect(exact, detail).toBeDefined()
    expect(open, detail).toBeDefined()
    expect(detail).toMatch(/trapped/)
    process.stdout.write(`\n--- conflict view (tmux capture) ---\n${detail}\n`)
    session.keys("x")
    await session.waitFor((s) => s.includes("reviewed"))
    session.keys("Escape")
    await session.waitFor((s) => /✓ divergent/.test(s))
    session.keys("q")
    expect(await session.waitForExit()).toBe(0)
  })

  it("shows a conflict that another process's import opens, within about a second, on an 80x24 terminal", async () => {
    // The seeds but 003: the trapped estimates cannot disagree yet. Importing 003 from another
    // process opens that conflict.
    const db = freshDatabase()
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))
    const without = seeds.filter((f) => !f.startsWith("003")).map((f) => join(seedsDir, f))
    expect((await crosscheck(["--db", db, "import", ...without])).code).toBe(0)
    const before = ndjson((await crosscheck(["--db", db, "export", "conflicts"])).stdout)
    expect(before.some((c) => (c.scope as { metric: string }).metric === "trapped")).toBe(false)
    session = new TmuxSession([process.execPath, cliBin, "--db", db, "tui"], { columns: 80, rows: 24 })
    await session.waitFor((s) => s.includes("crosscheck ·"))
    session.keys("c")
    await session.waitFor((s) => s.includes(`conflicts ${before.length}`))
    expect((await crosscheck(["--db", db, "import", join(seedsDir, seeds.find((f) => f.startsWith("003"))!)])).code).toBe(0)
    const imported = Date.now()
    const screen = await session.waitFor((s) => /divergent\s+2▪ civilians trapped/.test(s), 5_000)
    expect(Date.now() - imported).toBeLessThan(1_500)
    for (const line of screen.split("\n")) expect(line.length).toBeLessThanOrEqual(80)
    expect(screen.trimEnd().split("\n").length).toBeLessThanOrEqual(24)
  })
})
