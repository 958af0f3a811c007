import { describe, expect, it } from "vitest"
import { LruCache } from "./CacheLimits.js"

describe("LruCache", () => {
  it("forgets the least recently used entry first, a read or a write counting as a use", () => {
    const cache = new LruCache<string, number>(3)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("c", 3)
    expect(cache.get("a")).toBe(1) // a is now the newest: b goes first
    cache.set("d", 4)
    expect(cache.get("b")).toBeUndefined()
    cache.set("c", 30) // a write to c: a goes next
    cache.set("e", 5)
    expect(cache.get("a")).toBeUndefined()
    expect([cache.get("c"), cache.get("d"), cache.get("e"), cache.size]).toEqual([30, 4, 5, 3])
    cache.delete("d")
    cache.set("f", 6)
    expect([cache.get("c"), cache.get("e"), cache.get("f"), cache.size]).toEqual([30, 5, 6, 3])
    cache.clear()
    expect([cache.get("c"), cache.size]).toEqual([undefined, 0])
    cache.set("g", 7)
    expect(cache.get("g")).toBe(7)
  })

  it("keeps exactly what a plain list in order of use keeps, over many mixed operations", () => {
    // a seeded walk of sets, reads and deletes over 40 keys against a list kept newest last
    let seed = 12345
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (const limit of [1, 2, 7, 32]) {
      const cache = new LruCache<number, number>(limit)
      let model: Array<[number, number]> = []
      for (let step = 0; step < 5_000; step++) {
        const key = Math.floor(next() * 40)
        const op = next()
        const at = model.findIndex(([k]) => k === key)
        if (op < 0.5) {
          if (at >= 0) model.splice(at, 1)
          model.push([key, step])
          if (model.length > limit) model = model.slice(model.length - limit)
          cache.set(key, step)
        } else if (op < 0.85) {
          const found = at >= 0 ? model.splice(at, 1)[0]! : undefined
          if (found !== undefined) model.push(found)
          expect(cache.get(key)).toBe(found?.[1])
        } else {
          if (at >= 0) model.splice(at, 1)
          cache.delete(key)
        }
        expect(cache.size).toBe(model.length)
      }
      for (const [k, v] of model) expect(cache.get(k)).toBe(v)
    }
  })
})
