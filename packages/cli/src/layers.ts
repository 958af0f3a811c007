import { ClaimExtractor, Pipeline } from "@crosscheck/ingest"
import { Layer } from "effect"
import { storeLayer } from "./storeLayer.js"

export { databasePath, storeLayer } from "./storeLayer.js"

/** Everything the import pipeline needs, on one database file. */
export const pipelineLayer = (path: string, mode: "write" | "read" = "write") => Pipeline.Default.pipe(Layer.provideMerge(storeLayer(path, mode)))

/** The claim extractor alone (re-reading stale claims), on one database file. */
export const extractorLayer = (path: string, mode: "write" | "read" = "write") => ClaimExtractor.Default.pipe(Layer.provideMerge(storeLayer(path, mode)))
