import Database from "better-sqlite3"
import { Data, Effect } from "effect"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { hostname } from "node:os"
import { storeError } from "./Store.js"

/** Who holds a database's writer lock (a daemon, or a TUI polling in-process). */
export interface LockHolder {
  readonly pid: number
  readonly host: string
  /** epoch ms */
  readonly since: number
  readonly command: string
}

/** Another process polls this database. */
export class WriterLockHeld extends Data.TaggedError("WriterLockHeld")<{
  readonly path: string
  /** null when the holder has not said who it is yet (it is just starting) */
  readonly holder: LockHolder | null
}> {
  override get message(): string {
    const h = this.holder
    return h === null
      ? `another crosscheck process is polling ${this.path}`
      : `${this.path} is polled by crosscheck ${h.command} (pid ${h.pid} on ${h.host}, since ${new Date(h.since).toISOString()})`
  }
}

const lockPathOf = (databasePath: string): string => `${databasePath}.lock`
const holderPathOf = (databasePath: string): string => `${databasePath}.lock.json`

const readHolder = (databasePath: string): LockHolder | null => {
  try {
    const h = JSON.parse(readFileSync(holderPathOf(databasePath), "utf8")) as Partial<LockHolder>
    return typeof h.pid === "number" && typeof h.host === "string" && typeof h.since === "number" && typeof h.command === "string" ? (h as LockHolder) : null
  } catch {
    return null
  }
}

const isBusy = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
}

/** One writer per database: the process that polls feeds into it (`daemon`, or the TUI
 * polling in-process) holds this lock for as long as it runs; a second one is told who holds
 * it. The lock is an open write transaction on a small SQLite file beside the database, so the
 * operating system releases it when the holder exits, however it exits: a crashed daemon never
 * leaves a stale lock. Who holds it is written beside it, for the message. Imports and exports
 * do not take it: SQLite orders their writes. An in-memory database needs no lock. */
export const acquireWriterLock = (databasePath: string, command: string) =>
  databasePath === ":memory:"
    ? Effect.void
    : Effect.acquireRelease(
        Effect.try({
          try: () => {
            const lock = new Database(lockPathOf(databasePath))
            try {
              lock.pragma("busy_timeout = 0")
              lock.exec("BEGIN IMMEDIATE")
            } catch (e) {
              lock.close()
              throw e
            }
            const holder: LockHolder = { pid: process.pid, host: hostname(), since: Date.now(), command }
            writeFileSync(holderPathOf(databasePath), `${JSON.stringify(holder)}\n`)
            return lock
          },
          catch: (e) =>
            isBusy(e) ? new WriterLockHeld({ path: databasePath, holder: readHolder(databasePath) }) : storeError(`cannot lock ${databasePath} for polling`, e)
        }),
        (lock) =>
          Effect.sync(() => {
            rmSync(holderPathOf(databasePath), { force: true })
            lock.close()
          })
      ).pipe(Effect.asVoid)

/** Who holds the writer lock of this database now, if anyone: what `tui` asks before it polls
 * in-process (it attaches read-only to a running daemon instead). */
export const writerLockHolder = (databasePath: string) =>
  Effect.sync((): { readonly held: false } | { readonly held: true; readonly holder: LockHolder | null } => {
    if (databasePath === ":memory:") return { held: false }
    let lock: Database.Database
    try {
      lock = new Database(lockPathOf(databasePath), { fileMustExist: true })
    } catch {
      return { held: false }
    }
    try {
      lock.pragma("busy_timeout = 0")
      lock.exec("BEGIN IMMEDIATE")
      lock.exec("ROLLBACK")
      return { held: false }
    } catch (e) {
      return isBusy(e) ? { held: true, holder: readHolder(databasePath) } : { held: false }
    } finally {
      lock.close()
    }
  })
