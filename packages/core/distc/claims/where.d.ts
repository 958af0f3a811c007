import type { PlaceMatch } from "./types.js";
/** Is this place the whole country, or a part of it named only by direction ("northern Syria")? */
export declare const isCountryWide: (p: PlaceMatch) => boolean;
export declare const claimPlaces: (s: string, context: ReadonlyArray<string>, speakers?: ReadonlyArray<readonly [number, number]>, named?: ReadonlyArray<PlaceMatch>) => Array<PlaceMatch>;
/** The governorate a place lies in, for telling a list of provinces. */
export declare const governorateOf: (p: PlaceMatch) => string | null;
/** "eastern Syria", "north-western Syria": a part of the country named by direction */
export declare const COMPASS_SYRIA: RegExp;
/** "north-western", "northwestern" -> "northwest"; "north", "northern" -> "northern" */
export declare const compassOf: (word: string) => string;
/** Does the part of Syria `text` names by direction ("in eastern Syria") hold every one of `places`?
 * (Not a part named as where fire came from, "wounded by fire from southern Syria": no harm was there.) */
export declare const compassHolds: (text: string, places: ReadonlyArray<PlaceMatch>) => boolean;
/** The place of a figure at `offset` among a sentence's claim places (see the module comment):
 * one named in its own clause, between the figures before and after it (`from`, `until`), first,
 * the first named there on a tie ("killed in Qaterji and two in Mayssar", "two shells hit Bab
 * al-Faraj and al-Zahraa"); else the nearest. */
export declare const placeNear: (s: string, places: ReadonlyArray<PlaceMatch>, offset: number, until?: number, from?: number) => PlaceMatch | null;
/** Is this place in Syria (the only country whose places refine "in Syria")? */
export declare const inSyria: (p: PlaceMatch) => boolean;
export declare const UNNAMED_PLACE: RegExp;
export declare const isWarToll: (s: string) => boolean;
/** Two lists whose narrowest places are neighbourhoods, none shared: an incident told in al-Haidariye
 * in Aleppo city and one in al-Midan, also in Aleppo, are two, though both lie in the city. (Only
 * neighbourhoods: a town the gazetteer cannot place inside a named region may still lie in it.) */
export declare const otherNeighbourhoods: (a: ReadonlyArray<PlaceMatch>, b: ReadonlyArray<PlaceMatch>) => boolean;
