import { Args, Command, Options } from "@effect/cli"
import { addToSummary, emptySummary, ImportProgress, importItems, Pipeline, type PipelineSummary } from "@crosscheck/ingest"
import { stripControls } from "@crosscheck/core"
import { Effect, Stream } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, pipelineLayer } from "./layers.js"
import { writeErr, writeOut } from "./Output.js"
import { ProgressBar } from "./ProgressBar.js"
import { rootCommand } from "./rootCommand.js"

/** A flood of bad lines should not bury the summary: the first ones are shown, then a count. */
const MAX_MESSAGES_SHOWN = 50

const summaryLine = (s: PipelineSummary): string =>
  `${s.seen} items: ${s.new} new, ${s.updated > 0 ? `${s.updated} updated, ` : ""}${s.alreadyStored} already stored, ${s.duplicates} duplicates, ` +
  `${s.claims} claims, ${s.conflicts} conflicts, ${s.errors} errors`

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`

export const importCommand = Command.make(
  "import",
  {
    inputs: Args.text({ name: "PATH|URL" }).pipe(
      Args.withDescription(
        "feed files or URLs (RSS, Atom, RDF), NDJSON, .txt/.md/.html files, folders of them, or - for NDJSON or a feed on standard input"
      ),
      Args.atLeast(1)
    ),
    json: Options.boolean("json").pipe(Options.withDescription("print the summary as one JSON object"))
  },
  ({ inputs, json }) =>
    Effect.gen(function* () {
      const { db } = yield* rootCommand
      const path = databasePath(db)
      // What was stored so far: printed however the import ends (done, interrupted, failed).
      let summary = emptySummary
      const printSummary = Effect.suspend(() =>
        writeOut(json ? `${JSON.stringify(summary)}\n` : `imported ${summaryLine(summary)}\n`)
      )
      yield* runImport(inputs, (s) => {
        summary = s
      }).pipe(
        Effect.provide(pipelineLayer(path)),
        // Interrupted (SIGINT, SIGTERM): the batch being written was committed or rolled back
        // whole; say what is stored. main.ts exits 130/143.
        Effect.onInterrupt(() => printSummary.pipe(Effect.zipRight(writeErr(`crosscheck: import interrupted; ${plural(summary.new, "new article")} stored\n`)))),
        Effect.catchTag("StoreError", (e) =>
          printSummary.pipe(
            Effect.zipRight(
              Effect.fail(
                new CliFailure({
                  message:
                    summary.seen === 0 && summary.new === 0
                      ? e.message
                      : `import stopped after ${plural(summary.seen, "item")} (${summary.new} new stored): ${e.message}`,
                  exitCode: 1
                })
              )
            )
          )
        )
      )
      yield* printSummary
      if (summary.seen === summary.errors) {
        return yield* new CliFailure({ message: "nothing could be imported", exitCode: 1 })
      }
    })
).pipe(Command.withDescription("import feed files, URLs, NDJSON, text and HTML files, folders of them, or standard input, once"))

/** Runs the pipeline over the inputs, reporting bad items on stderr as they come and the
 * summary so far to `progressed` after every batch. */
const runImport = (inputs: ReadonlyArray<string>, progressed: (summary: PipelineSummary) => void) =>
  Effect.gen(function* () {
    const pipeline = yield* Pipeline
    // Claims read by an older extractor are read again first, from the stored text.
    yield* pipeline.refreshClaims
    const progress = new ImportProgress()
    const bar = new ProgressBar(progress)
    bar.start()
    let shown = 0
    let hidden = 0
    let summary = emptySummary
    yield* pipeline.run(importItems(inputs, progress, {})).pipe(
      Stream.tap((out) =>
        Effect.suspend(() => {
          summary = addToSummary(summary, out)
          progressed(summary)
          if (out._tag === "BatchStored") {
            progress.items += out.inserted.length + out.updated.length + out.alreadyStored
            return Effect.void
          }
          if (out._tag === "ItemError") progress.items++
          if (shown >= MAX_MESSAGES_SHOWN) {
            hidden++
            return Effect.void
          }
          shown++
          bar.clear()
          const label = out._tag === "ItemError" ? "error" : "warning"
          return writeErr(`${label}: ${stripControls(out.origin, true)}: ${stripControls(out.message, true)}\n`)
        })
      ),
      Stream.runDrain,
      Effect.ensuring(
        Effect.suspend(() => {
          bar.stop()
          return hidden > 0 ? writeErr(`(${hidden} more errors and warnings not shown)\n`) : Effect.void
        })
      )
    )
  })
