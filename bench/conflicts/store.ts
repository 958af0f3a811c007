/**
 * How the store is meant to keep conflicts up to date, simulated outside it: claims and their
 * lookup keys in SQLite (better-sqlite3, as packages/db uses), and, per new article, one
 * indexed query for the stored claims sharing a key with its claims, then `detectConflicts` on
 * them with `changed: changedBy(newClaims)`; the store then replaces every stored incident and
 * conflict with an anchor in that set. The real tables belong to packages/db; these mirror the
 * claims table's columns plus the article fields the rules need, and add two things:
 *
 *   claims.features TEXT                -- featuresOf(claim) at insert: no sentence is read again
 *   claim_keys(key TEXT, claim INTEGER, PRIMARY KEY (key, claim)) WITHOUT ROWID   -- claim = claims.rowid
 */
import {
  changedByPrepared,
  type Conflict,
  type ConflictClaim,
  detectPrepared,
  featuresOf,
  type Incident,
  lookupKeys,
  type Prepared,
  prepare
} from "@crosscheck/core"
import Database from "better-sqlite3"

type Db = InstanceType<typeof Database>

const COLUMNS =
  "id, article_id, kind, metric, min, max, qualifier, who, where_name, where_id, when_from, when_to, source, actor, action, polarity, quote, span_start, span_end, outlet, published, duplicate_of, story_id, features"
/** what a comparison needs: the sentence itself only when no features were kept */
const LEAN = COLUMNS.replace("quote, ", "")

export const openStore = (path: string): Db => {
  const db = new Database(path)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = OFF")
  db.pragma("cache_size = -65536")
  db.pragma("mmap_size = 268435456")
  db.exec(`
    CREATE TABLE IF NOT EXISTS claims (
      id TEXT PRIMARY KEY, article_id TEXT NOT NULL, kind TEXT NOT NULL, metric TEXT, min INTEGER, max INTEGER,
      qualifier TEXT, who TEXT, where_name TEXT, where_id TEXT, when_from TEXT, when_to TEXT, source TEXT,
      actor TEXT, action TEXT, polarity TEXT NOT NULL, quote TEXT NOT NULL, span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL, outlet TEXT NOT NULL, published INTEGER NOT NULL, duplicate_of TEXT, story_id TEXT, features TEXT
    );
    CREATE TABLE IF NOT EXISTS claim_keys (key TEXT NOT NULL, claim INTEGER NOT NULL, PRIMARY KEY (key, claim)) WITHOUT ROWID;
  `)
  return db
}

export const insertClaims = (db: Db, claims: ReadonlyArray<ConflictClaim>): void => {
  const claim = db.prepare(
    `INSERT OR REPLACE INTO claims (${COLUMNS}) VALUES (${COLUMNS.split(",")
      .map(() => "?")
      .join(", ")})`
  )
  const key = db.prepare("INSERT OR IGNORE INTO claim_keys (key, claim) VALUES (?, ?)")
  db.transaction(() => {
    for (const c of claims) {
      const { lastInsertRowid } = claim.run(
        c.id,
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
        c.quote,
        c.span?.[0] ?? 0,
        c.span?.[1] ?? 0,
        c.outlet,
        c.published,
        c.duplicateOf,
        c.storyId,
        featuresOf(c)
      )
      for (const k of lookupKeys(c)) key.run(k, lastInsertRowid)
    }
  })()
}

interface Row {
  id: string
  article_id: string
  kind: "quantity" | "event"
  metric: string | null
  min: number | null
  max: number | null
  qualifier: ConflictClaim["qualifier"]
  who: string | null
  where_name: string | null
  where_id: string | null
  when_from: string | null
  when_to: string | null
  source: string | null
  actor: string | null
  action: string | null
  polarity: "asserted" | "denied"
  quote?: string
  span_start: number
  span_end: number
  outlet: string
  published: number
  duplicate_of: string | null
  story_id: string | null
  features: string | null
}

const fromRow = (r: Row): ConflictClaim => ({
  id: r.id,
  articleId: r.article_id,
  kind: r.kind,
  metric: r.metric,
  min: r.min,
  max: r.max,
  qualifier: r.qualifier,
  who: r.who,
  where: r.where_name,
  whereId: r.where_id,
  when: r.when_from === null || r.when_to === null ? null : { from: r.when_from, to: r.when_to },
  source: r.source,
  actor: r.actor,
  action: r.action,
  polarity: r.polarity,
  quote: r.quote ?? "",
  span: [r.span_start, r.span_end],
  outlet: r.outlet,
  published: r.published,
  duplicateOf: r.duplicate_of,
  storyId: r.story_id,
  features: r.quote === undefined ? r.features : null
})

const statements = new WeakMap<Db, Map<string, ReturnType<Db["prepare"]>>>()
const statement = (db: Db, sql: string): ReturnType<Db["prepare"]> => {
  let cache = statements.get(db)
  if (cache === undefined) statements.set(db, (cache = new Map()))
  let st = cache.get(sql)
  if (st === undefined) cache.set(sql, (st = db.prepare(sql)))
  return st
}

/**
 * The stored claims sharing any of these keys: one indexed query. `lean` reads the kept
 * features instead of the sentences (the sentences are only needed when none were kept).
 */
