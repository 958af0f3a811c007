import {
  type ClaimIndex,
  type ConflictClaim,
  detectPrepared,
  featuresOfArticle,
  filingOf,
  isCurrentFeatures,
  listedIn,
  markListed,
  needsFeatures,
  type Prepared,
  type PreparedQuantity,
  prepare,
  relatedTo
} from "@crosscheck/core"
import { Chunk, Effect, Option, Schema, Stream } from "effect"
import { AnalysisCacheLimits, LruCache } from "./CacheLimits.js"
import { EventWriter } from "./EventLog.js"
import { rowDecoder, StoredClaimColumns } from "./rows.js"
import { lazyStatement, rowsStatement } from "./statements.js"
import { Store, type StoreError } from "./Store.js"

/** The contract's `export conflicts` record. */
export interface ConflictRecord {
  readonly id: string
  readonly kind: string
  readonly claimIds: ReadonlyArray<string>
  readonly scope: {
    readonly metric: string
    readonly where: string | null
    readonly when: { readonly from: string; readonly to: string } | null
    readonly who: string | null
  }
  readonly sources: ReadonlyArray<string>
  readonly summary: string
}

/** A stored conflict as the conflict view lists it. */
export interface StoredConflict extends ConflictRecord {
  readonly severity: number
  readonly reviewed: boolean
  readonly openedAt: number
  readonly updatedAt: number
}

/** What one update changed: conflicts that appeared, changed, or went away. */
export interface ConflictChanges {
  /** the conflicts opened and closed, by id: a run counts what it left open, whatever its batches */
  readonly openedIds: ReadonlyArray<string>
  readonly changed: number
  readonly closedIds: ReadonlyArray<string>
  /** stored claims the update compared (its cost), and how many of them were read from disk */
  readonly compared: number
  readonly read: number
}

const StringList = Schema.parseJson(Schema.Array(Schema.String))
const decodeList = Schema.decodeUnknownSync(StringList)

const Text = Schema.NullOr(Schema.String)

/** A row of `conflicts` (with whether it was reviewed) as the conflict view and the export read
 * it: decoded, not cast, so a store holding what this build never writes fails with the table
 * and column. The lists are kept as stored here: the view's filter reads their text. */
const ConflictRow = Schema.Struct({
  rowid: Schema.Number,
  id: Schema.String,
  kind: Schema.String,
  severity: Schema.Number,
  metric: Schema.String,
  where: Text,
  whenFrom: Text,
  whenTo: Text,
  who: Text,
  sources: Schema.String,
  claimIds: Schema.String,
  summary: Schema.String,
  openedAt: Schema.Number,
  updatedAt: Schema.Number,
  reviewed: Schema.Literal(0, 1)
})
const CONFLICT_COLUMNS = { where: "where_name", reviewed: "conflict_reviews.conflict" } as const
const decodeConflictRow = rowDecoder("conflicts", ConflictRow, CONFLICT_COLUMNS)
/** The same row with its lists read: what a StoredConflict is made from. */
const decodeListedConflictRow = rowDecoder("conflicts", Schema.Struct({ ...ConflictRow.fields, sources: StringList, claimIds: StringList }), CONFLICT_COLUMNS)

const toStored = (row: unknown): StoredConflict => {
  const r = decodeListedConflictRow(row)
  return {
    id: r.id,
    kind: r.kind,
    claimIds: r.claimIds,
    scope: {
      metric: r.metric,
      where: r.where,
      when: r.whenFrom !== null && r.whenTo !== null ? { from: r.whenFrom, to: r.whenTo } : null,
      who: r.who
    },
    sources: r.sources,
    summary: r.summary,
    severity: r.severity,
    reviewed: r.reviewed === 1,
    openedAt: r.openedAt,
    updatedAt: r.updatedAt
  }
}

export const toConflictRecord = (c: StoredConflict): ConflictRecord => ({
  id: c.id,
  kind: c.kind,
  claimIds: c.claimIds,
  scope: c.scope,
  sources: c.sources,
  summary: c.summary
})

// The columns a comparison needs, claim and article joined. The sentence itself is read only
// for claims stored before their features were kept.
const CLAIM_COLUMNS = `c.id, c.article_id AS articleId, c.kind, c.metric, c.min, c.max, c.qualifier, c.who,
  c.where_name AS "where", c.where_id AS whereId, c.when_from AS whenFrom, c.when_to AS whenTo, c.source, c.actor,
  c.action, c.polarity, CASE WHEN c.features IS NULL THEN c.quote ELSE '' END AS quote, c.span_start AS spanStart,
  c.span_end AS spanEnd, c.features, coalesce(a.unattributed_origin, a.source) AS outlet, coalesce(a.published, a.fetched_at) AS published,
  a.duplicate_of AS duplicateOf, a.story_id AS storyId`

