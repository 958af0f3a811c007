import { Command } from "@effect/cli"
import { ArticleRepository, EventLog } from "@crosscheck/db"
import type { ArticleBrowser } from "@crosscheck/tui"
import { Effect, Option } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, storeLayer } from "./layers.js"
import { rootCommand } from "./rootCommand.js"

/** The TUI's view of the store. Reads are synchronous SQLite queries of a screenful each. */
const articleBrowser = Effect.gen(function* () {
  const articles = yield* ArticleRepository
  const events = yield* EventLog
  const browser: ArticleBrowser = {
    count: () => Effect.runSync(articles.count),
    positionOf: (id) => Effect.runSync(articles.positionOf(id)),
    window: (offset, limit) =>
      Effect.runSync(articles.window(offset, limit)).map((r) => ({
        id: r.id,
        source: r.source,
        time: r.sortTime,
        title: r.title,
        duplicateOf: r.duplicateOf
      })),
    detail: (id) =>
      Option.getOrNull(
        Option.map(Effect.runSync(articles.findById(id)), (a) => ({
          id: a.id,
          source: a.source,
          time: a.published ?? a.fetchedAt,
          title: a.title,
          duplicateOf: a.duplicateOf,
          url: a.url,
          published: a.published,
          fetchedAt: a.fetchedAt,
          body: a.body,
          words: a.words
        }))
      ),
    version: () => Effect.runSync(events.latestSeq)
  }
  return browser
})

export const tuiCommand = Command.make("tui", {}, () =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      return yield* new CliFailure({ message: "crosscheck tui needs a terminal (stdin and stdout must be a TTY)", exitCode: 1 })
    }
    yield* Effect.gen(function* () {
      const browser = yield* articleBrowser
      // Loaded on demand: Ink and React take most of a second to load, which other commands
      // should not pay.
      const { runTui } = yield* Effect.promise(() => import("@crosscheck/tui"))
      // Interrupted (SIGTERM, SIGHUP), the app unmounts and the terminal is restored before the
      // store closes under it.
      yield* Effect.tryPromise({
        try: (signal) => runTui(browser, { signal }),
        catch: (e) => new CliFailure({ message: e instanceof Error ? e.message : String(e), exitCode: 1 })
      })
    }).pipe(Effect.provide(storeLayer(databasePath(db), "read")))
  })
).pipe(Command.withDescription("the terminal UI: the feed of stored articles, newest first"))
