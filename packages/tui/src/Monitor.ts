/** What the TUI reads from the store and asks of it, and nothing more. Synchronous on purpose:
 * the store is SQLite in-process (better-sqlite3), a window query takes well under a
 * millisecond, and a synchronous source keeps the Ink components free of loading states. Every
 * list is read a screenful at a time, so 100,000 articles cost what 20 do. */

/** Which articles the article list shows. */
export interface ArticleQuery {
  /** words that must all appear in the title, text or outlet ("/" search), or null */
  readonly text: string | null
  /** only this feed's articles */
  readonly feedId: number | null
  /** only articles with a claim placed here (a place name, matched as the claims show it) */
  readonly place: string | null
  readonly unreadOnly: boolean
}

export const ALL_ARTICLES: ArticleQuery = { text: null, feedId: null, place: null, unreadOnly: false }

/** One line of the article list. Copies are folded under their original: the list shows
 * originals, each with how many copies it has. */
export interface ArticleRow {
  readonly id: string
  readonly outlet: string
  /** epoch ms; fetch time when the article has no publication date */
  readonly time: number
  readonly title: string
  /** the link to open in a browser */
  readonly url: string
  /** set when this article is a copy of another (only listed when unfolded) */
  readonly duplicateOf: string | null
  /** how many stored articles copy this one */
  readonly copies: number
  /** the story this article belongs to and how many independent reports it holds */
  readonly storyId: string | null
  readonly storyReports: number
  readonly read: boolean
}

/** A claim as the reader sees it beside the article. */
export interface ClaimView {
  readonly id: string
  readonly kind: "quantity" | "event"
  readonly metric: string | null
  readonly min: number | null
  readonly max: number | null
  readonly qualifier: string | null
  readonly who: string | null
  readonly where: string | null
  readonly when: { readonly from: string; readonly to: string } | null
  readonly source: string | null
  readonly actor: string | null
  readonly action: string | null
  readonly polarity: "asserted" | "denied"
  readonly quote: string
  /** offsets into `title + "\n" + body` */
  readonly span: readonly [number, number]
}

export interface CopyView {
  readonly id: string
  readonly outlet: string
  readonly time: number
  readonly title: string
}

export interface ArticleDetail extends ArticleRow {
  readonly published: number | null
  readonly fetchedAt: number
  readonly body: string
  readonly words: number
  readonly claims: ReadonlyArray<ClaimView>
  /** the articles that copy this one (or, for a copy, its original first) */
  readonly related: ReadonlyArray<CopyView>
}

export type ConflictKind = "contradiction" | "part_exceeds_whole" | "divergent" | "denial" | "revision"
export const CONFLICT_KINDS: ReadonlyArray<ConflictKind> = ["denial", "contradiction", "part_exceeds_whole", "divergent", "revision"]

export interface ConflictScope {
  readonly metric: string
  readonly where: string | null
  readonly when: { readonly from: string; readonly to: string } | null
  readonly who: string | null
}

/** One line of the conflict list, most severe first. */
export interface ConflictRow {
  readonly id: string
  readonly kind: ConflictKind
  readonly severity: number
  readonly scope: ConflictScope
  /** the independent sources involved */
  readonly sources: ReadonlyArray<string>
  readonly summary: string
  readonly reviewed: boolean
}

/** One source's figure in a conflict, with where it was read. */
export interface ConflictFigure {
  readonly claim: ClaimView
  /** the independent source it counts as */
  readonly origin: string
  readonly articleId: string
  readonly outlet: string
  readonly time: number
}

export interface ConflictDetail extends ConflictRow {
  readonly figures: ReadonlyArray<ConflictFigure>
}

/** A feed and its health, for the feeds pane. */
export interface FeedRow {
  readonly id: number
  readonly name: string
  readonly url: string
  readonly enabled: boolean
  readonly articles: number
  readonly lastSuccessAt: number | null
  /** the last failure's reason, while the feed is failing */
  readonly lastError: string | null
  readonly consecutiveFailures: number
  readonly nextCheckAt: number | null
}

/** What the TUI can ask the store (or the poller running beside it) to do. Each returns a short
 * message for the status line when it could not be done. */
export interface MonitorActions {
  readonly setRead: (articleId: string, read: boolean) => string | null
  readonly setReviewed: (conflictId: string, reviewed: boolean) => string | null
  /** poll every feed now, or one */
  readonly refresh: (feedId: number | null) => string | null
}

export interface Monitor {
  /** grows whenever the store changes (this or another process); polled to refresh */
  readonly version: () => number
  readonly articles: {
    readonly count: (q: ArticleQuery) => number
    readonly window: (q: ArticleQuery, offset: number, limit: number) => ReadonlyArray<ArticleRow>
    /** where an article stands in the list for `q`, or null when it is not in it */
    readonly positionOf: (q: ArticleQuery, id: string) => number | null
    readonly detail: (id: string) => ArticleDetail | null
    /** Called when the reader starts typing a search, after that frame is drawn: whatever a
     * search reads the same for any words (the list's order) can be read now rather than when
     * the search is applied. Optional. */
    readonly prepareSearch?: (() => void) | undefined
  }
  readonly conflicts: {
    readonly countsByKind: () => Readonly<Record<ConflictKind, number>>
    /** `filter`: words matched against place, metric and sources, or null */
    readonly count: (filter: string | null) => number
    readonly window: (filter: string | null, offset: number, limit: number) => ReadonlyArray<ConflictRow>
    readonly positionOf: (filter: string | null, id: string) => number | null
    readonly detail: (id: string) => ConflictDetail | null
  }
  readonly feeds: {
    readonly list: () => ReadonlyArray<FeedRow>
  }
  readonly actions: MonitorActions
  /** the feeds are polled in this process (r refreshes), by a daemon this TUI follows, by
   * nobody, or the store is read-only */
  readonly mode: "polling" | "following" | "idle" | "read-only"
}
