export interface Origin {
    /** identity: equal keys are one origin */
    readonly key: string;
    /** how a person reads it in a summary */
    readonly label: string;
}
/** The origin of an outlet's own statements. */
export declare const outletOrigin: (outlet: string) => Origin;
/** The origin of a named source ("SOHR", "the Syrian army", "activists") reported by an outlet. */
export declare const sourceOrigin: (source: string | null, outlet: string) => Origin;
/**
 * Whose word a claim is. A denial nobody is named for is the accused side's own (a side denies
 * what it is accused of: "a Russian defense ministry spokesman denied...", which the extractor
 * may leave unattributed), never the outlet's.
 */
export declare const originOf: (c: {
    readonly source: string | null;
    readonly outlet: string;
    readonly kind: "quantity" | "event";
    readonly polarity: "asserted" | "denied";
    readonly actor: string | null;
}) => Origin;
/** "Russia and Syrian government" -> ["Russia", "Syrian government"], sorted */
export declare const actorParts: (actor: string) => ReadonlyArray<string>;
/** The party an accused actor belongs to, if it is a known side (an asserted event by it is an admission). */
export declare const actorParty: (actorPart: string) => string | null;
