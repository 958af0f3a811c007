import type { ArticleId } from "./Article.js";
/** Article ids are the first 16 hex digits of sha256(identity): stable across databases,
 * short enough to read in a terminal, and 64 bits keeps collisions out of reach. */
export declare const articleIdFor: (identity: string) => ArticleId;
/** Hash of the normalised text, case- and whitespace-insensitive: an exact re-post. */
export declare const contentHashOf: (title: string, body: string) => string;
