import { type ConflictClaim, originOf } from "@crosscheck/core"
import { ArticleListing, ArticleRepository, ConflictRepository, EventLog, FeedRepository, type ListedArticle, Store, type StoreError } from "@crosscheck/db"
import type { ArticleQuery, ArticleRow, ClaimView, ConflictDetail, ConflictKind, ConflictRow, FeedRow, Monitor } from "@crosscheck/tui"
import { Effect, Either, Option } from "effect"

const KINDS: ReadonlyArray<ConflictKind> = ["contradiction", "part_exceeds_whole", "divergent", "denial", "revision"]
const asKind = (k: string): ConflictKind => (KINDS.includes(k as ConflictKind) ? (k as ConflictKind) : "divergent")

const toRow = (a: ListedArticle): ArticleRow => ({
  id: a.id,
  outlet: a.source,
  time: a.sortTime,
  title: a.title,
  url: a.url,
  duplicateOf: a.duplicateOf,
  copies: a.copies,
  storyId: a.storyId,
  storyReports: a.storyReports,
  read: a.readAt !== null
})

const toClaimView = (c: ConflictClaim): ClaimView => ({
  id: c.id,
  kind: c.kind,
  metric: c.metric,
  min: c.min,
  max: c.max,
  qualifier: c.qualifier,
  who: c.who,
  where: c.where,
  when: c.when,
  source: c.source,
  actor: c.actor,
  action: c.action,
  polarity: c.polarity,
  quote: c.quote,
  span: c.span ?? [0, 0]
})

/** What a refresh does when this TUI does not poll: said on the status line. */
export interface Refresher {
  readonly refresh: (feedId: number | null) => string | null
}

/** The TUI's view of the store: synchronous SQLite queries of a screenful each. Store errors
 * are thrown from here and end the app (Ink restores the terminal first); actions that fail
 * return the reason instead, for the status line. */
