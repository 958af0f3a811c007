import type { FeedId } from "@crosscheck/core"
import { Data } from "effect"

/** What the poller tells whoever listens (the daemon's log, the TUI): typed, one per step. The
 * database's events table says the same about stored data for other processes. */
export type PollerEvent = Data.TaggedEnum<{
  /** a cycle begins: these feeds are due (or asked for) */
  CycleStarted: { readonly at: number; readonly feeds: number }
  /** a feed answered: new items stored, or nothing new */
  FeedPolled: {
    readonly at: number
    readonly feedId: FeedId
    readonly url: string
    /** Fetched: a body was read; NotModified: 304, or the same validator or bytes as before */
    readonly result: "Fetched" | "NotModified"
    readonly status: number
    readonly items: number
    readonly new: number
    readonly updated: number
    /** items that could not be read, and warnings */
    readonly itemErrors: number
    /** pages fetched for summary-only items */
    readonly pages: number
    readonly ms: number
    readonly nextCheckAt: number
  }
  /** a feed could not be polled */
  FeedFailed: {
    readonly at: number
    readonly feedId: FeedId
    readonly url: string
    /** the failure's tag: Timeout, ConnectTimeout, Network, Dns, Tls, TooLarge, TooManyRedirects,
     * Gone, RateLimited, HttpStatus, Blocked, BadEncoding, NotAFeed... */
    readonly reason: string
    readonly message: string
    readonly consecutiveErrors: number
    readonly nextCheckAt: number
    /** 410 Gone: the feed is disabled */
    readonly disabled: boolean
    readonly ms: number
  }
  /** a permanent redirect moved the feed */
  FeedMoved: { readonly at: number; readonly feedId: FeedId; readonly from: string; readonly to: string }
  /** what a fetched feed could not be stored, and why; its state is left as it was, so it is
   * fetched again */
  StoreFailed: { readonly at: number; readonly feedId: FeedId | null; readonly message: string }
  CycleFinished: {
    readonly at: number
    readonly feeds: number
    readonly fetched: number
    readonly notModified: number
    readonly failed: number
    readonly new: number
    readonly updated: number
    /** until the cycle's articles were stored (and shown): the cycle itself */
    readonly ms: number
    /** articles the analysis stage then analysed (copies, stories, claims, conflicts) */
    readonly analysed: number
    /** until the analysis stage had caught up with them, from the cycle's start; the cycle
     * finishes then */
    readonly analysedMs: number
  }
}>
export const PollerEvent = Data.taggedEnum<PollerEvent>()

/** What one cycle did. */
export interface CycleSummary {
  readonly feeds: number
  readonly fetched: number
  readonly notModified: number
  readonly failed: number
  /** feeds whose items could not be stored */
  readonly storeFailures: number
  readonly new: number
  readonly updated: number
  /** see CycleFinished */
  readonly ms: number
  readonly analysed: number
  readonly analysedMs: number
}
