/** What the TUI needs from the store, and nothing more. Synchronous on purpose: the store is
 * SQLite in-process (better-sqlite3), a window query takes well under a millisecond, and a
 * synchronous source keeps the Ink components free of loading states. */
export interface ArticleRow {
  readonly id: string
  /** the outlet */
  readonly source: string
  /** epoch ms; falls back to fetch time when the article has no publication date */
  readonly time: number
  readonly title: string
  /** set when this article is a copy of another */
  readonly duplicateOf: string | null
}

export interface ArticleDetail extends ArticleRow {
  readonly url: string
  readonly published: number | null
  readonly fetchedAt: number
  readonly body: string
  readonly words: number
}

export interface ArticleBrowser {
  /** how many articles there are */
  readonly count: () => number
  /** where an article stands in the list (0 = newest), or null when it is not there */
  readonly positionOf: (id: string) => number | null
  /** `limit` rows starting at `offset`, newest first */
  readonly window: (offset: number, limit: number) => ReadonlyArray<ArticleRow>
  readonly detail: (id: string) => ArticleDetail | null
  /** grows whenever the store changes (new articles from this or another process); the TUI
   * polls it to refresh */
  readonly version: () => number
}
