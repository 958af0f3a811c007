import { describe, expect, it } from "vitest"
import {
  type CacheHints,
  defaultPolicy,
  expiresInMs,
  hintMs,
  intervalMs,
  isFullFetchDue,
  maxAgeMs,
  nextCheck,
  type ScheduledFeed,
  weeklyItemsOf
} from "./schedule.js"

const MIN = 60_000
const HOUR = 60 * MIN
const now = Date.UTC(2026, 10, 29, 12)
const noHints: CacheHints = { ttlMinutes: null, cacheControl: null, expires: null, date: null }
const feed = (over: Partial<ScheduledFeed> = {}): ScheduledFeed => ({ intervalMinutes: null, weeklyItems: null, consecutiveErrors: 0, ...over })
const fetched = (weeklyItems: number | null, hints: CacheHints = noHints) => ({ _tag: "Fetched" as const, weeklyItems, hints })
const failed = (reason: string, retryAfterMs: number | null = null) => ({ _tag: "Failed" as const, reason, retryAfterMs })

describe("schedule: how often a feed is polled", () => {
  it("follows how often the feed publishes, between 5 and 60 minutes", () => {
    expect(intervalMs({ intervalMinutes: null, weeklyItems: 7 * 24 * 12 })).toBe(5 * MIN) // 12 an hour
    expect(intervalMs({ intervalMinutes: null, weeklyItems: 7 * 24 * 100 })).toBe(5 * MIN) // never faster than 5 min
    expect(intervalMs({ intervalMinutes: null, weeklyItems: 7 * 24 * 2 })).toBe(30 * MIN)
    expect(intervalMs({ intervalMinutes: null, weeklyItems: 7 })).toBe(60 * MIN) // one a day
    expect(intervalMs({ intervalMinutes: null, weeklyItems: 0 })).toBe(60 * MIN) // quiet
    expect(intervalMs({ intervalMinutes: null, weeklyItems: null })).toBe(30 * MIN) // no dates
    // a fixed interval is the user's choice, outside the bounds too
    expect(intervalMs({ intervalMinutes: 2, weeklyItems: 0 })).toBe(2 * MIN)
    expect(intervalMs({ intervalMinutes: 240, weeklyItems: 10_000 })).toBe(240 * MIN)
  })

  it("counts the items of the last week from their dates; undated feeds are unknown", () => {
    const d = (hoursAgo: number) => new Date(now - hoursAgo * HOUR)
    expect(weeklyItemsOf([d(1), d(30), d(24 * 6), d(24 * 8), null], now)).toBe(3)
    expect(weeklyItemsOf([d(-5)], now)).toBe(1) // a future date (bad clock) counts
    expect(weeklyItemsOf([null, null], now)).toBeNull()
    expect(weeklyItemsOf([d(24 * 30)], now)).toBe(0)
  })

  it("schedules a success one interval on, from the items just read", () => {
    expect(nextCheck(feed(), fetched(7 * 24 * 12), now, 0.5)).toEqual({ at: now + 5 * MIN, enabled: true, because: "interval" })
    // not modified: the interval learned before
    expect(nextCheck(feed({ weeklyItems: 7 }), { _tag: "NotModified", hints: noHints }, now, 0.5).at).toBe(now + 60 * MIN)
  })

  it("never polls sooner than the TTL, Cache-Control max-age or Expires allow; capped at a day", () => {
    const busy = feed({ weeklyItems: 7 * 24 * 12 })
    expect(nextCheck(busy, fetched(7 * 24 * 12, { ...noHints, ttlMinutes: 45 }), now, 0).at).toBe(now + 45 * MIN)
    expect(nextCheck(busy, fetched(7 * 24 * 12, { ...noHints, cacheControl: "public, max-age=1200" }), now, 0)).toEqual({
      at: now + 20 * MIN,
      enabled: true,
      because: "hint"
    })
    // Expires is read against the server's own clock
    const date = new Date(now - 3 * HOUR).toUTCString()
    const expires = new Date(now - 3 * HOUR + 15 * MIN).toUTCString()
    expect(nextCheck(busy, { _tag: "NotModified", hints: { ...noHints, expires, date } }, now, 0).at).toBe(now + 15 * MIN)
    // max-age wins over Expires; a hint shorter than the interval changes nothing
    expect(hintMs({ ...noHints, cacheControl: "max-age=60", expires }, now)).toBe(MIN)
    expect(nextCheck(busy, fetched(7 * 24 * 12, { ...noHints, cacheControl: "max-age=60" }), now, 0).because).toBe("interval")
    // a year of max-age is a misconfiguration: a day at most
    expect(nextCheck(busy, fetched(1, { ...noHints, cacheControl: "max-age=31536000" }), now, 0).at).toBe(now + 24 * HOUR)
    expect(maxAgeMs("no-cache, no-store")).toBeNull()
    expect(maxAgeMs('max-age="90"')).toBe(90_000)
    expect(expiresInMs("0", null, now) ?? 0).toBe(0) // already expired
    expect(expiresInMs("-1", null, now) ?? 0).toBe(0)
  })

  it("backs off from a minute, doubling, up to 8 times the interval, with jitter in the upper half", () => {
    const at = (consecutiveErrors: number, random: number, intervalMinutes: number | null = 15) =>
      nextCheck(feed({ consecutiveErrors, intervalMinutes }), failed("Timeout"), now, random).at - now
    expect(at(0, 0.999999)).toBeCloseTo(MIN, -2)
    expect(at(0, 0)).toBe(MIN / 2)
    expect(at(1, 0.999999)).toBeCloseTo(2 * MIN, -2)
    expect(at(3, 0.999999)).toBeCloseTo(8 * MIN, -2)
    // 1, 2, 4 ... 64, 128 min: capped at 8 x 15 = 120 min
    expect(at(7, 0.999999)).toBeCloseTo(120 * MIN, -2)
    expect(at(50, 0.999999)).toBeCloseTo(120 * MIN, -2)
    expect(at(50, 0)).toBe(60 * MIN)
    // the jitter spreads feeds that failed together
    const spread = new Set([0, 0.25, 0.5, 0.75].map((r) => at(4, r)))
    expect(spread.size).toBe(4)
    expect(nextCheck(feed({ consecutiveErrors: 2 }), failed("HttpStatus"), now, 0.5).because).toBe("backoff")
  })

  it("waits for Retry-After when it is longer than the backoff; capped at a day", () => {
    expect(nextCheck(feed(), failed("RateLimited", 45 * MIN), now, 0.5)).toEqual({ at: now + 45 * MIN, enabled: true, because: "retry-after" })
    expect(nextCheck(feed(), failed("RateLimited", 1000), now, 0.5).because).toBe("backoff")
    expect(nextCheck(feed(), failed("HttpStatus", 10 * 24 * HOUR), now, 0.5).at).toBe(now + 24 * HOUR)
  })

  it("disables a feed that is gone (410)", () => {
    expect(nextCheck(feed(), failed("Gone"), now, 0.5)).toEqual({ at: now, enabled: false, because: "gone" })
  })

  it("asks for a full fetch every 12 hours", () => {
    expect(isFullFetchDue(null, now)).toBe(true)
    expect(isFullFetchDue(now - 11 * HOUR, now)).toBe(false)
    expect(isFullFetchDue(now - 12 * HOUR, now)).toBe(true)
    expect(defaultPolicy.fullFetchEveryMs).toBe(12 * HOUR)
  })
})
