import { Args, Command, Options } from "@effect/cli"
import { toArticleRecord } from "@crosscheck/core"
import { ArticleRepository, ClaimRepository, StoryRepository } from "@crosscheck/db"
import { Pipeline } from "@crosscheck/ingest"
import { Chunk, Effect, Option, Stream } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, pipelineLayer, storeLayer } from "./layers.js"
import { isStdoutClosed, writeErr, writeOut } from "./Output.js"
import { rootCommand } from "./rootCommand.js"

type Format = "ndjson" | "json" | "csv"

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return ""
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Writes a stream of records in the chosen format, a chunk per write, without holding the
 * whole export in memory. */
const writeRecords = <R extends object, E>(
  records: Stream.Stream<R, E>,
  format: Format,
  columns: ReadonlyArray<keyof R & string>
): Effect.Effect<void, E> => {
  let first = true
  const render = (chunk: Chunk.Chunk<R>): string => {
    let out = ""
    for (const r of chunk) {
      if (format === "ndjson") out += `${JSON.stringify(r)}\n`
      else if (format === "json") out += `${first ? "[\n" : ",\n"}${JSON.stringify(r)}`
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
const CLAIM_COLUMNS = [
  "id", "articleId", "articleUrl", "kind", "metric", "min", "max", "qualifier", "who", "where", "whereId", "when",
  "source", "actor", "action", "polarity", "quote", "span"
] as const

export const exportCommand = Command.make(
  "export",
  {
    what: Args.choice([["articles", "articles"], ["stories", "stories"], ["claims", "claims"]] as const, { name: "what" }).pipe(
      Args.withDescription("what to export")
    ),
    format: Options.choice("format", ["ndjson", "json", "csv"] as const).pipe(
      Options.withDescription("ndjson: one record per line (default); json: one array; csv: with a header row"),
      Options.withDefault("ndjson" as const)
    ),
    since: Options.text("since").pipe(
      Options.withPseudoName("ISO"),
      Options.withDescription("articles (and their claims) fetched, or stories active, at or after this ISO 8601 time"),
      Options.optional
    )
  },
  ({ what, format, since }) =>
    Effect.gen(function* () {
      const { db } = yield* rootCommand
      const sinceMs = Option.isSome(since) ? Date.parse(since.value) : 0
      if (Number.isNaN(sinceMs)) {
        return yield* new CliFailure({ message: `--since: not an ISO 8601 time: ${since.pipe(Option.getOrElse(() => ""))}`, exitCode: 2 })
      }
      const iso = (ms: number) => new Date(ms).toISOString()
      const path = databasePath(db)
      if (what === "claims") {
        // Claims read by an older extractor are read again from the stored text first, so an
        // export never mixes two versions of the rules.
        return yield* Effect.gen(function* () {
          const pipeline = yield* Pipeline
          const refreshed = yield* pipeline.refreshClaims
          if (refreshed > 0) yield* writeErr(`re-extracted the claims of ${refreshed} articles read by an older extractor\n`)
          const claims = yield* ClaimRepository
          yield* writeRecords(claims.export(sinceMs), format, CLAIM_COLUMNS)
        }).pipe(Effect.provide(pipelineLayer(path)))
      }
      yield* Effect.gen(function* () {
        if (what === "articles") {
          const articles = yield* ArticleRepository
          yield* writeRecords(articles.export(sinceMs).pipe(Stream.map(toArticleRecord)), format, ARTICLE_COLUMNS)
        } else {
          const stories = yield* StoryRepository
          const records = stories.export(sinceMs).pipe(
            Stream.map((s) => ({ id: s.id, title: s.title, articleIds: s.articleIds, firstSeen: iso(s.firstSeen), lastSeen: iso(s.lastSeen) }))
          )
          yield* writeRecords(records, format, STORY_COLUMNS)
        }
      }).pipe(Effect.provide(storeLayer(path)))
    })
).pipe(Command.withDescription("write stored articles, stories or claims to stdout as NDJSON, JSON or CSV"))
