import { type Prepared } from "./prepare.js";
import { type PlaceRef } from "./scope.js";
/** A place's chain as a store files it: "sy:syria/sy:gov:aleppo/sy:aleppo/", so that every place
 * within a place has its chain as a prefix. */
export declare const placeChain: (place: PlaceRef) => string;
/** One row of the scope index: a quantity is filed once, under its home, with its place's chain
 * and its victims; a denial under each of its homes, with neither. */
export interface Filed {
    readonly home: string;
    readonly place: string;
    readonly victims: string;
}
/** Where a store files a prepared claim: `homes` in the scope index, `keys` (an asserted event's
 * lookup keys, which denials' homes find it by) in the key index. Nothing for a claim that takes
 * part in nothing. */
export declare const filingOf: (p: Prepared | null) => {
    readonly homes: ReadonlyArray<Filed>;
    readonly keys: ReadonlyArray<string>;
};
/** One row of the scope index as a store reads it back: the claim's id, its place chain, its
 * victims (and whatever else the store keeps in the row, which is not read here). */
export type FiledRow = readonly [claim: string, place: string, victims: string, ...rest: ReadonlyArray<unknown>];
/** The store's indexes, as `relatedTo` reads them. */
export interface ClaimIndex {
    /** every claim filed under this home in the scope index */
    readonly filed: (home: string) => ReadonlyArray<FiledRow>;
    /** the asserted events filed under this key in the key index */
    readonly keyed: (key: string) => ReadonlyArray<string>;
    /** the claims of the conflicts the store holds under this anchor */
    readonly disputed: (anchor: string) => ReadonlyArray<string>;
    /** stored claims by id, prepared, in any order; claims that take part in nothing are left out */
    readonly prepared: (ids: ReadonlyArray<string>) => ReadonlyArray<Prepared>;
}
export interface Related {
    /** what the changed claims can change: pass as `changed` to `detectPrepared`, and replace what is stored under them */
    readonly anchors: ReadonlyArray<string>;
    /** the stored claims that recomputing those anchors needs (the changed ones that are still stored among them) */
    readonly claims: ReadonlyArray<Prepared>;
}
/**
 * The anchors that changed claims (new ones, and removed ones as they were) can change, and the
 * stored claims that recomputing them needs, read through the store's indexes. Pass the claims to
 * `detectPrepared` with `changed: anchors`: the result equals a full recomputation's under those
 * anchors, whatever order or batches the claims came in.
 */
export declare const relatedTo: (changed: ReadonlyArray<Prepared | null>, index: ClaimIndex) => Related;
