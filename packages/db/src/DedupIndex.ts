import { Effect } from "effect"
import { EventWriter } from "./EventLog.js"
import { lazyStatement, rowsStatement } from "./statements.js"
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

/** What copy detection and story grouping file for a new article. */
export interface ArticleIndexing {
  /** sketch keys for the candidate index */
  readonly keys: ReadonlyArray<number>
  /** distinct key-term hashes, counted in term_frequencies (a batch's at once: `countTerms`) */
  readonly terms: ReadonlyArray<number>
  /** the article's strongest terms, filed under its story and time in story_keys */
  readonly storyKeys: ReadonlyArray<number>
}

/** A candidate from the index: an article and how many sketch keys it shares. */
export interface Candidate {
  readonly rowid: number
  readonly shared: number
}

/** Read side of copy detection and story grouping. Every lookup is by key or by time range:
 * none scans the corpus. Synchronous, for use inside the transaction that files the article:
 * what it reads is exactly what the article will be stored on top of. */
export class DedupIndex extends Effect.Service<DedupIndex>()("crosscheck/DedupIndex", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    // Articles stored after the one being analysed are not there yet as far as it is concerned:
    // the analysis stage may run behind the store (see AnalysisQueue), and what it decides must
    // not depend on how far.
    const byHash = sqlite.prepare(`SELECT rowid FROM articles WHERE content_hash = ? AND rowid < ? ORDER BY rowid LIMIT 1`).pluck()
    const rowidById = sqlite.prepare(`SELECT rowid FROM articles WHERE id = ?`).pluck()
    const postingsStatements = new Map<string, ReturnType<typeof sqlite.prepare>>()
    const postingsOfKeys = (keys: number, perKey: number) => {
      const id = `${keys}:${perKey}`
      let statement = postingsStatements.get(id)
      if (statement === undefined) {
        const one = `SELECT article FROM (SELECT article FROM dedup_keys WHERE key = ? ORDER BY article DESC LIMIT ${perKey})`
        statement = sqlite.prepare(keys === 0 ? "SELECT 0 WHERE 0" : Array.from({ length: keys }, () => one).join(" UNION ALL ")).pluck()
        postingsStatements.set(id, statement)
      }
      return statement
    }
    const byRowid = sqlite.prepare(
      `SELECT rowid, id, title, body, sort_time AS time, duplicate_of AS duplicateOf, story_id AS storyId
       FROM articles WHERE rowid = ?`
    )
    const storiesStatements = new Map<string, ReturnType<typeof sqlite.prepare>>()
    /** One statement for all of an article's story keys, each still limited to its most recent
     * `perKey` stories: one call into SQLite instead of one per key. */
    const storiesWithKeys = (keys: number, perKey: number) => {
      const id = `${keys}:${perKey}`
      let statement = storiesStatements.get(id)
      if (statement === undefined) {
        const one = `SELECT story FROM (SELECT story FROM story_keys WHERE key = ? AND time BETWEEN ? AND ? ORDER BY time DESC, story LIMIT ${perKey})`
        statement = sqlite.prepare(keys === 0 ? "SELECT 0 WHERE 0" : Array.from({ length: keys }, () => one).join(" UNION ALL ")).pluck()
        storiesStatements.set(id, statement)
      }
      return statement
    }
    const storyById = sqlite.prepare(`SELECT id, title, first_seen AS firstSeen, last_seen AS lastSeen, articles, terms FROM stories WHERE id = ?`)
    const frequency = sqlite.prepare(`SELECT articles FROM term_frequencies WHERE term = ?`).pluck()
    // The largest rowid, not count(*): O(1) instead of a scan, and exact until articles are
    // deleted, which idf weighting does not notice.
    const articleCount = sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM articles WHERE rowid < ?`).pluck()

    return {
      /** The rowid of the first-stored article with exactly this text stored before `before`
       * (a rowid), if any. */
      firstWithContentHash: (hash: string, before: number): number | null => (byHash.get(hash, before) as number | undefined) ?? null,

      /** Articles sharing sketch keys, most shared first. A key shared by very many articles
       * (boilerplate) is read only up to `perKey` newest postings, which bounds the cost. */
      candidates: (keys: ReadonlyArray<number>, perKey: number, limit: number): Array<Candidate> => {
        const hits = new Map<number, number>()
        // One statement for all the keys (each still limited to its newest postings): one call
        // into SQLite instead of one per key.
        const statement = postingsOfKeys(keys.length, perKey)
        for (const rowid of statement.all(keys) as Array<number>) hits.set(rowid, (hits.get(rowid) ?? 0) + 1)
        return [...hits]
          .map(([rowid, shared]): Candidate => ({ rowid, shared }))
          .sort((a, b) => b.shared - a.shared || b.rowid - a.rowid)
          .slice(0, limit)
      },

      article: (rowid: number): IndexedArticle | null => (byRowid.get(rowid) as IndexedArticle | undefined) ?? null,

      /** When an article was first stored (its rowid), or null. */
      rowidOf: (id: string): number | null => (rowidById.get(id) as number | undefined) ?? null,

      /** Ids of stories in which any of these key terms was seen between `from` and `to`
       * (epoch ms), at most `perKey` most recent per term: the stories worth comparing with. */
      storiesSharing: (keys: ReadonlyArray<number>, from: number, to: number, perKey: number): Set<string> => {
        if (keys.length === 0) return new Set()
        const params: Array<number> = []
        for (const key of keys) params.push(key, from, to)
        return new Set(storiesWithKeys(keys.length, perKey).all(params) as Array<string>)
      },

      story: (id: string): StoryState | null => (storyById.get(id) as StoryState | undefined) ?? null,

      /** Document frequency of a term hash. */
      frequency: (term: number): number => (frequency.get(term) as number | undefined) ?? 0,

      /** About how many articles were stored before `before` (a rowid), for idf. */
      articleCount: (before: number): number => articleCount.get(before) as number,

      /** Changes when another connection commits: caches of the index compare it. */
      dataVersion: store.dataVersion
    } as const
  })
}) {}

/** Writes the copy-detection and story index entries of a new article; only inside a
 * transaction, right after the article itself, so the next article of the same batch finds it
 * exactly as it would find a stored one. */
export class DedupIndexWriter extends Effect.Service<DedupIndexWriter>()("crosscheck/DedupIndexWriter", {
  effect: Effect.gen(function* () {
    const { sqlite } = yield* Store
    const insertKey = lazyStatement(sqlite, `INSERT OR IGNORE INTO dedup_keys (key, article) VALUES (?, ?)`)
    // An article's entries of each table in one statement (see rowsStatement).
    const insertKeys = rowsStatement(sqlite, 2, (values) => `INSERT OR IGNORE INTO dedup_keys (key, article) VALUES ${values}`)
    const countTermRows = rowsStatement(
      sqlite,
      2,
      (values) => `INSERT INTO term_frequencies (term, articles) VALUES ${values} ON CONFLICT(term) DO UPDATE SET articles = articles + excluded.articles`
    )
    const insertStoryKeys = rowsStatement(sqlite, 3, (values) => `INSERT OR IGNORE INTO story_keys (key, time, story) VALUES ${values}`)
    const add = (rowid: number, time: number, storyId: string | null, indexing: ArticleIndexing): void => {
      const keys: Array<number> = []
      for (const key of indexing.keys) keys.push(key, rowid)
      insertKeys(keys)
      if (storyId !== null) {
        const storyKeys: Array<number | string> = []
        for (const key of indexing.storyKeys) storyKeys.push(key, time, storyId)
        insertStoryKeys(storyKeys)
      }
    }
    const deleteKey = lazyStatement(sqlite, `DELETE FROM dedup_keys WHERE key = ? AND article = ?`)
    /** An article's text was replaced by a new revision: its sketch keys follow the new text
     * (each old key is removed by its primary key, so nothing is scanned). */
    const replaceKeys = (rowid: number, removed: ReadonlyArray<number>, added: ReadonlyArray<number>): void => {
      const kept = new Set(added)
      for (const key of removed) if (!kept.has(key)) deleteKey().run(key, rowid)
      for (const key of added) insertKey().run(key, rowid)
    }
    /** Adds articles to the document frequency of key terms: [term, articles] pairs, each term
     * once (a batch's articles at once: `Deduplicator.takeTermCounts`). */
    const countTerms = (counts: ReadonlyArray<readonly [number, number]>): void => {
      const params: Array<number> = []
      for (const [term, n] of counts) params.push(term, n)
      countTermRows(params)
    }
    return { add, replaceKeys, countTerms } as const
  })
}) {}

/** Writes a story in its new state, with its `story.changed` event; only inside a transaction. */
export class StoryWriter extends Effect.Service<StoryWriter>()("crosscheck/StoryWriter", {
  effect: Effect.gen(function* () {
    const { sqlite } = yield* Store
    const events = yield* EventWriter
    const upsert = lazyStatement(
      sqlite,
      `INSERT INTO stories (id, title, first_seen, last_seen, articles, terms) VALUES (@id, @title, @firstSeen, @lastSeen, @articles, @terms)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
         articles = excluded.articles, terms = excluded.terms`
    )
    const write = (story: StoryState, at: number): void => {
      upsert().run(story)
      events.append({ kind: "story.changed", storyId: story.id }, at)
    }
    return { write } as const
  }),
  dependencies: [EventWriter.Default]
}) {}
