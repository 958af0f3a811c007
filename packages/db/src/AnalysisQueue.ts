import type { Article } from "@crosscheck/core"
import { Effect, Schema } from "effect"
import { ArticleRow, RevisionContent, toArticle } from "./ArticleRepository.js"
import { rowDecoder } from "./rows.js"
import { lazyStatement } from "./statements.js"
import { Store } from "./Store.js"

/** A stored article waiting for the analysis stage, as it stands in the store. */
export interface QueuedAnalysis {
  /** its place in the queue: the analysis stage takes rows in this order */
  readonly seq: number
  readonly rowid: number
  /** the article as stored: what a new one is analysed as */
  readonly article: Article
  /** a new revision of a stored article, to apply and read again; null: a new article */
  readonly revision: RevisionContent | null
}

// A queued article joined with its queue row; the queued revision, JSON, is decoded with it: a
// row another build wrote may not have its shape
const Row = Schema.Struct({
  ...ArticleRow.fields,
  seq: Schema.Number,
  queued: Schema.NullOr(Schema.parseJson(RevisionContent))
})
const decodeRow = rowDecoder("articles", Row, { seq: "analysis_queue.seq", queued: "analysis_queue.revision" })

const HEAD = `SELECT q.seq, q.revision AS queued, a.rowid, a.* FROM analysis_queue q JOIN articles a ON a.id = q.article_id
  WHERE q.seq > ? ORDER BY q.seq LIMIT ?`

const toQueued = (row: unknown): QueuedAnalysis => {
  const r = decodeRow(row)
  return { seq: r.seq, rowid: r.rowid, article: toArticle(r), revision: r.queued }
}

/** The queue of stored articles awaiting analysis (schema's analysis_queue). The writer's calls
 * run only inside a transaction; the reads outside one (what to read ahead, whether analysis
 * has caught up). */
export class AnalysisQueue extends Effect.Service<AnalysisQueue>()("crosscheck/AnalysisQueue", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const insert = lazyStatement(sqlite, `INSERT INTO analysis_queue (article_id, revision) VALUES (?, ?)`)
    const remove = lazyStatement(sqlite, `DELETE FROM analysis_queue WHERE seq = ?`)
    const head = lazyStatement(sqlite, HEAD)
    const lastSeq = lazyStatement(sqlite, `SELECT coalesce(max(seq), 0) FROM analysis_queue`)
    const firstSeq = lazyStatement(sqlite, `SELECT min(seq) FROM analysis_queue`)
    const count = lazyStatement(sqlite, `SELECT count(*) FROM analysis_queue`)

    return {
      /** Queues a stored article: new (`revision` null), or a new revision of it. In the
       * transaction that stores it. */
      enqueue: (articleId: string, revision: RevisionContent | null): void => {
        insert().run(articleId, revision === null ? null : JSON.stringify(revision))
      },
      /** The first `limit` queued articles, in queue order; in the transaction that analyses
       * them (what another process analysed meanwhile is gone). */
      head: (limit: number): Array<QueuedAnalysis> => head().all(0, limit).map(toQueued),
      /** An article's analysis is filed: in the same transaction. */
      done: (seq: number): void => {
        remove().run(seq)
      },
      /** Up to `limit` queued articles after `seq`, in queue order: what to read ahead. */
      after: (seq: number, limit: number) => store.query("cannot read the analysis queue", () => head().all(seq, limit).map(toQueued)),
      /** The newest queued row's seq (0 when none): analysis has caught up with a store once no
       * row at or below what it queued is left. */
      lastSeq: store.query("cannot read the analysis queue", () => lastSeq().pluck().get() as number),
      /** The oldest queued row's seq, or null when analysis has caught up. */
      firstSeq: store.query("cannot read the analysis queue", () => (firstSeq().pluck().get() as number | null) ?? null),
      /** How many stored articles await analysis. */
      count: store.query("cannot read the analysis queue", () => count().pluck().get() as number)
    } as const
  })
}) {}
