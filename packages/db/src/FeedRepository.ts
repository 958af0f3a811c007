import { FeedId } from "@crosscheck/core"
import { Data, Effect, Option, Schema } from "effect"
import { EventWriter, type FeedChange } from "./EventLog.js"
import { lazyStatement } from "./statements.js"
import { Store } from "./Store.js"

/** SQLite's 0/1 for a flag; anything else in the column is a corrupt row. */
const Flag = Schema.transform(Schema.Literal(0, 1), Schema.Boolean, {
  strict: true,
  decode: (n) => n === 1,
  encode: (b) => (b ? 1 : 0)
})
const Text = Schema.NullOr(Schema.String)
const Millis = Schema.NullOr(Schema.Number)

/** A feed with its settings and poll state, as a row of `feeds` decodes. Times are epoch ms. */
export const Feed = Schema.Struct({
  id: FeedId,
  url: Schema.String,
  /** the name the user gave it */
  name: Text,
  /** the feed's own title, as last read */
  title: Text,
  siteUrl: Text,
  /** what its non-URL GUIDs are scoped to (the URL it was added with) */
  scope: Schema.String,
  /** a fixed interval, or null for adaptive */
  intervalMinutes: Schema.NullOr(Schema.Int),
  enabled: Flag,
  disabledReason: Text,
  fetchLinkedPage: Flag,
  allowPrivate: Flag,
  etag: Text,
  lastModified: Text,
  bodyHash: Text,
  ttlMinutes: Schema.NullOr(Schema.Number),
  weeklyItems: Schema.NullOr(Schema.Number),
  nextCheckAt: Schema.Number,
  lastPolledAt: Millis,
  lastSuccessAt: Millis,
  lastFullFetchAt: Millis,
  lastError: Text,
  lastErrorReason: Text,
  lastErrorAt: Millis,
  consecutiveErrors: Schema.Int,
  createdAt: Schema.Number
})
export type Feed = typeof Feed.Type

/** A feed as the feeds pane and `feeds ls` show it. */
export interface FeedSummary {
  readonly id: FeedId
  /** the user's name, else the feed's title, else its URL */
  readonly name: string
  readonly url: string
  readonly enabled: boolean
  /** why the poller disabled it (Gone), or null */
  readonly disabledReason: string | null
  readonly lastSuccessAt: number | null
  readonly lastPolledAt: number | null
  /** the last failure, one line, and its tag (Timeout, HttpStatus, NotAFeed...) */
  readonly lastError: string | null
  readonly lastErrorReason: string | null
  readonly consecutiveErrors: number
  readonly nextCheckAt: number
  readonly intervalMinutes: number | null
}

export const summaryOf = (f: Feed): FeedSummary => ({
  id: f.id,
  name: f.name ?? f.title ?? f.url,
  url: f.url,
  enabled: f.enabled,
  disabledReason: f.disabledReason,
  lastSuccessAt: f.lastSuccessAt,
  lastPolledAt: f.lastPolledAt,
  lastError: f.lastError,
  lastErrorReason: f.lastErrorReason,
  consecutiveErrors: f.consecutiveErrors,
  nextCheckAt: f.nextCheckAt,
  intervalMinutes: f.intervalMinutes
})

/** What a user sets when adding a feed (`feeds add`, OPML). */
export interface NewFeed {
  readonly url: string
  readonly name?: string | null
  readonly intervalMinutes?: number | null
  readonly fetchLinkedPage?: boolean
  readonly allowPrivate?: boolean
}

/** A feed's poll state after a poll: what the poller writes back. */
export type PollState = Pick<
  Feed,
  | "url"
  | "title"
  | "siteUrl"
  | "enabled"
  | "disabledReason"
  | "etag"
  | "lastModified"
  | "bodyHash"
  | "ttlMinutes"
  | "weeklyItems"
  | "nextCheckAt"
  | "lastPolledAt"
  | "lastSuccessAt"
  | "lastFullFetchAt"
  | "lastError"
  | "lastErrorReason"
  | "lastErrorAt"
  | "consecutiveErrors"
>

/** A feed the user named does not exist. */
export class FeedNotFound extends Data.TaggedError("FeedNotFound")<{ readonly feed: string }> {
  override get message(): string {
    return `no feed ${this.feed}`
  }
}

