import { Command } from "@effect/cli"
import { ArticleListing, ConflictRepository, FeedRepository, Store, writerLockHolder } from "@crosscheck/db"
import { Effect, Layer } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, storeLayer } from "./layers.js"
import { storeMonitor } from "./monitor.js"
import { openLink } from "./openLink.js"
import { rootCommand } from "./rootCommand.js"

export const tuiCommand = Command.make("tui", {}, () =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      return yield* new CliFailure({ message: "crosscheck tui needs a terminal (stdin and stdout must be a TTY)", exitCode: 1 })
    }
    const path = databasePath(db)
    yield* Effect.gen(function* () {
      const store = yield* Store
      const lock = yield* writerLockHolder(path)
      // A daemon polling this database: follow what it writes. Otherwise nothing polls yet
      // (feeds are polled by `crosscheck daemon`): the TUI shows the store as it grows.
      const mode = store.readonly ? "read-only" : lock.held ? "following" : "idle"
      const monitor = yield* storeMonitor(mode, {
        refresh: () =>
          lock.held ? "the daemon polls the feeds; it refreshes on its own schedule" : "nothing polls here: run crosscheck daemon"
      })
      // Loaded on demand: Ink and React take most of a second to load, which other commands
      // should not pay.
      const { runTui } = yield* Effect.promise(() => import("@crosscheck/tui"))
      // Interrupted (SIGTERM, SIGHUP), the app unmounts and the terminal is restored before the
      // store closes under it.
      yield* Effect.tryPromise({
        try: (signal) => runTui(monitor, { signal, openLink }),
        catch: (e) => new CliFailure({ message: e instanceof Error ? e.message : String(e), exitCode: 1 })
      })
    }).pipe(
      Effect.provide(
        Layer.mergeAll(ArticleListing.Default, ConflictRepository.Default, FeedRepository.Default).pipe(
          Layer.provideMerge(storeLayer(path, "read"))
        )
      )
    )
  })
).pipe(Command.withDescription("the terminal UI: articles, conflicts and feeds, following the store as it changes"))
