import Database from "better-sqlite3"
import { readMigrationFiles } from "drizzle-orm/migrator"
import { Context, Data, Effect, Layer, ParseResult } from "effect"
import { accessSync, closeSync, constants, mkdirSync, openSync, readFileSync, readSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { homedir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { MalformedRow } from "./rows.js"

/** Why the store could not do what was asked. The scheduler and the CLI branch on `reason`. */
export type StoreFailure =
  /** the file exists but is not an SQLite database */
  | "not_a_database"
  /** an SQLite database that belongs to another program: never changed */
  | "foreign_database"
  /** the file or its folder cannot be written, and the command needs to write */
  | "read_only"
  /** written by an older crosscheck, and upgrading it needs write access */
  | "needs_upgrade"
  /** the disk (or the file system) is full */
  | "disk_full"
  /** a row does not have the shape this build writes (changed by hand or by another program) */
  | "malformed_row"
  /** another process holds the write lock for longer than we wait */
  | "busy"
  /** anything else SQLite or the file system reported */
  | "io"

export class StoreError extends Data.TaggedError("StoreError")<{
  readonly operation: string
  readonly reason: StoreFailure
  readonly cause: unknown
}> {
  override get message(): string {
    const cause = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `${this.operation}: ${cause}`
  }
}

const reasonOf = (cause: unknown): StoreFailure => {
  if (ParseResult.isParseError(cause) || cause instanceof MalformedRow) return "malformed_row"
  const code = (cause as { code?: unknown } | null)?.code
  if (typeof code !== "string") return "io"
  if (code === "SQLITE_FULL" || code === "ENOSPC") return "disk_full"
  if (code.startsWith("SQLITE_READONLY") || code === "EROFS" || code === "EACCES" || code === "EPERM") return "read_only"
  if (code === "SQLITE_NOTADB") return "not_a_database"
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy"
  return "io"
}

/** A StoreError for `cause`, with the reason read from its error code. */
export const storeError = (operation: string, cause: unknown, reason: StoreFailure = reasonOf(cause)): StoreError =>
  new StoreError({ operation, reason, cause })

/** Where the database lives, and what the command will do with it. `:memory:` gives a private
 * in-memory store (tests). `read`: a command that only reads (export, the TUI attached to a
 * daemon); it still upgrades a writable database, but falls back to a read-only connection
 * when the file or its folder cannot be written. */
export class StoreConfig extends Context.Tag("crosscheck/StoreConfig")<
  StoreConfig,
  {
    readonly path: string
    readonly mode?: "write" | "read"
    /** Reads may come before the switch to WAL mode, which the first write transaction (or
     * `Store.useWal`) makes. Switching a file that the last connection left in rollback mode
     * writes and syncs its header: 7-30 ms on this project's machines, on the way to the TUI's
     * first frame, which only reads. */
    readonly deferWal?: boolean
  }
>() {}

/** The contract's default: $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db,
 * else ~/.local/share/crosscheck/crosscheck.db. */
export const defaultDatabasePath = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.CROSSCHECK_DB) return env.CROSSCHECK_DB
  const dataHome = env.XDG_DATA_HOME || join(homedir(), ".local", "share")
  return join(dataHome, "crosscheck", "crosscheck.db")
}

// Committed drizzle-kit migrations, in the package beside src/ and dist/. Found through the
// package itself, so the CLI's bundle (which is not beside them) finds them too.
const migrationsFolder = join(dirname(createRequire(import.meta.url).resolve("@crosscheck/db/package.json")), "drizzle")
const migrationCount = (): number =>
  (JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: Array<unknown> }).entries.length

/** Written into every crosscheck database's header (PRAGMA application_id): "CCK1". A file with
 * another id belongs to another program. */
export const APPLICATION_ID = 0x43434b31

export type SqliteDatabase = Database.Database

/** What the first 100 bytes of a file say about it, read without opening it as a database (an
 * open may already write: journal recovery, WAL files). */
type Header =
  | { readonly _tag: "Missing" }
  | { readonly _tag: "Empty" }
  | { readonly _tag: "NotSqlite" }
  | { readonly _tag: "Sqlite"; readonly applicationId: number }

