/** What a database must look like after any process writing to it died, however it died: read
 * with better-sqlite3 once the writers are gone, by the crash tests and bench/crash/trials.ts.
 * Every check is one a user would notice broken: a corrupt file, an article lost or stored
 * twice, a change-log gap a follower (the TUI) would skip over, an article without its claims,
 * a conflict naming claims that are not there, a search index that no longer matches. */
import Database from "better-sqlite3"
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { articleIdFor } from "@crosscheck/core"

export interface StoreCheck {
  /** every broken rule, one line each; empty when the store is sound */
  readonly problems: ReadonlyArray<string>
  /** the stored articles' urls (the identity of every input the tests write) */
  readonly urls: ReadonlySet<string>
  readonly articles: number
  readonly claims: number
  readonly conflicts: number
  readonly events: number
  /** false when no database (or an empty one, before its first migration) was left */
  readonly exists: boolean
}

export interface Expected {
  /** urls that must be stored: what an earlier check saw, or what a finished run stored */
  readonly has?: Iterable<string>
  /** when given, exactly these urls are stored, no more */
  readonly exactly?: Iterable<string>
  /** a process stopped mid-work (a kill): articles may be stored and wait in the analysis queue
   * (no copy decision, story, claims nor events of their analysis yet), which the next start
   * must finish. Otherwise the queue must be empty: the process analysed what it stored. */
  readonly analysisPending?: boolean
}

const TABLES = ["articles", "events", "claims", "claim_versions", "conflicts", "stories", "dedup_keys", "analysis_queue"]

const rows = <T>(db: Database.Database, sql: string): Array<T> => db.prepare(sql).all() as Array<T>
const one = (db: Database.Database, sql: string): number => db.prepare(sql).pluck().get() as number

/** The FTS5 index's own check needs a writable connection; one on a copy of the file (and its
 * write-ahead log) leaves the crash image as the next process will find it. An article is
 * indexed when it is analysed: on the copy, those still queued as new are indexed as their
 * analysis will, and then the index must hold every article exactly once, under the text it
 * has (rank 1: checked against the articles table), which also fails on one indexed early. */
