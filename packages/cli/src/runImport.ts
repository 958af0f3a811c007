import {
  addToSummary,
  emptySummary,
  ImportProgress,
  importItems,
  isOpmlFile,
  Pipeline,
  type PipelineSummary,
  type SummaryState,
  summaryFigures
} from "@crosscheck/ingest"
import { stripControls } from "@crosscheck/core"
import type { Feed } from "@crosscheck/db"
import { Effect, HashSet, Stream } from "effect"
import { CliFailure } from "./errors.js"
import { boundHeapGrowth } from "./heapGrowth.js"
import { pollOnce } from "./runFeeds.js"
import { databasePath, pipelineLayer } from "./layers.js"
import { importOpml } from "./opmlImport.js"
import { writeErr, writeOut } from "./Output.js"
import { ProgressBar } from "./ProgressBar.js"
import { rootCommand } from "./rootCommand.js"

/** A flood of bad lines should not bury the summary: the first ones are shown, then a count. */
const MAX_MESSAGES_SHOWN = 50

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`

const summaryLine = (s: PipelineSummary): string =>
  `${plural(s.seen, "item")}: ${s.new} new, ${s.updated > 0 ? `${s.updated} updated, ` : ""}${s.alreadyStored} already stored, ` +
  `${plural(s.duplicates, "duplicate")}, ${plural(s.claims, "claim")}, ${plural(s.conflicts, "conflict")}, ${plural(s.errors, "error")}`

/** `crosscheck import`: imports the inputs once; OPML lists among them add their feeds. */
export const runImport = ({ inputs, json, fetch }: { readonly inputs: ReadonlyArray<string>; readonly json: boolean; readonly fetch: boolean }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    const path = databasePath(db)
    boundHeapGrowth()
    // A subscription list (OPML) named here adds its feeds; everything else is imported.
    const opml: Array<string> = []
    const rest: Array<string> = []
    for (const input of inputs) ((yield* Effect.promise(() => isOpmlFile(input))) ? opml : rest).push(input)
    // What was stored so far: printed however the import ends (done, interrupted, failed).
    let summary = emptySummary
    let feeds: { added: number; listed: number } | null = null
    const printSummary = Effect.suspend(() => {
      const withFeeds = feeds === null ? summaryFigures(summary) : { ...summaryFigures(summary), feeds: feeds.added }
      const feedsLine = feeds === null ? "" : `; added ${plural(feeds.added, "feed")} (${feeds.listed} already listed)`
      return writeOut(json ? `${JSON.stringify(withFeeds)}\n` : `imported ${summaryLine(summary)}${feedsLine}\n`)
    })
    let opmlFeeds = 0
    yield* Effect.gen(function* () {
      if (opml.length > 0) {
        const counts = { added: 0, listed: 0 }
        feeds = counts
        const toPoll: Array<Feed["id"]> = []
        for (const file of opml) {
          const read = yield* Effect.either(importOpml(file, { allowPrivate: false }))
          if (read._tag === "Left") {
            const e = read.left
            if (e._tag !== "OpmlUnreadable") return yield* Effect.fail(e)
            summary = { ...summary, seen: summary.seen + 1, errors: summary.errors + 1 }
            yield* writeErr(`error: ${stripControls(e.path, true)}: ${stripControls(e.reason, true)}\n`)
            continue
          }
          const r = read.right
          if (r.found === 0) {
            summary = { ...summary, seen: summary.seen + 1, errors: summary.errors + 1 }
            yield* writeErr(`error: ${stripControls(file, true)}: a feed list (OPML) without feeds\n`)
            continue
          }
          opmlFeeds += r.found
          counts.added += r.added.length
          counts.listed += r.alreadyListed.length
          for (const f of [...r.added, ...r.alreadyListed]) if (f.enabled) toPoll.push(f.id)
        }
        if (fetch && toPoll.length > 0) {
          const polled = yield* pollOnce(toPoll)
          summary = {
            ...summary,
            new: summary.new + polled.new,
            updated: summary.updated + polled.updated,
            seen: summary.seen + polled.new + polled.updated,
            errors: summary.errors + polled.failed + polled.storeFailures
          }
        }
      }
      if (rest.length === 0) return
      const before = summary
      yield* importInputs(rest, (s) => {
        summary = sumOf(before, s)
      })
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
    if (summary.seen === summary.errors && opmlFeeds === 0) {
      return yield* new CliFailure({ message: "nothing could be imported", exitCode: 1 })
    }
  })

const sumOf = (a: SummaryState, b: SummaryState): SummaryState => {
  // called after every batch, usually with nothing before (no feed list polled): no copy then
  const openConflicts =
    HashSet.size(a.openConflicts) === 0
      ? b.openConflicts
      : HashSet.size(b.openConflicts) === 0
        ? a.openConflicts
        : HashSet.union(a.openConflicts, b.openConflicts)
  return {
    seen: a.seen + b.seen,
    new: a.new + b.new,
    updated: a.updated + b.updated,
    alreadyStored: a.alreadyStored + b.alreadyStored,
    duplicates: a.duplicates + b.duplicates,
    claims: a.claims + b.claims,
    conflicts: HashSet.size(openConflicts),
    errors: a.errors + b.errors,
    openConflicts
  }
}

/** Runs the pipeline over the inputs, reporting bad items on stderr as they come and the
 * summary so far to `progressed` after every batch. */
const importInputs = (inputs: ReadonlyArray<string>, progressed: (summary: SummaryState) => void) =>
  Effect.gen(function* () {
    const pipeline = yield* Pipeline
    // What an earlier process stored but did not analyse is analysed first (not counted in
    // this import's summary), then claims read by an older extractor are read again, from the
    // stored text.
    yield* pipeline.catchUp
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
          if (out._tag === "BatchAnalysed") return Effect.void
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
