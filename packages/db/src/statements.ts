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