const COLUMNS = `id, url, name, title, site_url AS siteUrl, scope, interval_minutes AS intervalMinutes, enabled,
  disabled_reason AS disabledReason, fetch_linked_page AS fetchLinkedPage, allow_private AS allowPrivate, etag,
  last_modified AS lastModified, body_hash AS bodyHash, ttl_minutes AS ttlMinutes, weekly_items AS weeklyItems,
  next_check_at AS nextCheckAt, last_polled_at AS lastPolledAt, last_success_at AS lastSuccessAt,
  last_full_fetch_at AS lastFullFetchAt, last_error AS lastError, last_error_reason AS lastErrorReason,
  last_error_at AS lastErrorAt, consecutive_errors AS consecutiveErrors, created_at AS createdAt`

// A row as SQLite gives it: a feed added before scopes were stored has none (its URL is its scope).
const decodeFeed = Schema.decodeUnknownSync(
  Schema.transform(Schema.Struct({ ...Feed.fields, scope: Text }), Schema.typeSchema(Feed), {
    strict: true,
    decode: (row) => ({ ...row, scope: row.scope ?? row.url }),
    encode: (feed) => feed
  })
)
const toFeed = (row: unknown): Feed => decodeFeed(row)

/** Writes feed changes with their `feed.changed` events; only inside a transaction (the
 * poller's, beside the articles the poll stored). */
export class FeedWriter extends Effect.Service<FeedWriter>()("crosscheck/FeedWriter", {
  effect: Effect.gen(function* () {
    const { sqlite } = yield* Store
    const events = yield* EventWriter
    const insert = lazyStatement(
      sqlite,
      `INSERT INTO feeds (url, name, scope, interval_minutes, fetch_linked_page, allow_private, next_check_at, created_at)
       VALUES (@url, @name, @url, @intervalMinutes, @fetchLinkedPage, @allowPrivate, 0, @at)
       ON CONFLICT(url) DO NOTHING`
    )
    const byId = lazyStatement(sqlite, `SELECT ${COLUMNS} FROM feeds WHERE id = ?`)
    const byUrl = lazyStatement(sqlite, `SELECT ${COLUMNS} FROM feeds WHERE url = ?`)
    const remove = lazyStatement(sqlite, `DELETE FROM feeds WHERE id = ?`)
    const updateState = lazyStatement(
      sqlite,
      `UPDATE feeds SET url = @url, title = @title, site_url = @siteUrl, enabled = @enabled, disabled_reason = @disabledReason,
         etag = @etag, last_modified = @lastModified, body_hash = @bodyHash, ttl_minutes = @ttlMinutes,
         weekly_items = @weeklyItems, next_check_at = @nextCheckAt, last_polled_at = @lastPolledAt,
         last_success_at = @lastSuccessAt, last_full_fetch_at = @lastFullFetchAt, last_error = @lastError,
         last_error_reason = @lastErrorReason, last_error_at = @lastErrorAt, consecutive_errors = @consecutiveErrors
       WHERE id = @id`
    )
    const updateSettings = lazyStatement(
      sqlite,
      `UPDATE feeds SET name = @name, interval_minutes = @intervalMinutes, enabled = @enabled,
         disabled_reason = CASE WHEN @enabled THEN NULL ELSE disabled_reason END,
         fetch_linked_page = @fetchLinkedPage, allow_private = @allowPrivate
       WHERE id = @id`
    )
    const due = lazyStatement(sqlite, `UPDATE feeds SET next_check_at = ? WHERE id = ? AND next_check_at > ?`)

    const find = (id: number): Feed | null => {
      const row = byId().get(id)
      return row === undefined ? null : toFeed(row)
    }

    return {
      find,
      findByUrl: (url: string): Feed | null => {
        const row = byUrl().get(url)
        return row === undefined ? null : toFeed(row)
      },

      /** Adds a feed, due at once; a URL already listed is left as it is (null). */
      add: (feed: NewFeed, at: number): Feed | null => {
        const result = insert().run({
          url: feed.url,
          name: feed.name ?? null,
          intervalMinutes: feed.intervalMinutes ?? null,
          fetchLinkedPage: feed.fetchLinkedPage === true ? 1 : 0,
          allowPrivate: feed.allowPrivate === true ? 1 : 0,
          at
        })
        if (result.changes !== 1) return null
        const id = Number(result.lastInsertRowid)
        events.append({ kind: "feed.changed", feedId: id, change: "added" }, at)
        return find(id)
      },

      /** Removes a feed; its articles stay (their feed becomes unknown). */
      remove: (id: number, at: number): boolean => {
        if (remove().run(id).changes !== 1) return false
        events.append({ kind: "feed.changed", feedId: id, change: "removed" }, at)
        return true
      },

      /** Changes what the user set. */
      configure: (id: number, settings: Pick<Feed, "name" | "intervalMinutes" | "enabled" | "fetchLinkedPage" | "allowPrivate">, at: number): void => {
        updateSettings().run({
          id,
          name: settings.name,
          intervalMinutes: settings.intervalMinutes,
          enabled: settings.enabled ? 1 : 0,
          fetchLinkedPage: settings.fetchLinkedPage ? 1 : 0,
          allowPrivate: settings.allowPrivate ? 1 : 0
        })
        events.append({ kind: "feed.changed", feedId: id, change: "updated" }, at)
      },

      /** Writes a feed's state after a poll, with an event when `change` says something a
       * reader should see happened (null for a plain successful poll). */
      recordPoll: (id: number, state: PollState, change: FeedChange | null, at: number): void => {
        updateState().run({
          id,
          ...state,
          enabled: state.enabled ? 1 : 0
        })
        if (change !== null) events.append({ kind: "feed.changed", feedId: id, change }, at)
      },

      /** Makes a feed due at `at` (refresh now); returns whether it was due later. */
      dueNow: (id: number, at: number): boolean => due().run(at, id, at).changes === 1
    } as const
  }),
  dependencies: [EventWriter.Default]
}) {}

