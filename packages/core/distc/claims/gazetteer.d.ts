import type { PlaceMatch } from "./types.js";
type Level = PlaceMatch["level"];
/** A place in the gazetteer. */
export interface GazetteerPlace {
    readonly id: string;
    readonly name: string;
    readonly display: string;
    readonly level: Level;
    /** the city, governorate or country it lies in; null for a country or a world city */
    readonly parent: string | null;
}
export declare const findPlaces: (text: string, context?: ReadonlyArray<string>) => ReadonlyArray<PlaceMatch>;
/** The gazetteer entry for an id ("sy:aleppo:sukkari", "gn:524901"), if there is one. */
export declare const placeById: (id: string) => GazetteerPlace | undefined;
/** How specific a match is: 0 a neighbourhood ... 4 the country (see `mostSpecific`). */
export declare const specificity: (m: PlaceMatch) => number;
/**
 * The most specific of some matches: neighbourhood < town or district < governorate capital
 * or region within a governorate < world city < governorate < country; ties go to the
 * first in the text.
 */
export declare const mostSpecific: (matches: ReadonlyArray<PlaceMatch>) => PlaceMatch | null;
/** Builds the index now (it is otherwise built on the first `findPlaces`); returns its size and
 * how long loading the world list took, in milliseconds. */
export declare const warmGazetteer: () => {
    readonly places: number;
    readonly names: number;
    readonly worldLoadMs: number;
};
/** Syria, as a match at no particular offset: the place of a claim about the whole war. */
export declare const wholeCountry: () => PlaceMatch;
/**
 * The place a sentence's claims are about: the most specific place it names, except that a list
 * across three or more governorates ("in the provinces of Aleppo Raqqa Lattakia Homs and Hama") is
 * about the country, not its first or smallest member.
 */
export declare const placeOfClaims: (matches: ReadonlyArray<PlaceMatch>) => PlaceMatch | null;
export {};
