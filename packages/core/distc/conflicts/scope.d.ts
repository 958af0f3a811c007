/** "people" for a claim that names no victims */
export declare const victimsOf: (who: string | null) => string;
/** the victims themselves, then every wider category up to "people" */
export declare const victimAncestors: (v: string) => ReadonlyArray<string>;
/** Relation of a to b: same, a inside b ("part"), a containing b ("whole"), or neither. */
export type Nesting = "same" | "part" | "whole" | "apart";
export declare const victimNesting: (a: string, b: string) => Nesting;
export interface PlaceRef {
    /** the gazetteer id, or "name:<lower-cased name>" for a place outside it */
    readonly id: string;
    /** itself first, then its parent, ... up to the country */
    readonly ancestors: ReadonlyArray<string>;
    /** the top of its chain: the country, or the place itself */
    readonly root: string;
    readonly level: string;
}
/** The place of a claim, with its ancestors; null when the claim names none. */
export declare const placeRefOf: (whereId: string | null, where: string | null) => PlaceRef | null;
export declare const placeNesting: (a: PlaceRef, b: PlaceRef) => Nesting;
/** The whole country: the extractor's place for a figure whose sentence and lead name no
 * narrower one, so for a short window it says little about which incident is meant. */
export declare const isCountry: (p: PlaceRef) => boolean;
/** windows longer than this are running tolls, not incidents */
export declare const SHORT_WINDOW_DAYS = 7;
export interface Window {
    readonly from: number;
    readonly to: number;
    /** false when the claim gave no time and the window stands for its article's publication */
    readonly dated: boolean;
}
export declare const isShort: (w: Window) => boolean;
export declare const windowNesting: (a: Window, b: Window) => Nesting;
export declare const causesOf: (quote: string) => number;
/** What `read` finds in a sentence, narrowed to the figure's own clause when the sentence tells
 * of several (two causes, two perpetrators) and that clause names one of them. `all` is
 * `read(quote)`, when known already. */
export declare const nearFigure: (read: (text: string) => number, quote: string, figure: number | null, all?: number) => number;
/** A bit set of the sides a sentence names; 0 when it names none. */
export declare const sidesOf: (quote: string) => number;
/** The sides named with a figure's own noun ("50 ISIL terrorists", "11 Kurdish fighters"): who
 * the counted are. The whole sentence when the figure cannot be found in it. */
export declare const victimSidesOf: (quote: string, figure: number | null) => number;
export declare const perpetratorsOf: (quote: string) => number;
export declare const subcountsOf: (quote: string) => Array<number>;
export type Scale = "single" | "aggregate";
/** The perpetrator bits (PERPETRATORS) of the sides a figure's own noun names (SIDES). */
export declare const sidesAsPerpetrators: (sides: number) => number;
export declare const scaleOf: (quote: string) => Scale | null;
/** Two sentences may count the same thing unless each names only things the other does not. */
export declare const bitsMeet: (a: number, b: number) => boolean;
/** Whether a figure can be found in its own sentence: a number up to twenty that is not there
 * (in digits or as a word) is a misreading. Larger ones may be written in words ("thirty"). */
export declare const writtenIn: (quote: string, figure: number) => boolean;
export declare const periodDaysOf: (quote: string) => number;
export declare const isDocumented: (quote: string) => boolean;
export declare const spansQuarters: (quote: string) => boolean;
export declare const isSuperseded: (quote: string) => boolean;
/** "20+ killed": the figure is a floor, whatever the reading said. */
export declare const plusAfter: (quote: string, figure: number) => boolean;
export declare const isAdditive: (quote: string, figure: number | null) => boolean;
export declare const isCountrywide: (quote: string) => boolean;
/** The part of the claim's place the sentence narrows it to, if any: a tag, "area" for an
 * unknown quarter, "aboard" for those on board a craft, or null. */
export declare const subareaOf: (quote: string) => string | null;
