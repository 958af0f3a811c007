import type { ConflictClaim, ExtractedClaim } from "@crosscheck/core"
import { Effect, Schema, type Stream } from "effect"
import { EventWriter } from "./EventLog.js"
import { pagedByRowid } from "./paging.js"
import { rowDecoder, StoredClaimColumns } from "./rows.js"
import { lazyStatement, rowsStatement } from "./statements.js"
import { Store, type StoreError } from "./Store.js"

/** The contract's `export claims` record. */
export interface ClaimRecord {
  readonly id: string
  readonly articleId: string
  readonly articleUrl: string
  readonly kind: string
  readonly metric: string | null
  readonly min: number | null
  readonly max: number | null
  readonly qualifier: string | null
  readonly who: string | null
  readonly where: string | null
  readonly whereId: string | null
  readonly when: { readonly from: string; readonly to: string } | null
  readonly source: string | null
  readonly actor: string | null
  readonly action: string | null
  readonly polarity: string
  readonly quote: string
  readonly span: readonly [number, number]
}

/** An article whose claims were read by an older extractor, with what the extractor reads of
 * it: the same fields a new article gives it (a ClaimArticle with its title and body). */
export const StaleArticle = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  body: Schema.String,
  source: Schema.String,
  published: Schema.NullOr(Schema.Number),
  fetchedAt: Schema.Number,
  duplicateOf: Schema.NullOr(Schema.String),
  storyId: Schema.NullOr(Schema.String),
  unattributedOrigin: Schema.NullOr(Schema.String)
})
export type StaleArticle = typeof StaleArticle.Type
const decodeStale = rowDecoder("articles", StaleArticle)

/** The id a claim is stored under: its article and its place among the article's claims. */
export const claimIdOf = (articleId: string, index: number): string => `${articleId}-${index + 1}`

/** What the conflict rules need of the article a claim was read from. */
export interface ClaimArticle {
  readonly id: string
  /** the outlet */
  readonly source: string
  readonly published: number | null
  readonly fetchedAt: number
  readonly duplicateOf: string | null
  readonly storyId: string | null
  /** see the articles table: who unattributed figures count as, when not the outlet */
  readonly unattributedOrigin?: string | null
}

/** A claim read in a worker carries what the conflict rules read of its sentence. */
const featuresKept = (c: ExtractedClaim): { readonly features?: string } => {
  const features = (c as ExtractedClaim & { readonly features?: unknown }).features
  return typeof features === "string" ? { features } : {}
}

/** An article's extracted claims as the conflict rules read them once stored. */
export const conflictClaimsOf = (article: ClaimArticle, claims: ReadonlyArray<ExtractedClaim>): Array<ConflictClaim> =>
  claims.map((c, i) => ({
    id: claimIdOf(article.id, i),
    articleId: article.id,
    kind: c.kind,
    metric: c.metric,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    who: c.who,
    where: c.where,
    whereId: c.whereId,
    when: c.when,
    source: c.source,
    actor: c.actor,
    action: c.action,
    polarity: c.polarity,
    quote: c.quote,
    span: c.span,
    outlet: article.unattributedOrigin ?? article.source,
    // What the conflict rules read of the sentence, when it was read already (by a worker).
    ...featuresKept(c),
    published: article.published ?? article.fetchedAt,
    duplicateOf: article.duplicateOf,
    storyId: article.storyId
  }))

/** Writes an article's claims, replacing any it had, with a `claims.replaced` event: shared by
 * new articles and re-extraction; only inside a transaction. */
