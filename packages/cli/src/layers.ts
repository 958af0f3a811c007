import { ArticleRepository, ClaimRepository, defaultDatabasePath, EventLog, StoryRepository, storeAt } from "@crosscheck/db"
import { Pipeline } from "@crosscheck/ingest"
import { Layer, Option } from "effect"

export const databasePath = (db: Option.Option<string>): string => Option.getOrElse(db, () => defaultDatabasePath())

/** The store and its repositories, for one database file. */
export const storeLayer = (path: string, options: { readonly readonly?: boolean } = {}) =>
  Layer.mergeAll(ArticleRepository.Default, EventLog.Default, StoryRepository.Default, ClaimRepository.Default).pipe(Layer.provideMerge(storeAt(path, options)))

/** Everything the import pipeline needs, on one database file. */
export const pipelineLayer = (path: string) => Pipeline.Default.pipe(Layer.provideMerge(storeLayer(path)))
