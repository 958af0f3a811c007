import { FeedWriter, Store } from "@crosscheck/db"
import { defaultPollerSettings, PollerConfig } from "@crosscheck/ingest"
import { Effect, Layer, Option } from "effect"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startDemoServer } from "./demo/index.js"
import { CliFailure } from "./errors.js"
import { storeLayer } from "./layers.js"
import { writeErr } from "./Output.js"
import { rootCommand } from "./rootCommand.js"
import { runTuiOn } from "./runTui.js"

/** The demo polls its loopback feeds every couple of seconds: its evening arrives in two
 * minutes, and an original must be read before the copies of it that follow (see the demo
 * server's copyLeadMs). */
const demoPolling = (leadMs: number) =>
  Layer.succeed(PollerConfig, {
    ...defaultPollerSettings,
    recheckMs: 500,
    policy: {
      ...defaultPollerSettings.policy,
      minIntervalMs: Math.max(250, Math.min(2_000, Math.floor(leadMs / 3))),
      maxIntervalMs: Math.max(500, Math.min(4_000, Math.floor(leadMs / 2))),
      undatedIntervalMs: Math.max(500, Math.min(4_000, Math.floor(leadMs / 2)))
    }
  })

/** `crosscheck demo`: the bundled evening, served on loopback and polled into a fresh database. */
export const runDemo = ({ speed }: { readonly speed: Option.Option<number> }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      return yield* new CliFailure({ message: "crosscheck demo needs a terminal (stdin and stdout must be a TTY)", exitCode: 1 })
    }
    // A fresh database unless one is named: the demo never writes into the user's store.
    const path = Option.getOrElse(db, () => join(mkdtempSync(join(tmpdir(), "crosscheck-demo-")), "demo.db"))
    const server = yield* Effect.tryPromise({
      try: () => startDemoServer({ speed: Option.getOrElse(speed, () => 1) }),
      catch: (e) => new CliFailure({ message: `cannot start the demo's feed server: ${e instanceof Error ? e.message : String(e)}`, exitCode: 1 })
    })
    yield* Effect.addFinalizer(() => Effect.promise(() => server.close()))
    // The outlets' feeds, on loopback: the demo opts in to private addresses, feeds from
    // elsewhere never do unless told to.
    yield* Effect.gen(function* () {
      const store = yield* Store
      const feeds = yield* FeedWriter
      const at = Date.now()
      yield* store.transaction("cannot add the demo's feeds", () => {
        for (const f of server.feeds) feeds.add({ url: f.url, name: f.outlet.title, allowPrivate: true }, at)
      })
    }).pipe(Effect.provide(storeLayer(path)))
    yield* runTuiOn(path, demoPolling(server.copyLeadMs))
    yield* writeErr(`the demo's database is kept at ${path} (crosscheck --db ${path} tui)\n`)
  }).pipe(Effect.scoped)
