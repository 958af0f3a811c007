import { articleIdFor, type FeedId, htmlPageToText, htmlToText, type IncomingArticle, type IncomingItem, itemWarning } from "@crosscheck/core"
import { ArticleRepository, type Feed, type FeedChange, FeedRepository, FeedWriter, type PollState, Store, type StoreError } from "@crosscheck/db"
import { availableParallelism } from "node:os"
import { Chunk, Clock, Config, Context, Effect, Layer, Option, PubSub, Queue, Random, type Scope, Stream } from "effect"
import { charsetOf, decodeDocument, decodingWarning, htmlDeclaredEncoding } from "../feed/decode.js"
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchedFeed,
  fetchBytes,
  fetchFeed,
  type ResponseInfo
} from "../feed/fetchFeed.js"
import { parseFeed } from "../feed/parseFeed.js"
import { noAnalysis, Pipeline, revisionOf } from "../Pipeline.js"
import { type CycleSummary, PollerEvent } from "./events.js"
import { makePermits, type Permits } from "./permits.js"
import { type CacheHints, defaultPolicy, isFullFetchDue, nextCheck, type PollOutcome, type SchedulePolicy, weeklyItemsOf } from "./schedule.js"

/** Whether the claim workers read the cycle's new articles while it goes on. Only with a core to
 * spare: on two cores the worker takes the second core from the cycle's own parsing, storing and
 * garbage collection. Measured (500 local feeds, 10,000 new items, quiet 2-core machine, two runs
 * each): the cycle took 6.5-6.7 s reading ahead and 3.6-3.9 s not, and analysis caught up at
 * 21.7-22.6 s against 17.9-20.5 s. Analysis reads ahead as before once the cycle is stored. */
const READ_AHEAD_IN_CYCLE = availableParallelism() > 2

export interface PollerSettings {
  /** fetches at once, over all hosts */
  readonly concurrency: number
  /** fetches at once from one host */
  readonly perHost: number
  /** how many feeds may be fetched ahead of the one being stored (see cycle) */
  readonly window: number
  readonly timeoutMs: number
  readonly connectTimeoutMs: number
  readonly maxBytes: number
  readonly userAgent: string
  readonly policy: SchedulePolicy
  /** how often an idle loop looks for feeds made due by another process (feeds add, a TUI's
   * refresh) */
  readonly recheckMs: number
  /** how long the loop waits after the store failed (disk full, locked for long) */
  readonly storeRetryMs: number
  /** at most this many feeds' results stored in one transaction */
  readonly storeGroup: number
}

export const defaultPollerSettings: PollerSettings = {
  concurrency: 16,
  perHost: 2,
  window: 256,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  userAgent: DEFAULT_USER_AGENT,
  policy: defaultPolicy,
  recheckMs: 5_000,
  storeRetryMs: 30_000,
  storeGroup: 64
}

/** The poller's settings. `fromEnv` reads CROSSCHECK_POLL_CONCURRENCY and
 * CROSSCHECK_POLL_PER_HOST over the defaults. */
export class PollerConfig extends Context.Tag("crosscheck/PollerConfig")<PollerConfig, PollerSettings>() {
  static readonly fromEnv = Layer.effect(
    PollerConfig,
    Effect.map(
      Config.all({
        concurrency: Config.integer("CROSSCHECK_POLL_CONCURRENCY").pipe(Config.withDefault(defaultPollerSettings.concurrency)),
        perHost: Config.integer("CROSSCHECK_POLL_PER_HOST").pipe(Config.withDefault(defaultPollerSettings.perHost))
      }),
      ({ concurrency, perHost }) => ({ ...defaultPollerSettings, concurrency: Math.max(1, concurrency), perHost: Math.max(1, perHost) })
    )
  )
}

/** An item whose feed text is shorter than this (as plain text) carries only a summary: with
 * the feed's setting on, its linked page is fetched. */
export const SUMMARY_CHARS = 1000
const HTTP = /^https?:\/\//i
const PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

/** What fetching one feed gave, before anything is stored. */
type Fetched =
  | {
      readonly _tag: "Items"
      readonly feed: Feed
      readonly fetched: Extract<FetchedFeed, { _tag: "Fetched" }>
      readonly title: string
      readonly siteUrl: string | null
      readonly ttlMinutes: number | null
      readonly items: ReadonlyArray<IncomingItem>
      readonly pages: number
      readonly full: boolean
      readonly ms: number
    }
  | { readonly _tag: "Same"; readonly feed: Feed; readonly info: ResponseInfo; readonly full: boolean; readonly ms: number }
  | {
      readonly _tag: "Failed"
      readonly feed: Feed
      readonly reason: string
      readonly message: string
      readonly retryAfterMs: number | null
      readonly ms: number
    }

