import { writeFileSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { crosscheck, freshDatabase, ndjson } from "./support/cli.js"
import { faKesNdjson, readFaKes } from "./support/faKes.js"

describe("FA-KES as NDJSON", () => {
  it("imports every one of the 804 rows, and importing again adds none", () => {
    const rows = readFaKes()
    expect(rows).toHaveLength(804)
    const file = join(mkdtempSync(join(tmpdir(), "crosscheck-fakes-")), "fa-kes.ndjson")
    writeFileSync(file, faKesNdjson())
    const db = freshDatabase()

    const first = crosscheck(["--db", db, "import", file, "--json"])
    expect(first.stderr).toBe("")
    expect(JSON.parse(first.stdout)).toMatchObject({ seen: 804, new: 804, errors: 0 })
    const second = crosscheck(["--db", db, "import", file, "--json"])
    expect(JSON.parse(second.stdout)).toMatchObject({ seen: 804, new: 0, alreadyStored: 804 })

    const articles = ndjson(crosscheck(["--db", db, "export", "articles"]).stdout)
    expect(articles).toHaveLength(804)
    const first0 = articles.find((a) => a.url === "fa-kes/1914947530/row-1")!
    expect(first0).toMatchObject({ source: "nna", published: "2017-04-05T12:00:00.000Z" })
    expect(first0.title).toBe("Syria attack symptoms consistent with nerve agent use WHO")
  })
})
