import type { FeedId } from "@crosscheck/core"
import { acquireWriterLock, ArticleListing, FeedRepository, FeedWriter, Store } from "@crosscheck/db"
// Types only: the polling stack is loaded after the first frame (tuiPolling.ts).
import type { Poller, PollerConfig } from "@crosscheck/ingest"
import { Deferred, Effect, Layer } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, storeLayer } from "./storeLayer.js"
import { type Refresher, storeMonitor } from "./monitor.js"
import { openLink } from "./openLink.js"
import { rootCommand } from "./rootCommand.js"

type FeedIdOrAll = number | null

/** The TUI on a store, for as long as it runs. `refresher` is what "refresh now" does.
 * `afterFirstFrame` runs once the first frame is on the screen, beside the TUI: the first
 * frame needs only the store, so what else the TUI needs (the poller) is loaded then, not
 * before. Its failure ends the TUI (the terminal restored) with that error. */
const showTui = <E, R>(mode: "polling" | "following" | "idle" | "read-only", refresher: Refresher, afterFirstFrame: Effect.Effect<void, E, R>) =>
  Effect.gen(function* () {
    const store = yield* Store
    const monitor = yield* storeMonitor(mode, refresher)
    // Loaded on demand: Ink and React take most of a second to load, which other commands
    // should not pay.
    const { runTui } = yield* Effect.promise(() => import("@crosscheck/tui"))
    const shown = yield* Deferred.make<void>()
    // Interrupted (SIGTERM, SIGHUP), the app unmounts and the terminal is restored before the
    // store closes under it.
    const tui = Effect.tryPromise({
      try: (signal) => {
        const running = runTui(monitor, { signal, openLink })
        // Ink writes the first frame inside render(), before runTui returns.
        Deferred.unsafeDone(shown, Effect.void)
        return running
      },
      catch: (e) => new CliFailure({ message: e instanceof Error ? e.message : String(e), exitCode: 1 })
    })
    // The store was opened without switching to WAL mode (deferWal), so that the first frame
    // does not wait for the switch's synced write: it is made now, before anything is written.
    const afterFrame = store.readonly ? afterFirstFrame : store.useWal().pipe(Effect.zipRight(afterFirstFrame))
    yield* Effect.raceFirst(tui, Deferred.await(shown).pipe(Effect.zipRight(afterFrame), Effect.zipRight(Effect.never)))
  })

/** Polling in this process: the poller starts after the first frame; a refresh asked for
 * before it has started runs as soon as it has. */
const pollHere = (settings: Layer.Layer<PollerConfig> | undefined) =>
  Effect.gen(function* () {
    const scope = yield* Effect.scope
    let poller: Poller | null = null
    const waiting: Array<FeedIdOrAll> = []
    const refresh = (p: Poller, feedId: FeedIdOrAll) => {
      Effect.runFork(Effect.ignore(p.refresh(feedId === null ? undefined : (feedId as FeedId))))
    }
    const start = Effect.gen(function* () {
      const { startPollerIn } = yield* Effect.promise(() => import("./tuiPolling.js"))
      const started = yield* startPollerIn(scope, settings)
      poller = started
      for (const feedId of waiting.splice(0)) refresh(started, feedId)
    })
    yield* showTui(
      "polling",
      {
        refresh: (feedId) => {
          if (poller === null) waiting.push(feedId)
          else refresh(poller, feedId)
          return null
        }
      },
      start
    )
  })

/** A daemon polls: "refresh now" asks it, through the store, to poll now. */
const followDaemon = Effect.gen(function* () {
  const store = yield* Store
  const feeds = yield* FeedRepository
  const feedWriter = yield* FeedWriter
  const ASKED = "asked the daemon to poll now"
  let ask: ((feedId: FeedIdOrAll) => string | null) | null = null
  const waiting: Array<FeedIdOrAll> = []
  const load = Effect.gen(function* () {
    const { askDaemonToRefresh } = yield* Effect.promise(() => import("./tuiPolling.js"))
    ask = (feedId) => askDaemonToRefresh(store, feeds, feedWriter, feedId)
    for (const feedId of waiting.splice(0)) ask(feedId)
  })
  yield* showTui(
    "following",
    {
      refresh: (feedId) => {
        if (ask === null) {
          waiting.push(feedId)
          return ASKED
        }
        return ask(feedId) ?? ASKED
      }
    },
    load
  )
})

/** Runs the TUI on a database: polling its feeds in this process, unless a daemon already does
 * (then it follows the daemon's writes), or the database is read-only here (then it shows it
 * as it is). Shared by `tui` and `demo`. */
export const runTuiOn = (path: string, settings?: Layer.Layer<PollerConfig>) =>
  Effect.gen(function* () {
    const lock = yield* Effect.either(acquireWriterLock(path, "tui"))
    if (lock._tag === "Right") return yield* pollHere(settings)
    if (lock.left._tag === "WriterLockHeld") return yield* followDaemon
    return yield* Effect.fail(lock.left)
  }).pipe(
    // The poller's scope closes (its loop interrupted) before the store it writes to.
    Effect.scoped,
    Effect.provide(ArticleListing.Default.pipe(Layer.provideMerge(storeLayer(path, "write", { deferWal: true })))),
    // A database this process may not write: no polling, shown as it is.
    Effect.catchIf(
      (e) => e._tag === "StoreError" && e.reason === "read_only",
      () =>
        showTui("read-only", { refresh: () => "the database is read-only here: nothing can be polled into it" }, Effect.void).pipe(
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
