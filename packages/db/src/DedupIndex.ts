import { Effect } from "effect"
import { Store } from "./Store.js"

/** An indexed article, as copy detection and story grouping need it. */
export interface IndexedArticle {
  readonly rowid: number
  readonly id: string
  readonly title: string
  readonly body: string
  readonly time: number
  readonly duplicateOf: string | null
  readonly storyId: string | null
}

export interface StoryState {
  readonly id: string
  readonly title: string
  readonly firstSeen: number
  readonly lastSeen: number
  readonly articles: number
  /** JSON: [[term hash, weight], ...] */
  readonly terms: string
}

/** A candidate from the index: an article and how many sketch keys it shares. */
export interface Candidate {
  readonly rowid: number
  readonly shared: number
}

/** Read side of copy detection and story grouping. Every lookup is by key or by time range:
 * none scans the corpus. */
export class DedupIndex extends Effect.Service<DedupIndex>()("crosscheck/DedupIndex", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const exists = sqlite.prepare(`SELECT 1 FROM articles WHERE id = ?`).pluck()
    const byHash = sqlite.prepare(`SELECT rowid FROM articles WHERE content_hash = ? ORDER BY rowid LIMIT 1`).pluck()
    const postings = sqlite.prepare(`SELECT article FROM dedup_keys WHERE key = ? ORDER BY article DESC LIMIT ?`).pluck()
    const byRowid = sqlite.prepare(
      `SELECT rowid, id, title, body, sort_time AS time, duplicate_of AS duplicateOf, story_id AS storyId
       FROM articles WHERE rowid = ?`
    )
    const storiesWithKey = sqlite
      .prepare(`SELECT story FROM story_keys WHERE key = ? AND time BETWEEN ? AND ? ORDER BY time DESC LIMIT ?`)
      .pluck()
    const storyById = sqlite.prepare(
      `SELECT id, title, first_seen AS firstSeen, last_seen AS lastSeen, articles, terms FROM stories WHERE id = ?`
    )
    const frequency = sqlite.prepare(`SELECT articles FROM term_frequencies WHERE term = ?`).pluck()
    // The largest rowid, not count(*): O(1) instead of a scan, and exact until articles are
    // deleted, which idf weighting does not notice.
    const articleCount = sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM articles`).pluck()

    return {
      /** Which of these ids are stored already. */
      stored: (ids: ReadonlyArray<string>) =>
        store.query("cannot read the article index", () => new Set(ids.filter((id) => exists.get(id) !== undefined))),

      /** The rowid of the first-stored article with exactly this text, if any. */
      firstWithContentHash: (hash: string) =>
        store.query("cannot read the article index", () => (byHash.get(hash) as number | undefined) ?? null),

      /** Articles sharing sketch keys, most shared first. A key shared by very many articles
       * (boilerplate) is read only up to `perKey` newest postings, which bounds the cost. */
      candidates: (keys: ReadonlyArray<number>, perKey: number, limit: number) =>
        store.query("cannot read the dedup index", () => {
          const hits = new Map<number, number>()
          for (const key of keys) {
            for (const rowid of postings.all(key, perKey) as Array<number>) hits.set(rowid, (hits.get(rowid) ?? 0) + 1)
          }
          return [...hits]
            .map(([rowid, shared]): Candidate => ({ rowid, shared }))
            .sort((a, b) => b.shared - a.shared || b.rowid - a.rowid)
            .slice(0, limit)
        }),

      article: (rowid: number) =>
        store.query("cannot read the article index", () => (byRowid.get(rowid) as IndexedArticle | undefined) ?? null),

      /** Ids of stories in which any of these key terms was seen between `from` and `to`
       * (epoch ms), at most `perKey` most recent per term: the stories worth comparing with. */
      storiesSharing: (keys: ReadonlyArray<number>, from: number, to: number, perKey: number) =>
        store.query("cannot read stories", () => {
          const ids = new Set<string>()
          for (const key of keys) for (const id of storiesWithKey.all(key, from, to, perKey) as Array<string>) ids.add(id)
          return ids
        }),

      story: (id: string) => store.query(`cannot read story ${id}`, () => (storyById.get(id) as StoryState | undefined) ?? null),

      /** Document frequencies of these term hashes. */
      frequencies: (terms: Iterable<number>) =>
        store.query("cannot read term frequencies", () => {
          const df = new Map<number, number>()
          for (const t of terms) df.set(t, (frequency.get(t) as number | undefined) ?? 0)
          return df
        }),

      /** About how many articles are stored, for idf. */
      articleCount: store.query("cannot count articles", () => articleCount.get() as number)
    } as const
  })
}) {}
