import { readFileSync } from "node:fs"
import { join } from "node:path"
import { parseCsv } from "../../bench/dedup/faKes.js"
import { sharedDir } from "./paths.js"

export interface FaKesRow {
  readonly unitId: string
  readonly title: string
  readonly content: string
  readonly source: string
  /** ISO date from the M/D/YYYY column */
  readonly date: string
}

export const readFaKes = (): Array<FaKesRow> => {
  const [header, ...rows] = parseCsv(readFileSync(join(sharedDir, "data", "fa-kes", "fa-kes.csv"), "utf8"))
  const col = (name: string) => header!.indexOf(name)
  const [id, title, content, source, date] = ["unit_id", "article_title", "article_content", "source", "date"].map(col)
  return rows
    .filter((r) => r.length === header!.length)
    .map((r) => {
      const [m, d, y] = r[date!]!.split("/")
      return {
        unitId: r[id!]!,
        title: r[title!]!,
        content: r[content!]!,
        source: r[source!]!,
        date: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}T12:00:00Z`
      }
    })
}

/** FA-KES as NDJSON articles. Some unit_ids label several different rows, so the row number
 * keeps every row distinct; the unit_id stays in the id for the claim scorer to find. */
export const faKesNdjson = (): string =>
  readFaKes()
    .map((r, row) => JSON.stringify({ id: `fa-kes/${r.unitId}/row-${row + 1}`, title: r.title, text: r.content, source: r.source, published: r.date }))
    .join("\n") + "\n"
