import { Effect } from "effect"

/** A counting semaphore that hands a released permit straight to the longest waiter.
 *
 * Effect's Semaphore wakes every waiter on each release, and all but one go back to sleep: in a
 * cold cycle of 500 feeds about 80 fetches wait for the 16 overall slots, and the poller ran
 * ~40,000 such wake-ups (about half the fiber runtime's work in the cycle, which is what the
 * cycle spends beside fetching, parsing and storing). Here a release wakes one fiber, first come
 * first served. */
export interface Permits {
  /** Runs `effect` holding one permit, released however it ends. */
  readonly withPermit: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
}

export const makePermits = (permits: number): Permits => {
  let free = permits
  // Waiters in arrival order: a queue with a moving head (a shift per release would copy it).
  let waiters: Array<(() => void) | null> = []
  let head = 0

  const release = (): void => {
    while (head < waiters.length) {
      const next = waiters[head]
      waiters[head++] = null
      if (next !== null && next !== undefined) {
        next()
        return
      }
    }
    waiters = []
    head = 0
    free++
  }

  const take = Effect.async<void>((resume) => {
    if (free > 0) {
      free--
      resume(Effect.void)
      return
    }
    const index = waiters.length
    let handed = false
    waiters.push(() => {
      handed = true
      resume(Effect.void)
    })
    // Interrupted while waiting: leave the queue; interrupted just after being handed the
    // permit (before running): pass it on.
    return Effect.sync(() => {
      if (handed) release()
      else waiters[index] = null
    })
  })

  return {
    withPermit: (effect) => Effect.uninterruptibleMask((restore) => Effect.zipRight(restore(take), Effect.ensuring(restore(effect), Effect.sync(release))))
  }
}