const ftsProblems = (path: string): Array<string> => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-fts-"))
  try {
    const copy = join(dir, "copy.db")
    copyFileSync(path, copy)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    const db = new Database(copy)
    try {
      db.prepare(
        `INSERT INTO articles_fts (rowid, title, body, source) SELECT rowid, title, body, source FROM articles
         WHERE id IN (SELECT article_id FROM analysis_queue WHERE revision IS NULL)`
      ).run()
      db.prepare(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`).run()
      return []
    } catch (e) {
      return [`search index: ${(e as Error).message}`]
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Checks the database at `path`. Opens it read-only: nothing here changes it. */
export const checkStore = (path: string, expected: Expected = {}): StoreCheck => {
  const problems: Array<string> = []
  const mustHave = [...(expected.has ?? [])]
  const empty = (exists: boolean): StoreCheck => {
    if (mustHave.length > 0) problems.push(`no articles stored, ${mustHave.length} expected`)
    return { problems, urls: new Set(), articles: 0, claims: 0, conflicts: 0, events: 0, exists }
  }
  if (!existsSync(path)) return empty(false)
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const integrity = db.pragma("integrity_check", { simple: true })
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`)
    const tables = new Set(rows<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name))
    // Killed before its first migration committed: nothing of ours in it, which is sound.
    if (tables.size === 0 || !tables.has("__drizzle_migrations")) {
      if (tables.size > 0) problems.push(`tables without migrations: ${[...tables].join(", ")}`)
      return empty(true)
    }
    const missing = TABLES.filter((t) => !tables.has(t))
    if (missing.length > 0) {
      problems.push(`half-migrated: no ${missing.join(", ")}`)
      return { ...empty(true), problems }
    }
    const fk = db.pragma("foreign_key_check") as Array<unknown>
    if (fk.length > 0) problems.push(`${fk.length} broken foreign keys`)

    // Articles: each identity once, under the id it gives.
    const articles = rows<{ id: string; url: string; duplicateOf: string | null; storyId: string | null }>(
      db,
      `SELECT id, url, duplicate_of AS duplicateOf, story_id AS storyId FROM articles`
    )
    const urls = new Set<string>()
    const ids = new Set<string>()
    for (const a of articles) {
      if (urls.has(a.url)) problems.push(`url stored twice: ${a.url}`)
      if (ids.has(a.id)) problems.push(`id stored twice: ${a.id}`)
      urls.add(a.url)
      ids.add(a.id)
      if (a.id !== articleIdFor(a.url)) problems.push(`article ${a.id} is not the id of its url ${a.url}`)
    }
    for (const u of mustHave) if (!urls.has(u)) problems.push(`lost: ${u}`)
    if (expected.exactly !== undefined) {
      const want = new Set(expected.exactly)
      let extra = 0
      for (const u of urls) if (!want.has(u)) extra++
      let lost = 0
      for (const u of want) if (!urls.has(u)) lost++
      if (extra > 0 || lost > 0) problems.push(`stored ${urls.size} articles, expected exactly ${want.size}: ${lost} missing, ${extra} not expected`)
    }
    // Copies name a stored original that copies nothing; stories exist and count their articles.
    const byId = new Map(articles.map((a) => [a.id, a]))
    for (const a of articles) {
      if (a.duplicateOf === null) continue
      const original = byId.get(a.duplicateOf)
      if (original === undefined) problems.push(`${a.url} copies ${a.duplicateOf}, which is not stored`)
      else if (original.duplicateOf !== null) problems.push(`${a.url} copies ${original.url}, itself a copy`)
    }
    const storyCounts = rows<{ id: string; articles: number; actual: number }>(
      db,
      `SELECT s.id, s.articles, (SELECT count(*) FROM articles a WHERE a.story_id = s.id) AS actual FROM stories s`
    )
    for (const s of storyCounts) if (s.articles !== s.actual) problems.push(`story ${s.id} counts ${s.articles} articles, holds ${s.actual}`)
    const orphanStories = one(
      db,
      `SELECT count(*) FROM articles a WHERE a.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)`
    )
    if (orphanStories > 0) problems.push(`${orphanStories} articles in stories that are not stored`)
    const orphanKeys = one(db, `SELECT count(*) FROM dedup_keys k WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.rowid = k.article)`)
    if (orphanKeys > 0) problems.push(`${orphanKeys} copy-detection keys point at no article`)

    // The change log: 1..n without a gap, one article.added per article, none for an article
    // that is not there (a change announced but rolled back).
    const events = one(db, `SELECT count(*) FROM events`)
    const maxSeq = one(db, `SELECT coalesce(max(seq), 0) FROM events`)
    if (maxSeq !== events) problems.push(`event log has ${events} events up to seq ${maxSeq}: a gap`)
    const added = new Map<string, number>()
    for (const r of rows<{ articleId: string }>(db, `SELECT article_id AS articleId FROM events WHERE kind = 'article.added'`)) {
      added.set(r.articleId, (added.get(r.articleId) ?? 0) + 1)
    }
    for (const [id, n] of added) {
      if (n > 1) problems.push(`article.added ${n} times for ${byId.get(id)?.url ?? id}`)
      if (!byId.has(id)) problems.push(`article.added for ${id}, which is not stored`)
    }
    for (const a of articles) if (!added.has(a.id)) problems.push(`no article.added event for ${a.url}`)

    // The analysis stage: what waits for it is queued, in the order stored (every article
    // waiting as new was stored after every analysed one), and nothing of its analysis is
    // there yet. After a finished run nothing waits.
    const queued = one(db, `SELECT count(*) FROM analysis_queue`)
    if (queued > 0 && expected.analysisPending !== true) problems.push(`${queued} articles still await analysis`)
    const waitingNew = `SELECT article_id FROM analysis_queue WHERE revision IS NULL`
    const halfAnalysed = one(
      db,
      `SELECT count(*) FROM articles a WHERE a.id IN (${waitingNew}) AND (a.story_id IS NOT NULL OR a.duplicate_of IS NOT NULL
         OR EXISTS (SELECT 1 FROM claim_versions v WHERE v.article_id = a.id) OR EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)
         OR EXISTS (SELECT 1 FROM dedup_keys k WHERE k.article = a.rowid)
         OR EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.kind IN ('article.analysed', 'claims.replaced')))`
    )
    if (halfAnalysed > 0) problems.push(`${halfAnalysed} articles awaiting analysis have some of it already`)
    const outOfOrder = one(
      db,
      `SELECT count(*) FROM articles a WHERE a.id NOT IN (${waitingNew})
         AND a.rowid > (SELECT coalesce(min(b.rowid), 1e18) FROM articles b WHERE b.id IN (${waitingNew}))`
    )
    if (outOfOrder > 0) problems.push(`${outOfOrder} articles analysed before an article stored earlier`)
    const analysedTwice = one(
      db,
      `SELECT count(*) FROM (SELECT article_id FROM events WHERE kind = 'article.analysed' GROUP BY article_id HAVING count(*) > 1)`
    )
    if (analysedTwice > 0) problems.push(`${analysedTwice} articles announced analysed more than once`)

    // Claims: every article read (a version row) unless it awaits analysis, and its stored
    // claims as many as its last claims.replaced event announced.
    const claims = one(db, `SELECT count(*) FROM claims`)
    const unread = one(
      db,
      `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claim_versions v WHERE v.article_id = a.id)
         AND a.id NOT IN (${waitingNew})`
    )
    if (unread > 0) problems.push(`${unread} articles without claim_versions`)
    const announced = rows<{ articleId: string; announced: number; stored: number }>(
      db,
      `SELECT e.article_id AS articleId, json_extract(e.data, '$.claims') AS announced,
         (SELECT count(*) FROM claims c WHERE c.article_id = e.article_id) AS stored
       FROM events e WHERE e.seq IN (SELECT max(seq) FROM events WHERE kind = 'claims.replaced' GROUP BY article_id)`
    )
    for (const r of announced) {
      if (r.announced !== r.stored) problems.push(`${byId.get(r.articleId)?.url ?? r.articleId}: ${r.stored} claims stored, ${r.announced} announced`)
    }
    const orphanClaims = one(db, `SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)`)
    if (orphanClaims > 0) problems.push(`${orphanClaims} claims of no article`)

    // Conflicts and incidents name claims that are stored; their anchors name them.
    const claimIds = new Set(rows<{ id: string }>(db, `SELECT id FROM claims`).map((r) => r.id))
    const conflicts = rows<{ id: string; claimIds: string }>(db, `SELECT id, claim_ids AS claimIds FROM conflicts`)
    for (const c of conflicts) {
      const named = JSON.parse(c.claimIds) as Array<string>
      const absent = named.filter((id) => !claimIds.has(id))
      if (absent.length > 0) problems.push(`conflict ${c.id} names ${absent.length} claims that are not stored`)
    }
    for (const i of rows<{ id: string; claimIds: string }>(db, `SELECT id, claim_ids AS claimIds FROM incidents`)) {
      const absent = (JSON.parse(i.claimIds) as Array<string>).filter((id) => !claimIds.has(id))
      if (absent.length > 0) problems.push(`incident ${i.id} names ${absent.length} claims that are not stored`)
    }
    const orphanAnchors = one(db, `SELECT count(*) FROM conflict_anchors x WHERE NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.id = x.conflict)`)
    if (orphanAnchors > 0) problems.push(`${orphanAnchors} conflict anchors of no conflict`)
    const orphanClaimKeys = one(db, `SELECT count(*) FROM claim_keys k WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = k.claim)`)
    if (orphanClaimKeys > 0) problems.push(`${orphanClaimKeys} claim keys of no claim`)
    const orphanClaimHomes = one(db, `SELECT count(*) FROM claim_homes h WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = h.claim)`)
    if (orphanClaimHomes > 0) problems.push(`${orphanClaimHomes} filed claims (claim_homes) of no claim`)

    db.close()
    problems.push(...ftsProblems(path))
    return { problems, urls, articles: articles.length, claims, conflicts: conflicts.length, events, exists: true }
  } finally {
    if (db.open) db.close()
  }
}

