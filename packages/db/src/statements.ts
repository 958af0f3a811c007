import type { Statement } from "better-sqlite3"
import type { SqliteDatabase } from "./Store.js"

/** A statement prepared on first use. Writers are built for every command, also read-only ones,
 * and a write statement is only prepared once something is written. */
export const lazyStatement = (sqlite: SqliteDatabase, sql: string): (() => Statement) => {
  let statement: Statement | null = null
  return () => {
    if (statement === null) statement = sqlite.prepare(sql)
    return statement
  }
}

/** Rows per multi-row statement: well under SQLite's 32,766 bound parameters for the widest rows. */
const MAX_ROWS = 64

/** Inserts many rows of `width` columns in as few statements as `MAX_ROWS` allows: one call into
 * SQLite for an article's sketch keys or claims instead of one per row. `sql(values)` is the
 * statement for the VALUES list it is given ("(?, ?), (?, ?)"); a statement is prepared once per
 * row count. `params` holds the rows one after the other. */
export const rowsStatement = (sqlite: SqliteDatabase, width: number, sql: (values: string) => string): ((params: ReadonlyArray<unknown>) => void) => {
  const byRows = new Map<number, Statement>()
  const row = `(${Array.from({ length: width }, () => "?").join(", ")})`
  const statementFor = (rows: number): Statement => {
    let statement = byRows.get(rows)
    if (statement === undefined) {
      statement = sqlite.prepare(sql(Array.from({ length: rows }, () => row).join(", ")))
      byRows.set(rows, statement)
    }
    return statement
  }
  return (params) => {
    const rows = params.length / width
    if (rows <= MAX_ROWS) {
      if (rows > 0) statementFor(rows).run(params)
      return
    }
    for (let from = 0; from < rows; from += MAX_ROWS) {
      const n = Math.min(MAX_ROWS, rows - from)
      statementFor(n).run(params.slice(from * width, (from + n) * width))
    }
  }
}