const SQLITE_MAGIC = "SQLite format 3\u0000"

const readHeader = (path: string): Header => {
  let size: number
  try {
    const s = statSync(path)
    if (s.isDirectory()) throw Object.assign(new Error(`${path} is a folder, not a database file`), { code: "EISDIR" })
    size = s.size
  } catch (e) {
    // (ENOTDIR: a file stands where a folder of the path must be; making the folders says which)
    const code = (e as { code?: unknown }).code
    if (code === "ENOENT" || code === "ENOTDIR") return { _tag: "Missing" }
    throw e
  }
  if (size === 0) return { _tag: "Empty" }
  const fd = openSync(path, "r")
  try {
    const head = Buffer.alloc(100)
    const n = readSync(fd, head, 0, 100, 0)
    if (n < 100 || head.toString("latin1", 0, 16) !== SQLITE_MAGIC) return { _tag: "NotSqlite" }
    return { _tag: "Sqlite", applicationId: head.readUInt32BE(68) }
  } finally {
    closeSync(fd)
  }
}

/** A database with application_id 0 is ours only if it is empty or was made by a crosscheck
 * from before the id was written (it has our migrations table and our articles table). */
const foreignTables = (sqlite: SqliteDatabase): ReadonlyArray<string> | null => {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as Array<string>
  if (tables.length === 0) return null
  if (tables.includes("__drizzle_migrations") && tables.includes("articles") && tables.includes("events")) return null
  return tables
}

/** How long a writer waits for another's lock (see configure). */
const BUSY_TIMEOUT_MS = 60_000

const configure = (sqlite: SqliteDatabase, readonly: boolean, deferWal = false): void => {
  // Wait for a concurrent writer (daemon + importers) instead of failing. One import batch is
  // a single transaction of several seconds on a busy machine, and SQLite's waiting is not
  // fair: with 5 s, the second of two importers gave up with "database is locked" and
  // imported nothing. The wait ends as soon as the lock is free; this only bounds it.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  if (!readonly) {
    if (!deferWal) sqlite.pragma("journal_mode = WAL")
    // FULL: a committed batch survives power loss; batching keeps the fsync cost small.
    sqlite.pragma("synchronous = FULL")
    // Checkpoint at 32 MB of write-ahead log, not SQLite's 4 MB. A poll cycle's commits each
    // rewrite the leaf pages their random-keyed rows land on (ids, urls, hashes), so a cold
    // 500-feed cycle logs ~100 MB: at 4 MB it checkpointed ~15 times on the way (each copying
    // pages back and syncing both files, in the cycle's commits: 151 syncs, 1.75 s waiting on
    // the shared disk), at 32 MB 3-4 times (80 syncs, 0.7 s), and wrote 17% less in all.
    sqlite.pragma("wal_autocheckpoint = 8192")
  }
  sqlite.pragma("foreign_keys = ON")
  // 64 MB of page cache (the default is 2 MB): copy detection reads candidate articles at
  // random, and a monitoring store soon outgrows the default.
  sqlite.pragma("cache_size = -65536")
}

/** The last connection out puts the file back in rollback-journal mode: a WAL database cannot be
 * opened at all in a folder its reader may not write to (the -shm file cannot be created), and
 * a read-only folder is how archived stores are shared. With another connection still open,
 * SQLite refuses at once (busy timeout 0) and the file stays in WAL mode for it. */
const closeStore = (sqlite: SqliteDatabase, readonly: boolean): void => {
  if (!readonly && sqlite.open && sqlite.name !== ":memory:") {
    try {
      sqlite.pragma("busy_timeout = 0")
      sqlite.pragma("journal_mode = DELETE")
    } catch {
      // another process has it open: it stays in WAL mode, as it must
    }
  }
  sqlite.close()
}

/** Throws, as SQLite would at the first write, when the file cannot be written. */
const assertWritable = (path: string): void => {
  try {
    accessSync(path, constants.W_OK)
  } catch (e) {
    const code = (e as { code?: unknown }).code
    if (code === "EROFS") throw Object.assign(new Error("the file system is read-only"), { code })
    if (code === "EACCES" || code === "EPERM") throw Object.assign(new Error("permission denied"), { code })
    // anything else: let SQLite open it and say what is wrong
  }
}

