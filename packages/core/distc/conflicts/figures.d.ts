/**
 * Figures compared as people read them. A figure's stated number is what a person would quote:
 * "more than 30" states 30, "up to 300,000" states 300,000; vague words ("dozens") state none.
 */
import type { Qualifier } from "../claims/numbers.js";
export interface Bounds {
    /** lowest value the figure allows, with "more than N" read as N (precision first: "more than 19" and "19" agree) */
    readonly lo: number;
    /** highest value it allows; Infinity when open-ended, and for vague words, whose top is loose
     * ("thousands killed since then" is said of 300,000): only their floor is a claim */
    readonly hi: number;
    /** the stated number; null for vague words, which state none */
    readonly stated: number | null;
    readonly vague: boolean;
}
export declare const boundsOf: (min: number | null, max: number | null, qualifier: Qualifier | null) => Bounds | null;
/** A bare figure read as "about N" (the extractor's tenth either side, at least the number itself):
 * a headline's "31 dead" gives its body's "at least 31" or a rounded count without the word. */
export declare const looseBounds: (n: number) => Bounds;
/** how far apart two disjoint figures are (>1), or 1 when they overlap */
export declare const gapRatio: (a: Bounds, b: Bounds) => number;
/** the contract's threshold for stated numbers that differ too much */
export declare const DIVERGENCE = 1.5;
/**
 * The figures cannot both be right: their intervals do not meet. A vague word contradicts
 * nothing: inside its interval it agrees, and outside it the word is loose usage or a larger
 * count ("the airstrikes have claimed hundreds of lives" against one strike's 30).
 */
export declare const contradicts: (a: Bounds, b: Bounds) => boolean;
/** The intervals meet but the numbers stated differ by more than half again. Vague words never diverge. */
export declare const diverges: (a: Bounds, b: Bounds) => boolean;
/** A part's figure cannot fit in its whole's: the part's least is above the whole's most (vague words never). */
export declare const exceeds: (part: Bounds, whole: Bounds) => boolean;
/** The ratio used to rank a disagreement: how many times one figure is the other. */
export declare const spread: (a: Bounds, b: Bounds) => number;
/** "at least 40", "12", "about 300", "dozens", "up to 300,000" */
export declare const formatFigure: (min: number | null, max: number | null, qualifier: Qualifier | null) => string;