const hintsOf = (info: ResponseInfo, ttlMinutes: number | null): CacheHints => ({
  ttlMinutes,
  cacheControl: info.cacheControl,
  expires: info.expires,
  date: info.date
})

/** Refresh now, from any process: makes one feed (or every enabled feed) due at once. The
 * process polling the database (a daemon, or a TUI polling in-process) polls it within its
 * recheck interval (5 s); in that process, Poller.refresh also wakes the loop at once. */
export const refreshFeeds = (feedId?: FeedId) =>
  Effect.gen(function* () {
    const store = yield* Store
    const feeds = yield* FeedRepository
    const writer = yield* FeedWriter
    const now = yield* Clock.currentTimeMillis
    const ids = feedId === undefined ? (yield* feeds.enabled).map((f) => f.id) : [feedId]
    yield* store.transaction("cannot schedule a refresh", () => {
      for (const id of ids) writer.dueNow(id, now)
    })
  })

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return url
  }
}

interface Counts {
  fetched: number
  notModified: number
  failed: number
  storeFailures: number
  new: number
  updated: number
}

/**
 * Polls the feeds in the database into the one pipeline. A cycle takes the feeds that are due,
 * fetches them concurrently (16 at once, 2 per host, a slow or dead feed holding only its own
 * slots) and stores each feed's items, with its new state, in one transaction, in the order of
 * the feed list, whatever order the fetches finish in: the same served content gives the same
 * database, as the pipeline promises for its input. Feeds fetched while an earlier one is still
 * being fetched wait in memory (at most `window` of them, each within the fetch caps); a feed
 * that never answers holds them up for at most the 20 s deadline.
 *
 * Each poll writes back the feed's validators, health and next check (see schedule.ts); a
 * change a reader should see (a failure, a recovery, a move, Gone) is a `feed.changed` event in
 * the same transaction. Typed PollerEvents go to subscribers as it happens (the daemon's log,
 * the TUI). `run` is the daemon's loop; `refresh` makes feeds due now and wakes it.
 */