interface Opened {
  readonly sqlite: SqliteDatabase
  readonly readonly: boolean
}

const describeTables = (tables: ReadonlyArray<string>): string =>
  tables.length <= 6 ? tables.join(", ") : `${tables.slice(0, 6).join(", ")} and ${tables.length - 6} more`

/** `mkdir -p` for the database's folder, one level at a time: Node's recursive mkdir never returns
 * under /proc (it retries the same missing folder forever), and when a file stands where a folder
 * must be it names neither. */
const makeFolders = (dir: string, path: string): void => {
  const missing: Array<string> = []
  for (let d = resolve(dir); ; ) {
    let isFolder: boolean
    try {
      isFolder = statSync(d).isDirectory()
    } catch (e) {
      const code = (e as { code?: unknown }).code
      // (ENOTDIR: a file further up; the walk up finds it)
      if (code !== "ENOENT" && code !== "ENOTDIR") throw storeError(`cannot create a folder for ${path}`, e)
      missing.push(d)
      const up = dirname(d)
      if (up === d) break
      d = up
      continue
    }
    if (!isFolder) throw storeError(`cannot create a folder for ${path}`, new Error(`${d} is a file, not a folder`))
    break
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d)
    } catch (e) {
      throw storeError(`cannot create the folder ${d} for ${path}`, e)
    }
  }
}

/** Opens (and creates, migrates, upgrades) the database at `path`, refusing files that are not
 * crosscheck's before anything is written to them. */
const openStore = (path: string, mode: "write" | "read", deferWal = false): Opened => {
  if (path === ":memory:") {
    const sqlite = new Database(path)
    configure(sqlite, false)
    return { sqlite, readonly: false }
  }
  // ("" would give SQLite's private temporary database: everything imported into it is lost)
  if (path.trim() === "") throw storeError("no database path given", new Error("--db needs a file path"), "io")
  const header = readHeader(path)
  if (header._tag === "NotSqlite") {
    throw storeError(`${path} is not a database`, new Error("it is not an SQLite file"), "not_a_database")
  }
  if (header._tag === "Sqlite" && header.applicationId !== 0 && header.applicationId !== APPLICATION_ID) {
    throw storeError(
      `${path} is not a crosscheck database`,
      new Error(`it belongs to another program (application id 0x${header.applicationId.toString(16)}); crosscheck will not change it`),
      "foreign_database"
    )
  }
  if (header._tag === "Missing") makeFolders(dirname(path), path)

  const checkOwnership = (sqlite: SqliteDatabase) => {
    if (header._tag !== "Sqlite" || header.applicationId === APPLICATION_ID) return
    const tables = foreignTables(sqlite)
    if (tables !== null) {
      throw storeError(
        `${path} is not a crosscheck database`,
        new Error(`it holds other tables (${describeTables(tables)}); crosscheck will not change it`),
        "foreign_database"
      )
    }
  }

  let sqlite: SqliteDatabase | null = null
  try {
    sqlite = new Database(path, { fileMustExist: header._tag !== "Missing" })
    // Read before anything is written: WAL mode and migrations both write.
    checkOwnership(sqlite)
    // SQLite opens a file it may not write read-only without a word, and a database in WAL mode
    // needs no write to be opened: the command would fail at its first write, deep in its work
    // and unclearly (a daemon: at its lock). The file system is asked before that.
    if (header._tag === "Sqlite") assertWritable(path)
    // A new file is made in WAL mode at once: there is nothing to read before it.
    configure(sqlite, false, deferWal && header._tag === "Sqlite")
    return { sqlite, readonly: false }
  } catch (e) {
    if (sqlite?.open) sqlite.close()
    if (e instanceof StoreError) throw e
    const reason = reasonOf(e)
    if (reason !== "read_only" || mode === "write" || header._tag !== "Sqlite") {
      throw storeError(reason === "read_only" ? `cannot write to ${path} (the file or its folder is read-only)` : `cannot open database ${path}`, e, reason)
    }
  }
  // A read-only command on a file or folder we may not write: read it as it is.
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true })
    checkOwnership(sqlite)
    configure(sqlite, true)
    return { sqlite, readonly: true }
  } catch (e) {
    if (sqlite?.open) sqlite.close()
    if (e instanceof StoreError) throw e
    throw storeError(`cannot read ${path} read-only`, e)
  }
}

