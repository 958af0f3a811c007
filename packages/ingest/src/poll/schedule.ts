/** When to poll a feed next: one pure function of the feed, what its last poll gave, the time
 * and a random number (the jitter), learned from Miniflux's entry-frequency scheduler,
 * FreshRSS, tt-rss and newsboat. No clock and no I/O here: the poller passes them in. */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY

export interface SchedulePolicy {
  /** the adaptive interval's bounds */
  readonly minIntervalMs: number
  readonly maxIntervalMs: number
  /** the interval of a feed whose items carry no dates */
  readonly undatedIntervalMs: number
  /** the first retry after a failure, doubled on each further failure... */
  readonly errorBaseMs: number
  /** ...up to this many times the feed's interval */
  readonly errorMaxFactor: number
  /** a server's caching hints (TTL, max-age, Expires, Retry-After) never push a poll further
   * than this: a misconfigured max-age of a year must not silence a feed */
  readonly maxHintMs: number
  /** a full fetch (no validators) at least this often: servers whose ETag never changes */
  readonly fullFetchEveryMs: number
}

export const defaultPolicy: SchedulePolicy = {
  minIntervalMs: 5 * MINUTE,
  maxIntervalMs: 60 * MINUTE,
  undatedIntervalMs: 30 * MINUTE,
  errorBaseMs: MINUTE,
  errorMaxFactor: 8,
  maxHintMs: DAY,
  fullFetchEveryMs: 12 * HOUR
}

/** What the schedule reads of a feed. */
export interface ScheduledFeed {
  /** a fixed interval (--interval), or null: adaptive */
  readonly intervalMinutes: number | null
  /** items published in the week before the last successful fetch, or null when unknown */
  readonly weeklyItems: number | null
  /** failures in a row before this poll */
  readonly consecutiveErrors: number
}

/** What the server said about how long its answer stays fresh. */
export interface CacheHints {
  /** the feed's <ttl>, minutes */
  readonly ttlMinutes: number | null
  readonly cacheControl: string | null
  readonly expires: string | null
  /** the server's Date, against which Expires is read (clocks differ) */
  readonly date: string | null
}

export type PollOutcome =
  | { readonly _tag: "Fetched"; readonly weeklyItems: number | null; readonly hints: CacheHints }
  | { readonly _tag: "NotModified"; readonly hints: CacheHints }
  | {
      readonly _tag: "Failed"
      /** the failure's tag (Timeout, Gone, RateLimited, NotAFeed...) */
      readonly reason: string
      /** the server's Retry-After, ms */
      readonly retryAfterMs: number | null
    }

export interface NextCheck {
  /** epoch ms */
  readonly at: number
  /** false when the feed should be disabled (410 Gone) */
  readonly enabled: boolean
  /** what the delay came from, for logs and tests */
  readonly because: "interval" | "hint" | "backoff" | "retry-after" | "gone"
}

/** max-age from Cache-Control, in ms; no-store/no-cache say nothing about when to come back. */
export const maxAgeMs = (cacheControl: string | null): number | null => {
  if (cacheControl === null) return null
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d{1,10})"?/i.exec(cacheControl)
  return m === null ? null : Number(m[1]) * 1000
}

/** How long Expires says the answer stays fresh, read against the server's own Date. */
export const expiresInMs = (expires: string | null, date: string | null, now: number): number | null => {
  if (expires === null) return null
  const at = Date.parse(expires)
  if (!Number.isFinite(at)) return null // "0", "-1": already expired
  const served = date === null ? Number.NaN : Date.parse(date)
  return Math.max(0, at - (Number.isFinite(served) ? served : now))
}

/** The longest any caching hint asks us to wait, capped; 0 when none does. Cache-Control wins
 * over Expires (RFC 9111); the TTL counts beside them. */
export const hintMs = (hints: CacheHints, now: number, policy: SchedulePolicy = defaultPolicy): number => {
  const age = maxAgeMs(hints.cacheControl) ?? expiresInMs(hints.expires, hints.date, now) ?? 0
  const ttl = hints.ttlMinutes === null ? 0 : hints.ttlMinutes * MINUTE
  return Math.min(Math.max(age, ttl), policy.maxHintMs)
}

/** The feed's interval: fixed when the user set one; else a week divided by the items it
 * published in the last week, within the policy's bounds (a feed of 12 items an hour is polled
 * every 5 minutes, one of an item a day every hour). */
export const intervalMs = (feed: Pick<ScheduledFeed, "intervalMinutes" | "weeklyItems">, policy: SchedulePolicy = defaultPolicy): number => {
  if (feed.intervalMinutes !== null) return Math.max(1, feed.intervalMinutes) * MINUTE
  if (feed.weeklyItems === null) return policy.undatedIntervalMs
  if (feed.weeklyItems <= 0) return policy.maxIntervalMs
  return Math.min(policy.maxIntervalMs, Math.max(policy.minIntervalMs, Math.round(WEEK / feed.weeklyItems)))
}

/** When to poll next. Success: the feed's interval, never sooner than its caching hints.
 * Failure: back off from a minute, doubling each time, up to 8 times the interval, with the
 * delay drawn from the upper half of that (`random` in [0, 1)) so feeds that failed together
 * do not come back together; never sooner than Retry-After. 410 Gone disables the feed. */
export const nextCheck = (feed: ScheduledFeed, outcome: PollOutcome, now: number, random: number, policy: SchedulePolicy = defaultPolicy): NextCheck => {
  if (outcome._tag === "Failed") {
    if (outcome.reason === "Gone") return { at: now, enabled: false, because: "gone" }
    const interval = intervalMs(feed, policy)
    const failures = feed.consecutiveErrors + 1
    const ceiling = Math.max(policy.errorBaseMs, interval * policy.errorMaxFactor)
    // 2^n overflows nothing here: past 40 failures it is far above any ceiling.
    const backoff = Math.min(policy.errorBaseMs * 2 ** Math.min(failures - 1, 40), ceiling)
    const delay = Math.round(backoff * (0.5 + 0.5 * random))
    const retryAfter = outcome.retryAfterMs === null ? 0 : Math.min(outcome.retryAfterMs, policy.maxHintMs)
    return retryAfter > delay ? { at: now + retryAfter, enabled: true, because: "retry-after" } : { at: now + delay, enabled: true, because: "backoff" }
  }
  const interval = intervalMs(
    { intervalMinutes: feed.intervalMinutes, weeklyItems: outcome._tag === "Fetched" ? outcome.weeklyItems : feed.weeklyItems },
    policy
  )
  const hint = hintMs(outcome.hints, now, policy)
  return hint > interval ? { at: now + hint, enabled: true, because: "hint" } : { at: now + interval, enabled: true, because: "interval" }
}

/** Whether this poll sends no validators: every 12 hours, whatever the server says, a full
 * fetch catches servers whose ETag or Last-Modified never changes. */
export const isFullFetchDue = (lastFullFetchAt: number | null, now: number, policy: SchedulePolicy = defaultPolicy): boolean =>
  lastFullFetchAt === null || now - lastFullFetchAt >= policy.fullFetchEveryMs

/** Items published in the week up to `now` (future dates count as now), or null when none of
 * the items is dated: what the adaptive interval follows. */
export const weeklyItemsOf = (published: ReadonlyArray<Date | null>, now: number): number | null => {
  let dated = 0
  let recent = 0
  for (const p of published) {
    if (p === null) continue
    const t = p.getTime()
    if (Number.isNaN(t)) continue
    dated++
    if (t > now - WEEK) recent++
  }
  return dated === 0 ? null : recent
}
