import type { DateWindow } from "./types.js";
export interface ResolveWhenOptions {
    /** character offset of the claim's figure in `text`; with several time phrases, the nearest one wins */
    readonly near?: number;
    /** start of "the war" for "since the war began" (YYYY-MM-DD); default 2011-03-15, the Syrian uprising */
    readonly conflictStart?: string;
}
/** True when `text` may state a time; resolveWhen returns null at once otherwise. */
export declare const mayStateTime: (text: string) => boolean;
/**
 * The calendar window (inclusive, UTC days) that `text` says its claim is about, resolved against
 * `published`, or null when the text states no time. See the module comment for the conventions.
 */
export declare function resolveWhen(text: string, published: Date, options?: ResolveWhenOptions): DateWindow | null;
/** The time phrases of a text, read once; `nearest(offset)` picks the window for a figure at that
 * offset (the first one without an offset), as resolveWhen does. */
export interface TimesRead {
    readonly nearest: (near?: number) => DateWindow | null;
    /** the text names a time it does not pin down ("over the past few days", "since then") */
    readonly vague: boolean;
    /** the day a statement was made ("said on Tuesday"), which dates a denial: the denial is the statement */
    readonly said: DateWindow | null;
}
/** resolveWhen's reading without the choice: for a sentence with several figures. */
export declare function readTimes(text: string, published: Date, options?: Omit<ResolveWhenOptions, "near">): TimesRead | null;
