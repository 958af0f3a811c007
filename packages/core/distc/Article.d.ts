import { Schema } from "effect";
/** Stable article id: derived from the article's identity (url, else external id), so the
 * same article gets the same id in every database and re-imports are idempotent. */
export declare const ArticleId: Schema.brand<typeof Schema.String, "ArticleId">;
export type ArticleId = typeof ArticleId.Type;
export declare const StoryId: Schema.brand<typeof Schema.String, "StoryId">;
export type StoryId = typeof StoryId.Type;
export declare const FeedId: Schema.brand<Schema.filter<typeof Schema.Number>, "FeedId">;
export type FeedId = typeof FeedId.Type;
/** An article as a source delivers it, before normalisation. Plain interface, not a Schema
 * class: the pipeline creates one per item and validation already happened at the source. */
export interface IncomingArticle {
    readonly _tag: "IncomingArticle";
    /** the input's url (or id), a feed item's link (or guid), or file://<path>; the identity too,
     * unless `identity` says otherwise */
    readonly url: string;
    /** the item's identity when it is not `url`: a feed item's GUID scoped to its feed, or a hash
     * of its title and content; the article's id is derived from it */
    readonly identity?: string;
    /** what the source delivered, hashed: a stored item with the same identity and another
     * revision is updated in place. By default the pipeline hashes url, title and text. */
    readonly revision?: string;
    readonly title: string;
    /** plain text body, or HTML to be converted */
    readonly text: string;
    readonly isHtml: boolean;
    /** the outlet */
    readonly source: string;
    readonly published: Date | null;
    /** where it came from, for messages: a file path with line, or a feed URL */
    readonly origin: string;
    readonly feedId: FeedId | null;
    /** set when `source` is a guess (a file's folder name) and says nothing of independence: a
     * figure this article states unattributed counts as this document's own, not the folder's */
    readonly unattributedOrigin?: string;
}
/** One input item that could not be read. The batch goes on without it. */
export interface ItemError {
    readonly _tag: "ItemError";
    readonly origin: string;
    readonly message: string;
}
/** Something about an input the reader should know, which did not stop it from being imported
 * (text that had to be guessed at, a field that was cut). */
export interface ItemWarning {
    readonly _tag: "ItemWarning";
    readonly origin: string;
    readonly message: string;
}
export type IncomingItem = IncomingArticle | ItemError | ItemWarning;
export declare const itemError: (origin: string, message: string) => ItemError;
export declare const itemWarning: (origin: string, message: string) => ItemWarning;
/** An article after normalisation, ready for the dedup and claims stages and the store. */
export interface Article {
    readonly id: ArticleId;
    readonly url: string;
    readonly title: string;
    readonly source: string;
    /** epoch ms */
    readonly published: number | null;
    /** epoch ms */
    readonly fetchedAt: number;
    readonly body: string;
    /** hash of the normalised title + body: exact re-posts under a new URL share it */
    readonly contentHash: string;
    readonly words: number;
    readonly feedId: FeedId | null;
    readonly duplicateOf: ArticleId | null;
    readonly storyId: StoryId | null;
    /** who a figure stated here without attribution counts as, when not the outlet (see
     * IncomingArticle.unattributedOrigin); null: the outlet */
    readonly unattributedOrigin?: string | null;
}
/** The contract's `export articles` record. */
export interface ArticleRecord {
    readonly id: string;
    readonly url: string;
    readonly title: string;
    readonly source: string;
    readonly published: string | null;
    readonly fetchedAt: string;
    readonly duplicateOf: string | null;
    readonly storyId: string | null;
    readonly words: number;
}
export declare const toArticleRecord: (a: Article) => ArticleRecord;
