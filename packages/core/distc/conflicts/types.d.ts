import type { Qualifier } from "../claims/numbers.js";
import type { DateWindow } from "../claims/types.js";
/**
 * A claim as the store holds it (the contract's claim record, without its evidence offsets),
 * joined with what the store knows about the article it was read from.
 */
export interface ConflictClaim {
    readonly id: string;
    readonly articleId: string;
    readonly kind: "quantity" | "event";
    readonly metric: string | null;
    readonly min: number | null;
    readonly max: number | null;
    readonly qualifier: Qualifier | null;
    readonly who: string | null;
    readonly where: string | null;
    readonly whereId: string | null;
    readonly when: DateWindow | null;
    /** the party the text attributes the claim to, normalised by the extractor; null: the outlet's own */
    readonly source: string | null;
    readonly actor: string | null;
    readonly action: string | null;
    readonly polarity: "asserted" | "denied";
    readonly quote: string;
    /** offsets of the evidence in title + "\n" + body: a span starting at 0 is the headline */
    readonly span?: readonly [number, number] | null;
    /** the outlet that published the article (the article record's `source` field) */
    readonly outlet: string;
    /** epoch ms: the article's publication time, else when it was fetched */
    readonly published: number;
    /** the article this one copies, if it is a copy: its claims add nothing */
    readonly duplicateOf: string | null;
    readonly storyId: string | null;
    /** `featuresOf(claim)` as the store kept it, if it did: spares reading the sentence again */
    readonly features?: string | null;
}
export type ConflictKind = "contradiction" | "part_exceeds_whole" | "divergent" | "denial" | "revision";
/** What a conflict or an incident is about: the contract's `scope`. */
export interface Scope {
    /** the metric; for a denial, the action denied ("strike") */
    readonly metric: string;
    readonly where: string | null;
    readonly when: DateWindow | null;
    /** the victims; for a denial, the actor accused */
    readonly who: string | null;
}
/** The contract's conflict record, plus what the store needs to keep it up to date. */
export interface Conflict {
    /** derived from content: the kind family and the claims that anchor it (see README) */
    readonly id: string;
    readonly kind: ConflictKind;
    /** sorted */
    readonly claimIds: ReadonlyArray<string>;
    readonly scope: Scope;
    /** the independent sources involved, as a person reads them; sorted */
    readonly sources: ReadonlyArray<string>;
    readonly summary: string;
    /** higher is more serious: the conflict view lists by it, then by id */
    readonly severity: number;
    /** the keys it depends on: replaced whenever a new claim changes one (see `changedBy`) */
    readonly anchors: ReadonlyArray<string>;
}
/** single source: one independent source; corroborated: several agree; contested: several disagree */
export type Grade = "single_source" | "corroborated" | "contested";
/** A figure as one source gives it. */
export interface SourcedFigure {
    readonly source: string;
    readonly claimId: string;
    readonly min: number | null;
    readonly max: number | null;
    readonly qualifier: Qualifier | null;
}
/**
 * One count that sources report: the claims with the same metric, place, victims and time
 * window, after copies are set aside. Parts (a neighbourhood, the children among the dead)
 * are their own incidents; the conflicts relate them.
 */
export interface Incident {
    readonly id: string;
    readonly scope: Scope;
    /** sorted */
    readonly claimIds: ReadonlyArray<string>;
    /** each independent source's latest figure, sorted by source */
    readonly figures: ReadonlyArray<SourcedFigure>;
    /** lowest and highest figure across independent sources; max null when every figure is open-ended */
    readonly range: {
        readonly min: number;
        readonly max: number | null;
    } | null;
    /** the most conservative figure (the lowest any independent source gives) and who gives it */
    readonly conservative: SourcedFigure | null;
    readonly grade: Grade;
    /** the keys it depends on: replaced whenever a new claim changes one (see `changedBy`) */
    readonly anchors: ReadonlyArray<string>;
}
