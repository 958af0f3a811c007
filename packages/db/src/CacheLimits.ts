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

interface Entry<K, V> {
  readonly key: K
  value: V
  older: Entry<K, V> | null
  newer: Entry<K, V> | null
}

/** A map of at most `limit` entries that forgets the least recently used first. Recency is a
 * linked list beside the map, so every operation is O(1): evicting by taking a Map's first key
 * (its insertion order) made V8 walk past every deleted slot at the front of the table on each
 * eviction, ~24 µs a set at 32,768 entries against ~2 µs at 2,048. */
export class LruCache<K, V> {
  private readonly map = new Map<K, Entry<K, V>>()
  private oldest: Entry<K, V> | null = null
  private newest: Entry<K, V> | null = null
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key)
    if (entry === undefined) return undefined
    this.touch(entry)
    return entry.value
  }

  set(key: K, value: V): void {
    const entry = this.map.get(key)
    if (entry !== undefined) {
      entry.value = value
      this.touch(entry)
      return
    }
    const added: Entry<K, V> = { key, value, older: this.newest, newer: null }
    if (this.newest !== null) this.newest.newer = added
    else this.oldest = added
    this.newest = added
    this.map.set(key, added)
    while (this.map.size > this.limit && this.oldest !== null) this.remove(this.oldest)
  }

  delete(key: K): void {
    const entry = this.map.get(key)
    if (entry !== undefined) this.remove(entry)
  }

  clear(): void {
    this.map.clear()
    this.oldest = null
    this.newest = null
  }

  /** Moves an entry to the newest end. */
  private touch(entry: Entry<K, V>): void {
    if (entry === this.newest) return
    this.unlink(entry)
    entry.older = this.newest
    entry.newer = null
    this.newest!.newer = entry
    this.newest = entry
  }

  private remove(entry: Entry<K, V>): void {
    this.unlink(entry)
    this.map.delete(entry.key)
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.older !== null) entry.older.newer = entry.newer
    else this.oldest = entry.newer
    if (entry.newer !== null) entry.newer.older = entry.older
    else this.newest = entry.older
  }
}
