import { acquireWriterLock, FeedRepository } from "@crosscheck/db"
import { Pipeline, Poller } from "@crosscheck/ingest"
import { Effect } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath } from "./layers.js"
import { logEvents, logLine, pollerLayer } from "./polling.js"
import { rootCommand } from "./rootCommand.js"
import { onSignal } from "./signals.js"

const log = (event: string, level: "info" | "warn" | "error", fields: Record<string, unknown>) =>
  Effect.sync(() => void process.stderr.write(logLine(event, level, fields)))

/** `crosscheck daemon`: polls every enabled feed on its schedule (or once) into the database. */
export const runDaemon = ({ once }: { readonly once: boolean }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    const path = databasePath(db)
    // Stopped by SIGINT or SIGTERM, the daemon finishes the transaction in progress and
    // exits 0: being stopped is how a daemon ends.
    onSignal.exitZero = true
    yield* Effect.scoped(
      Effect.gen(function* () {
        // One writer per database: a second daemon (or a TUI polling in-process) is refused,
        // naming the holder.
        yield* acquireWriterLock(path, once ? "daemon --once" : "daemon")
        const poller = yield* Poller
        const feeds = yield* FeedRepository
        // Closed in reverse: the loop stops, queued events are written, then this line.
        yield* Effect.addFinalizer(() => log("daemon.stopped", "info", { pid: process.pid }))
        yield* logEvents(poller)
        // What an earlier process stored but did not analyse is analysed first, then claims
        // read by an older extractor are read again, as import does.
        const pipeline = yield* Pipeline
        const resumed = yield* pipeline.catchUp
        const refreshed = yield* pipeline.refreshClaims
        const count = yield* feeds.count
        yield* log("daemon.started", "info", {
          db: path,
          pid: process.pid,
          feeds: count,
          once,
          ...(resumed.analysed + resumed.revised > 0 ? { analysisResumed: resumed.analysed + resumed.revised } : {}),
          ...(refreshed > 0 ? { claimsReread: refreshed } : {})
        })
        if (once) {
          const summary = yield* poller.pollAll
          if (summary.feeds > 0 && summary.failed + summary.storeFailures === summary.feeds) {
            return yield* new CliFailure({ message: `every feed failed (${summary.feeds})`, exitCode: 1 })
          }
          return
        }
        return yield* poller.run
      })
    ).pipe(
      Effect.provide(pollerLayer(path)),
      Effect.catchTag("WriterLockHeld", (e) => Effect.fail(new CliFailure({ message: e.message, exitCode: 1 })))
    )
  })
