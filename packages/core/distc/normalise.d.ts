import { type Article, type IncomingArticle, type ItemError } from "./Article.js";
/** Caps on what is stored of one article. Feed text is hostile: a 1 MB `source` or a title
 * without end would reach every screen that lists articles. The body cap is far above any
 * article (a long feature is 50,000 characters) and keeps one item from filling the store. */
export declare const MAX_TITLE = 500;
export declare const MAX_OUTLET = 200;
export declare const MAX_URL = 4096;
export declare const MAX_BODY: number;
/** Turns an incoming article into a storable one: text normalised, title derived from the
 * first sentence when the source gave none, identity and content hash computed, every field
 * capped. An article with neither title nor text is an error: there is nothing a person could
 * read; so is an identity (url or id) too long to be one. `note` hears about fields that were
 * cut, for a warning. */
export declare const normaliseArticle: (item: IncomingArticle, fetchedAt: number, note?: (message: string) => void) => Article | ItemError;
