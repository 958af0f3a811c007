import { stripControls, toArticleRecord } from "@crosscheck/core"
import { ArticleRepository, ClaimRepository, ConflictRepository, Store, StoryRepository, toConflictRecord } from "@crosscheck/db"
import { ClaimExtractor } from "@crosscheck/ingest"
import { Chunk, Effect, Option, Stream } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, extractorLayer, storeLayer } from "./layers.js"
import { isStdoutClosed, writeErr, writeOut } from "./Output.js"
import { rootCommand } from "./rootCommand.js"

type Format = "ndjson" | "json" | "csv"

/** Feed text reaches these exports unchanged, and an export is often read in a terminal:
 * no field may carry a control character there. CSV cannot escape one, so it is removed (with
 * any escape sequence it starts); JSON escapes what JSON.stringify leaves raw (DEL, the C1
 * controls such as the 8-bit CSI U+009B, and the line separators), so the data is kept. */
const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return ""
  const raw = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v)
  const s = stripControls(raw)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/
const RAW_IN_JSON_ALL = /[\u007f-\u009f\u2028\u2029]/g
const jsonLine = (v: unknown): string => {
  const json = JSON.stringify(v)
  return RAW_IN_JSON.test(json) ? json.replace(RAW_IN_JSON_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json
}

/** Writes a stream of records in the chosen format, a chunk per write, without holding the
 * whole export in memory. */
const writeRecords = <R extends object, E>(records: Stream.Stream<R, E>, format: Format, columns: ReadonlyArray<keyof R & string>): Effect.Effect<void, E> => {
  let first = true
  const render = (chunk: Chunk.Chunk<R>): string => {
    let out = ""
    for (const r of chunk) {
      if (format === "ndjson") out += `${jsonLine(r)}\n`
      else if (format === "json") out += `${first ? "[\n" : ",\n"}${jsonLine(r)}`
      else out += `${columns.map((c) => csvCell(r[c])).join(",")}\r\n`
      first = false
    }
    return out
  }
  const header = format === "csv" ? `${columns.join(",")}\r\n` : ""
  return writeOut(header).pipe(
    Effect.zipRight(
      records.pipe(
        Stream.takeWhile(() => !isStdoutClosed()),
        Stream.mapChunks((chunk) => Chunk.of(render(chunk))),
        Stream.runForEach(writeOut)
      )
    ),
    Effect.zipRight(Effect.suspend(() => (format === "json" ? writeOut(first ? "[]\n" : "\n]\n") : Effect.void)))
  )
}

const ARTICLE_COLUMNS = ["id", "url", "title", "source", "published", "fetchedAt", "duplicateOf", "storyId", "words"] as const
const STORY_COLUMNS = ["id", "title", "articleIds", "firstSeen", "lastSeen"] as const
const CONFLICT_COLUMNS = ["id", "kind", "claimIds", "scope", "sources", "summary"] as const
const CLAIM_COLUMNS = [
  "id",
  "articleId",
  "articleUrl",
  "kind",
  "metric",
  "min",
  "max",
  "qualifier",
  "who",
  "where",
  "whereId",
  "when",
  "source",
  "actor",
  "action",
  "polarity",
  "quote",
  "span"
] as const

/** `crosscheck export`: the stored records, streamed to stdout. */
export const runExport = ({
  what,
  format,
  since
}: {
  readonly what: "articles" | "stories" | "claims" | "conflicts"
  readonly format: Format
  readonly since: Option.Option<string>
}) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    const sinceMs = Option.isSome(since) ? Date.parse(since.value) : 0
    if (Number.isNaN(sinceMs)) {
      return yield* new CliFailure({ message: `--since: not an ISO 8601 time: ${since.pipe(Option.getOrElse(() => ""))}`, exitCode: 2 })
    }
    const iso = (ms: number) => new Date(ms).toISOString()
    const path = databasePath(db)
    if (what === "claims" || what === "conflicts") {
      // Claims read by an older extractor are read again from the stored text first (and the
      // conflicts they touch recomputed), so an export never mixes two versions of the rules.
      return yield* Effect.gen(function* () {
        const store = yield* Store
        const extractor = yield* ClaimExtractor
        if (store.readonly) {
          if ((yield* extractor.staleCount) > 0) {
            yield* writeErr(`warning: ${path} is read-only, so claims read by an older extractor are exported as they were read\n`)
          }
        } else {
          const refreshed = yield* extractor.refreshStale
          if (refreshed > 0) yield* writeErr(`re-extracted the claims of ${refreshed} articles read by an older extractor\n`)
        }
        if (what === "claims") {
          const claims = yield* ClaimRepository
          yield* writeRecords(claims.export(sinceMs), format, CLAIM_COLUMNS)
        } else {
          const conflicts = yield* ConflictRepository
          yield* writeRecords(conflicts.export(sinceMs).pipe(Stream.map(toConflictRecord)), format, CONFLICT_COLUMNS)
        }
      }).pipe(Effect.provide(extractorLayer(path, "read")))
    }
    yield* Effect.gen(function* () {
      if (what === "articles") {
        const articles = yield* ArticleRepository
        yield* writeRecords(articles.export(sinceMs).pipe(Stream.map(toArticleRecord)), format, ARTICLE_COLUMNS)
      } else {
        const stories = yield* StoryRepository
        const records = stories
          .export(sinceMs)
          .pipe(Stream.map((s) => ({ id: s.id, title: s.title, articleIds: s.articleIds, firstSeen: iso(s.firstSeen), lastSeen: iso(s.lastSeen) })))
        yield* writeRecords(records, format, STORY_COLUMNS)
      }
    }).pipe(Effect.provide(storeLayer(path, "read")))
  })