export const claimsByKeys = (db: Db, keys: ReadonlyArray<string>, lean = true): Array<ConflictClaim> => {
  if (keys.length === 0) return []
  const columns = (lean ? LEAN : COLUMNS)
    .split(", ")
    .map((c) => `c.${c}`)
    .join(", ")
  const sql = `SELECT ${columns} FROM claims c WHERE c.rowid IN (SELECT claim FROM claim_keys WHERE key IN (${keys.map(() => "?").join(", ")}))`
  const statementFor = statement(db, sql) as unknown as { all: (...params: Array<string>) => Array<Row> }
  return statementFor.all(...keys).map(fromRow)
}

export interface Update {
  /** replace every stored incident and conflict with an anchor among these */
  readonly changed: ReadonlyArray<string>
  readonly conflicts: ReadonlyArray<Conflict>
  readonly incidents: ReadonlyArray<Incident>
  readonly pulled: number
  readonly fetchMs: number
  readonly detectMs: number
}

/**
 * A daemon's memory of what `prepare` made of its stored claims, by claim id. Claim ids are
 * reused when an article is read again (`<article>-<n>`), so the store must drop an article's
 * entries when it re-extracts it. Bounded: the oldest entries go first.
 */
export class PreparedCache {
  private readonly entries = new Map<string, Prepared | null>()
  constructor(private readonly limit: number) {}
  get(c: ConflictClaim): Prepared | null {
    let p = this.entries.get(c.id)
    if (p === undefined) {
      p = prepare(c)
      if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!)
      this.entries.set(c.id, p)
    }
    return p
  }
}

/** What the store recomputes for one new article's claims (they are not inserted here). */
export const updateFor = (db: Db, fresh: ReadonlyArray<ConflictClaim>, options: { readonly lean?: boolean; readonly cache?: PreparedCache } = {}): Update => {
  const started = performance.now()
  // the new claims are prepared once: their keys, what they change and what they are compared as
  const own = fresh.map(prepare)
  const keys = [...new Set(own.flatMap((p) => p?.keys ?? []))].sort()
  const ids = new Set(fresh.map((c) => c.id))
  const stored = claimsByKeys(db, keys, options.lean ?? true).filter((c) => !ids.has(c.id))
  const fetched = performance.now()
  const changed = changedByPrepared(own)
  const prepared: Array<Prepared> = []
  for (const c of stored) {
    const p = options.cache === undefined ? prepare(c) : options.cache.get(c)
    if (p !== null) prepared.push(p)
  }
  for (const p of own) if (p !== null) prepared.push(p)
  const r = detectPrepared(prepared, { changed })
  return {
    changed,
    conflicts: r.conflicts,
    incidents: r.incidents,
    pulled: stored.length + fresh.length,
    fetchMs: fetched - started,
    detectMs: performance.now() - fetched
  }
}

/**
 * The daemon's steady state: what `prepare` made of the stored claims, indexed by lookup key in
 * memory (filled from the table at start, then as claims are stored). A new article's update
 * then reads nothing from disk.
 */
export class MemoryIndex {
  private readonly byKey = new Map<string, Array<Prepared>>()
  /** the keys some stored denial is homed under: an event key without one has no dispute to update */
  private readonly denialHomes = new Set<string>()
  add(claims: ReadonlyArray<ConflictClaim>): void {
    for (const c of claims) {
      const p = prepare(c)
      if (p === null) continue
      if (p.type === "event") for (const h of p.homes) this.denialHomes.add(h)
      for (const k of p.keys) {
        const list = this.byKey.get(k)
        if (list === undefined) this.byKey.set(k, [p])
        else list.push(p)
      }
    }
  }
  updateFor(fresh: ReadonlyArray<ConflictClaim>): Update {
    const started = performance.now()
    const ids = new Set(fresh.map((c) => c.id))
    // the new claims are prepared once: their keys, what they change and what they are compared as
    const own = fresh.map(prepare)
    // each key's claims are read once, however many of the new claims share it (an article's
    // claims mostly do)
    // An event is compared only with denials, each under its home key: an event key that is no
    // denial's home (stored or new) has nothing to recompute, and its reports need not be read.
    const homes = new Set<string>()
    for (const q of own) if (q?.type === "event") for (const h of q.homes) homes.add(h)
    const keys = new Set<string>()
    for (const q of own) {
      if (q === null) continue
      for (const k of q.keys) if (q.type === "quantity" || this.denialHomes.has(k) || homes.has(k)) keys.add(k)
    }
    const pulled = new Set<Prepared>()
    for (const k of keys) for (const p of this.byKey.get(k) ?? []) if (!ids.has(p.claim.id)) pulled.add(p)
    const fetched = performance.now()
    const prepared = [...pulled]
    for (const p of own) if (p !== null) prepared.push(p)
    const changed = changedByPrepared(own)
    const r = detectPrepared(prepared, { changed })
    return {
      changed,
      conflicts: r.conflicts,
      incidents: r.incidents,
      pulled: prepared.length,
      fetchMs: fetched - started,
      detectMs: performance.now() - fetched
    }
  }
}
