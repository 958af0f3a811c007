import { Effect, Either, Schema } from "effect"
import { lazyStatement } from "./statements.js"
import { Store } from "./Store.js"

const Seq = Schema.Number
const At = Schema.Number

/** A new article was stored. */
export class ArticleAdded extends Schema.TaggedClass<ArticleAdded>()("ArticleAdded", {
  seq: Seq,
  at: At,
  articleId: Schema.String
}) {}

/** A stored article's source sent a new revision of it (same identity, other content): its
 * title and text were replaced, and its claims read again (a ClaimsReplaced follows). */
export class ArticleUpdated extends Schema.TaggedClass<ArticleUpdated>()("ArticleUpdated", {
  seq: Seq,
  at: At,
  articleId: Schema.String
}) {}

/** A stored article was analysed: its original (when it is a copy) and its story decided. Until
 * then it is listed as an original of no story; the analysis stage follows the store (a poll's
 * cycle shows articles first). */
export class ArticleAnalysed extends Schema.TaggedClass<ArticleAnalysed>()("ArticleAnalysed", {
  seq: Seq,
  at: At,
  articleId: Schema.String
}) {}

/** What happened to a feed: added or removed, its settings changed, moved by a permanent
 * redirect, disabled by the poller (410 Gone), or its health changed (a first failure, another
 * failure, a new kind of failure, a recovery). Plain successful polls write no event. */
export const FeedChange = Schema.Literal("added", "removed", "updated", "moved", "disabled", "health")
export type FeedChange = typeof FeedChange.Type

export class FeedChanged extends Schema.TaggedClass<FeedChanged>()("FeedChanged", {
  seq: Seq,
  at: At,
  feedId: Schema.Number,
  change: FeedChange
}) {}

/** An article's claims were written or read again (a new extractor version). */
export class ClaimsReplaced extends Schema.TaggedClass<ClaimsReplaced>()("ClaimsReplaced", {
  seq: Seq,
  at: At,
  articleId: Schema.String,
  claims: Schema.Number
}) {}

/** A story began or changed (an article joined it). */
export class StoryChanged extends Schema.TaggedClass<StoryChanged>()("StoryChanged", {
  seq: Seq,
  at: At,
  storyId: Schema.String
}) {}

/** A conflict appeared, changed (new claims, another summary or severity) or went away. */
export const ConflictChange = Schema.Literal("opened", "changed", "closed")
export type ConflictChange = typeof ConflictChange.Type

export class ConflictChanged extends Schema.TaggedClass<ConflictChanged>()("ConflictChanged", {
  seq: Seq,
  at: At,
  conflictId: Schema.String,
  change: ConflictChange
}) {}

/** A kind this build does not know, written by a newer crosscheck: followers skip it. */
export class UnknownChange extends Schema.TaggedClass<UnknownChange>()("UnknownChange", {
  seq: Seq,
  at: At,
  kind: Schema.String
}) {}

export type ChangeEvent = ArticleAdded | ArticleUpdated | ArticleAnalysed | ClaimsReplaced | StoryChanged | FeedChanged | ConflictChanged | UnknownChange

/** What a writer appends: a change event without its sequence number and time. */
export type NewChange =
  | { readonly kind: "article.added"; readonly articleId: string }
  | { readonly kind: "article.updated"; readonly articleId: string }
  | { readonly kind: "article.analysed"; readonly articleId: string }
  | { readonly kind: "feed.changed"; readonly feedId: number; readonly change: FeedChange }
  | { readonly kind: "claims.replaced"; readonly articleId: string; readonly claims: number }
  | { readonly kind: "story.changed"; readonly storyId: string }
  | { readonly kind: "conflict.opened" | "conflict.changed" | "conflict.closed"; readonly conflictId: string }

interface EventRow {
  readonly seq: number
  readonly at: number
  readonly kind: string
  readonly articleId: string | null
  readonly data: string | null
}

const EventRowSchema = Schema.Struct({
  seq: Schema.Number,
  at: Schema.Number,
  kind: Schema.String,
  articleId: Schema.NullOr(Schema.String),
  data: Schema.NullOr(Schema.String)
})
const decodeRow = Schema.decodeUnknownEither(EventRowSchema)
const ClaimsData = Schema.parseJson(Schema.Struct({ claims: Schema.Number }))
const StoryData = Schema.parseJson(Schema.Struct({ storyId: Schema.String }))
const decodeClaimsData = Schema.decodeUnknownEither(ClaimsData)
const decodeStoryData = Schema.decodeUnknownEither(StoryData)
const FeedData = Schema.parseJson(Schema.Struct({ feedId: Schema.Number, change: FeedChange }))
const decodeFeedData = Schema.decodeUnknownEither(FeedData)
const ConflictData = Schema.parseJson(Schema.Struct({ conflictId: Schema.String }))
const decodeConflictData = Schema.decodeUnknownEither(ConflictData)

