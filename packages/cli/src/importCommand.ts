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
const MAX_ERRORS_SHOWN = 50

const summaryLine = (s: PipelineSummary): string =>
  `${s.seen} items: ${s.new} new, ${s.alreadyStored} already stored, ${s.duplicates} duplicates, ` +
  `${s.claims} claims, ${s.conflicts} conflicts, ${s.errors} errors`

export const importCommand = Command.make(
  "import",
  {
    inputs: Args.text({ name: "PATH|URL" }).pipe(
      Args.withDescription("feed files or URLs (RSS, Atom, RDF), NDJSON, .txt/.md/.html files, or folders"),
      Args.atLeast(1)
    ),
    json: Options.boolean("json").pipe(Options.withDescription("print the summary as one JSON object"))
  },
  ({ inputs, json }) =>
    Effect.gen(function* () {
      const { db } = yield* rootCommand
      const path = databasePath(db)
      const summary = yield* runImport(inputs).pipe(Effect.provide(pipelineLayer(path)))
      yield* writeOut(json ? `${JSON.stringify(summary)}\n` : `imported ${summaryLine(summary)}\n`)
      if (summary.seen === summary.errors) {
        return yield* new CliFailure({ message: "nothing could be imported", exitCode: 1 })
      }
    })
).pipe(Command.withDescription("import feed files, URLs, NDJSON, text and HTML files, or folders of them, once"))

/** Runs the pipeline over the inputs, reporting bad items on stderr as they come. */
const runImport = (inputs: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      const pipeline = yield* Pipeline
      // Claims read by an older extractor are read again first, from the stored text.
      yield* pipeline.refreshClaims
      const progress = new ImportProgress()
      const bar = new ProgressBar(progress)
      bar.start()
      let shown = 0
      const summary = yield* pipeline.run(importItems(inputs, progress, {})).pipe(
        Stream.tap((out) =>
          Effect.suspend(() => {
            if (out._tag === "BatchStored") {
              progress.items += out.inserted.length + out.alreadyStored
              return Effect.void
            }
            progress.items++
            if (++shown > MAX_ERRORS_SHOWN) return Effect.void
            bar.clear()
            return writeErr(`error: ${stripControls(out.origin, true)}: ${stripControls(out.message, true)}\n`)
          })
        ),
        Stream.runFold(emptySummary, addToSummary),
        Effect.ensuring(Effect.sync(() => bar.stop()))
      )
      if (shown > MAX_ERRORS_SHOWN) yield* writeErr(`(${shown - MAX_ERRORS_SHOWN} more errors not shown)\n`)
      return summary
    })
