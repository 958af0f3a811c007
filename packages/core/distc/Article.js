import { Schema } from "effect";
/** Stable article id: derived from the article's identity (url, else external id), so the
 * same article gets the same id in every database and re-imports are idempotent. */
export const ArticleId = Schema.String.pipe(Schema.brand("ArticleId"));
export const StoryId = Schema.String.pipe(Schema.brand("StoryId"));
export const FeedId = Schema.Number.pipe(Schema.int(), Schema.brand("FeedId"));
export const itemError = (origin, message) => ({ _tag: "ItemError", origin, message });
export const itemWarning = (origin, message) => ({ _tag: "ItemWarning", origin, message });
export const toArticleRecord = (a) => ({
    id: a.id,
    url: a.url,
    title: a.title,
    source: a.source,
    published: a.published === null ? null : new Date(a.published).toISOString(),
    fetchedAt: new Date(a.fetchedAt).toISOString(),
    duplicateOf: a.duplicateOf,
    storyId: a.storyId,
    words: a.words
});
//# sourceMappingURL=Article.js.map