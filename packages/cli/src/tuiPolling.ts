import type { FeedId } from "@crosscheck/core"
import { FeedRepository, FeedWriter, Store } from "@crosscheck/db"
import { Pipeline, Poller, PollerConfig, refreshFeeds } from "@crosscheck/ingest"
import { Context, Effect, Layer, type Scope } from "effect"

// The TUI's polling stack (the import pipeline, feed parsing, claim extraction), loaded after
// its first frame: runTui.ts imports this module on demand, so the bundle keeps it (and the
// ingest package under it, most of the TUI's code) in a chunk of its own that the first
// frame does not wait for.

/** Starts the poller on the store the TUI already has open, its loop in a background fiber
 * that lasts as long as `scope` (interrupted, after any transaction in progress, when it
 * closes). The caller holds the database's writer lock. */
export const startPollerIn = (scope: Scope.Scope, settings: Layer.Layer<PollerConfig> | undefined) =>
  Effect.gen(function* () {
    const layer = Poller.Default.pipe(Layer.provideMerge(Pipeline.Default), Layer.provideMerge(settings ?? PollerConfig.fromEnv))
    const context = yield* Layer.buildWithScope(layer, scope)
    const poller = Context.get(context, Poller)
    yield* Effect.forkIn(poller.run, scope)
    return poller
  })

/** "Refresh now" while a daemon polls: asks it, through the store, to poll now. The reason when
 * that could not be asked, or null. */
export const askDaemonToRefresh = (store: Store, feeds: FeedRepository, feedWriter: FeedWriter, feedId: number | null): string | null => {
  const asked = refreshFeeds(feedId === null ? undefined : (feedId as FeedId)).pipe(
    Effect.provideService(Store, store),
    Effect.provideService(FeedRepository, feeds),
    Effect.provideService(FeedWriter, feedWriter),
    Effect.either
  )
  const result = Effect.runSync(asked)
  return result._tag === "Left" ? result.left.message : null
}