/** A claim row as CLAIM_COLUMNS read it, decoded wherever it is read (a row of the shape this
 * build writes passes without a copy: `rowDecoder`). The copies the scope index keeps
 * (`filedCopy`) are read by position, on the update's hot path. */
const ClaimRow = Schema.Struct({
  ...StoredClaimColumns.fields,
  features: Text,
  outlet: Schema.String,
  published: Schema.Number,
  duplicateOf: Text,
  storyId: Text
})
type ClaimRow = typeof ClaimRow.Type
const decodeClaimRow = rowDecoder("claims", ClaimRow, {
  where: "where_name",
  outlet: "articles.source",
  published: "articles.published",
  duplicateOf: "articles.duplicate_of",
  storyId: "articles.story_id"
})

export const toConflictClaim = (r: ClaimRow): ConflictClaim => ({
  id: r.id,
  articleId: r.articleId,
  kind: r.kind,
  metric: r.metric,
  min: r.min,
  max: r.max,
  qualifier: r.qualifier,
  who: r.who,
  where: r.where,
  whereId: r.whereId,
  when: r.whenFrom === null || r.whenTo === null ? null : { from: r.whenFrom, to: r.whenTo },
  source: r.source,
  actor: r.actor,
  action: r.action,
  polarity: r.polarity,
  quote: r.quote,
  span: [r.spanStart, r.spanEnd],
  outlet: r.outlet,
  published: r.published,
  duplicateOf: r.duplicateOf,
  storyId: r.storyId,
  features: r.features
})

/** A stored conflict's content, to tell whether an update changes it. */
const StoredConflictState = Schema.Struct({
  kind: Schema.String,
  severity: Schema.Number,
  claimIds: Schema.String,
  sources: Schema.String,
  summary: Schema.String,
  anchors: Text,
  openedAt: Schema.Number
})
type StoredConflictState = typeof StoredConflictState.Type
const decodeConflictState = rowDecoder("conflicts", StoredConflictState)
const decodeIncidentDigest = rowDecoder("incidents", Schema.Struct({ id: Schema.String, digest: Schema.String }))

// An incident's content in one string, computed the same way from a stored row (SQL) and a
// new one (incidentDigest), to write only incidents that changed.
const INCIDENT_DIGEST = `coalesce(metric, '') || char(31) || coalesce(where_name, '') || char(31) || coalesce(when_from, '') || char(31) ||
  coalesce(when_to, '') || char(31) || coalesce(who, '') || char(31) || claim_ids || char(31) || figures || char(31) ||
  coalesce(range_min, '') || char(31) || coalesce(range_max, '') || char(31) || coalesce(conservative, '') || char(31) ||
  grade || char(31) || coalesce(anchors, '')`
const incidentDigest = (r: {
  readonly metric: string
  readonly where: string | null
  readonly whenFrom: string | null
  readonly whenTo: string | null
  readonly who: string | null
  readonly claimIds: string
  readonly figures: string
  readonly rangeMin: number | null
  readonly rangeMax: number | null
  readonly conservative: string | null
  readonly grade: string
  readonly anchors: string
}): string =>
  [
    r.metric,
    r.where ?? "",
    r.whenFrom ?? "",
    r.whenTo ?? "",
    r.who ?? "",
    r.claimIds,
    r.figures,
    r.rangeMin ?? "",
    r.rangeMax ?? "",
    r.conservative ?? "",
    r.grade,
    r.anchors
  ].join("\u001f")

/** What the conflict indexes copy of a filed claim (schema.ts, filedClaim): a JSON array, one
 * string to read with its row and parse only when the claim is not prepared already. A filed claim
 * is never a copy's, and its kept features stand for its sentence (CLAIM_COLUMNS reads no quote
 * either when they are kept). */
const filedCopy = (c: ConflictClaim, features: string): string =>
  JSON.stringify([
    c.articleId,
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
    c.span?.[0] ?? 0,
    c.span?.[1] ?? 0,
    features,
    c.outlet,
    c.published,
    c.storyId
  ])

/** A filed claim from its id and copy (filedCopy). */
const fromCopy = (id: string, copy: string): ConflictClaim => {
  const v = JSON.parse(copy) as Array<never>
  return {
    id,
    articleId: v[0],
    kind: v[1],
    metric: v[2],
    min: v[3],
    max: v[4],
    qualifier: v[5],
    who: v[6],
    where: v[7],
    whereId: v[8],
    when: v[9] === null || v[10] === null ? null : { from: v[9], to: v[10] },
    source: v[11],
    actor: v[12],
    action: v[13],
    polarity: v[14],
    quote: "",
    span: [v[15], v[16]],
    features: v[17],
    outlet: v[18],
    published: v[19],
    duplicateOf: null,
    storyId: v[20]
  }
}