/** drizzle-kit's migrations, applied as drizzle's migrator does (same table, same bookkeeping,
 * so stores it migrated carry on), but wholly inside one IMMEDIATE transaction: drizzle creates
 * its table and reads it before taking the lock, so two processes creating one database at once
 * raced (the second saw a half-made database and refused it as another program's, or ran the
 * first migration twice). Here the second waits for the first and finds nothing left to do. */
const applyMigrations = (sqlite: SqliteDatabase): void => {
  const migrations = readMigrationFiles({ migrationsFolder })
  sqlite
    .transaction(() => {
      sqlite.exec(`CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`)
      const last = sqlite.prepare(`SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1`).pluck().get() as number | string | undefined
      const record = sqlite.prepare(`INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)`)
      for (const m of migrations) {
        if (last !== undefined && Number(last) >= m.folderMillis) continue
        for (const statement of m.sql) if (statement.trim() !== "") sqlite.exec(statement)
        record.run(m.hash, m.folderMillis)
      }
    })
    .immediate()
}

const migrateStore = (sqlite: SqliteDatabase, readonly: boolean, path: string): void => {
  const applied = (() => {
    try {
      return sqlite.prepare(`SELECT count(*) FROM __drizzle_migrations`).pluck().get() as number
    } catch {
      return 0
    }
  })()
  if (readonly) {
    // Nothing can be upgraded without writing: a store from an older crosscheck cannot be read.
    if (applied < migrationCount()) {
      throw storeError(
        `cannot read ${path}`,
        new Error("it was written by an older crosscheck and must be upgraded once by a command with write access to it"),
        "needs_upgrade"
      )
    }
    return
  }
  // Up to date: nothing to run, and nothing to check (the foreign key check reads every row of
  // every table: a tenth of a second at a thousand articles, seconds at a hundred thousand).
  if (applied >= migrationCount() && (sqlite.pragma("application_id", { simple: true }) as number) === APPLICATION_ID) return
  // A migration that rebuilds a table (SQLite cannot drop a constraint in place) drops the old
  // one; with foreign keys on, that drop deletes every row first and the cascades empty the
  // tables that point at it. Migrations run in a transaction, where the PRAGMA in the
  // generated SQL is ignored, so keys are turned off here and checked once it is done.
  // In WAL mode, as every write is (a store opened with deferWal has not switched yet).
  sqlite.pragma("journal_mode = WAL")
  sqlite.pragma("foreign_keys = OFF")
  try {
    applyMigrations(sqlite)
    const broken = sqlite.pragma("foreign_key_check") as Array<unknown>
    if (broken.length > 0) throw new Error(`the upgrade left ${broken.length} broken references`)
  } finally {
    sqlite.pragma("foreign_keys = ON")
  }
  if ((sqlite.pragma("application_id", { simple: true }) as number) !== APPLICATION_ID) {
    sqlite.pragma(`application_id = ${APPLICATION_ID}`)
  }
}

/** Opening may meet another process opening the same database: while a file is in rollback
 * mode (new, or put back by the last to close it), two connections switching it to WAL, or one
 * switching while another migrates, can deadlock on their locks, and SQLite then answers one
 * of them "database is locked" at once, without waiting. That one closes and tries again, for
 * as long as a writer would wait (the busy timeout). */
const openingAgain = <A>(open: () => A): A => {
  const until = Date.now() + BUSY_TIMEOUT_MS
  for (let attempt = 0; ; attempt++) {
    try {
      return open()
    } catch (e) {
      const busy = e instanceof StoreError ? e.reason === "busy" : reasonOf(e) === "busy"
      if (!busy || Date.now() >= until) throw e
      // 10-80 ms, growing: the other process's migration or switch takes about that long
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(80, 10 * (attempt + 1)))
    }
  }
}

