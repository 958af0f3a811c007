import { type Bounds } from "./figures.js";
import { type Origin } from "./origin.js";
import { type PlaceRef, type Scale, type Window } from "./scope.js";
import type { ConflictClaim } from "./types.js";
/** a standing figure is compared with others stated up to this many calendar months before it */
export declare const STOCK_MONTHS = 2;
/** an asserted and a denied event may be told a day apart (time zones, "yesterday") */
export declare const EVENT_SLACK_DAYS = 1;
export interface PreparedQuantity {
    readonly type: "quantity";
    readonly claim: ConflictClaim;
    readonly origin: Origin;
    readonly metric: string;
    readonly place: PlaceRef;
    readonly victims: string;
    readonly window: Window;
    /** for a standing figure: the calendar month it describes (year * 12 + month); else null */
    readonly month: number | null;
    readonly causes: number;
    /** sides the sentence names, for fighters (with the figure) and strikes; 0 otherwise */
    readonly sides: number;
    /** who did the harm, for figures of civilians and people; 0 otherwise or when unsaid */
    readonly perpetrators: number;
    readonly scale: Scale | null;
    /** the counts its sentence gives as parts of it ("including 10 ...") */
    readonly subcounts: ReadonlyArray<number>;
    /** a count added to others or for an unnamed quarter: only ever a part */
    readonly partOnly: boolean;
    /** its sentence names its place: only then can it stand as the whole a part exceeds */
    readonly placed: boolean;
    readonly bounds: Bounds;
    readonly scopeKey: string;
    readonly home: string;
    readonly keys: ReadonlyArray<string>;
}
export interface PreparedEvent {
    readonly type: "event";
    readonly claim: ConflictClaim;
    readonly origin: Origin;
    readonly actors: ReadonlyArray<string>;
    readonly action: string;
    readonly place: PlaceRef | null;
    readonly window: Window;
    readonly denied: boolean;
    /** for a denial, the key it is recomputed under for each side it is about (as `actors`); empty for an asserted event */
    readonly homes: ReadonlyArray<string>;
    readonly keys: ReadonlyArray<string>;
}
export type Prepared = PreparedQuantity | PreparedEvent;
/** the week a day falls in, as keys name it (weeks start on Monday) */
export declare const week: (day: number) => number;
/** The version of what the rules read and key (kept features, lookup keys): a store whose kept
 * features carry another must index its claims again. Raised with every change to either. */
export declare const CONFLICT_RULES_VERSION = "f10";
/** Whether kept features were read by these rules. */
export declare const isCurrentFeatures: (features: string) => boolean;
/** The features of a claim's sentence as a short string, for a store to keep beside the claim. */
export declare const featuresOf: (c: ConflictClaim) => string;
/** Whether what a claim's sentence says can matter: false when `prepare` drops the claim
 * whatever its features (a copy's claim, an undated figure in the body, a running toll long
 * before its report, a quantity without a metric, an event no known side is said to have done
 * or told over more than a week). Reading the sentence of such a claim is wasted. */
export declare const needsFeatures: (c: ConflictClaim) => boolean;
/** `featuresOf` for each of an article's claims (or several articles', one after the other), or
 * null for a claim that does not need them (`needsFeatures`). Claims read from one sentence of
 * one article share what it says on its own. */
export declare const featuresOfArticle: (claims: ReadonlyArray<ConflictClaim>) => Array<string | null>;
/** Kept features with the claim marked as one of several counts its sentence lists (see `listedIn`). */
export declare const markListed: (features: string) => string;
/**
 * Prepares a claim, or returns null when it can take part in no conflict: a copy's claim (the
 * original's claims already count), a quantity without a figure, metric or place, an event
 * without an actor, or an event told over more than a week (too vague to deny).
 */
export declare const prepare: (c: ConflictClaim) => Prepared | null;
/** The key of the scope of `q`'s metric, place and window for other victims ("killed" for
 * "civilians killed"): `q`'s own with its victims replaced. */
export declare const scopeKeyForVictims: (q: PreparedQuantity, victims: string) => string;
/**
 * The keys a store indexes a claim under: a new claim is comparable only with claims sharing
 * one of its keys. Empty when the claim can take part in no conflict.
 */
export declare const lookupKeys: (c: ConflictClaim) => ReadonlyArray<string>;
