/** Figures as reporters write them: digits ("250,000", "250 000", "1.5 million"), number words
 * ("six", "twenty-five", "a dozen") and vague words ("dozens", "scores of", "hundreds"). */
export type Qualifier = "exact" | "at_least" | "more_than" | "up_to" | "about" | "vague";
export interface Figure {
    readonly min: number | null;
    readonly max: number | null;
    readonly qualifier: Qualifier;
    /** offsets of the figure (with its qualifier words) in the sentence */
    readonly start: number;
    readonly end: number;
    /** the bare number, for checks (years, ages) */
    readonly value: number;
}
/** The value of a number word ("seven" -> 7, "twenty" -> 20, "ninety" -> 90), or undefined. */
export declare const numberWordValue: (word: string) => number | undefined;
/** The word for 1 to 20 ("seven"), or null. */
export declare const numberWord: (n: number) => string | null;
/** Every figure in a sentence, with its qualifier and contract interval. */
export declare const findFigures: (raw: string) => Array<Figure>;