/** The SQLite database, opened, configured and migrated. Closed when its scope ends. */
export class Store extends Effect.Service<Store>()("crosscheck/Store", {
  scoped: Effect.gen(function* () {
    const config = yield* StoreConfig
    const mode = config.mode ?? "write"
    const opened: Opened = yield* Effect.acquireRelease(
      Effect.try({
        try: () =>
          openingAgain(() => {
            const o = openStore(config.path, mode, config.deferWal === true)
            try {
              migrateStore(o.sqlite, o.readonly, config.path)
            } catch (e) {
              o.sqlite.close()
              throw e instanceof StoreError ? e : storeError(`cannot upgrade database ${config.path}`, e)
            }
            return o
          }),
        catch: (cause) => (cause instanceof StoreError ? cause : storeError(`cannot open database ${config.path}`, cause))
      }),
      (o) => Effect.sync(() => closeStore(o.sqlite, o.readonly))
    )
    const { sqlite, readonly } = opened
    /** Switches to WAL mode if the open left that for later (`deferWal`); a no-op after. */
    let walOn = readonly || config.deferWal !== true
    const useWal = (): void => {
      if (walOn) return
      sqlite.pragma("journal_mode = WAL")
      walOn = true
    }
    // No drizzle query builder on top: every query is SQL on `sqlite`, and building one (with
    // the schema's tables) loaded drizzle's core and the schema before every first frame.

    /** Runs `f` in one IMMEDIATE transaction: the write lock is taken before the first read, so
     * what `f` reads is exactly what it writes on top of, whatever other processes do. All of it
     * is written, or none of it. `synced: false` for a small change a reader makes and would
     * make again (a read mark, a review) while waiting for it: committed without waiting for
     * the disk to confirm it (an fsync of 1-56 ms here, median 5), which the next synced commit
     * does for it. */
    const transaction = <A>(operation: string, f: () => A, options: { readonly synced?: boolean } = {}): Effect.Effect<A, StoreError> =>
      Effect.try({
        try: () => {
          if (readonly) throw Object.assign(new Error("the database is open read-only"), { code: "SQLITE_READONLY" })
          useWal()
          if (options.synced !== false) return sqlite.transaction(f).immediate()
          // Not waiting for the disk (synchronous NORMAL, in WAL mode): the commit survives the
          // process crashing, and the next synced commit makes it last through a power cut too.
          sqlite.pragma("synchronous = NORMAL")
          try {
            return sqlite.transaction(f).immediate()
          } finally {
            sqlite.pragma("synchronous = FULL")
          }
        },
        // Named: a daemon's log or an import's last line must say which file is full or
        // read-only.
        catch: (cause) => storeError(`${operation} in ${config.path}`, cause)
      })

    /** A read (or any statement outside a transaction), with errors as StoreError. */
    const query = <A>(operation: string, f: () => A): Effect.Effect<A, StoreError> => Effect.try({ try: f, catch: (cause) => storeError(operation, cause) })

    // Changes whenever another connection commits; our own commits leave it alone. Caches of
    // what is stored compare it to know when someone else has written.
    const dataVersionStatement = sqlite.prepare(`PRAGMA data_version`).pluck()
    const dataVersion = (): number => dataVersionStatement.get() as number

    const service: {
      readonly sqlite: SqliteDatabase
      readonly path: string
      readonly readonly: boolean
      readonly transaction: typeof transaction
      readonly query: typeof query
      readonly dataVersion: typeof dataVersion
      /** Switches to WAL mode now if the open left it for later (`deferWal`); writes through
       * `transaction` do so themselves. */
      readonly useWal: () => Effect.Effect<void, StoreError>
    } = {
      sqlite,
      path: config.path,
      readonly,
      transaction,
      query,
      dataVersion,
      useWal: () => Effect.try({ try: useWal, catch: (cause) => storeError(`cannot switch ${config.path} to WAL mode`, cause) })
    }
    return service
  })
}) {}

/** A private in-memory store, for tests. */
export const StoreTest = Store.Default.pipe(Layer.provide(Layer.succeed(StoreConfig, { path: ":memory:" })))

export const storeAt = (path: string, options: { readonly mode?: "write" | "read"; readonly deferWal?: boolean } = {}) =>
  Store.Default.pipe(Layer.provide(Layer.succeed(StoreConfig, { path, ...options })))
