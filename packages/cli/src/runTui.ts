import type { FeedId } from "@crosscheck/core"
import { ArticleListing, FeedRepository, FeedWriter, Store } from "@crosscheck/db"
import { type PollerConfig, refreshFeeds } from "@crosscheck/ingest"
import { Effect, Layer } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, storeLayer } from "./layers.js"
import { type Refresher, storeMonitor } from "./monitor.js"
import { openLink } from "./openLink.js"
import { pollerLayer, startPolling } from "./polling.js"
import { rootCommand } from "./rootCommand.js"

/** The TUI on a store, for as long as it runs. `refresher` is what "refresh now" does. */
const showTui = (mode: "polling" | "following" | "idle" | "read-only", refresher: Refresher) =>
  Effect.gen(function* () {
    const monitor = yield* storeMonitor(mode, refresher)
    // Loaded on demand: Ink and React take most of a second to load, which other commands
    // should not pay.
    const { runTui } = yield* Effect.promise(() => import("@crosscheck/tui"))
    // Interrupted (SIGTERM, SIGHUP), the app unmounts and the terminal is restored before the
    // store closes under it.
    yield* Effect.tryPromise({
      try: (signal) => runTui(monitor, { signal, openLink }),
      catch: (e) => new CliFailure({ message: e instanceof Error ? e.message : String(e), exitCode: 1 })
    })
  })

/** Runs the TUI on a database: polling its feeds in this process, unless a daemon already does
 * (then it follows the daemon's writes), or the database is read-only here (then it shows it
 * as it is). Shared by `tui` and `demo`. */
export const runTuiOn = (path: string, settings?: Layer.Layer<PollerConfig>) =>
  Effect.scoped(
    Effect.gen(function* () {
      const polling = yield* startPolling(path, "tui")
      if (polling._tag === "InProcess") {
        const { poller } = polling
        yield* showTui("polling", {
          refresh: (feedId) => {
            Effect.runFork(Effect.ignore(poller.refresh(feedId === null ? undefined : (feedId as FeedId))))
            return null
          }
        })
      } else {
        // A daemon polls: "refresh now" asks it, through the store, to poll now.
        const store = yield* Store
        const feeds = yield* FeedRepository
        const feedWriter = yield* FeedWriter
        yield* showTui("following", {
          refresh: (feedId) => {
            const asked = refreshFeeds(feedId === null ? undefined : (feedId as FeedId)).pipe(
              Effect.provideService(Store, store),
              Effect.provideService(FeedRepository, feeds),
              Effect.provideService(FeedWriter, feedWriter),
              Effect.either
            )
            const result = Effect.runSync(asked)
            return result._tag === "Left" ? result.left.message : "asked the daemon to poll now"
          }
        })
      }
    }).pipe(Effect.provide(ArticleListing.Default.pipe(Layer.provideMerge(pollerLayer(path, settings)))))
  ).pipe(
    // A database this process may not write: no polling, shown as it is.
    Effect.catchIf(
      (e) => e._tag === "StoreError" && e.reason === "read_only",
      () =>
        showTui("read-only", { refresh: () => "the database is read-only here: nothing can be polled into it" }).pipe(
          Effect.provide(ArticleListing.Default.pipe(Layer.provideMerge(storeLayer(path, "read"))))
        )
    )
  )

/** `crosscheck tui`. */
export const runTui = Effect.gen(function* () {
  const { db } = yield* rootCommand
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    return yield* new CliFailure({ message: "crosscheck tui needs a terminal (stdin and stdout must be a TTY)", exitCode: 1 })
  }
  yield* runTuiOn(databasePath(db))
})
