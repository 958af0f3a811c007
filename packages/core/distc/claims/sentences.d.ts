/** A sentence of an article with its offset into the text it was read from. */
export interface Sentence {
    readonly text: string;
    readonly start: number;
}
/** The longest a sentence is read whole, in characters. */
export declare const MAX_SENTENCE = 1500;
/**
 * Sentences with their offsets; a line break always ends one (the headline is the first).
 * A sentence ends at ". ! ?" (with any closing quote) followed by a space and a capital, a digit
 * or a quote, unless the word before the stop is an abbreviation.
 */
export declare const sentencesOf: (text: string) => Array<Sentence>;
/** The sentences with the one that spans `offset` cut in two there. */
export declare const splitSentenceAt: (sentences: ReadonlyArray<Sentence>, offset: number) => Array<Sentence>;
