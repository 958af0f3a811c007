/** FA-KES (804 labelled news reports on the Syrian war, 2011-2018) read from the read-only
 * fixtures beside the checkout: the originals of the dedup benchmark. */
import { readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")
/** `../shared` beside the checkout, as the tests find it. */
export const sharedDir = resolve(repoRoot, "..", "shared")
export const faKesCsv = join(sharedDir, "data", "fa-kes", "fa-kes.csv")

/** Minimal RFC 4180 reader (as tests/support/faKes.ts): quoted fields, doubled quotes,
 * newlines inside quotes. */
export const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

export interface FaKesRow {
  /** `fa-kes/<unit_id>/row-<n>`: unit_ids repeat on different rows, the row number does not */
  readonly url: string
  /** 1-based position among the data rows, i.e. file order */
  readonly row: number
  readonly unitId: string
  readonly title: string
  readonly content: string
  readonly source: string
  /** ISO timestamp (noon UTC) from the M/D/YYYY column */
  readonly published: string
  /** the M/D/YYYY column as given: hard negatives pair rows on it */
  readonly date: string
  readonly location: string
  /** the dataset's credibility label (1 credible, 0 fake); unused here, kept for inspection */
  readonly label: string
}

let cached: ReadonlyArray<FaKesRow> | undefined

export const readFaKes = (path = faKesCsv): ReadonlyArray<FaKesRow> => {
  if (cached !== undefined && path === faKesCsv) return cached
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"))
  if (header === undefined) throw new Error(`${path} is empty`)
  const col = (name: string): number => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`${path} has no column ${name}`)
    return i
  }
  const [id, title, content, source, date, location, labels] = ["unit_id", "article_title", "article_content", "source", "date", "location", "labels"].map(
    col
  ) as [number, number, number, number, number, number, number]
  const out = rows
    .filter((r) => r.length === header.length)
    .map((r, i): FaKesRow => {
      const [m, d, y] = r[date]!.split("/")
      return {
        url: `fa-kes/${r[id]}/row-${i + 1}`,
        row: i + 1,
        unitId: r[id]!,
        title: r[title]!,
        content: r[content]!,
        source: r[source]!,
        published: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}T12:00:00Z`,
        date: r[date]!,
        location: r[location]!,
        label: r[labels]!
      }
    })
  if (path === faKesCsv) cached = out
  return out
}
