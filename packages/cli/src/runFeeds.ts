import { stripControls } from "@crosscheck/core"
import { type Feed, FeedRepository, FeedWriter, Store, summaryOf } from "@crosscheck/db"
import { type CycleSummary, Poller, PollerConfig, type PollerEvent, renderOpml, withoutCredentials } from "@crosscheck/ingest"
import { Chunk, Effect, Layer, Option, Queue } from "effect"
import { CliFailure } from "./errors.js"
import { databasePath, pipelineLayer, storeLayer } from "./layers.js"
import { importOpml } from "./opmlImport.js"
import { writeErr, writeOut } from "./Output.js"
import { rootCommand } from "./rootCommand.js"

const usage = (message: string) => new CliFailure({ message, exitCode: 2 })

/** A feed URL as the poller can fetch it: http or https, without credentials. */
const feedUrl = (input: string): Effect.Effect<string, CliFailure> => {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return Effect.fail(usage(`not a URL: ${input}`))
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Effect.fail(usage(`not an http(s) URL: ${input}`))
  if (url.username !== "" || url.password !== "") return Effect.fail(usage("credentials in a feed URL are not supported"))
  return Effect.succeed(url.href)
}

/** `feeds add`: lists a feed to poll, or changes one already listed. */
export const addFeed = (args: {
  readonly url: string
  readonly name: Option.Option<string>
  readonly interval: Option.Option<number>
  readonly fetchLinkedPage: boolean
  readonly allowPrivate: boolean
}) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    const url = yield* feedUrl(args.url)
    if (Option.isSome(args.interval) && args.interval.value < 1) return yield* usage("--interval: at least 1 minute")
    const name = Option.getOrNull(args.name)
    yield* Effect.gen(function* () {
      const store = yield* Store
      const writer = yield* FeedWriter
      const now = Date.now()
      const result = yield* store.transaction(`cannot add ${url}`, () => {
        const added = writer.add(
          { url, name, intervalMinutes: Option.getOrNull(args.interval), fetchLinkedPage: args.fetchLinkedPage, allowPrivate: args.allowPrivate },
          now
        )
        if (added !== null) return { feed: added, added: true }
        // Listed already: what was given changes; a disabled feed is enabled and due again.
        const feed = writer.findByUrl(url)!
        writer.configure(
          feed.id,
          {
            name: name ?? feed.name,
            intervalMinutes: Option.getOrElse(args.interval, () => feed.intervalMinutes),
            enabled: true,
            fetchLinkedPage: args.fetchLinkedPage || feed.fetchLinkedPage,
            allowPrivate: args.allowPrivate || feed.allowPrivate
          },
          now
        )
        writer.dueNow(feed.id, now)
        return { feed: writer.find(feed.id)!, added: false }
      })
      yield* writeOut(`${result.added ? "added" : "already listed, updated:"} feed ${result.feed.id}: ${stripControls(result.feed.url, true)}\n`)
    }).pipe(Effect.provide(storeLayer(databasePath(db))))
  })

const when = (ms: number | null): string => (ms === null ? "never" : `${new Date(ms).toISOString().slice(0, 16)}Z`)

const statusOf = (f: Feed): string => {
  if (!f.enabled) return `disabled${f.disabledReason === null ? "" : `: ${f.disabledReason}`}`
  if (f.consecutiveErrors > 0) return `failing (${f.consecutiveErrors}x): ${f.lastError ?? f.lastErrorReason ?? "error"}`
  return f.lastSuccessAt === null ? "new" : "ok"
}

/** `feeds ls`: the feeds with their health. */
export const listFeeds = ({ json }: { readonly json: boolean }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    yield* Effect.gen(function* () {
      const feeds = yield* (yield* FeedRepository).list
      if (json) {
        const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())
        const out = feeds.map((f) => {
          const s = summaryOf(f)
          return JSON.stringify({
            ...s,
            title: f.title,
            lastSuccessAt: iso(s.lastSuccessAt),
            lastPolledAt: iso(s.lastPolledAt),
            nextCheckAt: f.enabled ? iso(s.nextCheckAt) : null,
            fetchLinkedPage: f.fetchLinkedPage,
            allowPrivate: f.allowPrivate
          })
        })
        yield* writeOut(out.map((l) => `${l}\n`).join(""))
        return
      }
      if (feeds.length === 0) {
        yield* writeErr("no feeds (add one with: crosscheck feeds add URL)\n")
        return
      }
      const rows = [
        ["ID", "NAME", "URL", "LAST SUCCESS", "NEXT CHECK", "STATUS"],
        ...feeds.map((f) => [
          String(f.id),
          stripControls(summaryOf(f).name, true).slice(0, 40),
          stripControls(withoutCredentials(f.url), true),
          when(f.lastSuccessAt),
          // (a feed never polled is due at 0: "1970-01-01T00:00Z" said nothing)
          f.enabled ? (f.nextCheckAt <= Date.now() ? "due now" : when(f.nextCheckAt)) : "-",
          stripControls(statusOf(f), true)
        ])
      ]
      const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
      yield* writeOut(rows.map((r) => `${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join("  ")}\n`).join(""))
    }).pipe(Effect.provide(storeLayer(databasePath(db), "read")))
  })

