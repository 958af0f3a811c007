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
import { ClaimExtractor, Pipeline } from "@crosscheck/ingest"
import { Layer, Option } from "effect"

export const databasePath = (db: Option.Option<string>): string => Option.getOrElse(db, () => defaultDatabasePath())

/** The store and its repositories, for one database file. A `read` command still upgrades a
 * writable database but reads a read-only one as it is. */
export const storeLayer = (path: string, mode: "write" | "read" = "write") =>
  Layer.mergeAll(
    ArticleRepository.Default,
    EventLog.Default,
    StoryRepository.Default,
    ClaimRepository.Default,
    ConflictRepository.Default,
    FeedRepository.Default,
    FeedWriter.Default
  ).pipe(Layer.provideMerge(storeAt(path, { mode })))

/** Everything the import pipeline needs, on one database file. */
export const pipelineLayer = (path: string, mode: "write" | "read" = "write") => Pipeline.Default.pipe(Layer.provideMerge(storeLayer(path, mode)))

/** The claim extractor alone (re-reading stale claims), on one database file. */
export const extractorLayer = (path: string, mode: "write" | "read" = "write") => ClaimExtractor.Default.pipe(Layer.provideMerge(storeLayer(path, mode)))
