import { Effect, Schema } from "effect"
import { rowDecoder } from "./rows.js"
import { lazyStatement } from "./statements.js"
import { Store } from "./Store.js"

/** Which articles a list shows (the TUI's article view). */
export interface ArticleFilter {
  /** words that must all appear in the title, text or outlet (full-text, prefixes match) */
  readonly text: string | null
  readonly feedId: number | null
  /** only articles with a claim placed here: matched against the claims' place names */
  readonly place: string | null
  readonly unreadOnly: boolean
}

const Text = Schema.NullOr(Schema.String)

/** A copy of an article, or the original a copy copies. Rows are decoded, not cast: the feed
 * view shows a store's malformed row as an error naming its column, not as a crash. */
export const RelatedArticle = Schema.Struct({
  id: Schema.String,
  source: Schema.String,
  sortTime: Schema.Number,
  title: Schema.String
})
export type RelatedArticle = typeof RelatedArticle.Type

/** One row of the list: an original, with the copies folded under it counted. */
export const ListedArticle = Schema.Struct({
  ...RelatedArticle.fields,
  url: Schema.String,
  duplicateOf: Text,
  storyId: Text,
  readAt: Schema.NullOr(Schema.Number),
  copies: Schema.Number,
  storyReports: Schema.Number
})
export type ListedArticle = typeof ListedArticle.Type

const decodeListed = rowDecoder("articles", ListedArticle)
const decodeRelated = rowDecoder("articles", RelatedArticle)

/** A user's words as an FTS5 query: every word must appear, the last one as a prefix (so a
 * word being typed already matches). Quoted, so nothing typed is read as FTS syntax. */
