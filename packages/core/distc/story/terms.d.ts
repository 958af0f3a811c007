/** A weighted term vector: term hash -> weight, L2-normalised. */
export type TermVector = ReadonlyArray<readonly [number, number]>;
/** Weighted counts of an article's key terms: content words, names (capitalised words count
 * three times: places, people and groups survive rewording and spinning) and figures over 31
 * (the death toll two reports of one event share). The headline counts double. */
export declare const termCounts: (title: string, body: string) => Map<number, number>;
/** The `size` heaviest entries of `termCounts(title, body)`, heaviest first, equal weights in
 * the order the text gives them: what `[...termCounts(title, body)].sort(...).slice(0, size)`
 * gives, without a Map. */
export declare const topTermCounts: (title: string, body: string, size: number) => Array<readonly [number, number]>;
/** tf-idf, top `size` terms, normalised. Rare terms (a neighbourhood, a person) weigh more
 * than the words every report of the conflict shares. */
export declare const termVector: (counts: ReadonlyMap<number, number>, df: ReadonlyMap<number, number>, articles: number, size?: number) => TermVector;
export declare const cosine: (a: TermVector, b: TermVector) => number;
/** A story's vector after a new member joins: the running mean, re-normalised and trimmed. */
export declare const mergeVectors: (story: TermVector, members: number, article: TermVector, size?: number) => TermVector;