/** Reads of the feed list: for `feeds ls`, the feeds pane, and the poller's schedule. */
export class FeedRepository extends Effect.Service<FeedRepository>()("crosscheck/FeedRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const all = sqlite.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY id`)
    const byId = sqlite.prepare(`SELECT ${COLUMNS} FROM feeds WHERE id = ?`)
    const byUrl = sqlite.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?`)
    const dueRows = sqlite.prepare(`SELECT ${COLUMNS} FROM feeds WHERE enabled = 1 AND next_check_at <= ? ORDER BY next_check_at, id LIMIT ?`)
    const enabledRows = sqlite.prepare(`SELECT ${COLUMNS} FROM feeds WHERE enabled = 1 ORDER BY id`)
    const nextDue = sqlite.prepare(`SELECT min(next_check_at) FROM feeds WHERE enabled = 1`).pluck()
    const countRows = sqlite.prepare(`SELECT count(*) FROM feeds`).pluck()
    const idRow = sqlite.prepare(`SELECT 1 FROM feeds WHERE id = ?`).pluck()

    const read = <A>(f: () => A) => store.query("cannot read feeds", f)

    /** Every feed, in the order they were added. */
    const list = read(() => all.all().map(toFeed))

    /** The feeds pane: every feed with its health, in the order they were added. */
    const health = Effect.map(list, (feeds) => feeds.map(summaryOf))

    const findById = (id: number) => read(() => Option.map(Option.fromNullable(byId.get(id)), toFeed))

    const findByUrl = (url: string) => read(() => Option.map(Option.fromNullable(byUrl.get(url)), toFeed))

    /** A feed named on the command line: its id, else its URL. */
    const resolve = (idOrUrl: string) =>
      Effect.flatMap(
        /^\d+$/.test(idOrUrl) ? findById(Number(idOrUrl)) : findByUrl(idOrUrl),
        Option.match({ onNone: () => Effect.fail(new FeedNotFound({ feed: idOrUrl })), onSome: Effect.succeed })
      )

    /** Enabled feeds due at `now`, soonest first (then by id), at most `limit`. */
    const due = (now: number, limit = 10_000) => read(() => dueRows.all(now, limit).map(toFeed))

    /** Every enabled feed, by id (daemon --once). */
    const enabled = read(() => enabledRows.all().map(toFeed))

    /** When the next enabled feed is due, or null when none is enabled. */
    const nextCheckAt = read(() => (nextDue.get() as number | null) ?? null)

    const count = read(() => countRows.get() as number)

    /** Whether a feed is still listed: the poller's check before storing what it fetched, which
     * needs no row read and decoded. */
    const exists = (id: number) => read(() => idRow.get(id) !== undefined)

    return { list, health, findById, findByUrl, resolve, due, enabled, nextCheckAt, count, exists } as const
  })
}) {}
