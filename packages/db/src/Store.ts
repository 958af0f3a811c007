import Database from "better-sqlite3"
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3"
import { migrate } from "drizzle-orm/better-sqlite3/migrator"
import { Context, Data, Effect, Layer } from "effect"
import { mkdirSync } from "node:fs"
import { homedir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as schema from "./schema.js"

export class StoreError extends Data.TaggedError("StoreError")<{
  readonly operation: string
  readonly cause: unknown
}> {
  override get message(): string {
    const cause = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `${this.operation}: ${cause}`
  }
}

/** Where the database lives. `:memory:` gives a private in-memory store (tests). */
export class StoreConfig extends Context.Tag("crosscheck/StoreConfig")<
  StoreConfig,
  { readonly path: string; readonly readonly?: boolean }
>() {}

/** The contract's default: $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db,
 * else ~/.local/share/crosscheck/crosscheck.db. */
export const defaultDatabasePath = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.CROSSCHECK_DB) return env.CROSSCHECK_DB
  const dataHome = env.XDG_DATA_HOME || join(homedir(), ".local", "share")
  return join(dataHome, "crosscheck", "crosscheck.db")
}

// Committed drizzle-kit migrations, beside src/ and dist/ alike.
const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url))

export type Drizzle = BetterSQLite3Database<typeof schema>
export type SqliteDatabase = Database.Database

const open = (path: string, readonly: boolean): SqliteDatabase => {
  if (path !== ":memory:" && !readonly) mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Database(path, { readonly, fileMustExist: readonly })
  // Wait for a concurrent writer (daemon + importer) instead of failing at once.
  sqlite.pragma("busy_timeout = 5000")
  if (!readonly) {
    sqlite.pragma("journal_mode = WAL")
    // FULL: a committed batch survives power loss; batching keeps the fsync cost small.
    sqlite.pragma("synchronous = FULL")
  }
  sqlite.pragma("foreign_keys = ON")
  // 64 MB of page cache (the default is 2 MB): copy detection reads candidate articles at
  // random, and a monitoring store soon outgrows the default.
  sqlite.pragma("cache_size = -65536")
  return sqlite
}

/** The SQLite database, opened, configured and migrated. Closed when its scope ends. */
export class Store extends Effect.Service<Store>()("crosscheck/Store", {
  scoped: Effect.gen(function* () {
    const config = yield* StoreConfig
    const readonly = config.readonly ?? false
    const sqlite: SqliteDatabase = yield* Effect.acquireRelease(
      Effect.try({
        try: () => open(config.path, readonly),
        catch: (cause) => new StoreError({ operation: `cannot open database ${config.path}`, cause })
      }),
      (db) => Effect.sync(() => db.close())
    )
    const db: Drizzle = drizzle(sqlite, { schema })
    if (!readonly) {
      yield* Effect.try({
        try: () => migrate(db, { migrationsFolder }),
        catch: (cause) => new StoreError({ operation: `cannot migrate database ${config.path}`, cause })
      })
    }

    /** Runs `f` in one transaction: all of it is written, or none of it. */
    const transaction = <A>(operation: string, f: () => A): Effect.Effect<A, StoreError> =>
      Effect.try({
        try: () => sqlite.transaction(f).immediate(),
        catch: (cause) => new StoreError({ operation, cause })
      })

    /** A read (or any statement outside a transaction), with errors as StoreError. */
    const query = <A>(operation: string, f: () => A): Effect.Effect<A, StoreError> =>
      Effect.try({ try: f, catch: (cause) => new StoreError({ operation, cause }) })

    const service: {
      readonly sqlite: SqliteDatabase
      readonly db: Drizzle
      readonly path: string
      readonly transaction: typeof transaction
      readonly query: typeof query
    } = { sqlite, db, path: config.path, transaction, query }
    return service
  })
}) {}

/** A private in-memory store, for tests. */
export const StoreTest = Store.Default.pipe(Layer.provide(Layer.succeed(StoreConfig, { path: ":memory:" })))

export const storeAt = (path: string, options: { readonly readonly?: boolean } = {}) =>
  Store.Default.pipe(Layer.provide(Layer.succeed(StoreConfig, { path, ...options })))