export class Poller extends Effect.Service<Poller>()("crosscheck/Poller", {
  scoped: Effect.gen(function* () {
    const settings = yield* PollerConfig
    const store = yield* Store
    const feeds = yield* FeedRepository
    const feedWriter = yield* FeedWriter
    const articles = yield* ArticleRepository
    const pipeline = yield* Pipeline
    // Sliding: a subscriber that stops reading (a frozen TUI) loses old events instead of
    // growing memory; a cycle of 500 feeds publishes about 500.
    const events = yield* PubSub.sliding<PollerEvent>(4096)
    const wake = yield* Queue.sliding<void>(1)
    const global = makePermits(settings.concurrency)
    const hosts = new Map<string, Permits>()
    // One cycle at a time: the loop's, or one asked for directly (--once, a test).
    const cycleLock = yield* Effect.makeSemaphore(1)

    // Called in line with each event, in order, before it is published: for a log that must
    // not lose the last lines when the process stops.
    const listeners = new Set<(e: PollerEvent) => void>()
    const publish = (e: PollerEvent) =>
      Effect.zipRight(
        Effect.sync(() => {
          for (const listener of listeners) listener(e)
        }),
        PubSub.publish(events, e)
      )

    /** A fetch takes its host's permit first, then a global one: a fetch waiting for a busy
     * host does not hold a slot another host could use. */
    const limited = <A, E>(url: string, effect: Effect.Effect<A, E>): Effect.Effect<A, E> => {
      const host = hostOf(url)
      let permits = hosts.get(host)
      if (permits === undefined) {
        permits = makePermits(settings.perHost)
        hosts.set(host, permits)
      }
      return permits.withPermit(global.withPermit(effect))
    }

    const caps = { timeoutMs: settings.timeoutMs, connectTimeoutMs: settings.connectTimeoutMs, maxBytes: settings.maxBytes, userAgent: settings.userAgent }

    /** The linked page of an item, as text, or null when it is not an HTML page. */
    const fetchPage = (url: string, allowPrivate: boolean) =>
      limited(url, fetchBytes(url, { ...caps, allowPrivate, accept: PAGE_ACCEPT })).pipe(
        Effect.map((r) => {
          if (r._tag !== "Fetched") return null
          const decoded = decodeDocument(r.bytes, [
            { from: "header", label: charsetOf(r.contentType) },
            { from: "declaration", label: htmlDeclaredEncoding(r.bytes) }
          ])
          const html = /html/i.test(r.contentType ?? "") || /^\s*<(!doctype html|html)\b/i.test(decoded.text)
          return html ? htmlPageToText(decoded.text) : null
        })
      )

    /** With the feed's setting on: the page of each new or edited item that carries only a
     * summary replaces the summary, when the page has more to say. The item keeps the revision
     * of what the feed sent, so the next poll does not see an edit. A page that cannot be
     * fetched leaves the summary, with a warning. */
    const withLinkedPages = (feed: Feed, items: ReadonlyArray<IncomingItem>) =>
      Effect.gen(function* () {
        const candidates: Array<IncomingArticle> = []
        for (const item of items) {
          if (item._tag === "IncomingArticle" && HTTP.test(item.url) && htmlToText(item.text).length < SUMMARY_CHARS) candidates.push(item)
        }
        if (candidates.length === 0) return { items, pages: 0 }
        const stored = yield* articles.revisions(candidates.map((i) => articleIdFor(i.identity ?? i.url)))
        const wanted = candidates.filter((i) => {
          const s = stored.get(articleIdFor(i.identity ?? i.url))
          return s === undefined || (s.revision !== null && s.revision !== revisionOf(i))
        })
        const pages = yield* Effect.forEach(wanted, (item) => Effect.either(fetchPage(item.url, feed.allowPrivate)), {
          concurrency: "unbounded"
        })
        const replaced = new Map<IncomingArticle, ReadonlyArray<IncomingItem>>()
        let fetched = 0
        wanted.forEach((item, k) => {
          const page = pages[k]!
          if (page._tag === "Left") {
            replaced.set(item, [itemWarning(item.origin, `linked page not read (${page.left.detail}); kept the summary`), item])
            return
          }
          fetched++
          if (page.right === null || page.right.text.length <= htmlToText(item.text).length) return
          replaced.set(item, [
            { ...item, text: page.right.text, isHtml: false, title: item.title.trim() === "" ? page.right.title : item.title, revision: revisionOf(item) }
          ])
        })
        return { items: items.flatMap((i) => (i._tag === "IncomingArticle" ? (replaced.get(i) ?? [i]) : [i])), pages: fetched }
      })

    /** Fetches and parses one feed; nothing is stored. Never fails: a failure is a value. */
    const fetchOne = (feed: Feed): Effect.Effect<Fetched> =>
      Effect.gen(function* () {
        const started = yield* Clock.currentTimeMillis
        const elapsed = Effect.map(Clock.currentTimeMillis, (t) => t - started)
        const full = isFullFetchDue(feed.lastFullFetchAt, started, settings.policy)
        const response = yield* Effect.either(
          limited(
            feed.url,
            fetchFeed(feed.url, {
              ...caps,
              allowPrivate: feed.allowPrivate,
              etag: full ? null : feed.etag,
              lastModified: full ? null : feed.lastModified
            })
          )
        )
        if (response._tag === "Left") {
          const e = response.left
          return { _tag: "Failed", feed, reason: e.reason._tag, message: e.detail, retryAfterMs: e.retryAfterMs ?? null, ms: yield* elapsed }
        }
        const r = response.right
        if (r._tag === "NotModified") return { _tag: "Same", feed, info: r, full, ms: yield* elapsed }
        // A 200 is as good as a 304 when the bytes are the ones we read last time, or (between
        // full fetches) when the validator is unchanged: nothing to parse.
        const sameValidator =
          !full && ((r.etag !== null && r.etag === feed.etag) || (r.etag === null && r.lastModified !== null && r.lastModified === feed.lastModified))
        if (r.bodyHash === feed.bodyHash || sameValidator) return { _tag: "Same", feed, info: r, full, ms: yield* elapsed }
        const parsed = yield* Effect.either(
          parseFeed(r.text, { origin: r.url, feedId: feed.id, scope: feed.scope, ...(feed.name === null ? {} : { sourceName: feed.name }) })
        )
        if (parsed._tag === "Left") {
          return { _tag: "Failed", feed, reason: "NotAFeed", message: `not a feed (${parsed.left.reason})`, retryAfterMs: null, ms: yield* elapsed }
        }
        const warning = r.undecodable > 0 ? decodingWarning({ text: "", encoding: r.encoding, from: "utf-8", replaced: r.undecodable }) : null
        let items: ReadonlyArray<IncomingItem> = warning === null ? parsed.right.items : [itemWarning(feed.url, warning), ...parsed.right.items]
        let pages = 0
        if (feed.fetchLinkedPage) {
          const read = yield* withLinkedPages(feed, items).pipe(Effect.catchAll(() => Effect.succeed({ items, pages: 0 })))
          items = read.items
          pages = read.pages
        }
        return {
          _tag: "Items",
          feed,
          fetched: r,
          title: parsed.right.title,
          siteUrl: parsed.right.link,
          ttlMinutes: parsed.right.ttlMinutes,
          items,
          pages,
          full,
          ms: yield* elapsed
        }
      })

    /** What a poll changes in a feed: its new state, and when to come back. */
    const planOf = (result: Fetched, now: number, random: number) => {
      const { feed } = result
      const outcome: PollOutcome =
        result._tag === "Failed"
          ? { _tag: "Failed", reason: result.reason, retryAfterMs: result.retryAfterMs }
          : result._tag === "Same"
            ? { _tag: "NotModified", hints: hintsOf(result.info, feed.ttlMinutes) }
            : {
                _tag: "Fetched",
                weeklyItems: weeklyItemsOf(
                  result.items.flatMap((i) => (i._tag === "IncomingArticle" ? [i.published] : [])),
                  now
                ),
                hints: hintsOf(result.fetched, result.ttlMinutes)
              }
      const next = nextCheck(feed, outcome, now, random, settings.policy)
      const failed = result._tag === "Failed"
      const info = result._tag === "Items" ? result.fetched : result._tag === "Same" ? result.info : null
      const state: PollState = {
        url: feed.url,
        title: result._tag === "Items" && result.title !== "" ? result.title : feed.title,
        siteUrl: result._tag === "Items" ? result.siteUrl : feed.siteUrl,
        enabled: next.enabled,
        disabledReason: next.enabled ? feed.disabledReason : result._tag === "Failed" ? result.reason : null,
        etag: info === null ? feed.etag : (info.etag ?? (result._tag === "Same" ? feed.etag : null)),
        lastModified: info === null ? feed.lastModified : (info.lastModified ?? (result._tag === "Same" ? feed.lastModified : null)),
        bodyHash: result._tag === "Items" ? result.fetched.bodyHash : feed.bodyHash,
        ttlMinutes: result._tag === "Items" ? result.ttlMinutes : feed.ttlMinutes,
        weeklyItems: outcome._tag === "Fetched" ? outcome.weeklyItems : feed.weeklyItems,
        nextCheckAt: next.at,
        lastPolledAt: now,
        lastSuccessAt: failed ? feed.lastSuccessAt : now,
        lastFullFetchAt: !failed && result.full ? now : feed.lastFullFetchAt,
        lastError: failed ? result.message : null,
        lastErrorReason: failed ? result.reason : null,
        lastErrorAt: failed ? now : feed.lastErrorAt,
        consecutiveErrors: failed ? feed.consecutiveErrors + 1 : 0
      }
      return { result, next, state, info, moved: null as string | null }
    }

    /** Stores what a group of fetches gave (the feeds whose results were ready together, in
     * list order): their items through the pipeline and, in the same transaction, each feed's
     * new state. One transaction for the group, not one per feed: each commit is a sync to
     * disk, and a cycle of 500 feeds would spend seconds in them. */
    const storeGroup = (results: ReadonlyArray<Fetched>, counts: Counts) =>
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        const plans: Array<ReturnType<typeof planOf>> = []
        for (const result of results) {
          // A feed removed while it was fetched: nothing to store it under.
          if (!(yield* feeds.exists(result.feed.id))) continue
          plans.push(planOf(result, now, yield* Random.next))
        }
        const changes: Array<FeedChange | null> = plans.map(() => null)
        const stored = yield* pipeline.storeGroups(
          plans.map((p) => (p.result._tag === "Items" ? p.result.items : [])),
          () => {
            plans.forEach((p, k) => {
              const { feed } = p.result
              const failed = p.result._tag === "Failed"
              const target = p.info?.permanentUrl ?? null
              if (!failed && target !== null && target !== feed.url && feedWriter.findByUrl(target) === null) p.moved = target
              const change: FeedChange | null = !p.next.enabled
                ? "disabled"
                : p.moved !== null
                  ? "moved"
                  : failed || feed.consecutiveErrors > 0
                    ? "health"
                    : p.state.title !== feed.title || p.state.siteUrl !== feed.siteUrl
                      ? "updated"
                      : null
              changes[k] = change
              feedWriter.recordPoll(feed.id, { ...p.state, url: p.moved ?? p.state.url }, change, now)
            })
          }
        )
        // The claim workers start on what was just stored while the cycle goes on, when a core
        // is spare for them.
        if (READ_AHEAD_IN_CYCLE) yield* pipeline.readAhead
        // The events follow the commit.
        for (const [k, p] of plans.entries()) {
          const { result, next, state, info, moved } = p
          const { feed } = result
          const tally = stored[k]!
          if (moved !== null) yield* publish(PollerEvent.FeedMoved({ at: now, feedId: feed.id, from: feed.url, to: moved }))
          if (result._tag === "Failed") {
            counts.failed++
            yield* publish(
              PollerEvent.FeedFailed({
                at: now,
                feedId: feed.id,
                url: feed.url,
                reason: result.reason,
                message: result.message,
                consecutiveErrors: state.consecutiveErrors,
                nextCheckAt: next.at,
                disabled: !next.enabled,
                ms: result.ms
              })
            )
            continue
          }
          if (result._tag === "Same") counts.notModified++
          else counts.fetched++
          counts.new += tally.new
          counts.updated += tally.updated
          yield* publish(
            PollerEvent.FeedPolled({
              at: now,
              feedId: feed.id,
              url: moved ?? feed.url,
              result: result._tag === "Same" ? "NotModified" : "Fetched",
              status: info?.status ?? 0,
              items: tally.items,
              new: tally.new,
              updated: tally.updated,
              itemErrors: tally.errors,
              pages: result._tag === "Items" ? result.pages : 0,
              ms: result.ms,
              nextCheckAt: next.at
            })
          )
        }
      }).pipe(
        // Written whole or not at all; the events follow the commit.
        Effect.uninterruptible,
        Effect.catchTag("StoreError", (e: StoreError) =>
          Effect.gen(function* () {
            counts.storeFailures += results.length
            const at = yield* Clock.currentTimeMillis
            for (const r of results) yield* publish(PollerEvent.StoreFailed({ at, feedId: r.feed.id, message: e.message }))
          })
        )
      )

    /** One cycle over these feeds: fetched concurrently, stored in their order. */
    const cycle = (list: ReadonlyArray<Feed>): Effect.Effect<CycleSummary> =>
      cycleLock.withPermits(1)(
        Effect.gen(function* () {
          const started = yield* Clock.currentTimeMillis
          const counts: Counts = { fetched: 0, notModified: 0, failed: 0, storeFailures: 0, new: 0, updated: 0 }
          if (list.length > 0) yield* publish(PollerEvent.CycleStarted({ at: started, feeds: list.length }))
          yield* Stream.fromIterable(list).pipe(
            // Ordered: results come out in list order, each fetch starting as soon as the
            // semaphores let it; at most `window` fetched ahead of the one being stored.
            Stream.mapEffect(fetchOne, { concurrency: Math.max(1, Math.min(settings.window, list.length)) }),
            // Stored together: the results ready at the same moment (the pipeline's results do
            // not depend on where such groups begin and end).
            Stream.groupedWithin(settings.storeGroup, "10 millis"),
            Stream.runForEach((group) => storeGroup(Chunk.toReadonlyArray(group), counts))
          )
          const stored = yield* Clock.currentTimeMillis
          // The analysis stage, once the cycle's articles are stored and shown: none of its work
          // on this thread delays them (the claim workers read ahead during the cycle). Also
          // what a previous process left queued, and with no feeds due.
          const analysis = yield* pipeline.catchUp.pipe(
            Effect.uninterruptible,
            Effect.catchTag("StoreError", (e: StoreError) =>
              Effect.gen(function* () {
                counts.storeFailures++
                yield* publish(PollerEvent.StoreFailed({ at: yield* Clock.currentTimeMillis, feedId: null, message: e.message }))
                return noAnalysis
              })
            )
          )
          const finished = yield* Clock.currentTimeMillis
          const summary: CycleSummary = { feeds: list.length, ...counts, ms: stored - started, analysedMs: finished - started, analysed: analysis.analysed }
          if (list.length > 0) {
            yield* publish(
              PollerEvent.CycleFinished({
                at: finished,
                feeds: summary.feeds,
                fetched: summary.fetched,
                notModified: summary.notModified,
                failed: summary.failed,
                new: summary.new,
                updated: summary.updated,
                ms: summary.ms,
                analysed: summary.analysed,
                analysedMs: summary.analysedMs
              })
            )
          }
          return summary
        })
      )

    const failedRead = (e: StoreError): Effect.Effect<CycleSummary> =>
      Effect.gen(function* () {
        yield* publish(PollerEvent.StoreFailed({ at: yield* Clock.currentTimeMillis, feedId: null, message: e.message }))
        return { feeds: 0, fetched: 0, notModified: 0, failed: 0, storeFailures: 1, new: 0, updated: 0, ms: 0, analysed: 0, analysedMs: 0 }
      })

    /** One cycle over the feeds due now. */
    const pollDue: Effect.Effect<CycleSummary> = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      feeds.due(now).pipe(Effect.matchEffect({ onFailure: failedRead, onSuccess: cycle }))
    )

    /** One cycle over every enabled feed, due or not (`daemon --once`). */
    const pollAll: Effect.Effect<CycleSummary> = feeds.enabled.pipe(Effect.matchEffect({ onFailure: failedRead, onSuccess: cycle }))

    /** One cycle over these feeds now, enabled or not (`import x.opml --fetch`, a test). */
    const pollFeeds = (ids: ReadonlyArray<FeedId>): Effect.Effect<CycleSummary, StoreError> =>
      Effect.flatMap(
        Effect.forEach(ids, (id) => feeds.findById(id)),
        (found) => cycle(found.flatMap((f) => (Option.isSome(f) ? [f.value] : [])))
      )

    /** Refresh now: makes one feed (or every enabled feed) due at once and wakes the loop. */
    const refresh = (feedId?: FeedId): Effect.Effect<void, StoreError> =>
      Effect.zipRight(
        refreshFeeds(feedId).pipe(
          Effect.provideService(Store, store),
          Effect.provideService(FeedRepository, feeds),
          Effect.provideService(FeedWriter, feedWriter)
        ),
        Queue.offer(wake, undefined)
      )

    /** The daemon's loop: a cycle over what is due, then sleep until the next feed is due (or
     * `recheckMs`, to notice feeds made due by other processes, or a refresh). Never ends;
     * interrupt it to stop (a transaction in progress completes first). */
    const run: Effect.Effect<never> = Effect.gen(function* () {
      for (;;) {
        const summary = yield* pollDue
        const now = yield* Clock.currentTimeMillis
        const next = yield* feeds.nextCheckAt.pipe(Effect.orElseSucceed(() => null))
        let wait = Math.min(next === null ? settings.recheckMs : Math.max(0, next - now), settings.recheckMs)
        if (summary.storeFailures > 0) wait = Math.max(wait, settings.storeRetryMs)
        yield* Queue.takeAll(wake) // a wake-up from before this cycle is spent
        if (wait > 0) yield* Effect.raceFirst(Effect.sleep(wait), Queue.take(wake))
      }
    })

    /** The poller's events from now on, for as long as the scope lasts (a sliding queue: a
     * reader that falls 4096 events behind loses the oldest). */
    const subscribe: Effect.Effect<Queue.Dequeue<PollerEvent>, never, Scope.Scope> = PubSub.subscribe(events)

    /** Calls `listener` with every event, synchronously and in order, for as long as the scope
     * lasts: nothing is lost when the process stops right after an event. */
    const onEvent = (listener: (e: PollerEvent) => void): Effect.Effect<void, never, Scope.Scope> =>
      Effect.acquireRelease(
        Effect.sync(() => void listeners.add(listener)),
        () => Effect.sync(() => void listeners.delete(listener))
      )

    return { pollDue, pollAll, pollFeeds, refresh, run, subscribe, onEvent, events: Stream.fromPubSub(events) } as const
  }),
  dependencies: [FeedRepository.Default, FeedWriter.Default]
}) {}