export const ftsQuery = (text: string): string | null => {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .slice(0, 16)
  if (words.length === 0) return null
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? "*" : ""}`).join(" ")
}

const COLUMNS = `a.id, a.source, a.sort_time AS sortTime, a.title, a.url, a.duplicate_of AS duplicateOf, a.story_id AS storyId,
  a.read_at AS readAt,
  (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id) AS copies,
  CASE WHEN a.story_id IS NULL THEN 1 ELSE (SELECT count(*) FROM articles s WHERE s.story_id = a.story_id AND s.duplicate_of IS NULL) END AS storyReports`

interface Where {
  /** the articles table, with the index to read it by when the filter calls for one */
  readonly from: string
  readonly sql: string
  readonly params: Array<string | number>
}

/** Unless it is one feed's (articles_feed serves those), the list is the articles_listed index
 * read in order, each row checked against the words, place or read mark as it comes: one
 * screenful costs its rows, wherever it is. Named, because SQLite's planner would otherwise take
 * `duplicate_of IS NULL` for a selective lookup on articles_duplicate_of, and sort every
 * original that matches to find one screenful (or where one article stands). */
const LISTED = "articles a INDEXED BY articles_listed"

const whereOf = (f: ArticleFilter): Where => {
  const clauses = ["a.duplicate_of IS NULL"]
  const params: Array<string | number> = []
  const match = f.text === null ? null : ftsQuery(f.text)
  if (match !== null) {
    clauses.push("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
    params.push(match)
  }
  if (f.feedId !== null) {
    clauses.push("a.feed_id = ?")
    params.push(f.feedId)
  }
  if (f.unreadOnly) clauses.push("a.read_at IS NULL")
  if (f.place !== null && f.place.trim() !== "") {
    clauses.push("EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND instr(lower(c.where_name), ?) > 0)")
    params.push(f.place.trim().toLowerCase())
  }
  return { from: f.feedId === null ? LISTED : "articles a", sql: clauses.join(" AND "), params }
}

/** A search by words alone, the list's order kept in memory: the listed articles' rowids newest
 * first (read once per change to the store), and those the full-text index matches. */
interface Search {
  readonly match: string
  /** the matching rowids, in the list's order */
  readonly rowids: Float64Array
}

/** A filter of words alone: the search is answered from memory (see `searchOf`). */
const searchOnly = (f: ArticleFilter): string | null =>
  f.feedId === null && !f.unreadOnly && (f.place === null || f.place.trim() === "") && f.text !== null ? ftsQuery(f.text) : null

/** The article list as the TUI reads it, a screenful at a time: originals newest first, with
 * their copies counted, filtered by words, feed, place or unread. */
export class ArticleListing extends Effect.Service<ArticleListing>()("crosscheck/ArticleListing", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    // Statements by filter shape; a handful of shapes at most.
    const statements = new Map<string, ReturnType<typeof sqlite.prepare>>()
    const statement = (sql: string) => {
      let s = statements.get(sql)
      if (s === undefined) {
        s = sqlite.prepare(sql)
        statements.set(sql, s)
      }
      return s
    }
    const sortKey = sqlite.prepare(`SELECT sort_time AS sortTime, id FROM articles WHERE id = ?`)
    const copiesOf = sqlite.prepare(`SELECT id, source, sort_time AS sortTime, title FROM articles WHERE duplicate_of = ? ORDER BY rowid LIMIT 50`)
    const byId = sqlite.prepare(`SELECT id, source, sort_time AS sortTime, title FROM articles WHERE id = ?`)
    const markRead = lazyStatement(sqlite, `UPDATE articles SET read_at = ? WHERE id = ?`)
    const markUnread = lazyStatement(sqlite, `UPDATE articles SET read_at = NULL WHERE id = ?`)
    const one = sqlite.prepare(`SELECT ${COLUMNS} FROM articles a WHERE a.id = ?`)
    const perFeed = sqlite.prepare(`SELECT feed_id AS feedId, count(*) AS n FROM articles WHERE feed_id IS NOT NULL GROUP BY feed_id`)

    // A search's count, windows and positions, from memory. In SQL, counting the originals that
    // match a common word took 60 ms at 100,000 articles (the listed index read whole, each row
    // looked up among the matches) and each screenful 20 ms (the matches gathered again); here
    // the list's order is read once per change to the store (~20 ms at 100,000), a search's
    // matches once per search (1-25 ms, by how common its words are), and then every count,
    // screenful and position is an array lookup. Changes to what is listed or searchable
    // (articles added, updated, folded as copies) all come with an event.
    const latestSeq = sqlite.prepare(`SELECT coalesce(max(seq), 0) FROM events`).pluck()
    const listedOrder = sqlite.prepare(`SELECT a.rowid FROM ${LISTED} WHERE a.duplicate_of IS NULL ORDER BY a.sort_time DESC, a.id DESC`).pluck()
    const matchingRowids = sqlite.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`).pluck()
    const byRowid = sqlite.prepare(`SELECT ${COLUMNS} FROM articles a WHERE a.rowid = ?`)
    const rowidOf = sqlite.prepare(`SELECT rowid FROM articles WHERE id = ?`).pluck()
    let order: { readonly seq: number; readonly rowids: ReadonlyArray<number> } | null = null
    /** the last few searches, for the current order, most recent last */
    const searches: Array<Search> = []
    /** The list's order, read again if the store has changed since. */
    const listed = (): ReadonlyArray<number> => {
      const seq = latestSeq.get() as number
      if (order === null || order.seq !== seq) {
        order = { seq, rowids: listedOrder.all() as Array<number> }
        searches.length = 0
      }
      return order.rowids
    }
    const searchOf = (match: string): Search => {
      const listedRowids = listed()
      const known = searches.findIndex((x) => x.match === match)
      if (known >= 0) {
        const [search] = searches.splice(known, 1)
        searches.push(search!)
        return search!
      }
      const hits = matchingRowids.all(match) as Array<number>
      let max = 0
      for (const rowid of hits) if (rowid > max) max = rowid
      const hit = new Uint8Array(max + 1)
      for (const rowid of hits) hit[rowid] = 1
      const rowids = new Float64Array(Math.min(hits.length, listedRowids.length))
      let n = 0
      for (const rowid of listedRowids) if (rowid <= max && hit[rowid] === 1) rowids[n++] = rowid
      const search = { match, rowids: rowids.subarray(0, n) }
      searches.push(search)
      if (searches.length > 4) searches.shift()
      return search
    }

    const count = (f: ArticleFilter) =>
      store.query("cannot count articles", () => {
        const match = searchOnly(f)
        if (match !== null) return searchOf(match).rowids.length
        const w = whereOf(f)
        return statement(`SELECT count(*) AS n FROM ${w.from} WHERE ${w.sql}`).pluck().get(w.params) as number
      })

    const window = (f: ArticleFilter, offset: number, limit: number) =>
      store.query("cannot read articles", () => {
        const match = searchOnly(f)
        if (match !== null) {
          const rowids = searchOf(match).rowids.subarray(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit))
          // (a row gone since the order was read is left out rather than shown empty)
          return Array.from(rowids, (rowid) => byRowid.get(rowid))
            .filter((r) => r !== undefined)
            .map(decodeListed)
        }
        const w = whereOf(f)
        return statement(`SELECT ${COLUMNS} FROM ${w.from} WHERE ${w.sql} ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`)
          .all([...w.params, limit, offset])
          .map(decodeListed)
      })

    /** Where an article stands in the filtered list, or null when the filter leaves it out. */
    const positionOf = (f: ArticleFilter, id: string) =>
      store.query("cannot read articles", () => {
        const match = searchOnly(f)
        if (match !== null) {
          const rowid = rowidOf.get(id) as number | undefined
          const at = rowid === undefined ? -1 : searchOf(match).rowids.indexOf(rowid)
          return at < 0 ? null : at
        }
        const key = sortKey.get(id) as { sortTime: number; id: string } | undefined
        if (key === undefined) return null
        const w = whereOf(f)
        const inList = statement(`SELECT 1 FROM articles a WHERE a.id = ? AND ${w.sql}`).get([id, ...w.params])
        if (inList === undefined) return null
        return statement(`SELECT count(*) FROM ${w.from} WHERE ${w.sql} AND (a.sort_time > ? OR (a.sort_time = ? AND a.id > ?))`)
          .pluck()
          .get([...w.params, key.sortTime, key.sortTime, key.id]) as number
      })

    /** An article as a row of the list (copies counted), whatever the filter. */
    const row = (id: string) =>
      store.query("cannot read article", () => {
        const found = one.get(id)
        return found === undefined ? null : decodeListed(found)
      })

    /** The copies of an original, or for a copy its original. */
    const related = (id: string, duplicateOf: string | null) =>
      store.query("cannot read articles", () =>
        duplicateOf === null ? copiesOf.all(id).map(decodeRelated) : [byId.get(duplicateOf)].filter((r) => r !== undefined).map(decodeRelated)
      )

    const setRead = (id: string, read: boolean) =>
      // Opening an article marks it read: not synced, so the key that opens it does not wait
      // for the disk.
      store.transaction(
        `cannot mark article ${id}`,
        () => {
          if (read) markRead().run(Date.now(), id)
          else markUnread().run(id)
        },
        { synced: false }
      )

    /** How many articles each feed has brought. */
    const countsByFeed = store.query("cannot count articles", () => {
      const out = new Map<number, number>()
      for (const r of perFeed.all() as Array<{ feedId: number; n: number }>) out.set(r.feedId, r.n)
      return out
    })

    /** Reads ahead what any search reads (the list's order), e.g. while its words are typed. */
    const prepareSearch = store.query("cannot read articles", () => void listed())

    return { count, window, positionOf, row, related, setRead, countsByFeed, prepareSearch } as const
  })
}) {}
