import { Context } from "effect"

/** How many entries the analysis stage's caches keep: each holds only what the store holds
 * (an evicted entry is read back from SQLite, the same), so the bounds set memory and speed,
 * never a result. Fixed sizes, whatever the store's. Measured per entry on realistic articles
 * (bench/speed/realistic.ts): a signature ~5.8 KB, a story ~3.4 KB, a prepared claim ~1.2 KB, a
 * term's frequency ~64 bytes. The signatures and stories were kept up to 20,000 each (~185 MB
 * at 20,000 articles, hit by a few candidates per article). Prepared claims are what each conflict
 * update compares, re-read and prepared again when missing. Since an update reads only the scopes a
 * changed claim can be compared with (core's relatedTo: ~17,000 claims for a batch of ~90 articles
 * at 30,000 stored, against ~100,000 when it read every claim sharing a lookup key), 32,768 of them
 * cost about the same CPU as 98,304 to 30,000 articles (more reads, ~1M against ~185,000, less
 * garbage collection) and peak RSS fell from 1,265 to 855 MiB (bench/speed/growth.ts). Tests set
 * tiny bounds to show the results do not depend on them. */
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
  defaultValue: (): CacheLimits => ({ signatures: 2_048, stories: 4_096, termFrequencies: 100_000, preparedClaims: 32_768 })
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
