/**
 * The Syrian gazetteer, shipped as data: the country, its 14 governorates, the towns and
 * cities war reporting names, a few regions, and the neighbourhoods of Aleppo, Damascus,
 * Homs, Deir ez-Zor and Daraa.
 *
 * `variants` lists the spellings reporting uses. The matcher (gazetteer.ts) already treats
 * case, diacritics, apostrophes ("Wa'er" = "Waer"), "-" vs space vs nothing ("Deir ez-Zor" =
 * "Deir Ezzor"), a leading article added to a bare variant ("Sukkari" also matches
 * "al-Sukkari", "el-Sukkari", "Al Sukkari"; "Raqqa" also "ar-Raqqa") and the possessive
 * ("Aleppo's", "Aleppos") as the same, so a variant is only needed for a different
 * transliteration. A variant written with its article ("al-Bab") is only matched with it.
 *
 * `cap`: the place's words are also ordinary words or personal names ("Harem", "Mare",
 * "Hanano"), so a mention must begin with a capital letter.
 * `capital`: a governorate capital; its display is just its name ("Aleppo", not "Aleppo, Aleppo").
 */
export type SyriaPlaceLevel = "neighbourhood" | "city" | "district" | "governorate" | "country" | "region";
export interface SyriaPlace {
    readonly id: string;
    readonly name: string;
    readonly level: SyriaPlaceLevel;
    /** the id of the city (for a neighbourhood), governorate (for a town, district or region) or country */
    readonly parent: string | null;
    readonly variants: ReadonlyArray<string>;
    readonly cap?: true;
    readonly capital?: true;
}
export declare const SYRIA_ID = "sy:syria";
/**
 * In order of precedence: when two places share a spelling ("al-Midan" in Damascus and in
 * Aleppo) and nothing else in the text decides, the first listed wins.
 */
export declare const SYRIA_PLACES: ReadonlyArray<SyriaPlace>;
