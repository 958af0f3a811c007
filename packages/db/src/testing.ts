import { type Article, articleIdFor } from "@crosscheck/core"

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