export const storeMonitor = (mode: Monitor["mode"], refresher: Refresher) =>
  Effect.gen(function* () {
    const store = yield* Store
    const listing = yield* ArticleListing
    const articles = yield* ArticleRepository
    const conflicts = yield* ConflictRepository
    const feeds = yield* FeedRepository
    const events = yield* EventLog
    const run = <A>(effect: Effect.Effect<A, StoreError>): A => Effect.runSync(effect)
    const attempt = (effect: Effect.Effect<unknown, StoreError>): string | null => {
      const result = Effect.runSync(Effect.either(effect))
      return Either.isLeft(result) ? (store.readonly ? "the database is read-only here" : result.left.message) : null
    }
    // The store's own changes come through its event log; a read mark or review made here is
    // not an event, so it bumps the version locally for the screen to follow at once.
    let local = 0
    const toConflictRow = (c: {
      id: string
      kind: string
      severity: number
      scope: ConflictRow["scope"]
      sources: ReadonlyArray<string>
      summary: string
      reviewed: boolean
    }): ConflictRow => ({
      id: c.id,
      kind: asKind(c.kind),
      severity: c.severity,
      scope: c.scope,
      sources: c.sources,
      summary: c.summary,
      reviewed: c.reviewed
    })
    // An article list's count, and where a row stands in it, hold until the store changes; a
    // read mark made here changes neither, unless the list shows unread articles only. On
    // 100,000 articles each takes ~10 ms, and the TUI asks for both after every mark (opening
    // an article marks it read): remembered for the event log's current sequence, with the
    // positions of the rows every window read shows.
    let rememberedAt = -1
    const counts = new Map<string, number>()
    const positions = new Map<string, number | null>()
    /** The key `q`'s answers are remembered under, or null when they are not. */
    const memoKey = (q: ArticleQuery): string | null => {
      if (q.unreadOnly) return null
      const seq = run(events.latestSeq)
      if (seq !== rememberedAt || positions.size > 50_000) {
        rememberedAt = seq
        counts.clear()
        positions.clear()
      }
      return JSON.stringify([q.text, q.feedId, q.place])
    }
    // The last few screenfuls of each list, for the store as it is: switching between the
    // article and conflict lists (a, c, tab) drew the other list's rows again from the store
    // (2-3 ms a conflicts screenful at 12,000 conflicts). Read marks change article rows only,
    // reviews conflict rows only; anything else comes with an event.
    let reads = 0
    let reviews = 0
    const remembered = <A>(windows: Map<string, ReadonlyArray<A>>, key: string, read: () => ReadonlyArray<A>): ReadonlyArray<A> => {
      const known = windows.get(key)
      if (known !== undefined) return known
      const rows = read()
      windows.set(key, rows)
      if (windows.size > 8) windows.delete(windows.keys().next().value as string)
      return rows
    }
    const articleWindows = new Map<string, ReadonlyArray<ArticleRow>>()
    const conflictWindows = new Map<string, ReadonlyArray<ConflictRow>>()
    const conflictCounts = new Map<string, number>()
    let kindCounts: { readonly seq: number; readonly counts: Readonly<Record<ConflictKind, number>> } | null = null
    // How many articles each feed brought: a count over every article (its feed index read
    // whole), asked for three times after each read mark (the feeds list follows the store);
    // only an added article changes it, and that comes with an event.
    let feedCounts: { readonly seq: number; readonly counts: ReadonlyMap<number, number> } | null = null
    const articlesByFeed = (): ReadonlyMap<number, number> => {
      const seq = run(events.latestSeq)
      if (feedCounts === null || feedCounts.seq !== seq) feedCounts = { seq, counts: run(listing.countsByFeed) }
      return feedCounts.counts
    }
    const monitor: Monitor = {
      mode,
      version: () => run(events.latestSeq) + local * 4_294_967_296,
      articles: {
        count: (q) => {
          const key = memoKey(q)
          const known = key === null ? undefined : counts.get(key)
          if (known !== undefined) return known
          const count = run(listing.count(q))
          if (key !== null) counts.set(key, count)
          return count
        },
        window: (q, offset, limit) =>
          remembered(articleWindows, JSON.stringify([run(events.latestSeq), reads, q, offset, limit]), () => {
            const rows = run(listing.window(q, offset, limit)).map(toRow)
            const key = memoKey(q)
            if (key !== null) rows.forEach((row, i) => void positions.set(`${key}\u0000${row.id}`, offset + i))
            return rows
          }),
        positionOf: (q, id) => {
          const key = memoKey(q)
          const known = key === null ? undefined : positions.get(`${key}\u0000${id}`)
          if (known !== undefined) return known
          const position = run(listing.positionOf(q, id))
          if (key !== null) positions.set(`${key}\u0000${id}`, position)
          return position
        },
        prepareSearch: () => run(listing.prepareSearch),
        detail: (id) => {
          const found = run(articles.findById(id))
          if (Option.isNone(found)) return null
          const a = found.value
          const row = run(listing.row(id))
          return {
            ...(row === null
              ? {
                  id,
                  outlet: a.source,
                  time: a.fetchedAt,
                  title: a.title,
                  url: a.url,
                  duplicateOf: a.duplicateOf,
                  copies: 0,
                  storyId: a.storyId,
                  storyReports: 1,
                  read: false
                }
              : toRow(row)),
            published: a.published,
            fetchedAt: a.fetchedAt,
            body: a.body,
            words: a.words,
            claims: run(conflicts.ofArticle(id)).map(toClaimView),
            related: run(listing.related(id, a.duplicateOf)).map((r) => ({ id: r.id, outlet: r.source, time: r.sortTime, title: r.title }))
          }
        }
      },
      conflicts: {
        countsByKind: () => {
          // Reviewed marks leave the counts as they are: remembered like the article counts.
          const seq = run(events.latestSeq)
          if (kindCounts === null || kindCounts.seq !== seq) {
            const counts = run(conflicts.countsByKind)
            kindCounts = { seq, counts: Object.fromEntries(KINDS.map((k) => [k, counts[k] ?? 0])) as Record<ConflictKind, number> }
          }
          return kindCounts.counts
        },
        // A filter's count reads every conflict (7 ms at 12,000): remembered like the windows.
        count: (filter) => {
          const key = JSON.stringify([run(events.latestSeq), filter])
          const known = conflictCounts.get(key)
          if (known !== undefined) return known
          const n = run(conflicts.count(filter))
          conflictCounts.set(key, n)
          if (conflictCounts.size > 16) conflictCounts.delete(conflictCounts.keys().next().value as string)
          return n
        },
        window: (filter, offset, limit) =>
          remembered(conflictWindows, JSON.stringify([run(events.latestSeq), reviews, filter, offset, limit]), () =>
            run(conflicts.window(filter, offset, limit)).map(toConflictRow)
          ),
        positionOf: (filter, id) => run(conflicts.positionOf(filter, id)),
        detail: (id): ConflictDetail | null => {
          const c = run(conflicts.findById(id))
          if (c === null) return null
          const figures = run(conflicts.claims(c.claimIds)).map((claim) => ({
            claim: toClaimView(claim),
            origin: originOf(claim).label,
            articleId: claim.articleId,
            outlet: claim.outlet,
            time: claim.published
          }))
          return { ...toConflictRow(c), figures }
        }
      },
      feeds: {
        list: (): ReadonlyArray<FeedRow> => {
          const counts = articlesByFeed()
          return run(feeds.health).map((f) => ({
            id: f.id,
            name: f.name,
            url: f.url,
            enabled: f.enabled,
            articles: counts.get(f.id) ?? 0,
            lastSuccessAt: f.lastSuccessAt,
            lastError: f.lastError,
            consecutiveFailures: f.consecutiveErrors,
            nextCheckAt: f.enabled ? f.nextCheckAt : null
          }))
        }
      },
      actions: {
        setRead: (id, read) => {
          const problem = attempt(listing.setRead(id, read))
          if (problem === null) {
            local++
            reads++
          }
          return problem
        },
        setReviewed: (id, reviewed) => {
          const problem = attempt(conflicts.setReviewed(id, reviewed))
          if (problem === null) {
            local++
            reviews++
          }
          return problem
        },
        refresh: (feedId) => refresher.refresh(feedId)
      }
    }
    return monitor
  })
