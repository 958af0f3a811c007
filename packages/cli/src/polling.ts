import { writerLockHolder } from "@crosscheck/db"
import { Poller, PollerConfig, type PollerEvent } from "@crosscheck/ingest"
import { Layer } from "effect"
import { pipelineLayer } from "./layers.js"

/** The poller on one database file, with everything it needs (the pipeline, the repositories,
 * settings from the environment). For the daemon and `import --fetch`; the TUI builds its own
 * on the store it has open (tuiPolling.ts). */
export const pollerLayer = (path: string, settings?: Layer.Layer<PollerConfig>) =>
  Poller.Default.pipe(Layer.provideMerge(pipelineLayer(path)), Layer.provideMerge(settings ?? PollerConfig.fromEnv))

/** Whether a daemon polls this database now (the TUI attaches read-only if so). */
export const daemonHolder = writerLockHolder

/** One JSON object per line, for the daemon's stderr: a time, a level, an event name and the
 * event's fields. Times are ISO 8601; text from feeds is carried as JSON strings, which escape
 * every control character. */
export const logLine = (event: string, level: "info" | "warn" | "error", fields: Record<string, unknown>, at = Date.now()): string =>
  `${JSON.stringify({ time: new Date(at).toISOString(), level, event, ...fields }).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`

const iso = (ms: number) => new Date(ms).toISOString()

/** A poller event as a log line. */
export const pollerLogLine = (e: PollerEvent): string => {
  switch (e._tag) {
    case "CycleStarted":
      return logLine("cycle.started", "info", { feeds: e.feeds }, e.at)
    case "CycleFinished":
      return logLine(
        "cycle.finished",
        e.failed > 0 ? "warn" : "info",
        {
          feeds: e.feeds,
          fetched: e.fetched,
          notModified: e.notModified,
          failed: e.failed,
          new: e.new,
          updated: e.updated,
          // the cycle: until its articles were stored and shown
          ms: e.ms,
          // then the analysis stage (copies, stories, claims, conflicts) caught up with them
          analysed: e.analysed,
          analysedMs: e.analysedMs
        },
        e.at
      )
    case "FeedPolled":
      return logLine(
        "feed.polled",
        "info",
        {
          feedId: e.feedId,
          url: e.url,
          result: e.result,
          status: e.status,
          items: e.items,
          new: e.new,
          updated: e.updated,
          itemErrors: e.itemErrors,
          pages: e.pages,
          ms: e.ms,
          nextCheck: iso(e.nextCheckAt)
        },
        e.at
      )
    case "FeedFailed":
      return logLine(
        "feed.failed",
        e.disabled ? "error" : "warn",
        {
          feedId: e.feedId,
          url: e.url,
          reason: e.reason,
          message: e.message,
          consecutiveErrors: e.consecutiveErrors,
          disabled: e.disabled,
          ms: e.ms,
          ...(e.disabled ? {} : { nextCheck: iso(e.nextCheckAt) })
        },
        e.at
      )
    case "FeedMoved":
      return logLine("feed.moved", "info", { feedId: e.feedId, from: e.from, to: e.to }, e.at)
    case "StoreFailed":
      return logLine("store.failed", "error", { feedId: e.feedId, message: e.message }, e.at)
  }
}

/** Writes every poller event as a log line on stderr, as it happens, for as long as the scope
 * lasts. */
export const logEvents = (poller: Poller) => poller.onEvent((e) => void process.stderr.write(pollerLogLine(e)))