/** A row of the log as a typed event. A row this build cannot read (a newer kind, damaged
 * data) becomes UnknownChange rather than stopping the follower. */
export const decodeChange = (raw: unknown): ChangeEvent => {
  const parsed = decodeRow(raw)
  if (Either.isLeft(parsed)) return new UnknownChange({ seq: -1, at: 0, kind: "unreadable" })
  const row: EventRow = parsed.right
  const unknown = () => new UnknownChange({ seq: row.seq, at: row.at, kind: row.kind })
  switch (row.kind) {
    case "article.added":
      return row.articleId === null ? unknown() : new ArticleAdded({ seq: row.seq, at: row.at, articleId: row.articleId })
    case "article.updated":
      return row.articleId === null ? unknown() : new ArticleUpdated({ seq: row.seq, at: row.at, articleId: row.articleId })
    case "article.analysed":
      return row.articleId === null ? unknown() : new ArticleAnalysed({ seq: row.seq, at: row.at, articleId: row.articleId })
    case "feed.changed": {
      const data = decodeFeedData(row.data ?? "")
      return Either.isLeft(data) ? unknown() : new FeedChanged({ seq: row.seq, at: row.at, feedId: data.right.feedId, change: data.right.change })
    }
    case "claims.replaced": {
      const data = decodeClaimsData(row.data ?? "")
      return row.articleId === null || Either.isLeft(data)
        ? unknown()
        : new ClaimsReplaced({ seq: row.seq, at: row.at, articleId: row.articleId, claims: data.right.claims })
    }
    case "story.changed": {
      const data = decodeStoryData(row.data ?? "")
      return Either.isLeft(data) ? unknown() : new StoryChanged({ seq: row.seq, at: row.at, storyId: data.right.storyId })
    }
    case "conflict.opened":
    case "conflict.changed":
    case "conflict.closed": {
      const data = decodeConflictData(row.data ?? "")
      const change = row.kind.slice("conflict.".length) as ConflictChange
      return Either.isLeft(data) ? unknown() : new ConflictChanged({ seq: row.seq, at: row.at, conflictId: data.right.conflictId, change })
    }
    default:
      return unknown()
  }
}

/** The append-only change log, read side. Writers append inside their own transactions, so an
 * event is visible exactly when the change it announces is. */
export class EventLog extends Effect.Service<EventLog>()("crosscheck/EventLog", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const latest = store.sqlite.prepare(`SELECT coalesce(max(seq), 0) FROM events`).pluck()
    const after = store.sqlite.prepare(`SELECT seq, at, kind, article_id AS articleId, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?`)
    /** The newest sequence number; 0 for an empty log. Cheap enough to poll every second. */
    const latestSeq = store.query("cannot read the event log", () => latest.get() as number)
    /** Up to `limit` events after `seq`, oldest first. */
    const since = (seq: number, limit = 1000) => store.query("cannot read the event log", () => after.all(seq, limit).map(decodeChange))
    return { latestSeq, since } as const
  })
}) {}

/** Appends change events; only inside a transaction of the change they announce. */
export class EventWriter extends Effect.Service<EventWriter>()("crosscheck/EventWriter", {
  effect: Effect.gen(function* () {
    const store = yield* Store
    const insert = lazyStatement(store.sqlite, `INSERT INTO events (at, kind, article_id, data) VALUES (?, ?, ?, ?)`)
    const append = (change: NewChange, at: number): void => {
      switch (change.kind) {
        case "article.added":
        case "article.updated":
        case "article.analysed":
          insert().run(at, change.kind, change.articleId, null)
          return
        case "feed.changed":
          insert().run(at, change.kind, null, JSON.stringify({ feedId: change.feedId, change: change.change }))
          return
        case "claims.replaced":
          insert().run(at, change.kind, change.articleId, JSON.stringify({ claims: change.claims }))
          return
        case "story.changed":
          insert().run(at, change.kind, null, JSON.stringify({ storyId: change.storyId }))
          return
        case "conflict.opened":
        case "conflict.changed":
        case "conflict.closed":
          insert().run(at, change.kind, null, JSON.stringify({ conflictId: change.conflictId }))
          return
      }
    }
    return { append } as const
  })
}) {}
