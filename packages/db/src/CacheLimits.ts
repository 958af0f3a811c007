import { Context } from "effect"

/** How many entries the analysis stage's caches keep: each holds only what the store holds
 * (an evicted entry is read back from SQLite, the same), so the bounds set memory and speed,
 * never a result. Fixed sizes, whatever the store's: a 30,000-article import with the earlier
 * bounds (20,000 signatures, 20,000 stories, 120,000 prepared claims) held ~300 MB in them, and
 * V8 grew the heap to four times its live set (peak RSS 1.9 GB). Measured per entry on
 * realistic articles: a signature ~5.8 KB, a story ~3 KB, a prepared claim ~1 KB, a term's
 * frequency ~64 bytes. Tests set tiny bounds to show the results do not depend on them. */
export interface CacheLimits {
  /** stored articles' copy-detection signatures (Deduplicator) */
  readonly signatures: number
  /** stories' states and vectors (Deduplicator) */
  readonly stories: number
  /** key terms' document frequencies (Deduplicator) */
  readonly termFrequencies: number
  /** claims as the conflict rules prepared them (ConflictWriter) */
  readonly preparedClaims: number
}

export class AnalysisCacheLimits extends Context.Reference<AnalysisCacheLimits>()("crosscheck/AnalysisCacheLimits", {
  defaultValue: (): CacheLimits => ({ signatures: 2_048, stories: 4_096, termFrequencies: 100_000, preparedClaims: 16_384 })
}) {}

/** A map of at most `limit` entries that forgets the least recently used first. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>()
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size
  }

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value === undefined) return undefined
    // a Map keeps insertion order: the entry moves to the newest end
    this.map.delete(key)
    this.map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.limit) {
      for (const oldest of this.map.keys()) {
        this.map.delete(oldest)
        if (this.map.size <= this.limit) break
      }
    }
  }

  delete(key: K): void {
    this.map.delete(key)
  }

  clear(): void {
    this.map.clear()
  }
}