const NOT_PREPARED = { features: "", prepared: null } as const

/** Newly stored claims as the conflict rules read them (`ConflictWriter.readIndex`). */
export interface IndexReading {
  readonly claims: ReadonlyArray<ConflictClaim>
  readonly prepared: ReadonlyArray<Prepared | null>
  /** what to keep beside each claim (claims.features); null: nothing */
  readonly features: ReadonlyArray<string | null>
}

/**
 * Keeps incidents and conflicts up to date as claims are stored, incrementally and exactly
 * (core's conflicts README): new and removed claims name the anchors they can change; the
 * stored claims of the scopes they can be compared with are read back through the scope index
 * (claim_homes, a home at a time) and the asserted events' keys (claim_keys), as core's
 * `relatedTo` asks, each row with a copy of its claim (filedCopy); the rules run on those; every stored incident and conflict with a changed
 * anchor is replaced by what they find. The result equals a full recomputation whatever the
 * order claims arrived in. Only inside a transaction.
 */
export class ConflictWriter extends Effect.Service<ConflictWriter>()("crosscheck/ConflictWriter", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const events = yield* EventWriter
    const insertKeys = rowsStatement(sqlite, 3, (values) => `INSERT OR IGNORE INTO claim_keys (key, claim, copy) VALUES ${values}`)
    const insertHomes = rowsStatement(sqlite, 5, (values) => `INSERT OR IGNORE INTO claim_homes (home, place, victims, claim, copy) VALUES ${values}`)
    const setFeatures = lazyStatement(sqlite, `UPDATE claims SET features = ? WHERE id = ?`)
    const claimsOfArticle = lazyStatement(sqlite, `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ?`)
    const dropKeysOfArticle = lazyStatement(sqlite, `DELETE FROM claim_keys WHERE claim IN (SELECT id FROM claims WHERE article_id = ?)`)
    const dropHomesOfArticle = lazyStatement(sqlite, `DELETE FROM claim_homes WHERE claim IN (SELECT id FROM claims WHERE article_id = ?)`)
    // rows as arrays: claim, place and victims (core's FiledRow), then the claim's copy
    const filedAt = lazyStatement(sqlite, `SELECT claim, place, victims, copy FROM claim_homes WHERE home = ?`)
    const keyedAt = lazyStatement(sqlite, `SELECT claim, copy FROM claim_keys WHERE key = ?`)
    const disputedAt = lazyStatement(sqlite, `SELECT c.claim_ids FROM conflict_anchors x JOIN conflicts c ON c.id = x.conflict WHERE x.anchor = ?`)
    const anchoredConflictsStatement = lazyStatement(sqlite, `SELECT DISTINCT conflict FROM conflict_anchors WHERE anchor = ?`)
    const anchoredIncidentsStatement = lazyStatement(sqlite, `SELECT DISTINCT incident FROM incident_anchors WHERE anchor = ?`)
    const anchoredConflicts = (anchor: string) => anchoredConflictsStatement().pluck().all(anchor) as Array<string>
    const anchoredIncidents = (anchor: string) => anchoredIncidentsStatement().pluck().all(anchor) as Array<string>
    const conflictById = lazyStatement(
      sqlite,
      `SELECT id, kind, severity, claim_ids AS claimIds, sources, summary, anchors, opened_at AS openedAt FROM conflicts WHERE id = ?`
    )
    const incidentById = lazyStatement(sqlite, `SELECT id, ${INCIDENT_DIGEST} AS digest FROM incidents WHERE id = ?`)
    const deleteConflict = lazyStatement(sqlite, `DELETE FROM conflicts WHERE id = ?`)
    const deleteConflictAnchors = lazyStatement(sqlite, `DELETE FROM conflict_anchors WHERE conflict = ?`)
    const deleteIncident = lazyStatement(sqlite, `DELETE FROM incidents WHERE id = ?`)
    const deleteIncidentAnchors = lazyStatement(sqlite, `DELETE FROM incident_anchors WHERE incident = ?`)
    const insertConflict = lazyStatement(
      sqlite,
      `INSERT INTO conflicts (id, kind, severity, metric, where_name, when_from, when_to, who, sources, claim_ids, summary, anchors, opened_at, updated_at)
       VALUES (@id, @kind, @severity, @metric, @where, @whenFrom, @whenTo, @who, @sources, @claimIds, @summary, @anchors, @openedAt, @updatedAt)
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, metric = excluded.metric,
         where_name = excluded.where_name, when_from = excluded.when_from, when_to = excluded.when_to, who = excluded.who,
         sources = excluded.sources, claim_ids = excluded.claim_ids, summary = excluded.summary, anchors = excluded.anchors,
         updated_at = excluded.updated_at`
    )
    const insertConflictAnchor = lazyStatement(sqlite, `INSERT OR IGNORE INTO conflict_anchors (anchor, conflict) VALUES (?, ?)`)
    const insertIncident = lazyStatement(
      sqlite,
      `INSERT OR REPLACE INTO incidents (id, metric, where_name, when_from, when_to, who, claim_ids, figures, range_min, range_max, conservative, grade, anchors, updated_at)
       VALUES (@id, @metric, @where, @whenFrom, @whenTo, @who, @claimIds, @figures, @rangeMin, @rangeMax, @conservative, @grade, @anchors, @updatedAt)`
    )
    const insertIncidentAnchor = lazyStatement(sqlite, `INSERT OR IGNORE INTO incident_anchors (anchor, incident) VALUES (?, ?)`)
    // Statements by the number of parameters they bind: a handful of sizes at most.
    const CHUNK = 200
    const sized = (cache: Map<number, ReturnType<typeof sqlite.prepare>>, n: number, sql: (marks: string) => string) => {
      let statement = cache.get(n)
      if (statement === undefined) {
        statement = sqlite.prepare(sql(Array.from({ length: n }, () => "?").join(", ")))
        cache.set(n, statement)
      }
      return statement
    }
    const rowsStatements = new Map<number, ReturnType<typeof sqlite.prepare>>()
    /** Stored claims by id, with their articles' fields. */
    const claimsByIds = (ids: ReadonlyArray<string>): Array<ConflictClaim> => {
      const out: Array<ConflictClaim> = []
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK)
        const statement = sized(
          rowsStatements,
          part.length,
          (marks) => `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (${marks})`
        )
        for (const row of statement.all(part)) out.push(toConflictClaim(decodeClaimRow(row)))
      }
      return out
    }

    // Claims as prepared, kept between updates (AnalysisCacheLimits.preparedClaims, the least
    // recently used go first): spares a daemon reading back, on every article, the claims of
    // the incidents an evening keeps touching. Ids are reused when an article is read again, so
    // its entries go then too.
    const prepared = new LruCache<string, Prepared | null>((yield* AnalysisCacheLimits).preparedClaims)
    let seenVersion = -1
    /** Call at the start of each transaction: drops prepared claims another writer may have made stale. */
    const begin = (): void => {
      const version = store.dataVersion()
      if (version !== seenVersion) prepared.clear()
      seenVersion = version
    }
    const abandon = (): void => {
      prepared.clear()
      seenVersion = -1
    }
    // A claim the rules drop is never compared (it has no lookup keys): not worth a place.
    const remember = (id: string, p: Prepared | null): void => {
      if (p !== null) prepared.set(id, p)
    }
    const preparedOf = (c: ConflictClaim): Prepared | null => {
      let p = prepared.get(c.id)
      if (p === undefined) {
        p = prepare(c)
        remember(c.id, p)
      }
      return p
    }

    /** What `index` files for newly stored claims, read without writing anything: each
     * claim prepared, and the features to keep beside it (null when none are kept). The sentence
     * is read once: its features are kept and the claim prepared from them. A writer that
     * stores the claims after this stores the features with them (`ClaimWriter.replace`). */
    const readIndex = (claims: ReadonlyArray<ConflictClaim>): IndexReading => {
      // Features not read already (by a claim worker) are read here, an article's at once, so
      // claims of one sentence share its reading; a claim that does not need them has none.
      const missing = claims.some((c) => (c.features === undefined || c.features === null) && c.duplicateOf === null && needsFeatures(c))
      const readHere = missing ? featuresOfArticle(claims) : null
      const read = claims.map((c, i) => {
        if (c.duplicateOf !== null) return null
        const features = c.features ?? readHere?.[i] ?? null
        // without features prepare drops the claim whatever its sentence says (needsFeatures)
        if (features === null) return NOT_PREPARED
        // a claim that carries its features already is prepared as it is, without a copy
        return { features, prepared: prepare(c.features === features ? c : { ...c, features }) }
      })
      // An article's counts listed in one sentence are marked now, while all its claims are at
      // hand: a later update that fetches only some of them must read them as parts all the same.
      const byArticle = new Map<string, Array<PreparedQuantity>>()
      for (const r of read) {
        if (r?.prepared?.type !== "quantity") continue
        const q = r.prepared
        const own = byArticle.get(q.claim.articleId)
        if (own === undefined) byArticle.set(q.claim.articleId, [q])
        else own.push(q)
      }
      const listed = listedIn(byArticle.values())
      const prepared: Array<Prepared | null> = []
      const features: Array<string | null> = []
      claims.forEach((c, i) => {
        const r = read[i]
        if (r === null || r === undefined) {
          prepared.push(null)
          features.push(null)
          return
        }
        let { features: f, prepared: p } = r
        if (p !== null && p.type === "quantity" && listed.has(p)) {
          f = markListed(f)
          p = prepare({ ...c, features: f })
        }
        prepared.push(p)
        features.push(p === null ? null : f)
      })
      return { claims, prepared, features }
    }

    /** Files what `readIndex` read: each claim in the scope index or the key index, as core's
     * `filingOf` says (and the features, unless the claims were stored with them), and the
     * prepared claims in the cache. Returns the prepared claims. */
    const fileIndex = (reading: IndexReading, featuresStored: boolean): ReadonlyArray<Prepared | null> => {
      const keys: Array<unknown> = []
      const homes: Array<unknown> = []
      reading.claims.forEach((c, i) => {
        const p = reading.prepared[i]!
        remember(c.id, p)
        if (p === null) return
        if (!featuresStored) setFeatures().run(reading.features[i], c.id)
        const filing = filingOf(p)
        const copy = filing.homes.length + filing.keys.length > 0 ? filedCopy(c, reading.features[i]!) : ""
        for (const f of filing.homes) homes.push(f.home, f.place, f.victims, c.id, copy)
        for (const key of filing.keys) keys.push(key, c.id, copy)
      })
      insertHomes(homes)
      insertKeys(keys)
      return reading.prepared
    }

    /** Files newly stored claims in the indexes, with their kept features (`readIndex`, then
     * `fileIndex`). */
    const index = (claims: ReadonlyArray<ConflictClaim>): ReadonlyArray<Prepared | null> => fileIndex(readIndex(claims), false)

    /** An article's claims as they stand, before they are replaced, prepared (an update needs
     * what they anchored); they leave the indexes, and the cache forgets their ids, which the
     * new claims reuse. */
    const unindex = (articleId: string): Array<Prepared | null> => {
      const old = claimsOfArticle()
        .all(articleId)
        .map((row) => toConflictClaim(decodeClaimRow(row)))
      dropKeysOfArticle().run(articleId)
      dropHomesOfArticle().run(articleId)
      for (const c of old) prepared.delete(c.id)
      return old.map(prepare)
    }

    /** Recomputes what the changed claims (new ones as `index` prepared them, removed ones as
     * `unindex` did) can change, and announces each conflict opened, changed or closed. */
    const update = (changedPrepared: ReadonlyArray<Prepared | null>, at: number, alsoAnchors: ReadonlyArray<string> = []): ConflictChanges => {
      if (changedPrepared.every((p) => p === null) && alsoAnchors.length === 0) return { openedIds: [], changed: 0, closedIds: [], compared: 0, read: 0 }
      // The index rows carry a copy of their claims (filedCopy): a claim prepared already (in a
      // running daemon or TUI, most of an incident's claims were prepared when they arrived) is
      // taken from the cache, any other is prepared from its row's copy; read by id from the
      // claims table only when no row was read for it (a dispute's claims).
      let read = 0
      const copies = new Map<string, string>()
      const index: ClaimIndex = {
        filed: (home) => {
          const found = filedAt().raw().all(home) as Array<[string, string, string, string]>
          for (const r of found) copies.set(r[0], r[3])
          return found
        },
        keyed: (key) =>
          (keyedAt().raw().all(key) as Array<[string, string]>).map(([claim, copy]) => {
            copies.set(claim, copy)
            return claim
          }),
        disputed: (anchor) => (disputedAt().pluck().all(anchor) as Array<string>).flatMap((ids) => decodeList(ids)),
        prepared: (ids) => {
          const out: Array<Prepared> = []
          const missing: Array<string> = []
          for (const id of ids) {
            let p = prepared.get(id)
            if (p === undefined) {
              const copy = copies.get(id)
              if (copy === undefined) {
                missing.push(id)
                continue
              }
              p = preparedOf(fromCopy(id, copy))
            }
            if (p !== null) out.push(p)
          }
          read += missing.length
          for (const c of claimsByIds(missing.sort())) {
            const p = preparedOf(c)
            if (p !== null) out.push(p)
          }
          return out
        }
      }
      const related = relatedTo(changedPrepared, index)
      // Every row read under an asked home left its copy here, chosen or not, and the claims
      // chosen are prepared by now: dropped before the rules run rather than held through them
      // and the writes (on a store whose scopes grow, an update reads ever more rows).
      copies.clear()
      const changed = alsoAnchors.length === 0 ? related.anchors : [...new Set([...related.anchors, ...alsoAnchors])].sort()
      if (changed.length === 0) return { openedIds: [], changed: 0, closedIds: [], compared: 0, read: 0 }
      const candidates = related.claims
      const found = detectPrepared(candidates, { changed })

      // What is stored under the changed anchors, to write only what differs: most updates
      // leave most of an area's incidents and conflicts exactly as they were.
      const before = new Map<string, StoredConflictState>()
      const incidentsBefore = new Map<string, string>()
      for (const anchor of changed) {
        for (const id of anchoredConflicts(anchor)) {
          if (before.has(id)) continue
          const row = conflictById().get(id)
          if (row !== undefined) before.set(id, decodeConflictState(row))
        }
        for (const id of anchoredIncidents(anchor)) {
          if (incidentsBefore.has(id)) continue
          const row = incidentById().get(id)
          if (row !== undefined) incidentsBefore.set(id, decodeIncidentDigest(row).digest)
        }
      }

      const openedIds: Array<string> = []
      const closedIds: Array<string> = []
      let changedCount = 0
      const after = new Set<string>()
      for (const c of found.conflicts) {
        if (after.has(c.id)) continue
        after.add(c.id)
        const claimIds = JSON.stringify(c.claimIds)
        const sources = JSON.stringify(c.sources)
        const anchors = JSON.stringify(c.anchors)
        const previous = before.get(c.id)
        if (
          previous !== undefined &&
          previous.claimIds === claimIds &&
          previous.summary === c.summary &&
          previous.severity === c.severity &&
          previous.kind === c.kind &&
          previous.sources === sources &&
          previous.anchors === anchors
        ) {
          continue
        }
        if (previous !== undefined) deleteConflictAnchors().run(c.id)
        insertConflict().run({
          id: c.id,
          kind: c.kind,
          severity: c.severity,
          metric: c.scope.metric,
          where: c.scope.where,
          whenFrom: c.scope.when?.from ?? null,
          whenTo: c.scope.when?.to ?? null,
          who: c.scope.who,
          sources,
          claimIds,
          summary: c.summary,
          anchors,
          openedAt: previous?.openedAt ?? at,
          updatedAt: at
        })
        for (const anchor of c.anchors) insertConflictAnchor().run(anchor, c.id)
        if (previous === undefined) {
          openedIds.push(c.id)
          events.append({ kind: "conflict.opened", conflictId: c.id }, at)
        } else {
          changedCount++
          events.append({ kind: "conflict.changed", conflictId: c.id }, at)
        }
      }
      for (const id of before.keys()) {
        if (after.has(id)) continue
        deleteConflictAnchors().run(id)
        deleteConflict().run(id)
        closedIds.push(id)
        events.append({ kind: "conflict.closed", conflictId: id }, at)
      }

      const incidentsAfter = new Set<string>()
      for (const i of found.incidents) {
        if (incidentsAfter.has(i.id)) continue
        incidentsAfter.add(i.id)
        const row = {
          id: i.id,
          metric: i.scope.metric,
          where: i.scope.where,
          whenFrom: i.scope.when?.from ?? null,
          whenTo: i.scope.when?.to ?? null,
          who: i.scope.who,
          claimIds: JSON.stringify(i.claimIds),
          figures: JSON.stringify(i.figures),
          rangeMin: i.range?.min ?? null,
          rangeMax: i.range?.max ?? null,
          conservative: i.conservative === null ? null : JSON.stringify(i.conservative),
          grade: i.grade,
          anchors: JSON.stringify(i.anchors),
          updatedAt: at
        }
        const digest = incidentDigest(row)
        const previous = incidentsBefore.get(i.id)
        if (previous === digest) continue
        if (previous !== undefined) deleteIncidentAnchors().run(i.id)
        insertIncident().run(row)
        for (const anchor of i.anchors) insertIncidentAnchor().run(anchor, i.id)
      }
      for (const id of incidentsBefore.keys()) {
        if (incidentsAfter.has(id)) continue
        deleteIncidentAnchors().run(id)
        deleteIncident().run(id)
      }
      return { openedIds, changed: changedCount, closedIds, compared: candidates.length, read }
    }

    const dropKeys = lazyStatement(sqlite, `DELETE FROM claim_keys`)
    const dropHomes = lazyStatement(sqlite, `DELETE FROM claim_homes`)
    const dropFeatures = lazyStatement(sqlite, `UPDATE claims SET features = NULL WHERE features IS NOT NULL`)
    const storedAnchors = lazyStatement(sqlite, `SELECT anchor FROM conflict_anchors UNION SELECT anchor FROM incident_anchors`)
    /** Forgets what older rules read and filed (kept features, both indexes), so the claims are
     * read again in full: the rules' version changed (`CONFLICT_RULES_VERSION`). */
    const forgetIndex = (): void => {
      dropKeys().run()
      dropHomes().run()
      dropFeatures().run()
      prepared.clear()
    }
    /** Indexes every stored claim and computes all conflicts and incidents, replacing whatever
     * is stored, also what older rules anchored on keys the current ones no longer make. */
    const indexAll = (claims: ReadonlyArray<ConflictClaim>, at: number): ConflictChanges =>
      update(index(claims), at, storedAnchors().pluck().all() as Array<string>)

    return { begin, abandon, readIndex, fileIndex, index, unindex, update, forgetIndex, indexAll } as const
  }),
  dependencies: [EventWriter.Default]
}) {}

