/** Tokens for copy detection: lower-case runs of letters or digits; a number keeps its digits
 * only ("250,000", "250 000" and "250000" are one token), so formatting never hides a copy.
 * Hashes, not strings, are what the signatures keep: FNV-1a, 32 bits. */
export interface TokenStream {
    /** FNV-1a hash of each token */
    readonly hashes: Uint32Array;
    /** 1 where the token is a word no thesaurus offers a synonym for, or a number: what a
     * synonym spinner cannot change (DSpin's "immutable" words) */
    readonly fixed: Uint8Array;
    /** 1 for function words of any kind: not what a report is about */
    readonly stop: Uint8Array;
    /** the value of each number token; NaN for words */
    readonly values: Float64Array;
    /** 1 where the word starts with a capital letter: names of places, people, groups */
    readonly capital: Uint8Array;
    /** 1 for the first token of a sentence (of the text, or after . ! ? or a line break), whose
     * capital says nothing about it being a name */
    readonly initial: Uint8Array;
    /** the numbers in the text, for the veto */
    readonly numbers: ReadonlyArray<number>;
    readonly length: number;
}
export declare const hashString: (s: string) => number;
/** Tokenises without building token strings for words: hashes are computed on the fly. */
export declare const tokenize: (text: string) => TokenStream;
/** `text` with its number words written as digits (the same string when it has none); the
 * numbers read from words are added to `fromWords`. */
export declare const foldNumberWords: (text: string, fromWords?: Array<number>) => string;
