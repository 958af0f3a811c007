import {
  ArticleRepository,
  ClaimRepository,
  ConflictRepository,
  defaultDatabasePath,
  EventLog,
  FeedRepository,
  FeedWriter,
  StoryRepository,
  storeAt
} from "@crosscheck/db"
import { Layer, Option } from "effect"

// Apart from layers.ts, which imports the ingest package: a module that imports this one (the
// TUI's first frame) does not load ingest with it, in the bundle's chunks as in dist/.

export const databasePath = (db: Option.Option<string>): string => Option.getOrElse(db, () => defaultDatabasePath())

/** The store and its repositories, for one database file. A `read` command still upgrades a
 * writable database but reads a read-only one as it is. */
export const storeLayer = (path: string, mode: "write" | "read" = "write", options: { readonly deferWal?: boolean } = {}) =>
  Layer.mergeAll(
    ArticleRepository.Default,
    EventLog.Default,
    StoryRepository.Default,
    ClaimRepository.Default,
    ConflictRepository.Default,
    FeedRepository.Default,
    FeedWriter.Default
  ).pipe(Layer.provideMerge(storeAt(path, { mode, ...options })))