/** One source's figure in a conflict, with the article it was read from. */
export interface ConflictFigureRow {
  readonly claim: ConflictClaim & { readonly quote: string }
  readonly articleTime: number
}

const FILTER_COLUMNS = `lower(coalesce(c.where_name, '') || ' ' || c.metric || ' ' || coalesce(c.who, '') || ' ' || c.sources || ' ' || c.summary)`

/** Conflicts as the conflict view and `export conflicts` read them: most severe first. */
export class ConflictRepository extends Effect.Service<ConflictRepository>()("crosscheck/ConflictRepository", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const { sqlite } = store
    const SELECT = `SELECT c.rowid, c.id, c.kind, c.severity, c.metric, c.where_name AS "where", c.when_from AS whenFrom,
      c.when_to AS whenTo, c.who, c.sources, c.claim_ids AS claimIds, c.summary, c.opened_at AS openedAt,
      c.updated_at AS updatedAt, (r.conflict IS NOT NULL) AS reviewed
      FROM conflicts c LEFT JOIN conflict_reviews r ON r.conflict = c.id`
    const byKind = sqlite.prepare(`SELECT kind, count(*) AS n FROM conflicts GROUP BY kind`)
    const countAll = sqlite.prepare(`SELECT count(*) FROM conflicts`).pluck()
    const countFiltered = sqlite.prepare(`SELECT count(*) FROM conflicts c WHERE instr(${FILTER_COLUMNS}, ?) > 0`).pluck()
    const windowAll = sqlite.prepare(`${SELECT} ORDER BY c.severity DESC, c.id LIMIT ? OFFSET ?`)
    const windowFiltered = sqlite.prepare(`${SELECT} WHERE instr(${FILTER_COLUMNS}, ?) > 0 ORDER BY c.severity DESC, c.id LIMIT ? OFFSET ?`)
    const positionAll = sqlite
      .prepare(
        `SELECT count(*) FROM conflicts c, (SELECT severity, id FROM conflicts WHERE id = ?) s
         WHERE c.severity > s.severity OR (c.severity = s.severity AND c.id < s.id)`
      )
      .pluck()
    const positionFiltered = sqlite
      .prepare(
        `SELECT count(*) FROM conflicts c, (SELECT severity, id FROM conflicts WHERE id = ?) s
         WHERE instr(${FILTER_COLUMNS}, ?) > 0 AND (c.severity > s.severity OR (c.severity = s.severity AND c.id < s.id))`
      )
      .pluck()
    const byId = sqlite.prepare(`${SELECT} WHERE c.id = ?`)
    const claimsById = sqlite.prepare(
      `SELECT ${CLAIM_COLUMNS.replace("CASE WHEN c.features IS NULL THEN c.quote ELSE '' END AS quote", "c.quote")}
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?`
    )
    // by id, not by rowid: a conflict is rewritten when an update changes it, so its row's place
    // depends on how the input was batched; its id depends only on what it is
    const page = sqlite.prepare(`${SELECT} WHERE c.id > ? AND c.updated_at >= ? ORDER BY c.id LIMIT ?`)
    const ofArticleRows = sqlite.prepare(
      `SELECT ${CLAIM_COLUMNS.replace("CASE WHEN c.features IS NULL THEN c.quote ELSE '' END AS quote", "c.quote")}
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? ORDER BY c.rowid`
    )
    const review = lazyStatement(sqlite, `INSERT OR REPLACE INTO conflict_reviews (conflict, reviewed_at) VALUES (?, ?)`)
    const unreview = lazyStatement(sqlite, `DELETE FROM conflict_reviews WHERE conflict = ?`)
    const anyClaim = sqlite.prepare(`SELECT count(*) FROM (SELECT 1 FROM claims LIMIT 1)`).pluck()
    const everyClaim = sqlite.prepare(`SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.rowid`)
    const anyFiled = sqlite
      .prepare(`SELECT (SELECT count(*) FROM (SELECT 1 FROM claim_homes LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM claim_keys LIMIT 1))`)
      .pluck()
    const keptFeatures = sqlite.prepare(`SELECT features FROM claims WHERE features IS NOT NULL LIMIT 1`).pluck()

    const words = (filter: string) => filter.trim().toLowerCase()

    return {
      countsByKind: store.query("cannot read conflicts", () => {
        const out: Record<string, number> = {}
        for (const row of byKind.all() as Array<{ kind: string; n: number }>) out[row.kind] = row.n
        return out
      }),
      count: (filter: string | null) =>
        store.query("cannot read conflicts", () => (filter === null ? (countAll.get() as number) : (countFiltered.get(words(filter)) as number))),
      window: (filter: string | null, offset: number, limit: number) =>
        store.query("cannot read conflicts", () =>
          (filter === null ? windowAll.all(limit, offset) : windowFiltered.all(words(filter), limit, offset)).map(toStored)
        ),
      /** Where a conflict stands in the list (filtered or not), or null when it is not there. */
      positionOf: (filter: string | null, id: string) =>
        store.query("cannot read conflicts", () => {
          const found = byId.get(id)
          if (found === undefined) return null
          const row = decodeConflictRow(found)
          if (filter === null) return positionAll.get(id) as number
          const hay = `${row.where ?? ""} ${row.metric} ${row.who ?? ""} ${row.sources} ${row.summary}`.toLowerCase()
          return hay.includes(words(filter)) ? (positionFiltered.get(id, words(filter)) as number) : null
        }),
      findById: (id: string) =>
        store.query("cannot read conflicts", () => {
          const row = byId.get(id)
          return row === undefined ? null : toStored(row)
        }),
      /** A conflict's claims with the articles they were read from. */
      claims: (ids: ReadonlyArray<string>) =>
        store.query("cannot read claims", () =>
          ids.flatMap((id) => {
            const row = claimsById.get(id)
            return row === undefined ? [] : [toConflictClaim(decodeClaimRow(row))]
          })
        ),
      /** An article's claims, with their evidence, in the order they were read. */
      ofArticle: (articleId: string) =>
        store.query("cannot read claims", () => ofArticleRows.all(articleId).map((row) => toConflictClaim(decodeClaimRow(row)))),
      setReviewed: (id: string, reviewed: boolean) =>
        store.transaction(
          `cannot mark conflict ${id}`,
          () => {
            if (reviewed) review().run(id, Date.now())
            else unreview().run(id)
          },
          { synced: false }
        ),
      /** Claims are stored but none is filed in the conflict indexes (a store from before
       * conflicts existed, or from before the scope index: migration 0010 empties the key index):
       * the whole store needs one full computation. */
      needsIndexing: store.query("cannot read claims", () => (anyClaim.get() as number) > 0 && (anyFiled.get() as number) === 0),
      /** The stored index was made by other conflict rules (kept features of another version): it
       * must be forgotten and made again (`ConflictWriter.forgetIndex`, then a full computation).
       * A full computation writes every kept feature at once, so one row tells. */
      rulesChanged: store.query("cannot read claims", () => {
        const kept = keptFeatures.get() as string | undefined
        return kept !== undefined && !isCurrentFeatures(kept)
      }),
      /** Every stored claim as the conflict rules read it (a full computation). */
      allClaims: store.query("cannot read claims", () => everyClaim.all().map((row) => toConflictClaim(decodeClaimRow(row)))),
      /** Every conflict, paged; `since` keeps those changed at or after it (epoch ms). */
      export: (since = 0): Stream.Stream<StoredConflict, StoreError> =>
        Stream.paginateChunkEffect("", (after: string) =>
          store
            .query("cannot export conflicts", () => page.all(after, since, 500).map(toStored))
            .pipe(
              Effect.map((conflicts) => {
                const last = conflicts.at(-1)
                return [Chunk.fromIterable(conflicts), conflicts.length === 500 && last !== undefined ? Option.some(last.id) : Option.none<string>()] as const
              })
            )
        )
    } as const
  })
}) {}