export class ClaimWriter extends Effect.Service<ClaimWriter>()("crosscheck/ClaimWriter", {
  effect: Effect.gen(function* () {
    const { sqlite } = yield* Store
    const events = yield* EventWriter
    const remove = lazyStatement(sqlite, `DELETE FROM claims WHERE article_id = ?`)
    // An article's claims in one statement (see rowsStatement), in their order: rowids, and so
    // the export's order, are as row-by-row inserts give them.
    const insert = rowsStatement(
      sqlite,
      21,
      (values) => `INSERT INTO claims (id, article_id, kind, metric, min, max, qualifier, who, where_name, where_id, when_from, when_to,
         source, actor, action, polarity, quote, span_start, span_end, rule, features) VALUES ${values}`
    )
    const version = lazyStatement(
      sqlite,
      `INSERT INTO claim_versions (article_id, version) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET version = excluded.version`
    )
    /** `features`: what the conflict rules keep of each claim (`ConflictWriter.read`), stored
     * with it; without it none is stored (`ConflictWriter.index` stores it afterwards). */
    const replace = (
      articleId: string,
      claims: ReadonlyArray<ExtractedClaim>,
      extractorVersion: number,
      at: number,
      features?: ReadonlyArray<string | null>
    ): void => {
      remove().run(articleId)
      const params: Array<unknown> = []
      claims.forEach((c, i) => {
        params.push(
          claimIdOf(articleId, i),
          articleId,
          c.kind,
          c.metric,
          c.min,
          c.max,
          c.qualifier,
          c.who,
          c.where,
          c.whereId,
          c.when?.from ?? null,
          c.when?.to ?? null,
          c.source,
          c.actor,
          c.action,
          c.polarity,
          c.quote,
          c.span[0],
          c.span[1],
          c.rule,
          features?.[i] ?? null
        )
      })
      insert(params)
      version().run(articleId, extractorVersion)
      events.append({ kind: "claims.replaced", articleId, claims: claims.length }, at)
    }
    return { replace } as const
  }),
  dependencies: [EventWriter.Default]
}) {}

/** A row of the claims export's page: decoded, not cast, so a store holding what this build
 * never writes fails with the table and column rather than exporting a wrong record. */
const ClaimRow = Schema.Struct({
  rowid: Schema.Number,
  ...StoredClaimColumns.fields,
  articleUrl: Schema.String
})
type ClaimRow = typeof ClaimRow.Type
const decodeClaimRow = rowDecoder("claims", ClaimRow, { articleUrl: "articles.url", where: "where_name" })

const toRecord = (r: ClaimRow): ClaimRecord => ({
  id: r.id,
  articleId: r.articleId,
  articleUrl: r.articleUrl,
  kind: r.kind,
  metric: r.metric,
  min: r.min,
  max: r.max,
  qualifier: r.qualifier,
  who: r.who,
  where: r.where,
  whereId: r.whereId,
  when: r.whenFrom !== null && r.whenTo !== null ? { from: r.whenFrom, to: r.whenTo } : null,
  source: r.source,
  actor: r.actor,
  action: r.action,
  polarity: r.polarity,
  quote: r.quote,
  span: [r.spanStart, r.spanEnd]
})

const PAGE = 1000

export class ClaimRepository extends Effect.Service<ClaimRepository>()("crosscheck/ClaimRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const page = sqlite.prepare(
      `SELECT c.rowid, c.id, c.article_id AS articleId, a.url AS articleUrl, c.kind, c.metric, c.min, c.max, c.qualifier, c.who,
         c.where_name AS "where", c.where_id AS whereId, c.when_from AS whenFrom, c.when_to AS whenTo, c.source, c.actor,
         c.action, c.polarity, c.quote, c.span_start AS spanStart, c.span_end AS spanEnd
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.rowid > ? AND a.fetched_at >= ? ORDER BY c.rowid LIMIT ?`
    )
    const staleRows = sqlite.prepare(
      `SELECT a.id, a.title, a.body, a.source, a.published, a.fetched_at AS fetchedAt, a.duplicate_of AS duplicateOf,
         a.story_id AS storyId, a.unattributed_origin AS unattributedOrigin FROM articles a
       LEFT JOIN claim_versions v ON v.article_id = a.id
       WHERE (v.version IS NULL OR v.version <> ?)
         -- an article awaiting analysis is read there, in its turn
         AND NOT EXISTS (SELECT 1 FROM analysis_queue q WHERE q.article_id = a.id)
       LIMIT ?`
    )

    /** Every claim, paged; `since` keeps claims of articles fetched at or after it. */
    const export_ = (since = 0): Stream.Stream<ClaimRecord, StoreError> =>
      pagedByRowid(
        (f) => store.query("cannot export claims", f),
        PAGE,
        (after) => page.all(after, since, PAGE).map(decodeClaimRow),
        toRecord
      )

    /** Up to `limit` articles whose claims are missing or from another extractor version. */
    const stale = (version: number, limit: number) => store.query("cannot read articles to re-extract", () => staleRows.all(version, limit).map(decodeStale))

    return { export: export_, stale } as const
  })
}) {}
