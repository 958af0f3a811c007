import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber } from "effect"
import { makePermits } from "./permits.js"

describe("makePermits", () => {
  it.effect("runs at most `permits` at once, the waiting ones in the order they came, also when one fails", () =>
    Effect.gen(function* () {
      const permits = makePermits(2)
      const started: Array<number> = []
      let running = 0
      let most = 0
      const gates: Array<Deferred.Deferred<void>> = []
      for (let n = 0; n < 6; n++) gates.push(yield* Deferred.make<void>())
      const job = (n: number) =>
        permits.withPermit(
          Effect.gen(function* () {
            started.push(n)
            running++
            most = Math.max(most, running)
            yield* Deferred.await(gates[n]!)
            running--
            if (n === 1) return yield* Effect.fail("job 1 failed")
          })
        )
      const fibers: Array<Fiber.RuntimeFiber<void, string>> = []
      for (let n = 0; n < 6; n++) {
        fibers.push(yield* Effect.fork(job(n)))
        yield* Effect.yieldNow()
      }
      expect(started).toEqual([0, 1])
      // Released in another order than taken: the longest waiter goes next, each time.
      for (const n of [1, 0, 3, 2, 4, 5]) {
        yield* Deferred.succeed(gates[n]!, undefined)
        yield* Fiber.await(fibers[n]!)
        for (let i = 0; i < 5; i++) yield* Effect.yieldNow()
      }
      expect(started).toEqual([0, 1, 2, 3, 4, 5])
      expect(most).toBe(2)
    })
  )

  it.effect("a waiter interrupted leaves the queue; a permit is not lost to it", () =>
    Effect.gen(function* () {
      const permits = makePermits(1)
      const gate = yield* Deferred.make<void>()
      const holder = yield* Effect.fork(permits.withPermit(Deferred.await(gate)))
      yield* Effect.yieldNow()
      const ran: Array<string> = []
      const impatient = yield* Effect.fork(permits.withPermit(Effect.sync(() => ran.push("impatient"))))
      const patient = yield* Effect.fork(permits.withPermit(Effect.sync(() => ran.push("patient"))))
      yield* Effect.yieldNow()
      yield* Fiber.interrupt(impatient)
      yield* Deferred.succeed(gate, undefined)
      yield* Fiber.join(holder)
      yield* Fiber.join(patient)
      expect(ran).toEqual(["patient"])
      // the permit came back: taken again at once
      expect(yield* permits.withPermit(Effect.succeed("again"))).toBe("again")
    })
  )
})
