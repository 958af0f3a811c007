import { type Article, articleIdFor } from "@crosscheck/core"
import { Effect } from "effect"
import { type ArticleFilter, ArticleListing } from "./ArticleListing.js"
import type { Store } from "./Store.js"

/** The n-th article of a test's store: a distinct URL, title, body and hash, published a minute
 * after the one before. For tests only (`@crosscheck/db/testing`); the product never imports it. */
export const sampleArticle = (n: number, overrides: Partial<Article> = {}): Article => ({
  id: articleIdFor(`https://example.org/${n}`),
  url: `https://example.org/${n}`,
  title: `Report ${n}`,
  source: "Example News",
  published: Date.UTC(2016, 10, 15) + n * 60_000,
  fetchedAt: Date.UTC(2016, 10, 20),
  body: `Body of report ${n}.`,
  contentHash: `hash${n}`,
  words: 4,
  feedId: null,
  duplicateOf: null,
  storyId: null,
  ...overrides
})

/** The filter the TUI's "/" applies for these words. */
export const searchFor = (text: string): ArticleFilter => ({ text, feedId: null, place: null, unreadOnly: false })

/** What the TUI's "/" finds: the titles of the originals matching these words, sorted. */
export const searchTitles = (text: string) =>
  Effect.flatMap(ArticleListing, (listing) => Effect.map(listing.window(searchFor(text), 0, 20), (rows) => rows.map((r) => r.title).sort()))

/** FTS5's check of the search index against the articles table (rank 1): a message when an
 * article is indexed twice, under text it no longer has, or (every article analysed) not at all. */
export const searchIndexProblem = (store: Store): string | null => {
  try {
    store.sqlite.prepare(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`).run()
    return null
  } catch (e) {
    return (e as Error).message
  }
}