/** What the pipeline decided, by article url: the copies, stories, claims and conflicts. Two
 * stores given the same input in the same order must decide the same, however often the
 * writing process was stopped on the way. */
export interface Outcome {
  readonly copies: ReadonlyMap<string, string | null>
  readonly stories: ReadonlyArray<string>
  readonly claims: ReadonlyMap<string, string>
  readonly conflicts: ReadonlyArray<string>
}

export const outcomeOf = (path: string): Outcome => {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const articles = rows<{ id: string; url: string; duplicateOf: string | null; storyId: string | null }>(
      db,
      `SELECT id, url, duplicate_of AS duplicateOf, story_id AS storyId FROM articles`
    )
    const urlOf = new Map(articles.map((a) => [a.id, a.url]))
    const groups = new Map<string, Array<string>>()
    for (const a of articles) {
      const key = a.storyId ?? `none:${a.url}`
      groups.set(key, [...(groups.get(key) ?? []), a.url])
    }
    const claims = new Map<string, Array<string>>()
    for (const c of rows<{ articleId: string; d: string }>(
      db,
      `SELECT article_id AS articleId, id || ' ' || coalesce(metric, '') || ' ' || coalesce(min, '') || '-' || coalesce(max, '') || ' ' || coalesce(source, '') AS d FROM claims ORDER BY id`
    )) {
      const url = urlOf.get(c.articleId) ?? c.articleId
      claims.set(url, [...(claims.get(url) ?? []), c.d])
    }
    return {
      copies: new Map(articles.map((a) => [a.url, a.duplicateOf === null ? null : (urlOf.get(a.duplicateOf) ?? a.duplicateOf)])),
      stories: [...groups.values()].map((g) => g.sort().join(" ")).sort(),
      claims: new Map([...claims].map(([u, cs]) => [u, cs.join("; ")])),
      conflicts: rows<{ d: string }>(db, `SELECT id || ' ' || kind || ' ' || claim_ids || ' ' || summary AS d FROM conflicts ORDER BY id`).map((r) => r.d)
    }
  } finally {
    db.close()
  }
}