/** `feeds rm`: stops polling a feed; its articles stay. */
export const removeFeed = ({ feed }: { readonly feed: string }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    yield* Effect.gen(function* () {
      const found = yield* (yield* FeedRepository).resolve(feed)
      const store = yield* Store
      const writer = yield* FeedWriter
      yield* store.transaction(`cannot remove feed ${found.id}`, () => writer.remove(found.id, Date.now()))
      yield* writeOut(`removed feed ${found.id}: ${stripControls(found.url, true)} (its articles stay)\n`)
    }).pipe(
      Effect.provide(storeLayer(databasePath(db))),
      Effect.catchTag("FeedNotFound", (e) => Effect.fail(new CliFailure({ message: e.message, exitCode: 1 })))
    )
  })

/** Polls these feeds once, printing each failure on stderr; returns what the cycle did. The
 * poller is built on the store and pipeline already open. */
export const pollOnce = (ids: ReadonlyArray<Feed["id"]>) =>
  Effect.scoped(
    Effect.gen(function* () {
      const poller = yield* Poller
      const queue = yield* poller.subscribe
      const report = (events: Iterable<PollerEvent>) =>
        Effect.forEach(events, (e) =>
          e._tag === "FeedFailed"
            ? writeErr(`error: ${e.url}: ${e.message}\n`)
            : e._tag === "StoreFailed"
              ? writeErr(`error: ${e.message}\n`)
              : e._tag === "FeedMoved"
                ? writeErr(`moved: ${e.from} -> ${e.to}\n`)
                : Effect.void
        )
      const summary: CycleSummary = yield* poller.pollFeeds(ids)
      yield* Effect.flatMap(Queue.takeAll(queue), (events) => report(Chunk.toReadonlyArray(events)))
      return summary
    })
  ).pipe(Effect.provide(Poller.Default.pipe(Layer.provide(PollerConfig.fromEnv))))

/** `feeds import`: adds the feeds of an OPML list, and polls them once with --fetch. */
export const importFeeds = ({ opml, fetch, allowPrivate }: { readonly opml: string; readonly fetch: boolean; readonly allowPrivate: boolean }) =>
  Effect.gen(function* () {
    const { db } = yield* rootCommand
    yield* Effect.gen(function* () {
      const result = yield* importOpml(opml, { allowPrivate })
      if (result.found === 0) return yield* new CliFailure({ message: `${opml}: no feeds in it (no outline with an http(s) xmlUrl)`, exitCode: 1 })
      yield* writeOut(`added ${result.added.length} feeds from ${stripControls(opml, true)} (${result.alreadyListed.length} already listed)\n`)
      if (!fetch) return
      const ids = [...result.added, ...result.alreadyListed].filter((f) => f.enabled).map((f) => f.id)
      const summary = yield* pollOnce(ids)
      yield* writeOut(`polled ${summary.feeds} feeds: ${summary.new} new articles, ${summary.updated} updated, ${summary.failed} failed\n`)
    }).pipe(
      Effect.provide(pipelineLayer(databasePath(db))),
      Effect.catchTag("OpmlUnreadable", (e) => Effect.fail(new CliFailure({ message: e.message, exitCode: 1 })))
    )
  })

/** `feeds export`: the feed list as OPML. */
export const exportFeeds = Effect.gen(function* () {
  const { db } = yield* rootCommand
  yield* Effect.gen(function* () {
    const feeds = yield* (yield* FeedRepository).list
    yield* writeOut(
      renderOpml(
        "crosscheck feeds",
        feeds.map((f) => ({
          url: f.url,
          name: f.name ?? f.title ?? f.url,
          siteUrl: f.siteUrl,
          intervalMinutes: f.intervalMinutes,
          fetchLinkedPage: f.fetchLinkedPage
        }))
      )
    )
  }).pipe(Effect.provide(storeLayer(databasePath(db), "read")))
})
