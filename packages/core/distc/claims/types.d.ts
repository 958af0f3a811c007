/** A place named in a text, resolved in the gazetteer. */
export interface PlaceMatch {
    /** gazetteer id: "sy:..." for the shipped Syrian gazetteer, "gn:<geonameid>" for world cities */
    readonly id: string;
    /** the place's own name as normalised ("Sukkari", "Aleppo") */
    readonly name: string;
    /** most specific first, with its city or governorate: "Sukkari, Aleppo", "Aleppo", "Syria" */
    readonly display: string;
    readonly level: "neighbourhood" | "city" | "district" | "governorate" | "country" | "region";
    /** character offsets of the mention in the text searched */
    readonly start: number;
    readonly end: number;
    /** named only as a reference point ("the villages are near Manbij"): where the sentence's own
     * figures are, but no new place for the story */
    readonly reference?: boolean;
}
/** A date range, inclusive, as YYYY-MM-DD. */
export interface DateWindow {
    readonly from: string;
    readonly to: string;
}