/** Where two outcomes differ, a line each (at most `limit`). */
export const outcomeDifferences = (actual: Outcome, expected: Outcome, limit = 10): Array<string> => {
  const out: Array<string> = []
  const urls = new Set([...actual.copies.keys(), ...expected.copies.keys()])
  for (const u of urls) {
    const a = actual.copies.get(u)
    const e = expected.copies.get(u)
    if (a !== e) out.push(`${u}: copies ${a === undefined ? "(not stored)" : String(a)}, expected ${e === undefined ? "(not stored)" : String(e)}`)
    const ac = actual.claims.get(u) ?? ""
    const ec = expected.claims.get(u) ?? ""
    if (ac !== ec) out.push(`${u}: claims [${ac}], expected [${ec}]`)
  }
  const setDiff = (what: string, a: ReadonlyArray<string>, e: ReadonlyArray<string>) => {
    const as = new Set(a)
    const es = new Set(e)
    const extra = a.filter((x) => !es.has(x))
    const missing = e.filter((x) => !as.has(x))
    if (extra.length + missing.length > 0)
      out.push(`${what}: ${missing.length} missing (${missing.slice(0, 2).join(" | ")}), ${extra.length} not expected (${extra.slice(0, 2).join(" | ")})`)
  }
  setDiff("stories", actual.stories, expected.stories)
  setDiff("conflicts", actual.conflicts, expected.conflicts)
  return out.length > limit ? [...out.slice(0, limit), `(${out.length - limit} more differences)`] : out
}
