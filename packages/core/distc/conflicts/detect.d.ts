import { type Prepared, type PreparedEvent, type PreparedQuantity } from "./prepare.js";
import type { Conflict, ConflictClaim, ConflictKind, Incident } from "./types.js";
export interface Detection {
    readonly incidents: ReadonlyArray<Incident>;
    readonly conflicts: ReadonlyArray<Conflict>;
}
export interface DetectOptions {
    /**
     * Only the incidents and conflicts anchored on these keys (all of them when absent): a store
     * passes `changedBy(newClaims)`, having fetched the stored claims sharing a lookup key with
     * the new ones, and gets back exactly what those claims can change (see README.md).
     */
    readonly changed?: Iterable<string>;
}
/** One scope's claims: an incident. */
export interface Group {
    /** the scope key, with "|part" for the part-only figures of that scope */
    readonly key: string;
    readonly scopeKey: string;
    /** figures that only ever stand as parts, never as a scope's own figures or as a whole: a
     * count added to others or for an unnamed quarter (prepare.ts), or one of several counts a
     * sentence lists for one metric ("nine in Qaterji and two in Mayssar"), whose place or
     * victims are uncertain */
    readonly partOnly: boolean;
    readonly home: string;
    readonly keys: ReadonlyArray<string>;
    readonly members: Array<PreparedQuantity>;
}
/** each origin's latest figure among these claims, by origin key */
export declare const figuresByOrigin: (members: ReadonlyArray<PreparedQuantity>) => Array<PreparedQuantity>;
/** Whether an asserted event is one a denial disputes, for the side it is about. */
export declare const eventsMeet: (denial: PreparedEvent, asserted: PreparedEvent, actor: string) => boolean;
/** Incidents and conflicts among these claims (see the README for how a store calls this). */
export declare const detectConflicts: (claims: ReadonlyArray<ConflictClaim>, options?: DetectOptions) => Detection;
/**
 * The keys new (or removed) claims can change: their scopes' and, for events, the denial homes
 * they can reach. Pass them as `changed` and replace what is stored under them.
 */
export declare const changedBy: (claims: ReadonlyArray<ConflictClaim>) => Array<string>;
/** As `changedBy`, for claims already prepared (null for those that take part in nothing). */
export declare const changedByPrepared: (prepared: ReadonlyArray<Prepared | null>) => Array<string>;
/** As `detectConflicts`, for claims already prepared (a store may cache `prepare`). */
export declare const detectPrepared: (prepared: ReadonlyArray<Prepared>, options?: DetectOptions) => Detection;
/** most severe first, then by id: the order the conflict view lists them in */
export declare const bySeverity: (a: Conflict, b: Conflict) => number;
export type { ConflictKind };
/** Claims that are one of several counts a sentence lists for one metric and window ("nine in
 * Qaterji and two in Mayssar"), among claims gathered by article: parts, never wholes. A store
 * marks them when the article is stored (`markListed`), so the answer does not depend on which
 * of the article's claims a later update happens to fetch. */
export declare const listedIn: (articles: Iterable<PreparedQuantity | ReadonlyArray<PreparedQuantity>>) => Set<PreparedQuantity>;
