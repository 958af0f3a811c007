import type { PlaceMatch } from "./types.js";
/**
 * The places a sentence names that the gazetteer does not list, given the ones it does
 * (`listed`, from `findPlaces`) and the article's (`context`, ids).
 */
export declare const unlistedPlaces: (s: string, listed: ReadonlyArray<PlaceMatch>, context: ReadonlyArray<string>) => Array<PlaceMatch>;
/** Is this a place of the text's own naming, not the gazetteer's? */
export declare const isUnlisted: (id: string) => boolean;
